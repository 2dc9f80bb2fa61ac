"""Contacts: the public facts the contact panel shows."""
from __future__ import annotations

from typing import NamedTuple

from peewee import JOIN, fn

from db.database import database
from db.database import rows as db_rows
from db.models import Contact, ContactLabel, Conversation, Label, Lead, Note, SupportCase, TeamMember
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
    C = Contact
    found = db_rows(C.select(C.id, C.first_name, C.last_name, C.city, C.work, C.company, C.email, C.phone,
                             C.fan_since, C.has_reviewed, C.blocked,
                             Conversation.select(fn.COUNT(Conversation.id)).where(Conversation.contact == C.id))
                    .where(C.id == contact_id))
    row = found[0] if found else None
    if row is None:
        return None
    labels = contact_labels([contact_id]).get(contact_id, ())
    return ContactCard(*row[:9], bool(row[9]), bool(row[10]), labels, row[11])


# --- labels ----------------------------------------------------------------------------

LABEL_COLORS = ("#F08C00", "#1C7ED6", "#7048E8", "#E03131", "#0C8599", "#C2255C", "#5C940D", "#868E96")


def all_labels() -> list[tuple[int, str, str]]:
    return db_rows(Label.select(Label.id, Label.name, Label.color).order_by(fn.LOWER(Label.name), Label.id))


def ensure_label(name: str) -> int:
    """The id of the label called ``name`` (ignoring case), created if new."""
    from db.errors import QT_TRANSLATE_NOOP, UserError

    name = " ".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A label needs a name."))
    if len(name) > 40:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A label name has at most {limit} characters."), limit=40)
    with database.atomic("IMMEDIATE"):
        found = Label.select(Label.id).where(fn.LOWER(Label.name) == name.lower()).scalar()
        if found:
            return found
        count = Label.select().count()
        return Label.insert(name=name, color=LABEL_COLORS[count % len(LABEL_COLORS)]).execute()


def add_label(contact_id: int, name: str) -> int:
    """Put a label on a contact, creating the label if it is new (names ignore case)."""
    with database.atomic("IMMEDIATE"):
        label_id = ensure_label(name)
        ContactLabel.insert(contact=contact_id, label=label_id).on_conflict_ignore().execute()
        return label_id


def remove_label(contact_id: int, label_id: int) -> None:
    ContactLabel.delete().where(ContactLabel.contact == contact_id, ContactLabel.label == label_id).execute()


def label_ids(contact_id: int) -> list[tuple[int, str, str]]:
    return db_rows(Label.select(Label.id, Label.name, Label.color)
                   .join(ContactLabel, on=(ContactLabel.label == Label.id))
                   .where(ContactLabel.contact == contact_id).order_by(fn.LOWER(Label.name), Label.id))


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
        found = db_rows(Contact.select(*[getattr(Contact, k) for k in clean]).where(Contact.id == contact_id))
        row = found[0] if found else None
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "This person is no longer in Sportello."))
        Contact.update(**clean).where(Contact.id == contact_id).execute()
        return dict(zip(clean, (value or "" for value in row)))


def restore_facts(contact_id: int, old: dict[str, str]) -> None:
    unknown = set(old) - set(FACTS)
    if unknown:
        raise TypeError(f"unknown facts {sorted(unknown)}")
    Contact.update(**old).where(Contact.id == contact_id).execute()


# --- the case of a conversation ----------------------------------------------------------

def case_of(conversation_id: int) -> tuple[int, str, str, str] | None:
    """(id, category, status, product) of the conversation's latest case."""
    S = SupportCase
    found = db_rows(S.select(S.id, S.category, S.status, S.product).where(S.conversation == conversation_id)
                    .order_by(S.opened_at.desc(), S.id.desc()).limit(1))
    return found[0] if found else None


def set_case(conversation_id: int, category: str, status: str, now: int, product: str = "") -> int:
    from db.choices import CASE_CATEGORIES, CASE_STATUSES

    if category not in CASE_CATEGORIES or status not in CASE_STATUSES:
        raise ValueError(f"unknown case category/status {category!r}/{status!r}")
    with database.atomic("IMMEDIATE"):
        current = case_of(conversation_id)
        if current is None:
            return SupportCase.insert(conversation=conversation_id, category=category, status=status,
                                      product=product, opened_at=now, updated_at=now).execute()
        SupportCase.update(category=category, status=status, product=product, updated_at=now).where(
            SupportCase.id == current[0]).execute()
        return current[0]


def remove_case(conversation_id: int) -> tuple | None:
    """"No case": the conversation's case goes (the whole row, returned for Undo)."""
    with database.atomic("IMMEDIATE"):
        S = SupportCase
        found = db_rows(S.select(S.id, S.conversation, S.category, S.status, S.product, S.opened_at, S.updated_at)
                        .where(S.conversation == conversation_id).order_by(S.opened_at.desc(), S.id.desc()).limit(1))
        row = found[0] if found else None
        if row is not None:
            S.delete().where(S.id == row[0]).execute()
        return row


def restore_case(row: tuple) -> None:
    case_id, conversation_id, category, status, product, opened_at, updated_at = row
    SupportCase.insert(id=case_id, conversation=conversation_id, category=category, status=status, product=product,
                       opened_at=opened_at, updated_at=updated_at).execute()


# --- other conversations and the lead -------------------------------------------------------

class EarlierConversation(NamedTuple):
    id: int
    channel: str
    folder: str
    last_message_at: int
    snippet: str


def other_conversations(contact_id: int, exclude: int | None = None) -> list[EarlierConversation]:
    C = Conversation
    query = C.select(C.id, C.channel, C.folder, C.last_message_at, C.snippet).where(C.contact == contact_id)
    if exclude is not None:
        query = query.where(C.id != exclude)
    return [EarlierConversation(*r) for r in db_rows(query.order_by(C.last_message_at.desc()))]


def conversations_beside(conversation_id: int) -> list[EarlierConversation]:
    """The other conversations of the person a conversation is with, newest first."""
    contact_id = Conversation.select(Conversation.contact).where(Conversation.id == conversation_id).scalar()
    return [] if contact_id is None else other_conversations(contact_id, conversation_id)


def lead_of(contact_id: int) -> tuple[int, str] | None:
    found = db_rows(Lead.select(Lead.id, Lead.stage).where(Lead.contact == contact_id).order_by(Lead.id).limit(1))
    return found[0] if found else None
