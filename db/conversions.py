"""Stages back to Meta: the Conversions API for CRM ("conversion leads").

A lead from a Meta form carries Meta's lead id. While a dataset is connected (Settings →
Channels, or ``connect``), each of its stage changes is queued in the database by a trigger
(SQLite's in db/migrations/m0012_conversion_events.py, PostgreSQL's in ``postgresql_schema``
below), whatever made it. ``send_queued`` posts what
waits to ``/{dataset-id}/events``, in batches, as Meta's payload specification asks:
the lead id, the stage as the event's name, its time, action_source ``system_generated``,
custom_data with event_source ``crm`` and the CRM's name.

The queue survives being offline and restarts; a refusal that may pass is tried again on
the next sync (up to MAX_ATTEMPTS); an event is taken by one sender before it goes and is
never sent twice (one a crash left taken is marked failed, with why, and left alone).
"""
from __future__ import annotations

from typing import NamedTuple

from db import settings
from peewee import SQL, Case, fn

from db.database import chunks, database
from db.database import rows as db_rows
from db.models import ConversionEvent, Setting
from db.errors import QT_TRANSLATE_NOOP

def postgresql_schema(server) -> None:
    """The queue's two triggers on a team's server, as m0012 has them on SQLite: a stage
    change of a lead with Meta's id queues its event while a dataset is connected; an undone
    change takes its unsent event with it. (The first team servers had none: their stage
    moves never went back to Meta. m0019 adds them there.)"""
    server.execute_sql("""
        CREATE OR REPLACE FUNCTION sportello_conversion_queue() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            meta text;
        BEGIN
            IF EXISTS (SELECT 1 FROM setting WHERE key = 'capi.dataset') THEN
                SELECT external_id INTO meta FROM lead WHERE id = NEW.lead_id;
                IF meta ~ '^[0-9]' THEN
                    INSERT INTO conversion_event(lead_id, stage_change_id, meta_lead_id, event_name, event_time)
                    VALUES (NEW.lead_id, NEW.id, meta, NEW.to_stage, NEW.changed_at);
                END IF;
            END IF;
            RETURN NULL;
        END $$""")
    server.execute_sql("""
        CREATE OR REPLACE FUNCTION sportello_conversion_undone() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM conversion_event
            WHERE stage_change_id = OLD.id AND state != 'sent' AND sending_since IS NULL;
            RETURN NULL;
        END $$""")
    server.execute_sql("DROP TRIGGER IF EXISTS conversion_event_queue ON lead_stage_change")
    server.execute_sql("DROP TRIGGER IF EXISTS conversion_event_undone ON lead_stage_change")
    server.execute_sql("CREATE TRIGGER conversion_event_queue AFTER INSERT ON lead_stage_change"
                       " FOR EACH ROW EXECUTE FUNCTION sportello_conversion_queue()")
    server.execute_sql("CREATE TRIGGER conversion_event_undone AFTER DELETE ON lead_stage_change"
                       " FOR EACH ROW EXECUTE FUNCTION sportello_conversion_undone()")


CRM_NAME = "Sportello"
BATCH = 500          # Meta takes up to 1,000 events per call
MAX_ATTEMPTS = 5
STALE_SENDING = 10 * 60
KEYRING_SERVICE = "Sportello Conversions API token"
UNSURE = QT_TRANSLATE_NOOP("Errors", "Sportello stopped while sending this event; it is not sent again, so that "
                                     "Meta never counts it twice.")


class QueueState(NamedTuple):
    waiting: int
    sent: int
    failed: int
    last_error: str


def dataset() -> str | None:
    return settings.get("capi.dataset") or None


def connect(dataset_id: str | None) -> None:
    """Connect a dataset (its id) or, with None, stop queuing; what is queued stays."""
    if dataset_id:
        settings.put("capi.dataset", dataset_id)
    else:
        Setting.delete().where(Setting.key == "capi.dataset").execute()


TOKEN_VARIABLE = "SPORTELLO_CAPI_TOKEN"


