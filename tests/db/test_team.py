"""The team and the business's settings, on both engines (a SQLite file and a PostgreSQL
database, the ``any_db`` fixture)."""
from __future__ import annotations

import pytest

from db import settings, team
from db.errors import UserError
from db.models import Contact, Conversation, Lead, Reminder
from tests.conftest import NOW


def _work_for(member_id: int) -> dict:
    """A conversation, a lead, an open and a done follow-up held by ``member_id``."""
    contact = Contact.insert(first_name="Anna", created_at=NOW).execute()
    conversation = Conversation.insert(contact=contact, assignee=member_id, last_message_at=NOW,
                                       created_at=NOW).execute()
    lead = Lead.insert(contact=contact, owner=member_id, created_at=NOW, stage_changed_at=NOW).execute()
    open_one = Reminder.insert(lead=lead, owner=member_id, text="Call back", due_at=NOW,
                               created_at=NOW).execute()
    done = Reminder.insert(lead=lead, owner=member_id, text="Sent the menu", due_at=NOW, done_at=NOW,
                           created_at=NOW).execute()
    return {"conversation": conversation, "lead": lead, "open": open_one, "done": done}


def test_members_get_colours_of_their_own_and_list_by_name(any_db):
    giulia = team.add_member("  Giulia ", "Rossi")
    marco = team.add_member("Marco")
    anna = team.add_member("Anna", "Bianchi")
    assert [m.first_name for m in team.members()] == ["Anna", "Giulia", "Marco"]
    assert len({m.color for m in team.members()}) == 3
    assert team.member(giulia).full_name == "Giulia Rossi"
    assert team.member(marco).initials == "M"
    assert team.member(anna + 100) is None


def test_a_name_is_checked_and_a_rename_gives_the_old_one_back(any_db):
    with pytest.raises(UserError):
        team.add_member("   ")
    with pytest.raises(UserError):
        team.add_member("x" * 61)
    giulia = team.add_member("Giulia", "Rossi")
    assert tuple(team.rename(giulia, "Giulia", "Verdi")) == ("Giulia", "Rossi")
    assert team.member(giulia).full_name == "Giulia Verdi"
    assert team.set_color(giulia, "#000000") != "#000000"
    assert team.member(giulia).color == "#000000"


def test_a_member_leaving_hands_on_what_is_open_and_undo_gives_it_back(any_db):
    giulia, marco = team.add_member("Giulia"), team.add_member("Marco")
    work = _work_for(giulia)
    assert team.handover(giulia) == team.Handover(conversations=1, leads=1, follow_ups=1)

    moved = team.deactivate(giulia, marco)
    assert [m.id for m in team.members()] == [marco]
    assert [m.id for m in team.members(include_inactive=True)] == [giulia, marco]
    assert Conversation.get_by_id(work["conversation"]).assignee_id == marco
    assert Lead.get_by_id(work["lead"]).owner_id == marco
    assert Reminder.get_by_id(work["open"]).owner_id == marco
    assert Reminder.get_by_id(work["done"]).owner_id == giulia  # what is done stays theirs
    assert team.handover(giulia) == team.Handover(0, 0, 0)

    team.reactivate(moved)
    assert [m.id for m in team.members()] == [giulia, marco]
    assert Conversation.get_by_id(work["conversation"]).assignee_id == giulia
    assert Reminder.get_by_id(work["open"]).owner_id == giulia
    with pytest.raises(UserError):
        team.deactivate(giulia, giulia)


def test_work_handed_to_nobody_is_nobodys(any_db):
    giulia = team.add_member("Giulia")
    work = _work_for(giulia)
    team.deactivate(giulia, None)
    assert Lead.get_by_id(work["lead"]).owner_id is None


def test_settings_keep_any_text_and_fall_back_to_their_defaults(any_db):
    assert settings.get("business.name") == ""
    assert settings.get("nothing.here", 7) == 7
    settings.put("business.name", "Pizzeria «Da Michele» 披萨 🍕 '; DROP TABLE setting; --")
    settings.put("business.name", "Pizzeria «Da Michele» 披萨 🍕")
    settings.put("hours", {"mon": [9, 17]})
    assert settings.get("business.name") == "Pizzeria «Da Michele» 披萨 🍕"
    assert settings.get("hours") == {"mon": [9, 17]}
