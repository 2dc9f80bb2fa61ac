"""Stages back to Meta: the Conversions API for CRM ("conversion leads").

A lead from a Meta form carries Meta's lead id. While a dataset is connected (Settings →
Channels, or ``connect``), each of its stage changes is queued in the database by a trigger
(db/migrations/m0012_conversion_events.py), whatever made it. ``send_queued`` posts what
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
from db.database import database
from db.errors import QT_TRANSLATE_NOOP

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
        database.execute_sql("DELETE FROM setting WHERE key = 'capi.dataset'")


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
        database.execute_sql(
            "UPDATE conversion_event SET state = 'failed', error = ?, attempts = ?, sending_since = NULL"
            " WHERE sending_since IS NOT NULL AND sending_since < ? AND state != 'sent'",
            (UNSURE, MAX_ATTEMPTS, now - STALE_SENDING))
        rows = database.execute_sql(
            "SELECT id, meta_lead_id, event_name, event_time FROM conversion_event"
            " WHERE sending_since IS NULL AND (state = 'pending' OR (state = 'failed' AND attempts < ?))"
            " ORDER BY event_time, id LIMIT ?", (MAX_ATTEMPTS, limit)).fetchall()
        if rows:
            marks = ",".join("?" * len(rows))
            database.execute_sql(f"UPDATE conversion_event SET sending_since = ? WHERE id IN ({marks})",
                                 (now, *[r[0] for r in rows]))
        return rows


def record(ids: list[int], now: int, error: str | None, retry: bool = True) -> None:
    """Keep what Meta said of a batch: sent, or failed with the reason (tried again later
    when ``retry``)."""
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    if error is None:
        database.execute_sql(f"UPDATE conversion_event SET state = 'sent', sent_at = ?, error = NULL,"
                             f" sending_since = NULL WHERE id IN ({marks})", (now, *ids))
    else:
        database.execute_sql(f"UPDATE conversion_event SET state = 'failed', error = ?, sending_since = NULL,"
                             f" attempts = CASE WHEN ? THEN attempts + 1 ELSE {MAX_ATTEMPTS} END"
                             f" WHERE id IN ({marks})", (error, int(retry), *ids))


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
    counts = dict(database.execute_sql("SELECT CASE WHEN state = 'failed' AND attempts < ? THEN 'pending'"
                                       " ELSE state END, count(*) FROM conversion_event GROUP BY 1",
                                       (MAX_ATTEMPTS,)).fetchall())
    last = database.execute_sql("SELECT error FROM conversion_event WHERE state = 'failed'"
                                " ORDER BY id DESC LIMIT 1").fetchone()
    return QueueState(counts.get("pending", 0), counts.get("sent", 0), counts.get("failed", 0),
                      last[0] if last else "")
