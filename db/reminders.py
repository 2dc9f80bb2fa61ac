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
from db.database import database
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


_SELECT = """
    SELECT r.id, r.text, r.due_at, r.snoozed_until, r.done_at, r.recurrence, r.owner_id,
           tm.first_name, tm.last_name, tm.color, r.lead_id, coalesce(r.contact_id, l.contact_id),
           ct.first_name, ct.last_name
    FROM reminder r
    LEFT JOIN team_member tm ON tm.id = r.owner_id
    LEFT JOIN lead l ON l.id = r.lead_id
    LEFT JOIN contact ct ON ct.id = coalesce(r.contact_id, l.contact_id)
"""


def _row(r) -> Reminder:
    return Reminder(r[0], r[1], r[2], r[3], r[4], r[5], r[6], display_name(r[7] or "", r[8] or ""),
                    r[9] or "#868E96", r[10], r[11], display_name(r[12] or "", r[13] or ""))


def get(reminder_id: int) -> Reminder | None:
    row = database.execute_sql(_SELECT + " WHERE r.id = ?", (reminder_id,)).fetchone()
    return _row(row) if row else None


def _owner_clause(owners: Iterable[int] | None, unassigned: bool) -> tuple[str, list]:
    if owners is None:
        return ("" if unassigned else " AND r.owner_id IS NOT NULL"), []
    owners = list(owners)
    parts, params = [], []
    if owners:
        parts.append(f"r.owner_id IN ({','.join('?' * len(owners))})")
        params.extend(owners)
    if unassigned:
        parts.append("r.owner_id IS NULL")
    if not parts:
        return " AND 0", []
    return " AND (" + " OR ".join(parts) + ")", params


def open_reminders(owners: Iterable[int] | None = None, unassigned: bool = True,
                   lead_id: int | None = None) -> list[Reminder]:
    """Reminders not done yet (of these owners; of one lead when ``lead_id`` is given)."""
    clause, params = _owner_clause(owners, unassigned)
    if lead_id is not None:
        clause += " AND r.lead_id = ?"
        params = [*params, lead_id]
    return [_row(r) for r in database.execute_sql(
        _SELECT + " WHERE r.done_at IS NULL" + clause + " ORDER BY r.due_at, r.id", params)]


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
    clause, params = _owner_clause(owners, unassigned)
    rows = database.execute_sql(
        _SELECT + " WHERE (r.due_at < ? AND (r.due_at >= ? OR (r.recurrence IS NOT NULL AND r.done_at IS NULL)))"
        + clause
        + " ORDER BY r.due_at, r.id", [end, start, *params]).fetchall()
    items = []
    for row in rows:
        items.extend(occurrences(_row(row), start, end, tz))
    items.sort(key=lambda o: (o.at, o.reminder.id))
    return items


def overdue(now: int, tz: tzinfo, owners: Iterable[int] | None = None, unassigned: bool = True) -> list[Reminder]:
    """Open reminders whose due time is before today (listed apart on the calendar)."""
    local = datetime.fromtimestamp(now, tz)
    today = int(datetime.combine(local.date(), time(0), tz).timestamp())
    clause, params = _owner_clause(owners, unassigned)
    return [_row(r) for r in database.execute_sql(
        _SELECT + " WHERE r.done_at IS NULL AND r.due_at < ?" + clause + " ORDER BY r.due_at, r.id",
        [today, *params])]


# --- what is due ----------------------------------------------------------------------------

_FIRES_AT = "coalesce(r.snoozed_until, r.due_at)"


def due_now(now: int, member_id: int | None) -> list[Reminder]:
    """Open reminders of ``member_id`` (and unowned ones) that have fallen due, oldest first."""
    return [_row(r) for r in database.execute_sql(
        _SELECT + f" WHERE r.done_at IS NULL AND {_FIRES_AT} <= ? AND (r.owner_id IS NULL OR r.owner_id IS ?)"
        f" ORDER BY {_FIRES_AT}, r.id", (now, member_id))]


def next_due_time(now: int, member_id: int | None) -> int | None:
    """When the next reminder of ``member_id`` (or unowned) falls due after ``now``."""
    return database.execute_sql(
        f"SELECT min({_FIRES_AT}) FROM reminder r WHERE r.done_at IS NULL AND {_FIRES_AT} > ?"
        " AND (r.owner_id IS NULL OR r.owner_id IS ?)", (now, member_id)).fetchone()[0]


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
    return database.execute_sql(
        "INSERT INTO reminder(lead_id, contact_id, owner_id, text, due_at, recurrence, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", (lead_id, contact_id, owner_id, text, due_at, recurrence, now)).lastrowid


@dataclass(frozen=True)
class Change:
    """What a change replaced, for undo."""
    reminder_id: int
    due_at: int
    snoozed_until: int | None
    done_at: int | None


def _before(reminder_id: int) -> Change:
    row = database.execute_sql("SELECT due_at, snoozed_until, done_at FROM reminder WHERE id = ?",
                               (reminder_id,)).fetchone()
    if row is None:
        raise ReminderError(QT_TRANSLATE_NOOP("Errors", "That follow-up no longer exists."))
    return Change(reminder_id, *row)


def undo(change: Change) -> None:
    database.execute_sql("UPDATE reminder SET due_at = ?, snoozed_until = ?, done_at = ? WHERE id = ?",
                         (change.due_at, change.snoozed_until, change.done_at, change.reminder_id))


def complete(reminder_id: int, now: int, tz: tzinfo) -> Change:
    """Done. A repeating follow-up moves on to its next occurrence instead."""
    with database.atomic("IMMEDIATE"):
        before = _before(reminder_id)
        recurrence = database.execute_sql("SELECT recurrence FROM reminder WHERE id = ?",
                                          (reminder_id,)).fetchone()[0]
        if recurrence:
            nxt = next_occurrence(before.due_at, recurrence, tz)
            database.execute_sql("UPDATE reminder SET due_at = ?, snoozed_until = NULL WHERE id = ?",
                                 (nxt, reminder_id))
        else:
            database.execute_sql("UPDATE reminder SET done_at = ?, snoozed_until = NULL WHERE id = ?",
                                 (now, reminder_id))
        return before


def snooze(reminder_id: int, until: int) -> Change:
    with database.atomic("IMMEDIATE"):
        before = _before(reminder_id)
        database.execute_sql("UPDATE reminder SET snoozed_until = ? WHERE id = ?", (until, reminder_id))
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
        database.execute_sql("UPDATE reminder SET due_at = ?, snoozed_until = NULL WHERE id = ?",
                             (moved, reminder_id))
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

