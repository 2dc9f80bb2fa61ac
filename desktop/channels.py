"""Replies leave through the connected Page; without one they are kept locally."""
from __future__ import annotations

from db import graph, outbox
from desktop.context import AppContext


def client_for() -> graph.GraphClient | None:
    connection = graph.PageConnection.load()
    if connection is None:
        return None
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

    def send(message_id: int) -> None:
        client = client_for()
        if client is None:
            return
        now = ctx.now()
        ctx.tasks.run(lambda: graph.deliver(client, message_id, now), lambda _ok: ctx.changed.emit("inbox"))

    ctx.sender = send
    for message_id in outbox.pending_messages():
        send(message_id)
    return True
