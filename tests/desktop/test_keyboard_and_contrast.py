import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.operations import changes
from db import leads as db_leads
from desktop import theme
from desktop.widgets.jump import JumpDialog
from desktop.widgets.shortcuts import ShortcutsDialog
from tests.helpers import SETTINGS_SECTIONS, each_view, written


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


def test_board_cards_are_spoken_whole(demo_db, make_window, qtbot, clock):
    """A screen reader hears a card's name, owner, labels and follow-up, and the column's count."""
    from db import reminders as db_reminders

    window = make_window(demo_db)
    view = window.show_view("leads")
    view.set_mode(0)
    column = view.columns["interested"]
    # The column says its name and count, then its head: its value and its cards over the limit.
    title, hint = view.column_titles["interested"].text(), view.column_hints["interested"].text()
    assert column.accessibleName() == f"{title}, {hint}"
    assert title.endswith(str(column.lead_model.rowCount()))
    lead_id = column.lead_model.id_at(0)
    row = db_leads.lead_rows([lead_id])[lead_id]
    from db.models import Reminder

    def one_follow_up():
        Reminder.delete().where(Reminder.lead == lead_id).execute()
        db_reminders.create("Call back", clock() - 3600, clock(), lead_id=lead_id)

    written(one_follow_up)
    window.ctx.changed.emit(changes("leads"))

    def spoken_now():
        return column.lead_model.index(column.lead_model.row_of(lead_id)).data(Qt.AccessibleTextRole) or ""

    qtbot.waitUntil(lambda: "follow-up overdue since" in spoken_now())  # (the board reads again on the worker)
    index = column.lead_model.index(column.lead_model.row_of(lead_id))
    spoken = index.data(Qt.AccessibleTextRole)
    assert spoken.startswith(row.name)
    assert (f"owner {row.owner_name}" if row.owner_id else "no owner") in spoken
    for label, _ in row.labels:
        assert label in spoken
    assert "follow-up overdue since" in spoken  # in words, not only in red
    assert index.data(Qt.ToolTipRole) == spoken


def test_the_month_grid_speaks_the_selected_day(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.show_view("calendar")
    grid = view.grid
    day = next(d for d, items in sorted(grid.items.items()) if items)
    grid.select(day - __import__("datetime").timedelta(days=1))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key_Right)  # the keyboard moves the selection
    assert grid.selected == day
    spoken = grid.accessibleDescription()
    occurrence = grid.items[day][0]
    assert occurrence.reminder.text in spoken
    assert (occurrence.reminder.owner_name or "unassigned") in spoken
    assert f"{len(grid.items[day])} follow-up" in spoken
    assert grid.accessibleName() == "Month of follow-ups"


def test_calendar_chips_name_their_owner_in_letters():
    from desktop.calendar.month_grid import owner_mark

    assert owner_mark("Giulia Rossi") == "GR" and owner_mark("王芳") == "王" and owner_mark("") == ""


def test_a_calendar_chip_tells_its_owner_on_hover(demo_db, make_window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = make_window(demo_db)
    view = window.show_view("calendar")
    grid = view.grid
    day, items = next((d, items) for d, items in sorted(grid.items.items()) if items)
    rect, occurrence = grid.chip_rects(grid.days().index(day))[0][0]
    pos = rect.center().toPoint()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.ToolTip, pos, grid.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert occurrence.reminder.text in QToolTip.text()
    assert (occurrence.reminder.owner_name or "unassigned") in QToolTip.text()
    QToolTip.hideText()


def nameless_controls(window):
    """Controls a screen reader could only call "button" or "edit"."""
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
        QHeaderView, QPlainTextEdit, QScrollBar, QTextEdit,
    )

    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w in labelled or w.objectName().startswith("qt_"):
            continue  # (qt_…: the inner parts of Qt's own composite widgets)
        if isinstance(w, (QScrollBar, QHeaderView)):
            continue  # parts of a scrolling view or table, which has the name
        if isinstance(w, QAbstractButton):
            named = bool(w.text().strip() or w.accessibleName())
        elif isinstance(w, QLineEdit):
            named = bool(w.accessibleName() or w.placeholderText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            named = bool(w.accessibleName() or w.placeholderText())
        elif isinstance(w, (QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractItemView)):
            if isinstance(w.parentWidget(), QComboBox) or type(w).__name__.startswith("QCalendar"):
                continue  # a combo box's own popup list, a date edit's calendar
            named = bool(w.accessibleName())
        else:
            continue
        if not named:
            found.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}")
    return found


def test_every_control_has_a_name_for_screen_readers(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    missing = {}
    for key, view in each_view(window, qtbot):
        if key == "settings":
            for section in SETTINGS_SECTIONS:
                view.show_section(section)
                missing[f"settings/{section}"] = nameless_controls(window)
        if key == "leads":
            view.set_mode(1)
            missing["leads/list"] = nameless_controls(window)
            view.set_mode(0)
        missing[key] = nameless_controls(window)
    # The dialogs, too.
    leads = window.show_view("leads")
    dialogs = {"lead details": leads.open_lead(db_leads.lead_ids()[0]),
               "e-mail": leads.compose_email(db_leads.lead_ids()[:2])}
    calendar = window.show_view("calendar")
    dialogs["new follow-up"] = calendar.new_reminder(calendar.grid.selected)
    for name, dialog in dialogs.items():
        qtbot.waitExposed(dialog)
        missing[name] = nameless_controls(dialog)
        dialog.close()
    problems = {k: v for k, v in missing.items() if v}
    assert not problems, '\n'.join(f'{k}: {v}' for k, v in problems.items())


def test_a_busy_day_is_spoken_in_brief(qtbot):
    from datetime import date

    from db.reminders import Occurrence, Reminder
    from desktop.calendar.month_grid import SPOKEN_ITEMS, MonthGrid

    grid = MonthGrid()
    qtbot.addWidget(grid)
    day = date(2026, 11, 23)
    def reminder(i):
        return Reminder(i, f"Call {i}", 1795000000 + i * 60, None, None, None, 1, "Giulia", "#D9480F",
                        None, None, "")
    items = [Occurrence(reminder(i), 1795000000 + i * 60, False) for i in range(200)]
    grid.selected = day
    grid.set_month(day.replace(day=1), {day: items}, day)
    spoken = grid.accessibleDescription()
    assert "200 follow-ups" in spoken and "Call 0 (Giulia)" in spoken
    assert f"Call {SPOKEN_ITEMS - 1} (" in spoken and f"Call {SPOKEN_ITEMS} (" not in spoken
    assert f"and {200 - SPOKEN_ITEMS} more" in spoken


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_disabled_send_button_does_not_look_ready(demo_db, make_window, qtbot, theme_name):
    """The primary style outranked the disabled one: Send looked enabled when it was not."""
    window = make_window(demo_db)
    theme.apply(QApplication.instance(), dark=theme_name == "dark")
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    inbox.open_conversation(inbox.model.id_at(0))
    qtbot.waitUntil(lambda: inbox.open_conversation_id is not None)
    button = inbox.composer.send_button
    qtbot.waitUntil(button.isVisible)

    def fill():
        image = button.grab().toImage()
        return image.pixelColor(image.width() // 8, image.height() // 2).name()

    button.setEnabled(True)
    ready = fill()
    button.setEnabled(False)
    waiting = fill()
    assert waiting != ready
    assert waiting == theme.colors()["window"].lower()  # the window's colour, as every disabled button
    theme.apply(QApplication.instance(), dark=False)
