"""A team's seats hear each other's changes: PostgreSQL's NOTIFY, sent by the database itself.

Every table of the schema has statement-level triggers that, for each INSERT, UPDATE or
DELETE, send ``NOTIFY sportello, '<table>:<ids>'`` (``<table>:*`` when more than a few
hundred rows changed). NOTIFY is transactional: a seat hears a change when it is committed,
never one rolled back. Whoever writes (a seat, ``sportello sync``, ``copy-to``, psql) is
heard, without code of ours on each write.

A seat listens on a connection of its own (``Listener``), in a thread, without polling: the
connection's socket wakes it. ``Listener.wait`` gives what arrived as ``Heard`` (the table,
the ids or None for "many", and the server process that committed it, so a seat can leave
out what its own worker wrote).

Presence (who is working, who is on which conversation) goes on a second channel,
``sportello_presence``: each seat says where it is (desktop/presence.py) through its
listening connection, and hears the others there. Nothing of it is stored: a seat that
stops saying it is there is gone a minute later.
"""
from __future__ import annotations

from typing import NamedTuple

CHANNEL = "sportello"
PRESENCE = "sportello_presence"
MANY = 200  # more ids than this in one statement: the payload says "*" (NOTIFY takes 8,000 bytes)


class Heard(NamedTuple):
    table: str
    ids: tuple[int, ...] | None  # None: many rows, or a table without ids
    pid: int                     # the server process whose commit it was


class Said(NamedTuple):
    """A seat's word on the presence channel (its JSON, read by desktop/presence.py)."""
    payload: str
    pid: int


def parse(payload: str, pid: int) -> Heard:
    table, _, ids = payload.partition(":")
    if not ids or ids == "*":
        return Heard(table, None, pid)
    try:
        return Heard(table, tuple(int(i) for i in ids.split(",") if i), pid)
    except ValueError:
        return Heard(table, None, pid)


def postgresql_schema(server) -> None:
    """The notifying function and each table's triggers (db.models.create_schema calls it)."""
    from db import models

    server.execute_sql(f"""
        CREATE FUNCTION sportello_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            ids text;
            n integer;
        BEGIN
            IF TG_ARGV[0] = '' THEN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':*');
                RETURN NULL;
            END IF;
            EXECUTE format('SELECT count(DISTINCT %%I), string_agg(DISTINCT %%I::text, '','') FROM changed', TG_ARGV[0], TG_ARGV[0])
                INTO n, ids;
            IF n = 0 THEN
                RETURN NULL;
            END IF;
            IF n > {MANY} THEN
                ids := '*';
            END IF;
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || coalesce(ids, '*'));
            RETURN NULL;
        END $$""")
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        key = _key_column(model)
        for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            server.execute_sql(
                f"CREATE TRIGGER {table}_notify_{event.lower()} AFTER {event} ON {table}"
                f" REFERENCING {rows} TABLE AS changed FOR EACH STATEMENT"
                f" EXECUTE FUNCTION sportello_notify('{key}')")


# The column whose values a notification names: the conversation or the lead a row belongs
# to (what the views refresh by); a table not listed names none ("<table>:*").
KEYS = {
    "conversation": "id", "message": "conversation_id", "draft": "conversation_id",
    "support_case": "conversation_id", "lead": "id", "lead_label": "lead_id", "lead_stage_change": "lead_id",
    "conversion_event": "lead_id", "reminder": "lead_id",
}


def _key_column(model) -> str:
    return KEYS.get(model._meta.table_name, "")


class Listener:
    """A connection of its own, LISTENing: ``wait`` blocks until something is heard (or the
    timeout passes). The connection going away raises psycopg's OperationalError."""

    def __init__(self, url: str, connect_timeout: int = 5) -> None:
        from db.database import load_psycopg

        psycopg = load_psycopg()
        self.conn = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout,
                                    application_name="Sportello (listening)")
        self.conn.execute(f"LISTEN {CHANNEL}")
        self.conn.execute(f"LISTEN {PRESENCE}")

    def wait(self, timeout: float = 1.0) -> list[Heard | Said]:
        heard = []
        for note in self.conn.notifies(timeout=timeout, stop_after=1):
            heard.append(self._read(note))
        # And whatever else came with it, without waiting again.
        for note in self.conn.notifies(timeout=0):
            heard.append(self._read(note))
        return heard

    @staticmethod
    def _read(note) -> Heard | Said:
        if note.channel == PRESENCE:
            return Said(note.payload, note.pid)
        return parse(note.payload, note.pid)

    def say(self, payload: str) -> None:
        """Say something on the presence channel (heard by every seat, this one too)."""
        self.conn.execute("SELECT pg_notify(%s, %s)", (PRESENCE, payload))

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 - already gone
            pass
