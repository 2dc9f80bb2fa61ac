"""Replies on their way out, and the drafts they start as.

A reply is stored first, as ``pending``, with the tag its window requires;
a channel then marks it ``sent`` (with the platform's id) or ``failed`` (with
the reason and a Retry). Nothing typed is lost: a draft is kept per
conversation until the reply that replaces it is stored.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import NamedTuple, Sequence

from peewee import EXCLUDED, JOIN, fn

from db import reply_window
from db.database import database
from db.models import Attachment, Conversation, Draft, Message, SavedReply
from db.errors import QT_TRANSLATE_NOOP, UserError

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # Messenger's limit
MAX_TEXT = 2000
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"}


class SendError(UserError):
    pass


class Outgoing(NamedTuple):
    message_id: int
    tag: str | None
    messaging_type: str


def check_attachments(paths: Sequence[str | Path]) -> list[Path]:
    checked = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise SendError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read."), name=path.name)
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise SendError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is {size} MB; Messenger takes files up to {limit} MB."),
                name=path.name, size=round(size / 1024 / 1024, 1), limit=MAX_ATTACHMENT_BYTES // 1024 // 1024)
        checked.append(path)
    return checked


def check_reply(text: str, attachments: Sequence[str | Path] = ()) -> list[Path]:
    """SendError if the reply cannot go as it is (nothing written, too long, a file that
    cannot be sent); the files otherwise. Writes nothing: the window checks first."""
    if not text.strip() and not attachments:
        raise SendError(QT_TRANSLATE_NOOP("Errors", "Write something or attach a file first."))
    if len(text) > MAX_TEXT:
        raise SendError(QT_TRANSLATE_NOOP("Errors", "A message holds at most {limit} characters."),
                        limit=MAX_TEXT)
    return check_attachments(attachments)


def check_window(conversation_id: int, now: int) -> reply_window.ReplyWindow:
    """The reply window, or SendError saying why no reply can go now (reads only)."""
    window = reply_window.for_conversation(conversation_id, now)
    if not window.can_reply:
        if window.reason == "private_reply_used":
            raise SendError(QT_TRANSLATE_NOOP(
                "Errors", "A comment can get one private reply, and it has had it."))
        if window.reason == "no_message":
            raise SendError(QT_TRANSLATE_NOOP(
                "Errors", "You can only reply after the person has written to the Page."))
        raise SendError(QT_TRANSLATE_NOOP(
            "Errors", "The reply window has closed: Messenger allows replies up to 7 days after "
                      "the customer's last message."))
    return window


def send_reply(conversation_id: int, text: str, author_id: int | None, now: int,
               attachments: Sequence[str | Path] = (), store: Path | None = None,
               saved_reply_id: int | None = None) -> Outgoing:
    """Store a reply as pending, if the reply window allows it. Clears the draft.
    ``saved_reply_id``: the saved reply it was written from (what suggestions learn from)."""
    files = check_reply(text, attachments)
    if files and store is None:
        raise ValueError("attachments need a store folder")
    with database.atomic("IMMEDIATE"):
        window = check_window(conversation_id, now)
        message_id = Message.insert(
            conversation=conversation_id, direction="out", author=author_id, text=text, sent_at=now,
            state="pending", tag=window.tag,
            # (one deleted meanwhile: none)
            saved_reply=SavedReply.select(SavedReply.id).where(SavedReply.id == saved_reply_id)).execute()
        for path in files:
            store.mkdir(parents=True, exist_ok=True)
            target = store / f"m{message_id}-{path.name}"
            shutil.copyfile(path, target)
            kind = "image" if path.suffix.lower() in IMAGE_SUFFIXES else "file"
            Attachment.insert(message=message_id, kind=kind, filename=path.name, path=str(target),
                              size=path.stat().st_size).execute()
        snippet = " ".join(text.split())[:200] or (files[0].name if files else "")
        Conversation.update(last_message_at=now, snippet=snippet, unread=False).where(
            Conversation.id == conversation_id).execute()
        Draft.delete().where(Draft.conversation == conversation_id).execute()
        return Outgoing(message_id, window.tag, window.messaging_type)


def mark_sent(message_id: int, external_id: str | None = None) -> None:
    changes = {Message.state: "sent", Message.error: None, Message.sending_since: None}
    if external_id is not None:
        changes[Message.external_id] = external_id
    Message.update(changes).where(Message.id == message_id).execute()


def mark_failed(message_id: int, error: str) -> None:
    Message.update(state="failed", error=error, sending_since=None).where(Message.id == message_id).execute()


# --- taking a message to send: exactly one sender, whichever window or command ---------

STALE_SENDING = 10 * 60  # far over a Send API call with its retries


def claim(message_id: int, now: int) -> bool:
    """Take a pending message to send it. True for exactly one caller across every window,
    seat and ``sportello sync``; the others leave it alone."""
    return Message.update(sending_since=now).where(
        Message.id == message_id, Message.state == "pending", Message.sending_since.is_null()).execute() == 1


def release_stale(now: int) -> list[int]:
    """Messages taken by a sender that stopped before Meta's answer was kept (a crash, a
    lost network mid-call): Meta may have them, so they are not sent again by themselves.
    They become failed with the reason; Retry is the user's call."""
    rows = [r[0] for r in Message.select(Message.id).where(
        Message.state == "pending", Message.sending_since < now - STALE_SENDING).tuples()]
    for message_id in rows:
        mark_failed(message_id, UNSURE)
    return rows


