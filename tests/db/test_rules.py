"""Time rules: each acts once per wait, only on what passed its limit since it was set (unless
asked), is recorded on its lead or conversation, and can be undone."""
import subprocess
import sys
from pathlib import Path

import pytest

from db import reminders, rules, team
from db.clock import DAY, HOUR
from db.models import Contact, Conversation, Lead, Message, Reminder
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def contact(name: str) -> int:
    return Contact.insert(first_name=name, created_at=0).execute()


def lead(name: str, stage: str = "neutral", since: int = NOW, owner: int | None = None) -> int:
    return Lead.insert(contact=contact(name), stage=stage, owner=owner, created_at=since,
                       stage_changed_at=since).execute()


def conversation(name: str, assignee: int | None = None, contact_id: int | None = None) -> int:
    return Conversation.insert(contact=contact_id or contact(name), assignee=assignee, last_message_at=0,
                               created_at=0).execute()


def message(conversation_id: int, direction: str, at: int, automatic: str | None = None) -> None:
    Message.insert(conversation=conversation_id, direction=direction, automatic=automatic, text="x",
                   sent_at=at).execute()
    (Conversation.update(last_message_at=at)
     .where(Conversation.id == conversation_id, Conversation.last_message_at < at).execute())


def contact_of(lead_id: int) -> int:
    return Lead.get_by_id(lead_id).contact_id


def follow_ups(lead_id: int) -> list[reminders.Reminder]:
    return reminders.open_reminders(lead_id=lead_id)


@pytest.fixture
def marco(any_db):
    return team.add_member("Marco")


def test_a_lead_left_in_neutral_gets_one_follow_up_for_its_owner_and_undo_takes_it_away(marco):
    set_at = NOW - 30 * HOUR
    rule = rules.save(None, "lead_neutral", 24, "followup", None, "Call them today", True, set_at).rule_id
    waiting = lead("Ada", since=NOW - 25 * HOUR, owner=marco)   # passed 24 h an hour ago
    fresh = lead("Bo", since=NOW - 2 * HOUR)                     # not yet
    old = lead("Cy", since=NOW - 60 * HOUR)                      # passed it before the rule was set
    done = rules.evaluate(NOW)
    assert done.leads == {waiting} and done.by_action == {"followup": 1}
    made = follow_ups(waiting)
    assert [(r.text, r.owner_id, r.due_at) for r in made] == [("Call them today", marco, NOW)]
    assert follow_ups(fresh) == [] and follow_ups(old) == []
    assert not rules.evaluate(NOW + HOUR), "a rule acts once per wait"
    [record] = rules.firings(lead_id=waiting)
    assert (record.rule_id, record.action, record.who, record.undone_at) == (rule, "followup", "Ada", None)

    rules.undo(done.firings, NOW + HOUR)
    assert follow_ups(waiting) == []
    assert rules.firings(lead_id=waiting)[0].undone_at == NOW + HOUR, "the record stays, as undone"
    assert not rules.evaluate(NOW + 2 * HOUR), "an undone firing is not made again for the same wait"
    assert rules.evaluate(NOW + 23 * HOUR).leads == {fresh}


def test_a_reply_from_a_person_is_contact_but_an_automatic_one_is_not(any_db):
    rules.save(None, "lead_neutral", 4, "flag", None, "", True, 0)
    answered, automatic = lead("Ada", since=NOW - 5 * HOUR), lead("Bo", since=NOW - 5 * HOUR)
    for lead_id, kind in ((answered, None), (automatic, "instant")):
        c = conversation("", contact_id=contact_of(lead_id))
        message(c, "out", NOW - 4 * HOUR, kind)
    assert rules.evaluate(NOW).leads == {automatic}
    assert Lead.get_by_id(automatic).priority == 3


def test_a_rule_set_on_what_waits_already_acts_on_it_when_asked(any_db):
    old = [lead(f"Old {n}", since=NOW - 90 * DAY) for n in range(3)]
    lead("Moved on", stage="interested", since=NOW - 90 * DAY)
    assert rules.over_limit("lead_neutral", 48, NOW) == 3
    rules.save(None, "lead_neutral", 48, "notify", None, "", True, NOW, include_waiting=True)
    assert rules.evaluate(NOW).leads == set(old)


