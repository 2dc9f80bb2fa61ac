"""Replies leave through the connected Page; without one they are kept locally.

db.graph (urllib, http.client) is imported only when a Page is connected, so a
start-up without one does not pay for it.
"""
from __future__ import annotations

from db import outbox, settings
from desktop.context import AppContext
from desktop.operations import Area, changes


def client_for(**options):
    """A GraphClient for the connected Page, or None. ``options``: GraphClient's (attempts, …)."""
    if not (settings.get("graph.page") or {}).get("page_id"):
        return None
    from db import graph

    connection = graph.PageConnection.load()
    token = graph.page_token(connection.page_id)
    if not token:
        return None
    return graph.GraphClient(connection.page_id, token, graph.base_address(connection.base), **options)


def install_sender(ctx: AppContext) -> bool:
    """With a connected Page, replies go to the Send API on the DB worker; then resend what a
    crash or a restart left pending."""
    if client_for() is None:
        ctx.sender = ctx._local_sender
        return False
    from db import graph

    def send(message_id: int) -> None:
        client = client_for()
        if client is None:
            return
        now = ctx.now()

        def record(outcome) -> None:
            ctx.ops.run(lambda: graph.record_delivery(message_id, outcome), changes=changes(Area.INBOX))

        def taken(won: bool) -> None:
            if won:  # Meta on the network worker; the outcome kept by an operation on the DB worker
                ctx.net.run(lambda: graph.send_pending(client, message_id, now), record)

        # Taken first, by exactly one sender (another window, another seat or a scheduled
        # `sportello sync` may be sending the same waiting replies).
        ctx.ops.run(lambda: outbox.claim(message_id, now), changes=changes(Area.OUTBOX), on_done=taken)

    ctx.sender = send
    send_waiting(ctx)
    return True


def send_waiting(ctx: AppContext) -> None:
    """Send every reply waiting to go: what a crash or a restart left, the automatic replies
    a sync made. (A reply another sender took meanwhile is left to it.)"""
    def waiting() -> list[int]:
        outbox.release_stale(ctx.now())
        return outbox.pending_messages()

    def send(message_ids) -> None:
        for message_id in message_ids:
            ctx.deliver(message_id)

    ctx.ops.run(waiting, changes=changes(Area.INBOX), on_done=send)
