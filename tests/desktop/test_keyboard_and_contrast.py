from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import leads as db_leads
from desktop import theme
from desktop.widgets.jump import JumpDialog
from desktop.widgets.shortcuts import ShortcutsDialog


def test_f1_opens_the_shortcuts_sheet(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    qtbot.keyClick(window.navigation, Qt.Key_F1)
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    keys = [sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())]
    assert "Ctrl+K" in keys and "Ctrl+Shift+F" in keys


def test_ctrl_k_jumps_to_a_conversation_or_a_lead(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    qtbot.keyClick(window.navigation, Qt.Key_K, Qt.ControlModifier)
    jump = next(w for w in QApplication.topLevelWidgets() if isinstance(w, JumpDialog) and w.isVisible())
    lead_id = db_leads.lead_ids()[0]
    name = db_leads.lead_rows([lead_id])[lead_id].name
    qtbot.keyClicks(jump.query, name.split()[0].encode("ascii", "ignore").decode() or "a")
    qtbot.waitUntil(lambda: jump.results.count() > 0)
    first = jump.results.item(0).data(Qt.UserRole)
    qtbot.keyClick(jump.query, Qt.Key_Return)
    if first[0] == "conversation":
        inbox = window.view("inbox")
        qtbot.waitUntil(lambda: inbox.open_conversation_id == first[1])
        assert window.current_view_key() == "inbox"
    else:
        assert window.current_view_key() == "leads"


def luminance(hex_color: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PAIRS = [("text", "window"), ("text", "surface"), ("text", "sidebar"), ("muted", "surface"), ("muted", "window"),
         ("accent_text", "accent_soft"), ("on_accent", "accent"), ("warning_text", "warning_soft"),
         ("success_text", "success_soft"), ("bubble_out_text", "bubble_out"), ("text", "bubble_in"),
         ("text", "bubble_auto"), ("danger", "surface"), ("text", "input")]


def test_both_themes_meet_wcag_aa_for_text():
    for name, palette in (("light", theme.LIGHT), ("dark", theme.DARK)):
        for fg, bg in PAIRS:
            ratio = contrast(palette[fg], palette[bg])
            assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"
