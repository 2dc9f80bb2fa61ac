"""Search gives the same results on both engines for the same queries: SQLite's FTS5 tables
and PostgreSQL's pg_trgm over unaccent-folded text (db/search.py)."""
from __future__ import annotations

import pytest

from db import demo, search
from db.database import close_database, open_database
from db.models import Contact, Message
from tests.conftest import NOW

QUERIES = (
    "pizza", "prenot", "zafferano", "Pizza margherita", "perche", "perché", "sedinta", "ședință",
    "glutine", "tavolo per", "grazie mille", "ciao", "ora", "a", "10", "预订", "无麸质", "订", "预",
    "我想", "披萨 pizza", "Giulia", "Chen", "陈", "洋", "Wei", "ROSSI", "zzzz", "l'indirizzo", "foo_bar",
)


def _results(target) -> dict:
    open_database(target)
    try:
        found = {}
        for folder in ("inbox", "done"):
            for q in QUERIES:
                found[(folder, q)] = search.search_conversations(q, folder)
        found["contacts"] = {q: search.contact_ids(search.parse(q)) for q in QUERIES}
        return found
    finally:
        close_database()


def test_the_same_queries_find_the_same_conversations_on_both_engines(tmp_path, pg_url):
    for target in (tmp_path / "local.db", pg_url):
        open_database(target)
        demo.generate(seed=7, now=NOW, messages=6000)
        close_database()
    here, there = _results(tmp_path / "local.db"), _results(pg_url)
    assert sum(len(v) for k, v in here.items() if k != "contacts") > 500
    for key in here:
        assert here[key] == there[key], key


@pytest.mark.parametrize("text, query", [
    ("Vorrei prenotare per stasera", "prenot"),
    ("Perché è chiuso?", "perche"),
    ("Ședință mâine la ora 10", "sedinta"),
    ("我想预订一张桌子", "预订"),
    ("我想预订", "订"),          # the run's last character
    ("无麸质的披萨", "无麸质"),
])
def test_a_message_is_found_by_what_a_user_types(any_db, text, query):
    contact = Contact.insert(first_name="Ada", created_at=0).execute()
    from db.models import Conversation
    cid = Conversation.insert(contact=contact, last_message_at=NOW, created_at=0).execute()
    Message.insert(conversation=cid, direction="in", text=text, sent_at=NOW).execute()
    other = Conversation.insert(contact=contact, last_message_at=NOW, created_at=0).execute()
    Message.insert(conversation=other, direction="in", text="Buongiorno", sent_at=NOW).execute()
    assert search.search_conversations(query) == [cid]


def test_runs_side_by_side_are_not_read_as_one(any_db):
    contact = Contact.insert(first_name="Ada", created_at=0).execute()
    from db.models import Conversation
    cid = Conversation.insert(contact=contact, last_message_at=NOW, created_at=0).execute()
    Message.insert(conversation=cid, direction="in", text="我想预订, 订饭", sent_at=NOW).execute()
    assert search.search_conversations("预订饭") == []
    assert search.search_conversations("订饭") == [cid]
