"""A team's seats hear each other's commits: PostgreSQL's NOTIFY from every table (db/live.py)."""
from __future__ import annotations

import threading
import time

import pytest

from db import live, team
from db.database import database
from db.models import Contact, Conversation, Message
from tests.conftest import NOW


@pytest.fixture
def listener(pg_url):
    from db.database import open_database

    open_database(pg_url)
    heard = live.Listener(pg_url)
    yield heard
    heard.close()


def _until(listener, wanted, seconds=5.0):
    """What is heard until ``wanted(heard)`` says it is there (or the time is up)."""
    got, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline and not wanted(got):
        got += listener.wait(0.2)
    return got


def test_a_commit_is_heard_with_its_table_and_ids_and_who_wrote_it(listener):
    own_pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    contact = Contact.insert(first_name="Ada", created_at=NOW).execute()
    cid = Conversation.insert(contact=contact, last_message_at=NOW, created_at=NOW).execute()
    started = time.monotonic()
    Message.insert(conversation=cid, direction="in", text="Ciao", sent_at=NOW).execute()
    got = _until(listener, lambda got: any(h.table == "message" for h in got))
    assert time.monotonic() - started < 1.0
    message = next(h for h in got if h.table == "message")
    assert message.ids == (cid,) and message.pid == own_pid
    assert live.Heard("conversation", (cid,), own_pid) in got
    assert any(h.table == "contact" and h.ids is None for h in got)


def test_nothing_is_heard_of_what_was_rolled_back_and_many_rows_are_one_notice(listener):
    team.add_member("Giulia")
    _until(listener, lambda got: bool(got))
    with database.atomic("IMMEDIATE") as tx:
        team.add_member("Marco")
        tx.rollback()
    assert listener.wait(0.5) == []
    contact = Contact.insert(first_name="Ada", created_at=NOW).execute()
    Conversation.insert_many([(contact, NOW, NOW)] * (live.MANY + 1), fields=[
        Conversation.contact, Conversation.last_message_at, Conversation.created_at]).execute()
    got = _until(listener, lambda got: any(h.table == "conversation" for h in got))
    assert [h.ids for h in got if h.table == "conversation"] == [None]


def test_a_listener_wakes_at_once_from_another_thread(listener, pg_url):
    """No polling: the socket wakes the waiting thread as the commit lands."""
    found = []
    waiting = threading.Thread(target=lambda: found.extend(_until(listener, lambda got: bool(got))))
    waiting.start()
    at = time.monotonic()
    team.add_member("Wei")
    waiting.join(5)
    assert found and found[0].table == "team_member"
    assert time.monotonic() - at < 0.5
