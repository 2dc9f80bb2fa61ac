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
    for line in out.getvalue().splitlines()[1:]:
        for cell in line.split(","):
            stripped = cell.strip('"')
            assert not stripped.startswith(("=", "@")) or stripped.startswith("'")


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
    from PySide6.QtGui import QTextDocument

    from desktop.widgets.lazy_model import RowRole

    def shown(tip: str) -> str:
        if "<" not in tip:
            return tip
        doc = QTextDocument()
        doc.setHtml(tip)
        return doc.toPlainText()

    window = make_window(hostile_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    checked = 0
    for row in range(inbox.model.rowCount()):
        index = inbox.model.index(row)
        if HOSTILE[0] in index.data(RowRole).contact_name:
            assert HOSTILE[0] in shown(index.data(Qt.ToolTipRole))
            checked += 1
    leads = window.show_view("leads")
    for column in leads.columns.values():
        for row in range(column.lead_model.rowCount()):
            index = column.lead_model.index(row)
            lead = index.data(RowRole)
            if lead is not None and HOSTILE[0] in lead.name:
                assert HOSTILE[0] in shown(index.data(Qt.ToolTipRole))
                checked += 1
    assert checked >= 2
