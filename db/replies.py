"""Saved replies and personalization fields.

A template holds fields such as ``{first_name}``; ``render`` fills the known
ones and leaves an unknown field exactly as written, so a typo shows instead of
silently vanishing.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from db.database import database
from db.database import rows as db_rows
from db.models import Contact, TeamMember
from db.models import SavedReply as SavedReplyModel
from db.models import SavedReplyAttachment as SavedReplyAttachmentModel
from db.errors import QT_TRANSLATE_NOOP, UserError

FIELDS = ("first_name", "last_name", "agent_first_name", "agent_last_name", "website")
FIELD_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_TITLE = 80
MAX_BODY = 2000


@dataclass(frozen=True)
class Personalization:
    first_name: str = ""
    last_name: str = ""
    agent_first_name: str = ""
    agent_last_name: str = ""
    website: str = ""


@dataclass(frozen=True)
class SavedReplyAttachment:
    id: int
    filename: str
    path: str


@dataclass(frozen=True)
class SavedReply:
    id: int
    title: str
    shortcut: str
    body: str
    position: int
    attachments: tuple[SavedReplyAttachment, ...] = ()


class ReplyError(UserError):
    """A saved reply that cannot be saved as it is; the message says why."""


def render(template: str, values: Personalization) -> str:
    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name in FIELDS:
            return getattr(values, name)
        return match.group(0)

    return FIELD_RE.sub(fill, template)


def unknown_fields(template: str) -> list[str]:
    return [m.group(1) for m in FIELD_RE.finditer(template) if m.group(1) not in FIELDS]


def personalization(contact_id: int | None, member_id: int | None) -> Personalization:
    """The values for a contact and the replying team member, and the website."""
    from db import settings

    first = last = agent_first = agent_last = ""
    if contact_id is not None:
        row = Contact.select(Contact.first_name, Contact.last_name).where(Contact.id == contact_id).tuples().first()
        if row:
            first, last = row
    if member_id is not None:
        row = (TeamMember.select(TeamMember.first_name, TeamMember.last_name)
               .where(TeamMember.id == member_id).tuples().first())
        if row:
            agent_first, agent_last = row
    return Personalization(first, last, agent_first, agent_last, settings.get("business.website") or "")


# --- the manager ---------------------------------------------------------------

def _validate(title: str, shortcut: str, body: str, reply_id: int | None) -> tuple[str, str, str]:
    title, shortcut = title.strip(), shortcut.strip().lstrip("/")
    if not title:
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "A saved reply needs a title."))
    if len(title) > MAX_TITLE:
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "The title is longer than {limit} characters."),
                         limit=MAX_TITLE)
    if not body.strip():
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "A saved reply needs some text."))
    if len(body) > MAX_BODY:
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "The text is longer than {limit} characters."),
                         limit=MAX_BODY)
    if shortcut and not re.fullmatch(r"[\w-]+", shortcut):
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "A shortcut is one word: letters, digits, - or _."))
    if shortcut:
        S = SavedReplyModel
        query = S.select(S.title).where(fn.LOWER(S.shortcut) == shortcut.lower())
        if reply_id is not None:
            query = query.where(S.id != reply_id)
        clash = query.scalar()
        if clash:
            raise ReplyError(QT_TRANSLATE_NOOP("Errors", "The shortcut /{shortcut} is already used by “{title}”."),
                             shortcut=shortcut, title=clash)
    return title, shortcut, body


def list_replies(query: str = "") -> list[SavedReply]:
    """All saved replies in their order, or those whose title, shortcut or body match."""
    S, A = SavedReplyModel, SavedReplyAttachmentModel
    select = S.select(S.id, S.title, S.shortcut, S.body, S.position)
    if query.strip():
        text = query.strip()  # case folded on both engines (ILIKE on PostgreSQL)
        select = select.where(S.title.contains(text) | S.shortcut.contains(text) | S.body.contains(text))
    rows = db_rows(select.order_by(S.position, S.id))
    attachments: dict[int, list[SavedReplyAttachment]] = {}
    for reply_id, aid, filename, path in db_rows(A.select(A.saved_reply, A.id, A.filename, A.path).order_by(A.id)):
        attachments.setdefault(reply_id, []).append(SavedReplyAttachment(aid, filename, path))
    return [SavedReply(*row, tuple(attachments.get(row[0], ()))) for row in rows]


def get(reply_id: int) -> SavedReply | None:
    return next((r for r in list_replies() if r.id == reply_id), None)


def check(reply_id: int | None, title: str, body: str, shortcut: str = "") -> None:
    """ReplyError if the reply cannot be saved so (reads only: the window checks first)."""
    _validate(title, shortcut, body, reply_id)


def create(title: str, body: str, shortcut: str = "") -> int:
    with database.atomic("IMMEDIATE"):
        title, shortcut, body = _validate(title, shortcut, body, None)
        S = SavedReplyModel
        position = S.select(fn.COALESCE(fn.MAX(S.position), -1) + 1).scalar()
        return S.insert(title=title, shortcut=shortcut, body=body, position=position).execute()


def update(reply_id: int, title: str, body: str, shortcut: str = "") -> None:
    with database.atomic("IMMEDIATE"):
        title, shortcut, body = _validate(title, shortcut, body, reply_id)
        SavedReplyModel.update(title=title, shortcut=shortcut, body=body).where(SavedReplyModel.id == reply_id).execute()


def duplicate(reply_id: int, copy_word: str = "copy") -> int:
    """A copy right after the original, titled "<title> (copy)", without a shortcut."""
    with database.atomic("IMMEDIATE"):
        original = get(reply_id)
        if original is None:
            raise ReplyError(QT_TRANSLATE_NOOP("Errors", "That saved reply no longer exists."))
        S = SavedReplyModel
        S.update(position=S.position + 1).where(S.position > original.position).execute()
        new_id = S.insert(title=f"{original.title} ({copy_word})"[:MAX_TITLE], shortcut="", body=original.body,
                          position=original.position + 1).execute()
        for a in original.attachments:
            SavedReplyAttachmentModel.insert(saved_reply=new_id, filename=a.filename, path=a.path).execute()
        return new_id


def delete(reply_id: int) -> SavedReply | None:
    """Delete and return what was deleted (for undo with ``restore``)."""
    with database.atomic("IMMEDIATE"):
        reply = get(reply_id)
        SavedReplyModel.delete().where(SavedReplyModel.id == reply_id).execute()
        return reply


def restore(reply: SavedReply) -> None:
    with database.atomic("IMMEDIATE"):
        S = SavedReplyModel
        S.update(position=S.position + 1).where(S.position >= reply.position).execute()
        S.insert(id=reply.id, title=reply.title, shortcut=reply.shortcut, body=reply.body,
                 position=reply.position).execute()
        for a in reply.attachments:
            SavedReplyAttachmentModel.insert(id=a.id, saved_reply=reply.id, filename=a.filename, path=a.path).execute()


def move(reply_id: int, new_index: int) -> None:
    """Put a reply at ``new_index`` in the list (0 = first) and renumber the rest."""
    with database.atomic("IMMEDIATE"):
        S = SavedReplyModel
        ids = [r[0] for r in db_rows(S.select(S.id).order_by(S.position, S.id))]
        if reply_id not in ids:
            raise ReplyError(QT_TRANSLATE_NOOP("Errors", "That saved reply no longer exists."))
        ids.remove(reply_id)
        ids.insert(max(0, min(new_index, len(ids))), reply_id)
        for position, rid in enumerate(ids):
            S.update(position=position).where(S.id == rid).execute()


def attach(reply_id: int, source: Path, store: Path) -> SavedReplyAttachment:
    """Copy ``source`` into ``store`` (the app's data folder) and attach it."""
    source = Path(source)
    if not source.is_file():
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "{name} is not a file that can be read."), name=source.name)
    store.mkdir(parents=True, exist_ok=True)
    target = store / f"reply{reply_id}-{source.name}"
    shutil.copyfile(source, target)
    aid = SavedReplyAttachmentModel.insert(saved_reply=reply_id, filename=source.name, path=str(target)).execute()
    return SavedReplyAttachment(aid, source.name, str(target))


def detach(attachment_id: int) -> None:
    SavedReplyAttachmentModel.delete().where(SavedReplyAttachmentModel.id == attachment_id).execute()
