"""Outside data is hostile until checked: fuzzed parsers, and a database full of traps opened in every view."""
import io

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit

from db import leads_io, search
from db.database import close_database, database, open_database

NOW = 1_780_000_000
FORMULAS = st.sampled_from(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=y", "=HYPERLINK(\"http://x\")"])
CELL = st.one_of(st.text(max_size=30), FORMULAS, st.text(alphabet="\x00\t\n\r\"',;", max_size=8),
                 st.just("x" * 20_000))


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    open_database(tmp_path_factory.mktemp("fuzz") / "f.db")
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    yield
    close_database()


def lead_count():
    return database.execute_sql("SELECT count(*) FROM lead").fetchone()[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes_give_clear_errors_only(fuzz_db, data):
    before = lead_count()
    try:
        result = leads_io.import_leads(data, NOW)
    except leads_io.ImportFileError as exc:
        assert str(exc)
        assert lead_count() == before
        return
    if result.skipped:
        assert lead_count() == before


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "latin-1"]),
       delimiter=st.sampled_from([",", "\t"]), cut=st.integers(0, 50))
def test_tables_with_formulas_huge_fields_and_wrong_encodings(fuzz_db, rows, encoding, delimiter, cut):
    header = delimiter.join(["full_name", "email", "phone", "note?", "is_organic", "created_time"])
    text = header + "\n" + "\n".join(delimiter.join(r) for r in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if cut:
        data = data[:-cut]  # truncated files too
    before = lead_count()
    try:
        result = leads_io.import_leads(data, NOW)
    except leads_io.ImportFileError:
        assert lead_count() == before
        return
    if result.skipped:
        assert lead_count() == before
        assert all(p.row >= 1 and p.reason for p in result.skipped)
    # Whatever got in comes out neutralised.
    out = io.StringIO()
    leads_io.export_csv(out)
    import csv
    for record in list(csv.reader(io.StringIO(out.getvalue())))[1:]:  # (a cell may hold a comma: read as CSV)
        for cell in record:
            assert not cell.startswith(("=", "@", "+", "-")) or cell.startswith("'") or _number(cell), cell


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


HOSTILE = [
    '<img src="file:///etc/hostname">',
    "<b>bold</b> <a href='http://evil.example'>click</a>",
    "\u202egnp.exe",  # right-to-left override
    "Name\x00with\x07controls\x1b[31m",
    "<script>alert(1)</script>",
]


@pytest.fixture
def hostile_db(demo_db):
    big = "A" * 100_000
    for i, text in enumerate(HOSTILE):
        cid = database.execute_sql(
            "INSERT INTO contact(first_name, last_name, city, work, company, email, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", (text, text, text, text, text, "x@example.com", NOW)).lastrowid
        conv = database.execute_sql(
            "INSERT INTO conversation(contact_id, folder, unread, last_message_at, snippet, created_at)"
            " VALUES (?, 'inbox', 1, ?, ?, ?)", (cid, NOW + 100 + i, text, NOW)).lastrowid
        for body in (text, big if i == 0 else text * 3):
            database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', ?, ?)",
                                 (conv, body, NOW + 100 + i))
        database.execute_sql("INSERT INTO note(contact_id, text, created_at, updated_at) VALUES (?, ?, 0, 0)", (cid, text))
        database.execute_sql("INSERT INTO lead(contact_id, source_detail, answers, created_at, stage_changed_at)"
                             " VALUES (?, ?, ?, 0, 0)", (cid, text, '{"%s": "%s"}' % ("q", "a"), ))
        database.execute_sql("INSERT INTO reminder(contact_id, text, due_at, created_at) VALUES (?, ?, ?, 0)",
                             (cid, text, NOW + 3600))
        database.execute_sql("INSERT OR IGNORE INTO label(name) VALUES (?)", (text[:40],))
    return demo_db


def customer_widgets(root):
    for widget in root.findChildren(QLabel):
        if any(h[:12] in widget.text() for h in HOSTILE):
            yield widget


def test_hostile_database_in_every_view(hostile_db, make_window, qtbot):
    window = make_window(hostile_db)
    seen = 0
    for key in ("inbox", "leads", "calendar", "insights", "settings"):
        view = window.show_view(key)
        if key == "inbox":
            qtbot.waitUntil(lambda: view.model.rowCount() > 0)
            for i in range(len(HOSTILE)):
                cid = view.model.id_at(i)
                view.open_conversation(cid)
                qtbot.waitUntil(lambda c=cid: view.open_conversation_id == c)
                window.grab()
                for label in customer_widgets(window):
                    assert label.textFormat() == Qt.PlainText, label.text()
                    seen += 1
        if key == "leads":
            for lead_id in view.filtered_ids()[-len(HOSTILE):]:
                dialog = view.open_lead(lead_id)
                dialog.grab()
                for label in customer_widgets(dialog):
                    assert label.textFormat() == Qt.PlainText
                    seen += 1
                dialog.close()
        if key == "insights":
            qtbot.waitUntil(lambda: view.data is not None, timeout=10000)
        window.grab()
        for label in customer_widgets(window):
            assert label.textFormat() == Qt.PlainText
            seen += 1
    assert seen >= 10
    # No widget in the app shows rich text: no browsers, and rich text editors stay plain.
    assert window.findChildren(QTextBrowser) == []
    for edit in window.findChildren(QTextEdit):
        assert not edit.acceptRichText()
    # The Reminders window too.
    window.reminders.check()
    for label in window.reminders.window.findChildren(QLabel):
        assert label.textFormat() == Qt.PlainText or not any(h[:12] in label.text() for h in HOSTILE)


