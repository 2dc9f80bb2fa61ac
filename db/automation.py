"""Away status, business hours and the automatic replies' settings.

Away comes two ways: by hand (12 hours, or until turned off) and by schedule
(outside the weekly business hours, or on a closed date). Away periods are
recorded in ``away_period`` so the response metrics can leave out what
arrived while the Page was Away. Times are UTC seconds; business hours are
wall-clock minutes in the business's time zone.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import NamedTuple

from db import settings
from db.clock import HOUR
from peewee import EXCLUDED

from db.database import database
from db.database import rows as db_rows
from db.models import AwayPeriod, BusinessHours, ClosedDate
from db.errors import QT_TRANSLATE_NOOP, UserError

MANUAL_AWAY_SECONDS = 12 * HOUR
MAX_AUTOMATIC_TEXT = 250
MAX_GREETING_TEXT = 160
RESPONSE_TIME_MODES = ("automatic", "minutes", "hour", "hours", "day")

SETTING_DEFAULTS = {
    "instant_reply.enabled": False,
    "instant_reply.text": "Hi {first_name}! Thanks for your message, we'll reply as soon as we can.",
    "away.message": "Hi {first_name}, we're away right now. We'll get back to you when we're open.",
    "away.message_enabled": True,
    "away.schedule_enabled": False,
    "greeting.enabled": False,
    "greeting.text": "Hi {first_name}! Ask us anything.",
    "response_time.mode": "automatic",
}


def setting(key: str):
    return settings.get(key, SETTING_DEFAULTS[key])


class AutomationError(UserError):
    """Input the user can fix; the message says how."""


def check_automatic_text(text: str, limit: int = MAX_AUTOMATIC_TEXT) -> str:
    """The text, if it may be saved: not empty, at most ``limit`` characters."""
    if not text.strip():
        raise AutomationError(QT_TRANSLATE_NOOP("Errors", "The message cannot be empty."))
    if len(text) > limit:
        raise AutomationError(
            QT_TRANSLATE_NOOP("Errors", "The message is {length} characters long; the limit is {limit}."),
            length=len(text), limit=limit)
    return text


def remaining_characters(text: str, limit: int = MAX_AUTOMATIC_TEXT) -> int:
    return limit - len(text)


def save_instant_reply(enabled: bool, text: str) -> None:
    check_automatic_text(text)
    settings.put("instant_reply.enabled", bool(enabled))
    settings.put("instant_reply.text", text)


def save_away_message(enabled: bool, text: str) -> None:
    check_automatic_text(text)
    settings.put("away.message_enabled", bool(enabled))
    settings.put("away.message", text)


def save_greeting(enabled: bool, text: str) -> None:
    check_automatic_text(text, MAX_GREETING_TEXT)
    settings.put("greeting.enabled", bool(enabled))
    settings.put("greeting.text", text)


MAX_ICE_BREAKERS = 4       # Meta's limit
MAX_ICE_BREAKER_TEXT = 80  # a question's length, as Messenger shows it


def ice_breakers() -> list[str]:
    """The questions offered to people who open a chat with the Page (Messenger's ice breakers)."""
    return list(settings.get("ice_breakers") or [])


def save_ice_breakers(questions: list[str]) -> list[str]:
    kept = [" ".join(q.split()) for q in questions if q.strip()]
    if len(kept) > MAX_ICE_BREAKERS:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Messenger shows at most {limit} questions."),
                        limit=MAX_ICE_BREAKERS)
    for question in kept:
        if len(question) > MAX_ICE_BREAKER_TEXT:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "A question has at most {limit} characters: “{question}”."),
                            limit=MAX_ICE_BREAKER_TEXT, question=question[:40] + "…")
    settings.put("ice_breakers", kept)
    return kept


def greeting_for(channel: str) -> str | None:
    """The greeting shown before someone writes, for channels that show one."""
    if channel != "messenger" or not setting("greeting.enabled"):
        return None
    return setting("greeting.text")


# --- business hours ---------------------------------------------------------------

Period = tuple[int, int]  # minutes from midnight, start < end

_PERIOD_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})\s*$")