def token() -> str | None:
    """The dataset's access token (Events Manager gives it): SPORTELLO_CAPI_TOKEN when set,
    else the keyring's; never the database's."""
    import os

    from db import graph

    target = dataset()
    if os.environ.get(TOKEN_VARIABLE):
        return os.environ[TOKEN_VARIABLE]
    return graph.stored_token(target, KEYRING_SERVICE) if target else None


def store_token(dataset_id: str, value: str) -> None:
    from db import graph
    graph.store_token(dataset_id, value, KEYRING_SERVICE)


def client(**options):
    """A GraphClient for the connected dataset, or None when none is connected (or its
    token is missing)."""
    from db import graph

    target, value = dataset(), token()
    if target is None or not value:
        return None
    page = graph.PageConnection.load()  # the same Graph API address as the Page's
    return graph.GraphClient(target, value, graph.base_address(page.base if page else graph.DEFAULT_BASE),
                             **options)


def event(row: tuple) -> dict:
    """One queued stage change as Meta's payload specification for CRM events has it."""
    event_id, meta_lead_id, name, at = row
    return {"event_name": name, "event_time": at, "action_source": "system_generated",
            "event_id": f"sportello-{event_id}",
            "user_data": {"lead_id": int(meta_lead_id)},
            "custom_data": {"event_source": "crm", "lead_event_source": CRM_NAME}}


def take(now: int, limit: int = BATCH) -> list[tuple]:
    """Take the next events to send (at most ``limit``), for this sender only."""
    with database.atomic("IMMEDIATE"):
        E = ConversionEvent
        E.update(state="failed", error=UNSURE, attempts=MAX_ATTEMPTS, sending_since=None).where(
            E.sending_since.is_null(False), E.sending_since < now - STALE_SENDING, E.state != "sent").execute()
        rows = db_rows(E.select(E.id, E.meta_lead_id, E.event_name, E.event_time)
                       .where(E.sending_since.is_null(),
                              (E.state == "pending") | ((E.state == "failed") & (E.attempts < MAX_ATTEMPTS)))
                       .order_by(E.event_time, E.id).limit(limit))
        if rows:
            E.update(sending_since=now).where(E.id.in_([r[0] for r in rows])).execute()
        return rows


def record(ids: list[int], now: int, error: str | None, retry: bool = True) -> None:
    """Keep what Meta said of a batch: sent, or failed with the reason (tried again later
    when ``retry``)."""
    if not ids:
        return
    E = ConversionEvent
    for chunk in chunks(ids):
        if error is None:
            E.update(state="sent", sent_at=now, error=None, sending_since=None).where(E.id.in_(chunk)).execute()
        else:
            E.update(state="failed", error=error, sending_since=None,
                     attempts=E.attempts + 1 if retry else MAX_ATTEMPTS).where(E.id.in_(chunk)).execute()


def send_queued(client, now: int) -> tuple[int, int]:
    """Send every waiting event, batch by batch: (sent, failed). ``client`` is a
    db.graph.GraphClient; a refusal of a batch fails that batch and stops."""
    from db.graph import GraphError

    target = dataset()
    if target is None:
        return 0, 0
    sent = failed = 0
    while True:
        rows = take(now)
        if not rows:
            return sent, failed
        ids = [r[0] for r in rows]
        try:
            client.send_events(target, [event(r) for r in rows])
        except GraphError as exc:
            record(ids, now, str(exc), retry=exc.transient or exc.kind == "other")
            return sent, failed + len(ids)
        record(ids, now, None)
        sent += len(ids)


def queue_state() -> QueueState:
    E = ConversionEvent
    shown = Case(None, [(((E.state == "failed") & (E.attempts < MAX_ATTEMPTS)), "pending")], E.state)
    counts: dict[str, int] = {}
    # (grouped by position: PostgreSQL takes the CASE's bound values in GROUP BY for another expression)
    for state, count in db_rows(E.select(shown, fn.COUNT(SQL("*"))).group_by(SQL("1"))):
        counts[state] = counts.get(state, 0) + count
    last = E.select(E.error).where(E.state == "failed").order_by(E.id.desc()).limit(1).scalar()
    return QueueState(counts.get("pending", 0), counts.get("sent", 0), counts.get("failed", 0), last or "")
