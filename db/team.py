"""The team: who works in the inbox, and their colours."""
from __future__ import annotations

from typing import NamedTuple

from db.database import database
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.text import display_name, initials

COLORS = ("#D9480F", "#1971C2", "#2B8A3E", "#AE3EC9", "#C2255C", "#0C8599", "#5F3DC4", "#E67700")


class Member(NamedTuple):
    id: int
    first_name: str
    last_name: str
    color: str

    @property
    def full_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    @property
    def initials(self) -> str:
        return initials(self.first_name, self.last_name)


class Handover(NamedTuple):
    """What a member leaving hands on: open conversations, leads, follow-ups not done."""
    conversations: int
    leads: int
    follow_ups: int


def members(include_inactive: bool = False) -> list[Member]:
    sql = "SELECT id, first_name, last_name, color FROM team_member"
    if not include_inactive:
        sql += " WHERE active = 1"
    sql += " ORDER BY first_name, last_name, id"
    return [Member(*row) for row in database.execute_sql(sql)]


def member(member_id: int) -> Member | None:
    row = database.execute_sql(
        "SELECT id, first_name, last_name, color FROM team_member WHERE id = ?", (member_id,)
    ).fetchone()
    return Member(*row) if row else None




def _name(first_name: str, last_name: str) -> tuple[str, str]:
    first, last = " ".join(first_name.split()), " ".join(last_name.split())
    if not first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A team member needs a first name."))
    if len(first) > 60 or len(last) > 60:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A name has at most {limit} characters."), limit=60)
    return first, last


def add_member(first_name: str, last_name: str = "", color: str | None = None) -> int:
    first, last = _name(first_name, last_name)
    used = {m.color for m in members(include_inactive=True)}
    chosen = color or next((c for c in COLORS if c not in used), COLORS[len(used) % len(COLORS)])
    return database.execute_sql("INSERT INTO team_member(first_name, last_name, color) VALUES (?, ?, ?)",
                                (first, last, chosen)).lastrowid


def rename(member_id: int, first_name: str, last_name: str = "") -> tuple[str, str]:
    """The new name; the old one is returned for Undo."""
    first, last = _name(first_name, last_name)
    old = database.execute_sql("SELECT first_name, last_name FROM team_member WHERE id = ?", (member_id,)).fetchone()
    database.execute_sql("UPDATE team_member SET first_name = ?, last_name = ? WHERE id = ?", (first, last, member_id))
    return old


def set_color(member_id: int, color: str) -> str:
    old = database.execute_sql("SELECT color FROM team_member WHERE id = ?", (member_id,)).fetchone()[0]
    database.execute_sql("UPDATE team_member SET color = ? WHERE id = ?", (color, member_id))
    return old


def handover(member_id: int) -> Handover:
    """What deactivating the member would hand on (the preview)."""
    one = lambda sql: database.execute_sql(sql, (member_id,)).fetchone()[0]  # noqa: E731
    return Handover(
        one("SELECT count(*) FROM conversation WHERE assignee_id = ?"),
        one("SELECT count(*) FROM lead WHERE owner_id = ?"),
        one("SELECT count(*) FROM reminder WHERE owner_id = ? AND done_at IS NULL"))


def deactivate(member_id: int, successor_id: int | None) -> dict:
    """The member stops working here: their conversations, leads and open follow-ups go to
    ``successor_id`` (or to nobody). What moved is returned, for Undo (``reactivate``)."""
    if successor_id == member_id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Hand the work to someone else."))
    with database.atomic("IMMEDIATE"):
        moved = {
            "conversations": [r[0] for r in database.execute_sql(
                "SELECT id FROM conversation WHERE assignee_id = ?", (member_id,))],
            "leads": [r[0] for r in database.execute_sql("SELECT id FROM lead WHERE owner_id = ?", (member_id,))],
            "reminders": [r[0] for r in database.execute_sql(
                "SELECT id FROM reminder WHERE owner_id = ? AND done_at IS NULL", (member_id,))],
        }
        database.execute_sql("UPDATE conversation SET assignee_id = ? WHERE assignee_id = ?", (successor_id, member_id))
        database.execute_sql("UPDATE lead SET owner_id = ? WHERE owner_id = ?", (successor_id, member_id))
        database.execute_sql("UPDATE reminder SET owner_id = ? WHERE owner_id = ? AND done_at IS NULL",
                             (successor_id, member_id))
        database.execute_sql("UPDATE team_member SET active = 0 WHERE id = ?", (member_id,))
        return {"member": member_id, **moved}


def reactivate(moved: dict) -> None:
    """Undo a deactivation: the member is back, with what was handed on."""
    member_id = moved["member"]
    with database.atomic("IMMEDIATE"):
        database.execute_sql("UPDATE team_member SET active = 1 WHERE id = ?", (member_id,))
        for table, column, key in (("conversation", "assignee_id", "conversations"), ("lead", "owner_id", "leads"),
                                   ("reminder", "owner_id", "reminders")):
            for row_id in moved[key]:
                database.execute_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?", (member_id, row_id))
