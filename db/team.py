"""The team: who works in the inbox, and their colours."""
from __future__ import annotations

from typing import NamedTuple

from peewee import fn

from db.database import chunks, database
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.models import Conversation, Lead, Reminder, TeamMember
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


_MEMBER = (TeamMember.id, TeamMember.first_name, TeamMember.last_name, TeamMember.color)


def members(include_inactive: bool = False) -> list[Member]:
    query = TeamMember.select(*_MEMBER)
    if not include_inactive:
        query = query.where(TeamMember.active)
    query = query.order_by(TeamMember.first_name, TeamMember.last_name, TeamMember.id)
    return [Member(*row) for row in query.tuples()]


def member(member_id: int) -> Member | None:
    row = TeamMember.select(*_MEMBER).where(TeamMember.id == member_id).tuples().first()
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
    return TeamMember.insert(first_name=first, last_name=last, color=chosen).execute()


def rename(member_id: int, first_name: str, last_name: str = "") -> tuple[str, str]:
    """The new name; the old one is returned for Undo."""
    first, last = _name(first_name, last_name)
    old = TeamMember.select(TeamMember.first_name, TeamMember.last_name).where(
        TeamMember.id == member_id).tuples().first()
    TeamMember.update(first_name=first, last_name=last).where(TeamMember.id == member_id).execute()
    return old


def set_color(member_id: int, color: str) -> str:
    old = TeamMember.select(TeamMember.color).where(TeamMember.id == member_id).scalar()
    TeamMember.update(color=color).where(TeamMember.id == member_id).execute()
    return old


# What a member holds: (model, its member column, what of it is still open).
_HELD = {
    "conversations": (Conversation, Conversation.assignee, None),
    "leads": (Lead, Lead.owner, None),
    "reminders": (Reminder, Reminder.owner, Reminder.done_at.is_null()),
}


def _held(key: str, member_id: int):
    model, column, still_open = _HELD[key]
    condition = column == member_id
    return model, column, (condition & still_open) if still_open is not None else condition


def handover(member_id: int) -> Handover:
    """What deactivating the member would hand on (the preview)."""
    def count(key):
        model, _column, condition = _held(key, member_id)
        return model.select(fn.COUNT(model.id)).where(condition).scalar()
    return Handover(count("conversations"), count("leads"), count("reminders"))


def deactivate(member_id: int, successor_id: int | None) -> dict:
    """The member stops working here: their conversations, leads and open follow-ups go to
    ``successor_id`` (or to nobody). What moved is returned, for Undo (``reactivate``)."""
    if successor_id == member_id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Hand the work to someone else."))
    with database.atomic("IMMEDIATE"):
        moved = {}
        for key in _HELD:
            model, column, condition = _held(key, member_id)
            moved[key] = [row[0] for row in model.select(model.id).where(condition).tuples()]
            model.update({column: successor_id}).where(condition).execute()
        TeamMember.update(active=False).where(TeamMember.id == member_id).execute()
        return {"member": member_id, **moved}


def reactivate(moved: dict) -> None:
    """Undo a deactivation: the member is back, with what was handed on."""
    member_id = moved["member"]
    with database.atomic("IMMEDIATE"):
        TeamMember.update(active=True).where(TeamMember.id == member_id).execute()
        for key, (model, column, _open) in _HELD.items():
            for ids in chunks(moved[key]):
                model.update({column: member_id}).where(model.id.in_(ids)).execute()