def test_search_and_rows_survive_control_characters(hostile_db):
    for text in HOSTILE:
        search.search_conversations(text)
    found = search.search_conversations("bold click")
    rows = __import__("db.inbox", fromlist=["conversation_rows"]).conversation_rows(found)
    assert any("<b>bold</b>" in r.contact_name for r in rows.values())


def test_tooltips_of_hostile_rows_and_cards_show_the_text_not_markup(hostile_db, make_window, qtbot):
    """Qt renders a tooltip that looks like HTML: the models escape what customers wrote."""
    from desktop.widgets.lazy_model import RowRole

    window = make_window(hostile_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    checked = 0
    for row in range(inbox.model.rowCount()):
        index = inbox.model.index(row)
        if HOSTILE[0] in index.data(RowRole).contact_name:
            assert HOSTILE[0] in shown_as(index.data(Qt.ToolTipRole))
            checked += 1
    leads = window.show_view("leads")
    for column in leads.columns.values():
        for row in range(column.lead_model.rowCount()):
            index = column.lead_model.index(row)
            lead = index.data(RowRole)
            if lead is not None and HOSTILE[0] in lead.name:
                assert HOSTILE[0] in shown_as(index.data(Qt.ToolTipRole))
                checked += 1
    assert checked >= 2


def shown_as(tooltip: str) -> str:
    """What a person reads in a tooltip: Qt renders it as rich text when it looks like HTML."""
    from PySide6.QtGui import QTextDocument
    if "<" not in tooltip:
        return tooltip
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def hover(qtbot, widget, pos):
    """Rest the pointer at ``pos`` until Qt asks for the tooltip; returns what it shows."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    QToolTip.hideText()
    event = QHelpEvent(QEvent.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_hostile_rows_cards_and_chips_shows_their_text(hostile_db, make_window, qtbot):
    from datetime import datetime, timezone

    from desktop.widgets.lazy_model import RowRole
    from desktop.widgets.text import clean
    window = make_window(hostile_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    hovered = 0
    for row in range(inbox.model.rowCount()):
        r = inbox.model.index(row).data(RowRole)
        if not any(h[:12] in r.contact_name for h in HOSTILE):
            continue
        inbox.list_view.scrollTo(inbox.model.index(row))
        rect = inbox.list_view.visualRect(inbox.model.index(row))
        text = hover(qtbot, inbox.list_view.viewport(), rect.center())
        assert text, "no tooltip"
        seen = shown_as(text)
        assert any(clean(h)[:10] in seen for h in HOSTILE if h[:3] in r.contact_name)  # as typed, controls gone
        assert "<img" not in text or "&lt;img" in text
        hovered += 1
    assert hovered >= 3

    leads = window.show_view("leads")
    qtbot.waitUntil(lambda: leads.is_built)
    cards = 0
    for column in leads.columns.values():
        model = column.lead_model
        for row in range(model.rowCount()):
            lead = model.index(row).data(RowRole)
            if lead is None or not any(h[:12] in lead.name for h in HOSTILE[:2]):
                continue
            column.scrollTo(model.index(row))
            text = hover(qtbot, column.viewport(), column.visualRect(model.index(row)).center())
            assert text and ("<img" in shown_as(text) or "<b>" in shown_as(text))
            cards += 1
    assert cards >= 2

    calendar = window.show_view("calendar")
    qtbot.waitUntil(lambda: calendar.is_built)
    assert datetime.fromtimestamp(NOW + 3600, timezone.utc).month == 5  # the month the window opens on
    grid = calendar.grid
    chips = 0
    from PySide6.QtCore import QPoint, QPointF
    for y in range(4, grid.height(), 6):
        for x in range(4, grid.width(), 12):
            chip = grid.chip_at(QPointF(x, y))
            if chip is None or not any(h[:12] in chip.reminder.text for h in HOSTILE[:2]):
                continue
            text = hover(qtbot, grid, QPoint(x, y))
            assert "<img" in shown_as(text) or "<b>" in shown_as(text)
            chips += 1
            break
    assert chips >= 1
