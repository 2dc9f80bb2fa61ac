import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from db import reminders
from db.clock import DAY, HOUR, MINUTE
from db.reminders import ReminderError

ROME = ZoneInfo("Europe/Rome")


def rome(y, m, d, h=9, mi=0):
    return int(datetime(y, m, d, h, mi, tzinfo=ROME).timestamp())


NOW = rome(2026, 5, 15, 12)


@pytest.fixture
def team(any_db):
    from db.models import Contact, Lead, TeamMember

    assert TeamMember.insert(first_name="Giulia", last_name="Rossi", color="#D9480F").execute() == 1
    assert TeamMember.insert(first_name="Marco", last_name="Bianchi").execute() == 2
    assert Contact.insert(first_name="Ada", last_name="Neri", created_at=0).execute() == 1
    assert Lead.insert(contact=1, created_at=0, stage_changed_at=0).execute() == 1
    return any_db


def test_due_now_and_the_next_due_time_per_member(team):
    mine = reminders.create("Call Ada", NOW - HOUR, NOW, owner_id=1, lead_id=1)
    nobody = reminders.create("Order flour", NOW + 10 * MINUTE, NOW)
    reminders.create("Marco's call", NOW - 2 * HOUR, NOW, owner_id=2)
    reminders.create("Later", NOW + DAY, NOW, owner_id=1)
    assert [r.id for r in reminders.due_now(NOW, 1)] == [mine]
    assert reminders.due_now(NOW, 1)[0].who == "Ada Neri"
    assert reminders.next_due_time(NOW, 1) == NOW + 10 * MINUTE
    assert [r.id for r in reminders.due_now(NOW + 10 * MINUTE, 1)] == [mine, nobody]


def test_snooze_moves_when_it_fires_and_survives(team):
    rid = reminders.create("Call Ada", NOW, NOW, owner_id=1)
    reminders.snooze(rid, reminders.snooze_until("15 min", NOW, ROME))
    assert reminders.due_now(NOW + 14 * MINUTE, 1) == []
    assert [r.id for r in reminders.due_now(NOW + 15 * MINUTE, 1)] == [rid]
    assert reminders.next_due_time(NOW, 1) == NOW + 15 * MINUTE
    reminders.snooze(rid, reminders.snooze_until("tomorrow 9:00", NOW, ROME))
    assert reminders.get(rid).fires_at == rome(2026, 5, 16, 9)


@pytest.mark.parametrize("choice, seconds", [("5 min", 300), ("10 min", 600), ("30 min", 1800),
                                             ("1 hour", 3600), ("2 hours", 7200)])
def test_snooze_choices(choice, seconds):
    assert reminders.snooze_until(choice, NOW, ROME) == NOW + seconds


def test_completing_a_repeat_schedules_the_next(team):
    monthly = reminders.create("New services", rome(2026, 1, 31, 10), NOW, owner_id=1, recurrence="monthly")
    change = reminders.complete(monthly, NOW, ROME)
    assert reminders.get(monthly).due_at == rome(2026, 2, 28, 10)  # clamped to the month's end
    assert reminders.get(monthly).done_at is None
    reminders.undo(change)
    assert reminders.get(monthly).due_at == rome(2026, 1, 31, 10)
    weekly = reminders.create("Weekly call", rome(2026, 3, 23, 10), NOW, recurrence="weekly")
    reminders.complete(weekly, NOW, ROME)
    assert reminders.get(weekly).due_at == rome(2026, 3, 30, 10)  # across the DST change, still 10:00
    once = reminders.create("Once", NOW, NOW)
    reminders.complete(once, NOW + 5, ROME)
    assert reminders.get(once).done_at == NOW + 5


def test_calendar_items_expand_repeats_and_filter_owners(team):
    weekly = reminders.create("Weekly", rome(2026, 5, 4, 10), NOW, owner_id=1, recurrence="weekly")
    reminders.create("Marco", rome(2026, 5, 20, 10), NOW, owner_id=2)
    reminders.create("Nobody", rome(2026, 5, 21, 10), NOW)
    start, end = rome(2026, 5, 1, 0), rome(2026, 6, 1, 0)
    items = reminders.calendar_items(start, end, ROME)
    weekly_days = [datetime.fromtimestamp(o.at, ROME).day for o in items if o.reminder.id == weekly]
    assert weekly_days == [4, 11, 18, 25]
    assert [o.reminder.text for o in reminders.calendar_items(start, end, ROME, owners=[2], unassigned=False)] == ["Marco"]
    assert {o.reminder.text for o in reminders.calendar_items(start, end, ROME, owners=[], unassigned=True)} == {"Nobody"}


@pytest.mark.parametrize("recurrence", ["weekly", "monthly"])
def test_repeats_set_years_ago_land_on_the_same_wall_clock_time(team, recurrence):
    """A repeat started in 2023 (through DST changes and short months) shows in May 2026
    on the days and at the time stepping one repeat at a time gives."""
    rid = reminders.create("Old repeat", rome(2023, 1, 31, 9, 30), NOW, recurrence=recurrence)
    start, end = rome(2026, 3, 1, 0), rome(2026, 6, 1, 0)
    shown = [o.at for o in reminders.calendar_items(start, end, ROME) if o.reminder.id == rid]
    walked = []
    for step in range(1, 200):
        at = reminders.next_occurrence(rome(2023, 1, 31, 9, 30), recurrence, ROME, step)
        if start <= at < end:
            walked.append(at)
    assert shown == walked and shown
    assert {datetime.fromtimestamp(at, ROME).strftime("%H:%M") for at in shown} == {"09:30"}


def test_overdue_is_before_today(team):
    reminders.create("Yesterday", rome(2026, 5, 14, 18), NOW)
    reminders.create("This morning", rome(2026, 5, 15, 8), NOW)
    assert [r.text for r in reminders.overdue(NOW, ROME)] == ["Yesterday"]


def test_reschedule_keeps_the_time_of_day(team):
    rid = reminders.create("Call", rome(2026, 5, 15, 16, 45), NOW)
    reminders.snooze(rid, NOW + HOUR)
    reminders.reschedule(rid, date(2026, 5, 22), ROME)
    r = reminders.get(rid)
    assert (r.due_at, r.snoozed_until) == (rome(2026, 5, 22, 16, 45), None)


def test_a_follow_up_needs_text(team):
    with pytest.raises(ReminderError, match="needs a few words"):
        reminders.create("  ", NOW, NOW)


def test_ics_export_reparses(team):
    reminders.create("Call Ada", NOW + HOUR, NOW, owner_id=1, lead_id=1, recurrence="monthly")
    reminders.create("Order flour", NOW + DAY, NOW)
    done = reminders.create("Done already", NOW, NOW)
    reminders.complete(done, NOW, ROME)
    out = io.BytesIO()
    assert reminders.export_ics(out, NOW) == 2
    cal = icalendar.Calendar.from_ical(out.getvalue())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 2
    first = events[0]
    assert str(first["summary"]) == "Call Ada — Ada Neri"
    assert first["uid"].endswith("@sportello.local") and "dtstamp" in first
    assert first["rrule"]["FREQ"] == ["MONTHLY"]
    assert first.walk("VALARM")[0]["action"] == "DISPLAY"
    assert first.decoded("dtstart").timestamp() == NOW + HOUR
