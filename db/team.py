"""The team: who works in the inbox, and their colours."""
from __future__ import annotations

from typing import NamedTuple

from db.database import database
from db.text import display_name, initials


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