def format_periods(periods: list[Period]) -> str:
    def hm(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"

    return ", ".join(f"{hm(a)}–{hm(b)}" for a, b in periods)


def parse_periods(text: str) -> list[Period]:
    """"12:00-14:30, 18:30-23:00" -> [(720, 870), (1110, 1380)]; empty = closed.

    Raises AutomationError naming the part that is wrong.
    """
    periods: list[Period] = []
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        m = _PERIOD_RE.match(part)
        if not m:
            raise AutomationError(QT_TRANSLATE_NOOP("Errors", "“{part}” is not a period like 12:00–14:30."), part=part)
        h1, m1, h2, m2 = map(int, m.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise AutomationError(QT_TRANSLATE_NOOP("Errors", "“{part}” is not a time of day."), part=part)
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end <= start:
            raise AutomationError(QT_TRANSLATE_NOOP(
                "Errors", "“{part}” ends before it starts (periods cannot cross midnight)."), part=part)
        periods.append((start, end))
    periods.sort()
    for (a1, b1), (a2, b2) in zip(periods, periods[1:]):
        if a2 < b1:
            raise AutomationError(QT_TRANSLATE_NOOP("Errors", "{first} and {second} overlap."),
                                  first=format_periods([(a1, b1)]), second=format_periods([(a2, b2)]))
    return periods


def business_hours() -> dict[int, list[Period]]:
    """Weekday (0 = Monday) -> its opening periods, every weekday present."""
    hours: dict[int, list[Period]] = {d: [] for d in range(7)}
    for weekday, start, end in db_rows(
            BusinessHours.select(BusinessHours.weekday, BusinessHours.start_minute, BusinessHours.end_minute)
            .order_by(BusinessHours.weekday, BusinessHours.start_minute)):
        hours[weekday].append((start, end))
    return hours


def set_business_hours(hours: dict[int, list[Period]]) -> None:
    with database.atomic("IMMEDIATE"):
        for weekday, periods in hours.items():
            parse_periods(format_periods(periods))  # same validation as typed text
            BusinessHours.delete().where(BusinessHours.weekday == weekday).execute()
            for start, end in periods:
                BusinessHours.insert(weekday=weekday, start_minute=start, end_minute=end).execute()


def closed_dates() -> list[tuple[str, str]]:
    return db_rows(ClosedDate.select(ClosedDate.day, ClosedDate.label).order_by(ClosedDate.day))


def add_closed_date(day: date, label: str = "") -> None:
    (ClosedDate.insert(day=day.isoformat(), label=label.strip())
     .on_conflict(conflict_target=[ClosedDate.day], update={ClosedDate.label: EXCLUDED.label}).execute())


def remove_closed_date(day: date | str) -> None:
    ClosedDate.delete().where(ClosedDate.day == (day if isinstance(day, str) else day.isoformat())).execute()


def business_timezone() -> tzinfo:
    name = settings.get("business.timezone")
    if name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # (~6 ms to import: not at start-up)

        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or timezone.utc


class Schedule(NamedTuple):
    hours: dict[int, list[Period]]
    closed: frozenset[str]
    tz: tzinfo

    @classmethod
    def load(cls) -> "Schedule":
        return cls(business_hours(), frozenset(d for d, _ in closed_dates()), business_timezone())

    def _open_intervals(self, day: date) -> list[tuple[int, int]]:
        """Opening intervals of a local calendar day, as UTC seconds."""
        if day.isoformat() in self.closed:
            return []
        out = []
        midnight = datetime(day.year, day.month, day.day, tzinfo=self.tz)
        for start, end in self.hours.get(day.weekday(), []):
            a = midnight + timedelta(minutes=start)
            b = midnight + timedelta(minutes=end)
            out.append((int(a.timestamp()), int(b.timestamp())))
        return out

    def is_open(self, ts: int) -> bool:
        day = datetime.fromtimestamp(ts, self.tz).date()
        return any(a <= ts < b for a, b in self._open_intervals(day))

    def closed_gap(self, ts: int) -> tuple[int, int | None] | None:
        """The closed stretch holding ``ts``: (last closing, next opening), or None if open.

        Looks up to 31 days either way; None as the end when nothing opens in that time.
        """
        if self.is_open(ts):
            return None
        day = datetime.fromtimestamp(ts, self.tz).date()
        start = None
        for back in range(0, 32):
            ends = [b for a, b in self._open_intervals(day - timedelta(days=back)) if b <= ts]
            if ends:
                start = max(ends)
                break
        end = None
        for ahead in range(0, 32):
            starts = [a for a, b in self._open_intervals(day + timedelta(days=ahead)) if a > ts]
            if starts:
                end = min(starts)
                break
        if start is None:
            start = ts - ts % 86400
        return start, end


# --- away ---------------------------------------------------------------------

class AwayStatus(NamedTuple):
    away: bool
    source: str | None  # "manual" or "schedule"
    since: int | None
    until: int | None   # when it ends by itself, if known
    period_id: int | None = None


def _manual_period(now: int):
    found = db_rows(AwayPeriod.select(AwayPeriod.id, AwayPeriod.start_at, AwayPeriod.end_at)
                    .where(AwayPeriod.source == "manual", _covers(now))
                    .order_by(AwayPeriod.start_at.desc()).limit(1))
    return found[0] if found else None


def _covers(ts: int):
    return (AwayPeriod.start_at <= ts) & (AwayPeriod.end_at.is_null() | (AwayPeriod.end_at > ts))


def away_status(now: int, schedule: Schedule | None = None) -> AwayStatus:
    """Away by hand wins; otherwise, with the schedule on, outside business hours."""
    row = _manual_period(now)
    if row is not None:
        return AwayStatus(True, "manual", row[1], row[2], row[0])
    if setting("away.schedule_enabled"):
        schedule = schedule or Schedule.load()
        gap = schedule.closed_gap(now)
        if gap is not None:
            return AwayStatus(True, "schedule", gap[0], gap[1], None)
    return AwayStatus(False, None, None, None)


def set_away(now: int, seconds: int = MANUAL_AWAY_SECONDS) -> int:
    """Away by hand from ``now`` for 12 hours (it ends by itself)."""
    with database.atomic("IMMEDIATE"):
        row = _manual_period(now)
        if row is not None:
            return row[0]
        return AwayPeriod.insert(start_at=now, end_at=now + seconds, source="manual").execute()


def turn_off_away(now: int) -> bool:
    """End a manual away period now. False if none was on."""
    with database.atomic("IMMEDIATE"):
        row = _manual_period(now)
        if row is None:
            return False
        AwayPeriod.update(end_at=now).where(AwayPeriod.id == row[0]).execute()
        return True


def record_schedule_period(now: int, status: AwayStatus) -> int | None:
    """Make sure the scheduled away stretch holding ``now`` is in away_period."""
    if not status.away or status.source != "schedule":
        return status.period_id
    found = AwayPeriod.select(AwayPeriod.id).where(AwayPeriod.source == "schedule",
                                                    AwayPeriod.start_at == status.since).scalar()
    if found:
        return found
    return AwayPeriod.insert(start_at=status.since, end_at=status.until, source="schedule").execute()


def was_away(ts: int) -> bool:
    """Whether a recorded away period covers ``ts`` (what the metrics ask)."""
    return AwayPeriod.select().where(_covers(ts)).exists()


# --- the public response-time line ------------------------------------------------

def response_time_mode() -> str:
    mode = setting("response_time.mode")
    return mode if mode in RESPONSE_TIME_MODES else "automatic"


def set_response_time_mode(mode: str) -> None:
    if mode not in RESPONSE_TIME_MODES:
        raise AutomationError(QT_TRANSLATE_NOOP("Errors", "Unknown response time choice {mode}."), mode=mode)
    settings.put("response_time.mode", mode)


def automatic_response_bucket(response_time_seconds: float | None, response_rate: float | None,
                              used_this_week: bool = True) -> str | None:
    """What "Automatically show average response time" shows, or None when Meta hides it.

    Shown only while the Page replies to at least 90% of messages and the
    inbox is used at least once a week.
    """
    if response_time_seconds is None or response_rate is None or response_rate < 0.9 or not used_this_week:
        return None
    if response_time_seconds <= 15 * 60:
        return "minutes"
    if response_time_seconds <= HOUR:
        return "hour"
    if response_time_seconds <= 4 * HOUR:
        return "hours"
    return "day"


def public_response_bucket(mode: str, response_time_seconds: float | None, response_rate: float | None,
                           used_this_week: bool = True) -> str | None:
    if mode == "automatic":
        return automatic_response_bucket(response_time_seconds, response_rate, used_this_week)
    return mode
