"""A team on one PostgreSQL: this window and another seat (a second process) at once.

The other seat commits; this window hears it through the server's NOTIFY (desktop/watcher.py)
and shows it within a second. A reply from the other seat while this one is writing is said
before this one's reply goes.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NOW
from tests.helpers import newest_conversation

SEAT = Path(__file__).resolve().parents[1] / "seat_worker.py"


def other_seat(url: str, *args) -> None:
    done = subprocess.run([sys.executable, str(SEAT), url, *map(str, args)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture
def team_window(pg_url, make_window, qtbot):
    from db import demo
    from db.database import close_database, open_database

    open_database(pg_url)
    demo.generate(seed=7, now=NOW)
    close_database()
    window = make_window(pg_url)
    return window


def test_another_seats_change_is_on_this_screen_within_a_second(team_window, pg_url, qtbot):
    from desktop.main_window import BadgeRole

    window = team_window
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    assert window.navigation.item(0).data(BadgeRole) > 0
    assert window.outside._thread is not None and window.outside._thread.is_alive()  # listening, not polling
    other_seat(pg_url, "read-all")
    qtbot.waitUntil(lambda: window.navigation.item(0).data(BadgeRole) == 0, timeout=1000)


def test_a_reply_from_another_seat_while_this_one_writes_is_said_before_sending(team_window, pg_url, qtbot, clock):
    from PySide6.QtWidgets import QMessageBox

    from db import inbox as db_inbox
    from db import outbox, team

    window = team_window
    view = newest_conversation(window, qtbot)
    conversation_id = view.open_conversation_id
    composer = view.composer
    me = window.ctx.member_id
    marco = next(m for m in team.members() if m.id != me)
    qtbot.keyClicks(composer.edit, "Certo, vi aspettiamo!")

    other_seat(pg_url, "reply", conversation_id, marco.id, clock() + 60)
    clock.advance(120)
    # Cancel: nothing goes, and what was written stays.
    from PySide6.QtCore import QTimer

    answered, choice, handled = [], {"button": "cancel"}, []

    def respond():
        box = composer.reply_warning
        if box is None or box in handled:
            return
        handled.append(box)
        answered.append(box.text())
        if choice["button"] == "cancel":
            box.button(QMessageBox.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == composer.tr("Send anyway")).click()

    timer = QTimer(window)
    timer.timeout.connect(respond)
    timer.start(20)
    before = len(db_inbox.thread(conversation_id))
    assert composer.send() is None
    assert answered == [f"{marco.full_name} replied after you opened this conversation."]
    assert composer.edit.toPlainText() == "Certo, vi aspettiamo!"
    assert len(db_inbox.thread(conversation_id)) == before

    # Send anyway: it goes.
    choice["button"] = "send"
    composer.send()
    timer.stop()
    assert len(answered) == 2
    qtbot.waitUntil(lambda: len(db_inbox.thread(conversation_id)) == before + 1)
    assert db_inbox.thread(conversation_id)[-1].text == "Certo, vi aspettiamo!"
    assert outbox.replies_since(conversation_id, composer.seen_up_to, me) == []


def test_who_else_is_working_and_replying_is_shown_and_goes_when_their_window_closes(team_window, pg_url, qtbot,
                                                                                     tmp_path):
    """Another seat's window (a second app process) opens this conversation and writes: this
    window says who is working and that they are replying, and forgets them once they close."""
    import json
    import os

    from db import team

    window = team_window
    view = newest_conversation(window, qtbot)
    composer = view.composer
    assert not window.presence_label.isVisible() and not composer.presence_label.isVisible()
    me = window.ctx.member_id
    marco = next(m for m in team.members() if m.id != me)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "other-seat"), "XDG_DATA_HOME": str(tmp_path / "other-data")}
    conversation_id = view.open_conversation_id
    with subprocess.Popen([sys.executable, str(SEAT), pg_url, "window", str(conversation_id), str(marco.id)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as seat:

        def ask(line):
            seat.stdin.write(line + "\n")
            seat.stdin.flush()
            return seat.stdout.readline().strip()

        try:
            assert seat.stdout.readline().strip() == "replying", seat.stderr.read()[-2000:]
            qtbot.waitUntil(lambda: composer.presence_label.text() == f"{marco.full_name} is replying…", timeout=1000)
            assert composer.presence_label.isVisible()
            assert window.presence_label.isVisible() and window.presence_label.text() == f"Also working: {marco.full_name}"
            window.grab().save(str(tmp_path / "presence.png"))
            # And the other way: the other seat knows this one is on the conversation, then
            # that it went to the Leads.
            assert json.loads(ask("who")) == {"working": [me], "here": [[], [me]]}
            window.show_view("leads")
            qtbot.waitUntil(lambda: json.loads(ask("who"))["here"] == [[], []], timeout=2000)
            assert ask("quit") == "closed"
            assert seat.wait(30) == 0, seat.stderr.read()[-2000:]
            qtbot.waitUntil(lambda: not window.presence_label.isVisible(), timeout=1000)
            assert not composer.presence_label.isVisible()
        finally:
            if seat.poll() is None:
                seat.kill()


def test_the_server_lost_mid_session_keeps_the_view_and_the_draft_and_comes_back(make_window, qtbot, clock):
    """A server of its own, stopped and started again under the open window."""
    from db import demo
    from db import inbox as db_inbox
    from db.database import close_database, open_database
    from tests import pg_server

    if pg_server.binaries() is None:
        pytest.skip("PostgreSQL's server is not installed")
    cluster = pg_server.Cluster().start()
    try:
        url = cluster.create("shop")
        open_database(url)
        demo.generate(seed=7, now=NOW)
        close_database()
        window = make_window(url)
        view = newest_conversation(window, qtbot)
        conversation_id = view.open_conversation_id
        before = len(db_inbox.thread(conversation_id))
        qtbot.keyClicks(view.composer.edit, "Vi aspettiamo alle 20!")

        cluster.pause()
        qtbot.waitUntil(lambda: window.server_state.isVisible(), timeout=5000)
        assert "reconnecting" in window.server_state.text()
        # Another view cannot be read: the Inbox stays, and says why.
        notices = []
        window.ctx.notice.connect(lambda text, *_: notices.append(text))
        window.navigation.setCurrentRow(1)
        assert window.current_view_key() == "inbox" and window.navigation.currentRow() == 0
        assert any("does not answer" in str(n) for n in notices)
        # A reply cannot be saved: said, and what was written stays.
        view.composer.send()
        qtbot.waitUntil(lambda: "cannot be reached" in view.composer.error.text(), timeout=10000)
        assert view.composer.edit.toPlainText() == "Vi aspettiamo alle 20!"

        cluster.resume()
        qtbot.waitUntil(lambda: not window.server_state.isVisible(), timeout=10000)
        view.composer.send()
        qtbot.waitUntil(lambda: len(db_inbox.thread(conversation_id)) == before + 1, timeout=10000)
        assert db_inbox.thread(conversation_id)[-1].text == "Vi aspettiamo alle 20!"
        window.close()
        window.ctx.shutdown()
    finally:
        close_database()
        cluster.stop()
