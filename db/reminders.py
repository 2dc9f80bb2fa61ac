"""Follow-up reminders: when they fall due, their repeats, snoozes, the calendar's items.

Scheduling is a function of the reminders and ``now``: ``due_now`` lists what
is due for a team member (and what nobody owns), ``next_due_time`` says when
the next one falls due, so the window arms a single timer. A reminder's due
time moves with a snooze (``snoozed_until``); completing a repeating one
schedules its next occurrence.
"""
from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Iterable

from db.choices import RECURRENCES
from db.clock import HOUR, MINUTE
import operator
from functools import reduce

from peewee import JOIN, fn

from db.database import FALSE, database, scalar
from db.database import rows as db_rows
from db.models import Contact, Lead, TeamMember
from db.models import Reminder as ReminderModel
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.text import display_name


@dataclass(frozen=True)
class Reminder:
    id: int
    text: str
    due_at: int              # the (next) occurrence
    snoozed_until: int | None
    done_at: int | None
    recurrence: str | None
    owner_id: int | None
    owner_name: str
    owner_color: str
    lead_id: int | None
    contact_id: int | None
    who: str                 # the lead's or contact's name

    @property
    def fires_at(self) -> int:
        """When it pops up: the snooze, if any, else the due time."""
        return self.snoozed_until if self.snoozed_until is not None else self.due_at


@dataclass(frozen=True)
class Occurrence:
    reminder: Reminder
    at: int          # this occurrence's time
    repeat: bool     # a future repeat, not the stored next occurrence


class ReminderError(UserError):
    pass


def _select(*where):
    """Reminders with their owner's and their person's names, as ``_row`` reads them."""
    R = ReminderModel
    person = fn.COALESCE(R.contact, Lead.contact)
    query = (R.select(R.id, R.text, R.due_at, R.snoozed_until, R.done_at, R.recurrence, R.owner,
                      TeamMember.first_name, TeamMember.last_name, TeamMember.color, R.lead, person,
                      Contact.first_name, Contact.last_name)
             .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == R.owner))
             .switch(R).join(Lead, JOIN.LEFT_OUTER, on=(Lead.id == R.lead))
             .switch(R).join(Contact, JOIN.LEFT_OUTER, on=(Contact.id == person)))
    return query.where(*where) if where else query


_ORDER = (ReminderModel.due_at, ReminderModel.id)


def _row(r) -> Reminder:
    return Reminder(r[0], r[1], r[2], r[3], r[4], r[5], r[6], display_name(r[7] or "", r[8] or ""),
                    r[9] or "#868E96", r[10], r[11], display_name(r[12] or "", r[13] or ""))


def get(reminder_id: int) -> Reminder | None:
    found = db_rows(_select(ReminderModel.id == reminder_id))
    return _row(found[0]) if found else None


def _owner_clause(owners: Iterable[int] | None, unassigned: bool) -> list:
    """The conditions on the owner: these owners' (every owner's when None), and nobody's
    when ``unassigned``."""
    owner = ReminderModel.owner
    if owners is None:
        return [] if unassigned else [owner.is_null(False)]
    owners = list(owners)
    parts = []
    if owners:
        parts.append(owner.in_(owners))
    if unassigned:
        parts.append(owner.is_null())
    if not parts:
        return [FALSE]
    return [reduce(operator.or_, parts)]


def open_reminders(owners: Iterable[int] | None = None, unassigned: bool = True,
                   lead_id: int | None = None) -> list[Reminder]:
    """Reminders not done yet (of these owners; of one lead when ``lead_id`` is given)."""
    where = [ReminderModel.done_at.is_null(), *_owner_clause(owners, unassigned)]
    if lead_id is not None:
        where.append(ReminderModel.lead == lead_id)
    return [_row(r) for r in db_rows(_select(*where).order_by(*_ORDER))]


# --- repeats --------------------------------------------------------------------------

