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
from peewee import Case

from db.database import database
from db.database import rows as db_rows
from db.models import Contact, Conversation, Message


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
    message_id = Message.insert(conversation=conversation_id, direction="out", automatic=kind, text=text,
                                sent_at=now, state=state).execute()
    Conversation.update(last_message_at=now, snippet=_snippet(text)).where(Conversation.id == conversation_id).execute()
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
            found = db_rows(Message.select(Message.id, Message.conversation, Conversation.folder)
                            .join(Conversation, on=(Conversation.id == Message.conversation))
                            .where(Message.external_id == external_id))
            if found:
                return Received(found[0][1], found[0][0], found[0][2], duplicate=True)

        blocked = Contact.select(Contact.blocked).where(Contact.id == contact_id).scalar()
        if blocked is None:
            raise ValueError(f"no contact {contact_id}")
        blocked = bool(blocked)

        if conversation_id is None:
            conversation_id = (Conversation.select(Conversation.id)
                               .where(Conversation.contact == contact_id, Conversation.channel == channel)
                               .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
                               .limit(1).scalar())
        if conversation_id is None:
            conversation_id = Conversation.insert(contact=contact_id, channel=channel, folder="inbox", unread=True,
                                                  last_message_at=sent_at, snippet="", created_at=sent_at).execute()

        first_ever = not (Message.select().join(Conversation, on=(Conversation.id == Message.conversation))
                          .where(Conversation.contact == contact_id, Message.direction == "in").exists())

        message_id = Message.insert(conversation=conversation_id, direction="in", text=text, sent_at=sent_at,
                                    state="sent", external_id=external_id).execute()

        folder = Conversation.select(Conversation.folder).where(Conversation.id == conversation_id).scalar()
        if blocked:
            folder = "spam"
        elif folder in ("done", "archived"):
            folder = "inbox"
        last = Conversation.last_message_at
        Conversation.update(
            folder=folder, unread=True,
            last_message_at=Case(None, [(last < sent_at, sent_at)], last),
            snippet=Case(None, [(last <= sent_at, _snippet(text))], Conversation.snippet),
        ).where(Conversation.id == conversation_id).execute()

        sent: list[str] = []
        if not blocked and automatic_replies and folder != "spam":
            status = automation.away_status(now)
            values = replies.personalization(contact_id, None)
            if status.away:
                period_id = automation.record_schedule_period(now, status)
                since = status.since
                already = Message.select().where(Message.conversation == conversation_id,
                                                 Message.automatic == "away", Message.sent_at >= since).exists()
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
    return Contact.insert(first_name=first_name, last_name=last_name, created_at=now, **facts).execute()
