"""The incoming-message pipeline every customer message goes through.

Whatever brings a message in — an import, a connected Page, the demo
simulator — calls ``receive_message``. In one IMMEDIATE transaction it:

1. files the message of a blocked contact in Spam and stops there;
2. stores it (once: a known ``external_id`` is not stored again), reopens a
   Done or Archived conversation into the Inbox and marks it unread;
3. sends at most one automatic reply: while the Page is Away, the away message
   (once per conversation per away period); otherwise, to a person's first
   message ever to the Page, the instant reply. Automatic replies are stored as
   outgoing messages with their kind, so they never count as a response.
"""
from __future__ import annotations

from dataclasses import dataclass

from db import automation, replies
from db.database import database


@dataclass(frozen=True)
class Received:
    conversation_id: int
    message_id: int
    folder: str
    duplicate: bool = False
    automatic: tuple[str, ...] = ()  # kinds of the automatic replies sent


def _snippet(text: str) -> str:
    return " ".join(text.split())[:200]


def _store_outgoing_automatic(conversation_id: int, kind: str, text: str, now: int, state: str) -> int:
    message_id = database.execute_sql(
        "INSERT INTO message(conversation_id, direction, automatic, text, sent_at, state)"
        " VALUES (?, 'out', ?, ?, ?, ?)", (conversation_id, kind, text, now, state)).lastrowid
    database.execute_sql("UPDATE conversation SET last_message_at = ?, snippet = ? WHERE id = ?",
                         (now, _snippet(text), conversation_id))
    return message_id


def receive_message(contact_id: int, text: str, now: int, *, channel: str = "messenger",
                    conversation_id: int | None = None, external_id: str | None = None,
                    sent_at: int | None = None, automatic_replies: bool = True,
                    automatic_state: str = "sent") -> Received:
    """Take in one customer message. ``now`` is when it arrives (and auto-replies go out).

    ``sent_at`` (default ``now``) is the message's own time; imports of history
    pass ``automatic_replies=False``. A channel that still has to send the automatic
    replies (the connected Page) passes ``automatic_state="pending"``: they are stored in
    the same transaction as the message, once, and go out like any waiting reply.
    """
    sent_at = now if sent_at is None else sent_at
    with database.atomic("IMMEDIATE"):
        if external_id is not None:
            row = database.execute_sql(
                "SELECT m.id, m.conversation_id, c.folder FROM message m"
                " JOIN conversation c ON c.id = m.conversation_id WHERE m.external_id = ?",
                (external_id,)).fetchone()
            if row:
                return Received(row[1], row[0], row[2], duplicate=True)

        contact = database.execute_sql("SELECT blocked FROM contact WHERE id = ?", (contact_id,)).fetchone()
        if contact is None:
            raise ValueError(f"no contact {contact_id}")
        blocked = bool(contact[0])

        if conversation_id is None:
            row = database.execute_sql(
                "SELECT id FROM conversation WHERE contact_id = ? AND channel = ?"
                " ORDER BY last_message_at DESC, id DESC LIMIT 1", (contact_id, channel)).fetchone()
            conversation_id = row[0] if row else None
        if conversation_id is None:
            conversation_id = database.execute_sql(
                "INSERT INTO conversation(contact_id, channel, folder, unread, last_message_at, snippet,"
                " created_at) VALUES (?, ?, 'inbox', 1, ?, '', ?)",
                (contact_id, channel, sent_at, sent_at)).lastrowid

        first_ever = not database.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM message m JOIN conversation c ON c.id = m.conversation_id"
            " WHERE c.contact_id = ? AND m.direction = 'in')", (contact_id,)).fetchone()[0]

        message_id = database.execute_sql(
            "INSERT INTO message(conversation_id, direction, text, sent_at, state, external_id)"
            " VALUES (?, 'in', ?, ?, 'sent', ?)", (conversation_id, text, sent_at, external_id)).lastrowid

        folder = database.execute_sql("SELECT folder FROM conversation WHERE id = ?",
                                      (conversation_id,)).fetchone()[0]
        if blocked:
            folder = "spam"
        elif folder in ("done", "archived"):
            folder = "inbox"
        database.execute_sql(
            "UPDATE conversation SET folder = ?, unread = 1,"
            " last_message_at = max(last_message_at, ?),"
            " snippet = CASE WHEN last_message_at <= ? THEN ? ELSE snippet END WHERE id = ?",
            (folder, sent_at, sent_at, _snippet(text), conversation_id))

        sent: list[str] = []
        if not blocked and automatic_replies and folder != "spam":
            status = automation.away_status(now)
            values = replies.personalization(contact_id, None)
            if status.away:
                period_id = automation.record_schedule_period(now, status)
                since = status.since
                already = database.execute_sql(
                    "SELECT EXISTS (SELECT 1 FROM message WHERE conversation_id = ? AND automatic = 'away'"
                    " AND sent_at >= ?)", (conversation_id, since)).fetchone()[0]
                if automation.setting("away.message_enabled") and not already and period_id is not None:
                    _store_outgoing_automatic(conversation_id, "away",
                                              replies.render(automation.setting("away.message"), values), now,
                                              automatic_state)
                    sent.append("away")
            elif first_ever and automation.setting("instant_reply.enabled"):
                _store_outgoing_automatic(conversation_id, "instant",
                                          replies.render(automation.setting("instant_reply.text"), values), now,
                                          automatic_state)
                sent.append("instant")
        return Received(conversation_id, message_id, folder, automatic=tuple(sent))


def new_contact(first_name: str, last_name: str = "", now: int = 0, **facts) -> int:
    """A contact as a channel first sees them (name and whatever else it knows)."""
    allowed = {"city", "country", "work", "company", "email", "phone", "fan_since", "has_reviewed",
               "blocked", "external_id"}
    unknown = set(facts) - allowed
    if unknown:
        raise TypeError(f"unknown contact facts {sorted(unknown)}")
    columns = ["first_name", "last_name", "created_at", *facts]
    values = [first_name, last_name, now, *facts.values()]
    marks = ",".join("?" * len(values))
    return database.execute_sql(f"INSERT INTO contact({', '.join(columns)}) VALUES ({marks})", values).lastrowid