def test_a_waiting_conversation_is_flagged_once_per_wait_and_undo_leaves_a_later_change_alone(marco):
    rules.save(None, "conversation_waiting", 3, "flag", None, "", True, NOW - 10 * HOUR)
    c = conversation("Ada")
    message(c, "in", NOW - 4 * HOUR)
    message(c, "out", NOW - 4 * HOUR + 5, "instant")   # the instant reply does not end the wait
    message(c, "in", NOW - 2 * HOUR)                   # the wait began with the first message
    first = rules.evaluate(NOW)
    assert first.conversations == {c}
    assert Conversation.get_by_id(c).flagged == 1
    message(c, "out", NOW + 60)                        # answered...
    message(c, "in", NOW + 2 * 60)                     # ...and a new question: a new wait
    assert not rules.evaluate(NOW + 2 * HOUR)
    second = rules.evaluate(NOW + 4 * HOUR)
    assert second.conversations == {c}
    assert len(rules.firings(conversation_id=c)) == 2
    Conversation.update(flagged=False).where(Conversation.id == c).execute()  # someone unflags it
    Conversation.update(flagged=True).where(Conversation.id == c).execute()  # and flags it again
    rules.undo(first.firings, NOW + 5 * HOUR)  # the first flag was the same value: it goes back
    assert Conversation.get_by_id(c).flagged == 0


def test_done_and_archived_conversations_do_not_wait(any_db):
    rules.save(None, "conversation_waiting", 1, "notify", None, "", True, 0)
    for folder in ("done", "archived", "spam"):
        c = conversation(folder)
        message(c, "in", NOW - 5 * HOUR)
        Conversation.update(folder=folder).where(Conversation.id == c).execute()
    assert not rules.evaluate(NOW)


def test_an_overdue_follow_up_is_handed_on_and_undo_gives_it_back_unless_it_moved_again(marco):
    giulia = team.add_member("Giulia")
    rules.save(None, "followup_overdue", 2, "reassign", marco, "", True, NOW - 10 * DAY)
    late = reminders.create("Send the quote", NOW - 3 * DAY, NOW - 4 * DAY, owner_id=giulia)
    snoozed = reminders.create("Call back", NOW - 3 * DAY, NOW - 4 * DAY, owner_id=giulia)
    reminders.snooze(snoozed, NOW - DAY)  # snoozed: overdue since yesterday only
    mine = reminders.create("Mine already", NOW - 3 * DAY, NOW - 4 * DAY, owner_id=marco)
    done = rules.evaluate(NOW)
    assert len(done.firings) == 1 and done.reminders
    owner = lambda rid: reminders.get(rid).owner_id  # noqa: E731
    assert (owner(late), owner(snoozed), owner(mine)) == (marco, giulia, marco)
    rules.undo(done.firings, NOW)
    assert owner(late) == giulia
    again = rules.save(None, "followup_overdue", 1, "reassign", marco, "", True, NOW - 10 * DAY)
    moved = rules.evaluate(NOW)
    Reminder.update(owner=None).where(Reminder.id == late).execute()  # taken by hand since
    rules.undo(moved.firings, NOW)
    assert owner(late) is None, "undo does not overwrite a later change"
    rules.remove(again.rule_id)
    assert rules.firings()[0].rule_id is None, "a removed rule's record stays"


def test_notices_go_to_the_owner_and_to_everyone_for_work_nobody_owns(marco):
    giulia = team.add_member("Giulia")
    rules.save(None, "lead_neutral", 1, "notify", None, "Look at it", True, 0)
    mine, hers, nobodys = (lead("Ada", since=NOW - 2 * HOUR, owner=marco), lead("Bo", since=NOW - 2 * HOUR,
                           owner=giulia), lead("Cy", since=NOW - 2 * HOUR))
    rules.evaluate(NOW)
    assert {n.lead_id for n in rules.notices(marco)} == {mine, nobodys}
    assert {n.lead_id for n in rules.notices(giulia)} == {hers, nobodys}
    rules.mark_notified([n.id for n in rules.notices(marco)], NOW)
    assert {n.lead_id for n in rules.notices(giulia)} == {hers}
    assert rules.notices(marco) == []


