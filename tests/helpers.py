"""Helpers for GUI tests."""
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def drag_and_drop(widget, pos, mime) -> bool:
    """Deliver the events a real drag delivers: enter, move, then the drop at ``pos``."""
    point = QPointF(pos)
    enter = QDragEnterEvent(point.toPoint(), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point.toPoint(), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(point, Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


SETTINGS_SECTIONS = ("business", "team", "pipeline", "replies", "instant", "away", "greeting", "response_time", "mail", "channels", "language")


def newest_conversation(window, qtbot):
    """The Inbox shown with its most recent conversation open; returns the view."""
    view = window.show_view("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.open_most_recent()
    qtbot.waitUntil(lambda: view.open_conversation_id is not None)
    return view


def each_view(window, qtbot):
    """Show each main view in turn, ready to be looked at: the Inbox with its most recent
    conversation open, Insights with its charts drawn. Yields (key, view)."""
    for key in ("inbox", "leads", "calendar", "insights", "settings"):
        view = newest_conversation(window, qtbot) if key == "inbox" else window.show_view(key)
        if key == "insights":
            qtbot.waitUntil(lambda: view.data is not None, timeout=15000)
        yield key, view


def finished(qtbot, job, timeout=20000):
    """Wait for a LongWork (an export, a backup) and return its result (None if cancelled)."""
    if not job.running:
        return None
    with qtbot.waitSignal(job.finished, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def written(fn):
    """``fn()``'s writes made as another connection's, committed: on a thread of its own,
    which has a connection of its own (on a team's server the window's thread only reads).
    Returns what ``fn`` returned; raises what it raised."""
    import threading

    from db.database import database

    out = {}

    def run():
        try:
            with database.atomic():
                out["value"] = fn()
        except BaseException as exc:  # (given back to the test's thread)
            out["error"] = exc
        finally:
            database.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


def sql(statement: str, params=()):
    """A statement written with ``?`` for its parameters, run on either engine; its rows."""
    from db.database import database

    return database.execute_sql(statement.replace("?", database.param), params).fetchall()


def file_only(target, why: str) -> None:
    """Skip, saying ``why``, a window test of what only a SQLite file has, when the demo runs
    on a team's server (``--demo-engine postgresql``)."""
    import pytest

    from db.database import is_server_url

    if is_server_url(str(target)):
        pytest.skip(why)