UNSURE = QT_TRANSLATE_NOOP("Errors", "Sportello stopped while sending this, so it may or may not have reached the "
                                     "person. Check in Messenger before sending it again.")


def retry(message_id: int, now: int) -> Outgoing:
    """Queue a failed reply again (the window is checked anew)."""
    with database.atomic("IMMEDIATE"):
        row = Message.select(Message.conversation, Message.state).where(Message.id == message_id).tuples().first()
        if row is None or row[1] != "failed":
            raise SendError(QT_TRANSLATE_NOOP("Errors", "Only a message that failed can be sent again."))
        window = reply_window.for_conversation(row[0], now)
        if not window.can_reply:
            raise SendError(QT_TRANSLATE_NOOP(
                "Errors", "The reply window has closed: this message can no longer be sent."))
        Message.update(state="pending", error=None, sending_since=None, tag=window.tag).where(
            Message.id == message_id).execute()
        return Outgoing(message_id, window.tag, window.messaging_type)


def pending_messages() -> list[int]:
    """Replies stored but not yet delivered (also those left by a crash)."""
    return [r[0] for r in Message.select(Message.id).where(
        Message.state == "pending", Message.sending_since.is_null()).order_by(Message.id).tuples()]


# --- someone else answered meanwhile -----------------------------------------------------

def last_message_id(conversation_id: int) -> int:
    """The conversation's newest message id (0 for none): where "since you opened it" starts."""
    return Message.select(fn.COALESCE(fn.MAX(Message.id), 0)).where(Message.conversation == conversation_id).scalar()


class OtherReply(NamedTuple):
    author: str   # who (the team member's name; "" for the Page's own, from Meta)
    text: str


def replies_since(conversation_id: int, after_id: int, member_id: int | None) -> list[OtherReply]:
    """Replies from a person other than ``member_id`` stored after message ``after_id`` (the
    newest when the conversation was opened): another seat, or Meta's inbox, answered
    meanwhile. Oldest first."""
    from db.models import TeamMember
    from db.text import display_name

    query = (Message.select(TeamMember.first_name, TeamMember.last_name, Message.text)
             .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Message.author))
             .where(Message.conversation == conversation_id, Message.id > after_id, Message.direction == "out",
                    Message.automatic.is_null(), Message.state != "failed"))
    if member_id is not None:
        query = query.where(Message.author.is_null() | (Message.author != member_id))
    return [OtherReply(display_name(first or "", last or ""), text)
            for first, last, text in query.order_by(Message.id).tuples()]


# --- drafts ---------------------------------------------------------------------------

def save_draft(conversation_id: int, text: str, now: int) -> None:
    if text.strip():
        (Draft.insert(conversation=conversation_id, text=text, updated_at=now)
         .on_conflict(conflict_target=[Draft.conversation],
                      update={Draft.text: EXCLUDED.text, Draft.updated_at: EXCLUDED.updated_at}).execute())
    else:
        Draft.delete().where(Draft.conversation == conversation_id).execute()


def draft(conversation_id: int) -> str:
    text = Draft.select(Draft.text).where(Draft.conversation == conversation_id).scalar()
    return text or ""
