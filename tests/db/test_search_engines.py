"""Search gives the same results on both engines for the same queries: SQLite's FTS5 tables
and PostgreSQL's GIN indexes of the words of unaccent-folded text and of Chinese pairs (db/search.py)."""
from __future__ import annotations

import pytest

from db import demo, search
from db.database import close_database, latest_version, open_database
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


def test_the_same_queries_find_the_same_conversations_on_both_engines(tmp_path, pg_url, monkeypatch):
    for target in (tmp_path / "local.db", pg_url):
        open_database(target)
        demo.generate(seed=7, now=NOW, messages=6000)
        close_database()
    here, there = _results(tmp_path / "local.db"), _results(pg_url)
    assert sum(len(v) for k, v in here.items() if k != "contacts") > 500
    for key in here:
        assert here[key] == there[key], key
    # Chunks of message ids ending anywhere find the same.
    monkeypatch.setattr(search, "CHUNK", 150)
    assert _results(pg_url) == there


def test_a_server_made_before_the_search_indexes_gets_them(pg_url):
    """A team's database made by the previous version (step 17) is brought up to date."""
    from db.database import database

    open_database(pg_url)
    Message.insert(conversation=_conversation(), direction="in", text="我想预订一张桌子", sent_at=NOW).execute()
    # As step 17 made it: pg_trgm's index over the folded text, no words, no pairs.
    for function in ("sportello_cjk_grams", "sportello_words", "sportello_tokens"):
        database.execute_sql(f"DROP FUNCTION {function} CASCADE")  # (its indexes go with it)
    database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    database.execute_sql("CREATE INDEX message_search ON message USING gin (sportello_fold(text) gin_trgm_ops)")
    database.execute_sql("UPDATE sportello_schema SET version = 17")
    close_database()
    open_database(pg_url)
    try:
        assert database.execute_sql("SELECT version FROM sportello_schema").fetchone()[0] == latest_version()
        names = {r[0] for r in database.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'message'")}
        assert {"message_cjk", "message_words"} <= names and "message_search" not in names
        assert len(search.search_conversations("预订", "inbox")) == 1
    finally:
        close_database()


def _conversation():
    from db.models import Conversation

    contact = Contact.insert(first_name="陈", last_name="伟", created_at=0).execute()
    return Conversation.insert(contact=contact, last_message_at=NOW, created_at=0).execute()


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


def test_every_trigger_of_sqlite_has_its_postgresql_twin(tmp_path, pg_url):
    """What SQLite's migrations do in triggers, a team's server does too (the search's
    excepted: PostgreSQL's indexes follow the rows by themselves). The Conversions API's
    queue once had no twin, and a server's stage moves never went back to Meta."""
    from db.database import database

    open_database(tmp_path / "local.db")
    try:
        here = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        close_database()
    open_database(pg_url)
    try:
        there = {r[0] for r in database.execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    finally:
        close_database()
    search_index = {t for t in here if t.startswith(("message_fts_", "message_cjk_", "contact_fts_"))}
    assert len(search_index) == 9
    assert here - search_index <= there, here - search_index - there
