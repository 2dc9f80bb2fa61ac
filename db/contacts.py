"""Contacts: the public facts the contact panel shows."""
from __future__ import annotations

from typing import NamedTuple

from peewee import JOIN

from db.database import database
from db.models import Note, TeamMember
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.inbox import contact_labels
from db.text import display_name


class ContactCard(NamedTuple):
    id: int
    first_name: str
    last_name: str
    city: str
    work: str
    company: str
    email: str
    phone: str
    fan_since: int | None
    has_reviewed: bool
    blocked: bool
    labels: tuple[tuple[str, str], ...]
    conversations: int

    @property
    def full_name(self) -> str:
        from db.text import display_name
        return display_name(self.first_name, self.last_name)


def card(contact_id: int) -> ContactCard | None:
    row = database.execute_sql(
        """SELECT id, first_name, last_name, city, work, company, email, phone, fan_since,
                  has_reviewed, blocked,
                  (SELECT count(*) FROM conversation WHERE contact_id = contact.id)
           FROM contact WHERE id = ?""",
        (contact_id,),
    ).fetchone()
    if row is None:
        return None
    labels = contact_labels([contact_id]).get(contact_id, ())
    return ContactCard(*row[:9], bool(row[9]), bool(row[10]), labels, row[11])


# --- labels ----------------------------------------------------------------------------

LABEL_COLORS = ("#F08C00", "#1C7ED6", "#7048E8", "#E03131", "#0C8599", "#C2255C", "#5C940D", "#868E96")


def all_labels() -> list[tuple[int, str, str]]:
    return database.execute_sql("SELECT id, name, color FROM label ORDER BY name COLLATE NOCASE").fetchall()


def ensure_label(name: str) -> int:
    """The id of the label called ``name`` (ignoring case), created if new."""
    from db.errors import QT_TRANSLATE_NOOP, UserError

    name = " ".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A label needs a name."))
    if len(name) > 40:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A label name has at most {limit} characters."), limit=40)
    with database.atomic("IMMEDIATE"):
        row = database.execute_sql("SELECT id FROM label WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if row:
            return row[0]
        count = database.execute_sql("SELECT count(*) FROM label").fetchone()[0]
        return database.execute_sql("INSERT INTO label(name, color) VALUES (?, ?)",
                                    (name, LABEL_COLORS[count % len(LABEL_COLORS)])).lastrowid


def add_label(contact_id: int, name: str) -> int:
    """Put a label on a contact, creating the label if it is new (names ignore case)."""
    with database.atomic("IMMEDIATE"):
        label_id = ensure_label(name)
        database.execute_sql("INSERT OR IGNORE INTO contact_label(contact_id, label_id) VALUES (?, ?)",
                             (contact_id, label_id))
        return label_id


def remove_label(contact_id: int, label_id: int) -> None:
    database.execute_sql("DELETE FROM contact_label WHERE contact_id = ? AND label_id = ?", (contact_id, label_id))


def label_ids(contact_id: int) -> list[tuple[int, str, str]]:
    return database.execute_sql(
        "SELECT l.id, l.name, l.color FROM contact_label cl JOIN label l ON l.id = cl.label_id"
        " WHERE cl.contact_id = ? ORDER BY l.name COLLATE NOCASE", (contact_id,)).fetchall()


# --- notes -------------------------------------------------------------------------------

class NoteRow(NamedTuple):
    id: int
    contact_id: int
    author_id: int | None
    author_name: str
    text: str
    created_at: int
    updated_at: int


def notes(contact_id: int) -> list[NoteRow]:
    query = (Note.select(Note.id, Note.contact, Note.author, TeamMember.first_name, TeamMember.last_name,
                         Note.text, Note.created_at, Note.updated_at)
             .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Note.author))
             .where(Note.contact == contact_id).order_by(Note.created_at.desc(), Note.id.desc()))
    return [NoteRow(r[0], r[1], r[2], display_name(r[3] or "", r[4] or ""), r[5], r[6], r[7])
            for r in query.tuples()]


def _check_note(text: str) -> str:
    from db.errors import QT_TRANSLATE_NOOP, UserError

    if not text.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A note cannot be empty."))
    if len(text) > 5000:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A note has at most {limit} characters."), limit=5000)
    return text.strip()


def add_note(contact_id: int, author_id: int | None, text: str, now: int) -> int:
    return Note.insert(contact=contact_id, author=author_id, text=_check_note(text), created_at=now,
                       updated_at=now).execute()


def edit_note(note_id: int, text: str, now: int) -> None:
    Note.update(text=_check_note(text), updated_at=now).where(Note.id == note_id).execute()


def delete_note(note_id: int) -> NoteRow | None:
    contact_id = Note.select(Note.contact).where(Note.id == note_id).scalar()
    if contact_id is None:
        return None
    gone = next(n for n in notes(contact_id) if n.id == note_id)
    Note.delete().where(Note.id == note_id).execute()
    return gone


