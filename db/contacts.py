"""Contacts: the public facts the contact panel shows."""
from __future__ import annotations

from dataclasses import dataclass

from db.database import database
from db.inbox import contact_labels


@dataclass(frozen=True)
class ContactCard:
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
        return f"{self.first_name} {self.last_name}".strip()


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
