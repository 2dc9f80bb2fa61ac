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

from db.database import database
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
        row = database.execute_sql("SELECT first_name, last_name FROM contact WHERE id = ?",
                                   (contact_id,)).fetchone()
        if row:
            first, last = row
    if member_id is not None:
        row = database.execute_sql("SELECT first_name, last_name FROM team_member WHERE id = ?",
                                   (member_id,)).fetchone()
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
        clash = database.execute_sql(
            "SELECT title FROM saved_reply WHERE lower(shortcut) = lower(?) AND id IS NOT ?",
            (shortcut, reply_id)).fetchone()
        if clash:
            raise ReplyError(QT_TRANSLATE_NOOP("Errors", "The shortcut /{shortcut} is already used by “{title}”."),
                             shortcut=shortcut, title=clash[0])
    return title, shortcut, body


def list_replies(query: str = "") -> list[SavedReply]:
    """All saved replies in their order, or those whose title, shortcut or body match."""
    sql = "SELECT id, title, shortcut, body, position FROM saved_reply"
    params: list = []
    if query.strip():
        sql += " WHERE title LIKE ? OR shortcut LIKE ? OR body LIKE ?"
        like = f"%{query.strip()}%"
        params = [like, like, like]
    sql += " ORDER BY position, id"
    rows = database.execute_sql(sql, params).fetchall()
    attachments: dict[int, list[SavedReplyAttachment]] = {}
    for reply_id, aid, filename, path in database.execute_sql(
            "SELECT saved_reply_id, id, filename, path FROM saved_reply_attachment ORDER BY id"):
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
        position = database.execute_sql("SELECT coalesce(max(position), -1) + 1 FROM saved_reply").fetchone()[0]
        return database.execute_sql(
            "INSERT INTO saved_reply(title, shortcut, body, position) VALUES (?, ?, ?, ?)",
            (title, shortcut, body, position)).lastrowid


def update(reply_id: int, title: str, body: str, shortcut: str = "") -> None:
    with database.atomic("IMMEDIATE"):
        title, shortcut, body = _validate(title, shortcut, body, reply_id)
        database.execute_sql("UPDATE saved_reply SET title = ?, shortcut = ?, body = ? WHERE id = ?",
                             (title, shortcut, body, reply_id))


def duplicate(reply_id: int, copy_word: str = "copy") -> int:
    """A copy right after the original, titled "<title> (copy)", without a shortcut."""
    with database.atomic("IMMEDIATE"):
        original = get(reply_id)
        if original is None:
            raise ReplyError(QT_TRANSLATE_NOOP("Errors", "That saved reply no longer exists."))
        database.execute_sql("UPDATE saved_reply SET position = position + 1 WHERE position > ?",
                             (original.position,))
        new_id = database.execute_sql(
            "INSERT INTO saved_reply(title, shortcut, body, position) VALUES (?, '', ?, ?)",
            (f"{original.title} ({copy_word})"[:MAX_TITLE], original.body, original.position + 1)).lastrowid
        for a in original.attachments:
            database.execute_sql(
                "INSERT INTO saved_reply_attachment(saved_reply_id, filename, path) VALUES (?, ?, ?)",
                (new_id, a.filename, a.path))
        return new_id


def delete(reply_id: int) -> SavedReply | None:
    """Delete and return what was deleted (for undo with ``restore``)."""
    with database.atomic("IMMEDIATE"):
        reply = get(reply_id)
        database.execute_sql("DELETE FROM saved_reply WHERE id = ?", (reply_id,))
        return reply


def restore(reply: SavedReply) -> None:
    with database.atomic("IMMEDIATE"):
        database.execute_sql("UPDATE saved_reply SET position = position + 1 WHERE position >= ?",
                             (reply.position,))
        database.execute_sql("INSERT INTO saved_reply(id, title, shortcut, body, position) VALUES (?, ?, ?, ?, ?)",
                             (reply.id, reply.title, reply.shortcut, reply.body, reply.position))
        for a in reply.attachments:
            database.execute_sql(
                "INSERT INTO saved_reply_attachment(id, saved_reply_id, filename, path) VALUES (?, ?, ?, ?)",
                (a.id, reply.id, a.filename, a.path))


def move(reply_id: int, new_index: int) -> None:
    """Put a reply at ``new_index`` in the list (0 = first) and renumber the rest."""
    with database.atomic("IMMEDIATE"):
        ids = [r[0] for r in database.execute_sql("SELECT id FROM saved_reply ORDER BY position, id")]
        if reply_id not in ids:
            raise ReplyError(QT_TRANSLATE_NOOP("Errors", "That saved reply no longer exists."))
        ids.remove(reply_id)
        ids.insert(max(0, min(new_index, len(ids))), reply_id)
        for position, rid in enumerate(ids):
            database.execute_sql("UPDATE saved_reply SET position = ? WHERE id = ?", (position, rid))


def attach(reply_id: int, source: Path, store: Path) -> SavedReplyAttachment:
    """Copy ``source`` into ``store`` (the app's data folder) and attach it."""
    source = Path(source)
    if not source.is_file():
        raise ReplyError(QT_TRANSLATE_NOOP("Errors", "{name} is not a file that can be read."), name=source.name)
    store.mkdir(parents=True, exist_ok=True)
    target = store / f"reply{reply_id}-{source.name}"
    shutil.copyfile(source, target)
    aid = database.execute_sql(
        "INSERT INTO saved_reply_attachment(saved_reply_id, filename, path) VALUES (?, ?, ?)",
        (reply_id, source.name, str(target))).lastrowid
    return SavedReplyAttachment(aid, source.name, str(target))


def detach(attachment_id: int) -> None:
    database.execute_sql("DELETE FROM saved_reply_attachment WHERE id = ?", (attachment_id,))