def restore_note(note: NoteRow) -> None:
    Note.insert(id=note.id, contact=note.contact_id, author=note.author_id, text=note.text,
                created_at=note.created_at, updated_at=note.updated_at).execute()


# --- what is known of the person ----------------------------------------------------------

FACTS = ("city", "work", "company", "email", "phone")


def update_facts(contact_id: int, **facts: str) -> dict[str, str]:
    """Fill in or correct what is known of a person (city, work, company, e-mail, phone),
    checked as a lead's are (e-mail normalised, the phone in E.164 from the business's
    country). The values they replace are returned, for Undo."""
    from db import settings
    from db.contact_facts import normalize_email, normalize_phone

    unknown = set(facts) - set(FACTS)
    if unknown:
        raise TypeError(f"unknown facts {sorted(unknown)}")
    clean = {key: " ".join(str(value).split()) for key, value in facts.items()}
    if "email" in clean:
        clean["email"] = normalize_email(clean["email"])
    if "phone" in clean:
        clean["phone"] = normalize_phone(clean["phone"], settings.phone_region())
    with database.atomic("IMMEDIATE"):
        columns = ", ".join(clean)
        row = database.execute_sql(f"SELECT {columns} FROM contact WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "This person is no longer in Sportello."))
        database.execute_sql(f"UPDATE contact SET {', '.join(f'{k} = ?' for k in clean)} WHERE id = ?",
                             (*clean.values(), contact_id))
        return dict(zip(clean, (value or "" for value in row)))


def restore_facts(contact_id: int, old: dict[str, str]) -> None:
    database.execute_sql(f"UPDATE contact SET {', '.join(f'{k} = ?' for k in old)} WHERE id = ?",
                         (*old.values(), contact_id))


# --- the case of a conversation ----------------------------------------------------------

def case_of(conversation_id: int) -> tuple[int, str, str, str] | None:
    """(id, category, status, product) of the conversation's latest case."""
    return database.execute_sql(
        "SELECT id, category, status, product FROM support_case WHERE conversation_id = ?"
        " ORDER BY opened_at DESC, id DESC LIMIT 1", (conversation_id,)).fetchone()


def set_case(conversation_id: int, category: str, status: str, now: int, product: str = "") -> int:
    from db.choices import CASE_CATEGORIES, CASE_STATUSES

    if category not in CASE_CATEGORIES or status not in CASE_STATUSES:
        raise ValueError(f"unknown case category/status {category!r}/{status!r}")
    with database.atomic("IMMEDIATE"):
        current = case_of(conversation_id)
        if current is None:
            return database.execute_sql(
                "INSERT INTO support_case(conversation_id, category, status, product, opened_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)", (conversation_id, category, status, product, now, now)).lastrowid
        database.execute_sql("UPDATE support_case SET category = ?, status = ?, product = ?, updated_at = ?"
                             " WHERE id = ?", (category, status, product, now, current[0]))
        return current[0]


def remove_case(conversation_id: int) -> tuple | None:
    """"No case": the conversation's case goes (the whole row, returned for Undo)."""
    with database.atomic("IMMEDIATE"):
        row = database.execute_sql(
            "SELECT id, conversation_id, category, status, product, opened_at, updated_at FROM support_case"
            " WHERE conversation_id = ? ORDER BY opened_at DESC, id DESC LIMIT 1", (conversation_id,)).fetchone()
        if row is not None:
            database.execute_sql("DELETE FROM support_case WHERE id = ?", (row[0],))
        return row


def restore_case(row: tuple) -> None:
    database.execute_sql("INSERT INTO support_case(id, conversation_id, category, status, product, opened_at,"
                         " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", row)


# --- other conversations and the lead -------------------------------------------------------

class EarlierConversation(NamedTuple):
    id: int
    channel: str
    folder: str
    last_message_at: int
    snippet: str


def other_conversations(contact_id: int, exclude: int | None = None) -> list[EarlierConversation]:
    return [EarlierConversation(*r) for r in database.execute_sql(
        "SELECT id, channel, folder, last_message_at, snippet FROM conversation WHERE contact_id = ? AND id IS NOT ?"
        " ORDER BY last_message_at DESC", (contact_id, exclude))]


def conversations_beside(conversation_id: int) -> list[EarlierConversation]:
    """The other conversations of the person a conversation is with, newest first."""
    row = database.execute_sql("SELECT contact_id FROM conversation WHERE id = ?", (conversation_id,)).fetchone()
    return [] if row is None else other_conversations(row[0], conversation_id)


def lead_of(contact_id: int) -> tuple[int, str] | None:
    return database.execute_sql("SELECT id, stage FROM lead WHERE contact_id = ? ORDER BY id LIMIT 1",
                                (contact_id,)).fetchone()