def add_months(moment: datetime, months: int) -> datetime:
    """Same day of the month, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, _calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def next_occurrence(due_at: int, recurrence: str, tz: tzinfo, steps: int = 1) -> int:
    """The repeat ``steps`` after ``due_at``, same local wall-clock time."""
    local = datetime.fromtimestamp(due_at, tz)
    if recurrence == "weekly":
        nxt = local + timedelta(weeks=steps)
    elif recurrence == "monthly":
        nxt = add_months(local, steps)
    else:
        raise ValueError(f"unknown recurrence {recurrence!r}")
    # Re-localise: a repeat that crosses a DST change keeps its wall-clock time.
    naive = nxt.replace(tzinfo=None)
    return int(naive.replace(tzinfo=tz).timestamp())


def occurrences(reminder: Reminder, start: int, end: int, tz: tzinfo, limit: int = 400) -> list[Occurrence]:
    """The reminder's occurrences in [start, end): the stored one and, if it repeats, the next ones."""
    out = []
    if start <= reminder.due_at < end:
        out.append(Occurrence(reminder, reminder.due_at, False))
    if reminder.recurrence and reminder.done_at is None:
        # Jump close to ``start`` (a step short, for DST and short months) instead of
        # walking every repeat since a due date that may be years back.
        span = 7 * 86400 if reminder.recurrence == "weekly" else 31 * 86400
        step = max(1, (start - reminder.due_at) // span - 1)
        last = step + limit
        while step <= last:
            at = next_occurrence(reminder.due_at, reminder.recurrence, tz, step)
            if at >= end:
                break
            if at >= start:
                out.append(Occurrence(reminder, at, True))
            step += 1
    return out


def calendar_items(start: int, end: int, tz: tzinfo, owners: Iterable[int] | None = None,
                   unassigned: bool = True) -> list[Occurrence]:
    """Everything the calendar shows in [start, end), open and done, repeats expanded."""
    R = ReminderModel
    rows = db_rows(_select((R.due_at < end) & ((R.due_at >= start) | (R.recurrence.is_null(False) & R.done_at.is_null())),
                           *_owner_clause(owners, unassigned)).order_by(*_ORDER))
    items = []
    for row in rows:
        items.extend(occurrences(_row(row), start, end, tz))
    items.sort(key=lambda o: (o.at, o.reminder.id))
    return items


def overdue(now: int, tz: tzinfo, owners: Iterable[int] | None = None, unassigned: bool = True) -> list[Reminder]:
    """Open reminders whose due time is before today (listed apart on the calendar)."""
    local = datetime.fromtimestamp(now, tz)
    today = int(datetime.combine(local.date(), time(0), tz).timestamp())
    R = ReminderModel
    return [_row(r) for r in db_rows(_select(R.done_at.is_null(), R.due_at < today,
                                             *_owner_clause(owners, unassigned)).order_by(*_ORDER))]


# --- what is due ----------------------------------------------------------------------------

def _fires_at():
    return fn.COALESCE(ReminderModel.snoozed_until, ReminderModel.due_at)


def _theirs(member_id: int | None):
    """Of ``member_id``, or of nobody."""
    owner = ReminderModel.owner
    return owner.is_null() if member_id is None else (owner.is_null() | (owner == member_id))


def due_now(now: int, member_id: int | None) -> list[Reminder]:
    """Open reminders of ``member_id`` (and unowned ones) that have fallen due, oldest first."""
    return [_row(r) for r in db_rows(_select(ReminderModel.done_at.is_null(), _fires_at() <= now, _theirs(member_id))
                                     .order_by(_fires_at(), ReminderModel.id))]


def next_due_time(now: int, member_id: int | None) -> int | None:
    """When the next reminder of ``member_id`` (or unowned) falls due after ``now``."""
    return scalar(ReminderModel.select(fn.MIN(_fires_at()))
                  .where(ReminderModel.done_at.is_null(), _fires_at() > now, _theirs(member_id)))


# --- changes -----------------------------------------------------------------------------------

def check(text: str, recurrence: str | None = None) -> str:
    """The follow-up's text as it will be kept, or ReminderError saying what is missing."""
    text = text.strip()
    if not text:
        raise ReminderError(QT_TRANSLATE_NOOP("Errors", "A follow-up needs a few words saying what to do."))
    if recurrence not in (None, *RECURRENCES):
        raise ValueError(f"unknown recurrence {recurrence!r}")
    return text


def create(text: str, due_at: int, now: int, *, owner_id: int | None = None, lead_id: int | None = None,
           contact_id: int | None = None, recurrence: str | None = None) -> int:
    text = check(text, recurrence)
    return ReminderModel.insert(lead=lead_id, contact=contact_id, owner=owner_id, text=text, due_at=due_at,
                                recurrence=recurrence, created_at=now).execute()


@dataclass(frozen=True)
class Change:
    """What a change replaced, for undo."""
    reminder_id: int
    due_at: int
    snoozed_until: int | None
    done_at: int | None


def _before(reminder_id: int) -> Change:
    R = ReminderModel
    found = db_rows(R.select(R.due_at, R.snoozed_until, R.done_at).where(R.id == reminder_id))
    row = found[0] if found else None
    if row is None:
        raise ReminderError(QT_TRANSLATE_NOOP("Errors", "That follow-up no longer exists."))
    return Change(reminder_id, *row)


def undo(change: Change) -> None:
    ReminderModel.update(due_at=change.due_at, snoozed_until=change.snoozed_until, done_at=change.done_at).where(
        ReminderModel.id == change.reminder_id).execute()


def complete(reminder_id: int, now: int, tz: tzinfo) -> Change:
    """Done. A repeating follow-up moves on to its next occurrence instead."""
    with database.atomic("IMMEDIATE"):
        before = _before(reminder_id)
        R = ReminderModel
        recurrence = R.select(R.recurrence).where(R.id == reminder_id).scalar()
        if recurrence:
            nxt = next_occurrence(before.due_at, recurrence, tz)
            R.update(due_at=nxt, snoozed_until=None).where(R.id == reminder_id).execute()
        else:
            R.update(done_at=now, snoozed_until=None).where(R.id == reminder_id).execute()
        return before


def snooze(reminder_id: int, until: int) -> Change:
    with database.atomic("IMMEDIATE"):
        before = _before(reminder_id)
        ReminderModel.update(snoozed_until=until).where(ReminderModel.id == reminder_id).execute()
        return before


SNOOZES = (
    ("5 min", 5 * MINUTE), ("10 min", 10 * MINUTE), ("15 min", 15 * MINUTE), ("30 min", 30 * MINUTE),
    ("1 hour", HOUR), ("2 hours", 2 * HOUR), ("tomorrow 9:00", None),
)


def snooze_until(choice: str, now: int, tz: tzinfo) -> int:
    for key, seconds in SNOOZES:
        if key == choice:
            if seconds is not None:
                return now + seconds
            tomorrow = datetime.fromtimestamp(now, tz).date() + timedelta(days=1)
            return int(datetime.combine(tomorrow, time(9, 0), tz).timestamp())
    raise ValueError(f"unknown snooze {choice!r}")


def reschedule(reminder_id: int, day: date, tz: tzinfo) -> Change:
    """Move a follow-up to another day, keeping its time of day; a snooze is dropped."""
    with database.atomic("IMMEDIATE"):
        before = _before(reminder_id)
        local = datetime.fromtimestamp(before.due_at, tz)
        moved = int(datetime.combine(day, local.time().replace(tzinfo=None), tz).timestamp())
        ReminderModel.update(due_at=moved, snoozed_until=None).where(ReminderModel.id == reminder_id).execute()
        return before


# --- iCalendar export ----------------------------------------------------------------------------

def export_ics(out, now: int, host: str = "sportello.local") -> int:
    """Every open follow-up as a VEVENT with a DISPLAY alarm (RFC 5545, via icalendar)."""
    from datetime import timezone

    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//Sportello//Follow-ups//EN")
    cal.add("version", "2.0")
    count = 0
    stamp = datetime.fromtimestamp(now, timezone.utc)
    for r in open_reminders():
        event = icalendar.Event()
        event.add("uid", f"reminder-{r.id}@{host}")
        event.add("dtstamp", stamp)
        start = datetime.fromtimestamp(r.fires_at, timezone.utc)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=15))
        summary = r.text if not r.who else f"{r.text} — {r.who}"
        event.add("summary", summary)
        if r.owner_name:
            event.add("description", f"Owner: {r.owner_name}")
        if r.recurrence:
            event.add("rrule", {"freq": "weekly" if r.recurrence == "weekly" else "monthly"})
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        cal.add_component(event)
        count += 1
    out.write(cal.to_ical())
    return count

