"""One path for every change: operations on the worker, shown at once, committed when the
database lets them, undone the same way everywhere; long work with progress and Cancel;
other connections' commits seen within seconds."""
from db.sqlite import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer

from db import inbox as db_inbox
from db.database import database, is_server_url
from desktop.operations import Area, Changes, changes
from tests.helpers import file_only

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.async_ops


def committed(target, sql, params=()):
    """Read what is committed, through a connection of its own (as another process would):
    a SQLite file's, or a team's server's."""
    from db.database import is_server_url, load_psycopg

    if is_server_url(str(target)):
        with load_psycopg().connect(str(target), autocommit=True) as conn:
            return conn.execute(sql.replace("?", "%s"), params).fetchone()
    conn = sqlite3.connect(target)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


class HeldLock:
    """Another process's long write (an import from the command line): on a file, BEGIN
    IMMEDIATE on a connection of its own; on a server, the write lock every writer takes
    (db.database's advisory lock); held until released."""

    def __init__(self, target):
        from db.database import WRITE_LOCK, is_server_url, load_psycopg

        if is_server_url(str(target)):
            self.conn = load_psycopg().connect(str(target))
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        else:
            self.conn = sqlite3.connect(target, isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")

    def release(self):
        if isinstance(self.conn, sqlite3.Connection):
            self.conn.execute("COMMIT")
        else:
            self.conn.commit()
        self.conn.close()


def test_changes_name_areas_by_constant_only():
    with pytest.raises(ValueError):
        changes("team-ish")
    what = changes(Area.INBOX, conversations=[3])
    assert what.touches(Area.INBOX) and not what.touches(Area.LEADS)
    assert Changes(frozenset({Area.ALL})).touches(Area.LEADS)
    assert (what | changes(Area.LEADS, leads=[1])).leads == frozenset({1})


def test_actions_during_another_process_write_show_at_once_and_commit_after(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 2)
    first, second = inbox.model.id_at(0), inbox.model.id_at(1)
    database.execute_sql("SELECT 1")  # (the window's own connection is open before the lock)
    before = committed(demo_db, "SELECT flagged FROM conversation WHERE id = ?", (first,))[0]

    lock = HeldLock(demo_db)
    try:
        clock = QElapsedTimer()
        clock.start()
        inbox.actions.run("unflag" if before else "flag", [first])
        inbox.actions.run("archive", [second])
        assert clock.elapsed() < 50  # the window did not wait for the lock
        # On screen at once ...
        assert inbox.model.row(inbox.model.row_of(first)).flagged == (not before)
        assert inbox.model.row_of(second) == -1
        # ... and not committed while the other process holds the lock.
        assert committed(demo_db, "SELECT flagged FROM conversation WHERE id = ?", (first,))[0] == before
        assert window.ctx.ops.pending == 2
    finally:
        lock.release()
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0, timeout=15000)
    assert committed(demo_db, "SELECT flagged FROM conversation WHERE id = ?", (first,))[0] == (not before)
    assert committed(demo_db, "SELECT folder FROM conversation WHERE id = ?", (second,))[0] == "archived"
    # Nothing was refused: the toast offers Undo for the last one, and undo goes the same way.
    assert window.toast.can_undo
    window.undo()
    qtbot.waitUntil(lambda: committed(demo_db, "SELECT folder FROM conversation WHERE id = ?",
                                      (second,))[0] == "inbox", timeout=5000)


def test_a_messenger_import_runs_beside_the_window_and_actions_during_it_commit_after(
        demo_db, make_window, qtbot, tmp_path, monkeypatch):
    from db import messenger_import, settings
    from tests.db.test_messenger_import import PAGE, message, write_thread

    root = tmp_path / "export"
    write_thread(root, "messages", "inbox", "ada_1", ["Ada Import", PAGE],
                 [[message("Ada Import", 1_700_000_000_000 + i, f"messaggio {i}") for i in range(300)]])
    settings.put("page.name", PAGE)
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 2)
    first = inbox.model.id_at(0)
    before = committed(demo_db, "SELECT flagged FROM conversation WHERE id = ?", (first,))[0]
    messages_before = committed(demo_db, "SELECT count(*) FROM message")[0]

    def not_here(*args, **kwargs):
        raise AssertionError("the import ran in the window's own process")

    # The import runs in a process of its own: this process's copy of it is never called (the
    # child, asked for db.messenger_import.import_export by name, imports the real one).
    monkeypatch.setattr(messenger_import, "import_export", not_here)
    monkeypatch.setattr(not_here, "__module__", "db.messenger_import")
    monkeypatch.setattr(not_here, "__qualname__", "import_export")
    lock = HeldLock(demo_db)  # the import waits for this lock, as for another process's write
    try:
        job = window.import_messenger(str(root))
        inbox.actions.run("unflag" if before else "flag", [first])
        assert inbox.model.row(inbox.model.row_of(first)).flagged == (not before)  # at once
    finally:
        lock.release()
    with qtbot.waitSignal(job.finished, timeout=30000) as done:
        pass
    assert done.args[0] is not None and done.args[0].messages_added == 300, job.error
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0, timeout=15000)
    assert committed(demo_db, "SELECT count(*) FROM message")[0] == messages_before + 300
    assert committed(demo_db, "SELECT flagged FROM conversation WHERE id = ?", (first,))[0] == (not before)
    imported = committed(demo_db, "SELECT c.id FROM conversation c JOIN contact ct ON ct.id = c.contact_id"
                                  " WHERE ct.first_name = 'Ada' AND ct.last_name = 'Import'")[0]
    qtbot.waitUntil(lambda: inbox.model.row_of(imported) != -1, timeout=5000)  # the list shows it


