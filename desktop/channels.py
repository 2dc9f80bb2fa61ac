"""Replies leave through the connected Page; without one they are kept locally.

db.graph (urllib, http.client) is imported only when a Page is connected, so a
start-up without one does not pay for it.
"""
from __future__ import annotations

from db import outbox, settings
from desktop.context import AppContext
from desktop.operations import Area, changes


def client_for():
    """A GraphClient for the connected Page, or None."""
    if not (settings.get("graph.page") or {}).get("page_id"):
        return None
    from db import graph

    connection = graph.PageConnection.load()
    token = graph.stored_token(connection.page_id)
    if not token:
        return None
    return graph.GraphClient(connection.page_id, token, connection.base)


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
            if outcome is not None:
                ctx.ops.run(lambda: graph.record_delivery(message_id, outcome), changes=changes(Area.INBOX))

        # Meta on the network worker; the outcome is kept by an operation on the DB worker.
        ctx.net.run(lambda: graph.send_pending(client, message_id, now), record)

    ctx.sender = send
    for message_id in outbox.pending_messages():
        send(message_id)
    return True