def test_a_rule_says_what_is_wrong_with_it(marco):
    with pytest.raises(rules.RuleError, match="who the rule hands"):
        rules.save(None, "lead_neutral", 2, "reassign", None, "", True, NOW)
    team.deactivate(marco, None)
    with pytest.raises(rules.RuleError, match="who the rule hands"):
        rules.save(None, "lead_neutral", 2, "reassign", marco, "", True, NOW)
    with pytest.raises(rules.RuleError, match="few words"):
        rules.save(None, "lead_neutral", 2, "followup", None, "   ", True, NOW)
    with pytest.raises(rules.RuleError, match="another follow-up"):
        rules.save(None, "followup_overdue", 2, "followup", None, "x", True, NOW)
    with pytest.raises(rules.RuleError, match="365 days"):
        rules.save(None, "followup_overdue", 400, "notify", None, "", True, NOW)
    with pytest.raises(rules.RuleError, match="8760 hours"):
        rules.save(None, "conversation_waiting", 0, "notify", None, "", True, NOW)
    assert rules.rules() == []


def test_saving_and_removing_a_rule_can_be_undone(any_db):
    added = rules.save(None, "lead_neutral", 2, "notify", None, "", True, NOW)
    changed = rules.save(added.rule_id, "lead_neutral", 2, "notify", None, "Text only", True, NOW + HOUR)
    assert rules.get(added.rule_id).active_from == NOW, "a new text does not start the rule again"
    longer = rules.save(added.rule_id, "lead_neutral", 5, "notify", None, "Text only", True, NOW + 2 * HOUR)
    assert rules.get(added.rule_id).active_from == NOW + 2 * HOUR, "a new limit starts from now"
    rules.restore(longer)
    rules.restore(changed)
    assert rules.get(added.rule_id).text == ""
    removed = rules.remove(added.rule_id)
    assert rules.rules() == []
    rules.restore(removed)
    assert rules.get(added.rule_id).amount == 2
    rules.restore(added)
    assert rules.rules() == []


def test_two_processes_evaluating_at_once_act_once(any_db):
    rules.save(None, "lead_neutral", 1, "followup", None, "Call", True, 0)
    ids = [lead(f"Lead {n}", since=NOW - 2 * HOUR) for n in range(300)]
    from db.database import close_database
    close_database()
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from db.database import open_database;"
            " from db import rules; open_database(sys.argv[2]); print(len(rules.evaluate(int(sys.argv[3])).firings))")
    workers = [subprocess.Popen([sys.executable, "-c", code, str(ROOT), str(any_db), str(NOW)],
                                stdout=subprocess.PIPE, text=True) for _ in range(2)]
    made = sorted(int(w.communicate(timeout=60)[0]) for w in workers)
    assert all(w.returncode == 0 for w in workers)
    assert sum(made) == 300, made
    from db.database import open_database
    open_database(any_db)
    assert Reminder.select().count() == 300
    assert {r.lead_id for r in Reminder.select(Reminder.lead)} == set(ids)


def test_a_reply_between_the_reading_and_the_acting_is_respected(any_db, monkeypatch):
    """What is due is read without the lock, then read again under it before acting: a
    person who answers in between is not sent a follow-up about a lead they just contacted."""
    rules.save(None, "lead_neutral", 1, "followup", None, "Call", True, 0)
    waiting = lead("Ada", since=NOW - 2 * HOUR)
    c = conversation("", contact_id=contact_of(waiting))
    read = rules._due

    def answered_meanwhile(rule, now, only=None):
        found = read(rule, now, only)
        if only is None:
            message(c, "out", NOW - 60)  # a person answers while the rules were reading
        return found

    monkeypatch.setattr(rules, "_due", answered_meanwhile)
    assert not rules.evaluate(NOW)
    assert follow_ups(waiting) == [] and rules.firings() == []


def test_many_notices_are_taken_at_once_and_counted(any_db):
    """A rule set on 120 waiting leads gives one window of notices with the count, not 50
    more every minute."""
    rules.save(None, "lead_neutral", 1, "notify", None, "", True, 0)
    for n in range(120):
        lead(f"Lead {n}", since=NOW - 2 * HOUR)
    rules.evaluate(NOW)
    shown, total = rules.take_notices(None, NOW, shown=50)
    assert (len(shown), total) == (50, 120)
    assert shown[0].who == "Lead 0"
    assert rules.take_notices(None, NOW + 60) == ([], 0)