def test_an_import_process_that_dies_leaves_nothing_and_says_so(demo_db, make_window, qtbot, tmp_path):
    from desktop.child_work import ChildStopped, run_in_child

    messages_before = committed(demo_db, "SELECT count(*) FROM message")[0]
    with pytest.raises(ChildStopped) as stopped:
        run_in_child(_write_then_die, str(demo_db))
    assert "nothing of it was written" in str(stopped.value)
    assert committed(demo_db, "SELECT count(*) FROM message")[0] == messages_before
    from db import errors
    with pytest.raises(errors.UserError) as refused:
        run_in_child(_refuse, str(demo_db))
    assert refused.value.template == "No {what} here." and refused.value.params == {"what": "export"}


def _write_then_die(progress, cancelled):
    import os
    from db.models import Message
    with database.atomic("IMMEDIATE"):
        conv = database.execute_sql("SELECT min(id) FROM conversation").fetchone()[0]
        Message.insert(conversation=conv, direction="in", text="x", sent_at=0).execute()
        os._exit(3)


def _refuse(progress, cancelled):
    from db.errors import UserError
    raise UserError("No {what} here.", what="export")


def test_opening_a_conversation_marks_it_read_at_once_even_while_locked(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    unread = [i for i in inbox.model.ids() if inbox.model.row(inbox.model.row_of(i)).unread]
    assert unread
    target = unread[0]
    lock = HeldLock(demo_db)
    try:
        clock = QElapsedTimer()
        clock.start()
        inbox.open_conversation(target)
        qtbot.waitUntil(lambda: inbox.open_conversation_id == target)
        assert clock.elapsed() < 1000  # far under the 5 s a write on this thread would wait for the lock
        assert not inbox.model.row(inbox.model.row_of(target)).unread
        if not is_server_url(str(demo_db)):  # (a server's row locks let a plain update through meanwhile)
            assert committed(demo_db, "SELECT unread FROM conversation WHERE id = ?", (target,))[0] == 1
    finally:
        lock.release()
    qtbot.waitUntil(lambda: committed(demo_db, "SELECT unread FROM conversation WHERE id = ?",
                                      (target,))[0] == 0, timeout=15000)


def test_a_drag_on_the_board_moves_the_card_at_once_and_commits_behind_the_lock(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.show_view("leads")
    qtbot.waitUntil(lambda: view.is_built)
    source = view.columns["neutral"].lead_model
    lead_id = source.id_at(0)
    lock = HeldLock(demo_db)
    try:
        view.move_to_stage([lead_id], "contacted")
        assert source.row_of(lead_id) == -1
        assert view.columns["contacted"].lead_model.row_of(lead_id) == 0
        view.reload()  # a refresh meanwhile (another view's change) keeps what was shown
        assert source.row_of(lead_id) == -1
        assert view.columns["contacted"].lead_model.row_of(lead_id) >= 0
    finally:
        lock.release()
    qtbot.waitUntil(lambda: committed(demo_db, "SELECT stage FROM lead WHERE id = ?",
                                      (lead_id,))[0] == "contacted", timeout=15000)
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    assert view.columns["contacted"].lead_model.row_of(lead_id) >= 0
    assert view.columns["neutral"].lead_model.row_of(lead_id) == -1


def test_a_failed_operation_puts_the_screen_back_and_says_why(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    target = inbox.model.id_at(0)
    flagged = inbox.model.row(0).flagged
    token = inbox.model.patch([target], flagged=not flagged)

    def boom():
        raise OSError("disk full")

    window.ctx.ops.run(boom, changes=changes(Area.INBOX), rollback=lambda: inbox.model.unpatch(token))
    assert inbox.model.row(inbox.model.row_of(target)).flagged == (not flagged)
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    assert inbox.model.row(inbox.model.row_of(target)).flagged == flagged
    assert "disk full" in window.toast.label.text()


def test_the_window_thread_cannot_write(demo_db, make_window, monkeypatch):
    make_window(demo_db)
    monkeypatch.undo()  # drop conftest's leave for the tests' own writes: this one stands for desktop/ code
    with pytest.raises(Exception, match="readonly|read-only"):
        db_inbox.set_flagged([1], True)


def test_undo_is_one_path_for_inbox_board_and_calendar(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    cid = inbox.model.id_at(0)
    inbox.actions.run("done", [cid])
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    window.undo()
    qtbot.waitUntil(lambda: committed(demo_db, "SELECT folder FROM conversation WHERE id = ?", (cid,))[0] == "inbox")

    leads = window.show_view("leads")
    qtbot.waitUntil(lambda: leads.is_built)
    lead_id = leads.columns["neutral"].lead_model.id_at(0)
    leads.move_to_stage([lead_id], "converted")
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    window.undo()
    qtbot.waitUntil(lambda: committed(demo_db, "SELECT stage FROM lead WHERE id = ?", (lead_id,))[0] == "neutral")

    calendar = window.show_view("calendar")
    qtbot.waitUntil(lambda: calendar.is_built)
    rid, due = committed(demo_db, "SELECT id, due_at FROM reminder WHERE done_at IS NULL AND recurrence IS NULL"
                                  " ORDER BY id LIMIT 1")
    from datetime import date
    calendar.move_reminder(rid, date(2026, 6, 20))
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    assert committed(demo_db, "SELECT due_at FROM reminder WHERE id = ?", (rid,))[0] != due
    window.undo()
    qtbot.waitUntil(lambda: committed(demo_db, "SELECT due_at FROM reminder WHERE id = ?", (rid,))[0] == due)


# --- long work: progress, Cancel, no partial file ----------------------------------------------

def leads_export_target(demo_db, make_window, qtbot, tmp_path):
    """The window on the Leads, and a folder of its own for the export (nothing else in it)."""
    window = make_window(demo_db)
    view = window.show_view("leads")
    qtbot.waitUntil(lambda: view.is_built)
    folder = tmp_path / "out"
    folder.mkdir()
    return window, view, folder, folder / "leads.csv"


def test_an_export_is_written_whole_on_the_worker(demo_db, make_window, qtbot, tmp_path):
    window, view, tmp_path, target = leads_export_target(demo_db, make_window, qtbot, tmp_path)
    job = view.export("csv", str(target))
    assert job.running  # the window went on: the file is written on the worker
    with qtbot.waitSignal(job.finished, timeout=10000) as blocker:
        pass
    count = committed(demo_db, "SELECT count(*) FROM lead")[0]
    assert blocker.args == [count]
    assert target.read_text(encoding="utf-8").count("\n") == count + 1
    assert [p.name for p in tmp_path.iterdir()] == ["leads.csv"]
    assert "Exported" in window.toast.label.text()


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(demo_db, make_window, qtbot, tmp_path):
    window, view, tmp_path, target = leads_export_target(demo_db, make_window, qtbot, tmp_path)
    target.write_text("yesterday's export", encoding="utf-8")
    blocker = HeldLock(demo_db)  # the worker is busy elsewhere; Cancel is pressed meanwhile
    window.ctx.tasks.run(lambda: time.sleep(0.3))
    job = view.export("csv", str(target))
    job.dialog.canceled.emit()  # what the progress window's Cancel button sends
    blocker.release()
    with qtbot.waitSignal(job.finished, timeout=10000) as done:
        pass
    assert done.args == [None]
    assert target.read_text(encoding="utf-8") == "yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["leads.csv"]
    assert "no file was written" in window.toast.label.text()


def test_a_failing_export_leaves_no_partial_file(demo_db, make_window, qtbot, tmp_path):
    from desktop.long_work import export_file
    window = make_window(demo_db)
    (tmp_path / "out").mkdir()
    tmp_path = tmp_path / "out"
    target = tmp_path / "half.csv"

    def write(out):
        for i in range(1000):
            out.write(f"row {i}\n")
        raise OSError(28, "No space left on device")

    job = export_file(window.ctx, window, target, write, done_text=str)
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert "No space left on device" in window.toast.label.text()


def backed_up(make_window, target, qtbot, copy: Path):
    """A window on ``target`` with its inbox shown, backed up to ``copy`` by Back up now
    (whole: no part left beside it); the window and its inbox."""
    window = make_window(target)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    job = window.backups.backup_now(str(copy))
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert copy.exists() and not copy.with_name(copy.name + ".part").exists()
    return window, inbox


def test_backup_and_restore_run_on_the_worker(demo_db, make_window, qtbot, tmp_path):
    file_only(demo_db, "a file's copy and restore (a server's: the test after this one)")
    window, inbox = backed_up(make_window, demo_db, qtbot, copy := tmp_path / "copy.db")
    total = committed(copy, "SELECT count(*) FROM conversation")[0]
    # A change after the backup, then the restore takes it back.
    other = sqlite3.connect(demo_db)
    other.execute("DELETE FROM conversation WHERE id = (SELECT max(id) FROM conversation)")
    other.commit()
    other.close()
    window.backups.restore_from(str(copy))
    qtbot.waitUntil(lambda: "Restored" in window.toast.label.text() if window._toast else False, timeout=20000)
    assert committed(demo_db, "SELECT count(*) FROM conversation")[0] == total
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    assert window.updatesEnabled()


def test_a_servers_backup_is_pg_dumps_and_its_restore_is_left_to_the_server(pg_url, make_window, qtbot, tmp_path):
    from db import demo
    from db.database import open_database
    from tests import pg_server
    from tests.conftest import NOW

    open_database(pg_url)
    demo.generate(seed=7, now=NOW, messages=300)
    window, inbox = backed_up(make_window, pg_url, qtbot, dump := tmp_path / "team.dump")
    assert "Backed up to team.dump." in window.toast.label.text()
    assert "TABLE DATA public message" in pg_server.restore_list(dump)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert window.backups.restore_from(str(dump)) is None
    assert "pg_restore" in window.toast.label.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == before and window.updatesEnabled()
    assert inbox.model.rowCount() > 0


def test_a_bad_backup_is_refused_with_its_reason(demo_db, make_window, qtbot, tmp_path):
    file_only(demo_db, "a file's restore (a server is restored where it runs)")
    window = make_window(demo_db)
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    job = window.backups.restore_from(str(bad))
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert "not a Sportello database" in window.toast.label.text()


# --- another process's commits -------------------------------------------------------------------

OTHER_PROCESS = """
import sys
sys.path.insert(0, sys.argv[3])
from db.database import database, open_database
from db.models import Contact, Conversation, Reminder
open_database(sys.argv[1])
now = int(sys.argv[2])
with database.atomic():
    cid = Contact.insert(first_name="Outside", created_at=now).execute()
    Conversation.insert(contact=cid, folder="inbox", unread=True, last_message_at=now + 10_000,
                        snippet="from the command line", created_at=now).execute()
    Reminder.insert(owner=1, text="Call the outside", due_at=now - 60, created_at=now).execute()
"""


def test_another_process_commit_shows_within_two_seconds_without_activation(demo_db, make_window, qtbot, clock):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    window.reminders.check()
    if window.reminders.window.isVisible():
        window.reminders.window.complete_all()
        qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
        window.reminders.window.hide()
    rows = inbox.model.rowCount()
    window.clearFocus()
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(demo_db), str(clock()), str(ROOT)], check=True)
    started = time.monotonic()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == rows + 1, timeout=3000)
    assert time.monotonic() - started < 2.5
    assert inbox.model.row(0).contact_name == "Outside"
    # The follow-up the other process made due pops up too.
    qtbot.waitUntil(lambda: window.reminders.window.isVisible(), timeout=3000)
    assert any(r.text == "Call the outside" for r in window.reminders.window.due)


@pytest.mark.async_ops
def test_operations_queued_behind_long_work_are_announced_once_when_they_commit(demo_db, make_window, qtbot):
    """Actions made during an import commit together when it ends: the views reload once."""
    import threading

    from desktop.operations import Area
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 3)
    release = threading.Event()
    window.ctx.tasks.run(lambda: release.wait(20))  # the worker busy, as with an import
    heard = []
    window.ctx.changed.connect(lambda what: not what.outside and heard.append(what))
    ids = [inbox.model.id_at(i) for i in range(3)]
    for cid in ids:
        inbox.actions.run("flag", [cid])
    assert all(inbox.model.row(i).flagged for i in range(3))  # on screen at once
    assert heard == [] and window.ctx.ops.pending == 3
    release.set()
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    assert len(heard) == 1 and heard[0].touches(Area.INBOX)
    assert set(ids) <= heard[0].conversations
    assert committed(demo_db, "SELECT count(*) FROM conversation WHERE flagged AND id IN (?, ?, ?)",
                     tuple(ids))[0] == 3
