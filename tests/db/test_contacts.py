import pytest

from db import contacts, leads
from db.database import database
from db.errors import UserError


@pytest.fixture
def ada(any_db):
    from db.models import Contact, Conversation, TeamMember

    assert TeamMember.insert(first_name="Giulia", last_name="Rossi").execute() == 1
    assert Contact.insert(first_name="Ada", created_at=0).execute() == 1
    for cid, at in ((1, 100), (2, 300), (3, 200)):
        assert Conversation.insert(contact=1, last_message_at=at, created_at=0).execute() == cid
    return 1


def test_labels_are_reused_ignoring_case_and_created_when_new(ada):
    from db.models import Label

    vip = Label.insert(name="VIP").execute()
    assert contacts.add_label(ada, " vip ") == vip
    new = contacts.add_label(ada, "Catering  estivo")
    assert [name for _, name, _ in contacts.label_ids(ada)] == ["Catering estivo", "VIP"]
    contacts.remove_label(ada, new)
    assert [name for _, name, _ in contacts.label_ids(ada)] == ["VIP"]
    assert len(contacts.all_labels()) == 2
    with pytest.raises(UserError, match="needs a name"):
        contacts.add_label(ada, "   ")


def test_notes_add_edit_delete_restore(ada):
    first = contacts.add_note(ada, 1, "Allergic to nuts", 10)
    contacts.add_note(ada, None, "Prefers the window table", 20)
    assert [n.text for n in contacts.notes(ada)] == ["Prefers the window table", "Allergic to nuts"]
    contacts.edit_note(first, "Allergic to nuts and shellfish", 30)
    note = next(n for n in contacts.notes(ada) if n.id == first)
    assert (note.author_name, note.created_at, note.updated_at) == ("Giulia Rossi", 10, 30)
    gone = contacts.delete_note(first)
    assert len(contacts.notes(ada)) == 1
    contacts.restore_note(gone)
    assert len(contacts.notes(ada)) == 2
    with pytest.raises(UserError):
        contacts.add_note(ada, 1, "  ", 40)


def test_case_is_created_then_updated(ada):
    case_id = contacts.set_case(1, "product_info", "assisting", 10)
    assert contacts.set_case(1, "site_problem", "resolved", 20) == case_id
    assert contacts.case_of(1) == (case_id, "site_problem", "resolved", "")
    with pytest.raises(ValueError):
        contacts.set_case(1, "weather", "resolved", 30)


def test_other_conversations_and_lead(ada):
    assert [c.id for c in contacts.other_conversations(ada, exclude=2)] == [3, 1]
    assert contacts.lead_of(ada) is None
    lead_id = leads.create_lead(ada, 1, 50)
    assert contacts.lead_of(ada) == (lead_id, "neutral")
    assert database.execute_sql("SELECT to_stage, member_id FROM lead_stage_change").fetchall() == [("neutral", 1)]
