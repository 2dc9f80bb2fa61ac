"""Response rate and response time, computed the way Meta computes them for Pages.

The rules (the product's definition; each has a test at its edges):

- Conversations in Spam are left out.
- A *request* is a customer message that opens a conversation, or the first
  customer message after 24 hours or more in which neither side wrote anything
  in that conversation (automatic messages count as writing). Later customer
  messages before the next such silence belong to the same request.
- Requests that arrive while the Page is Away (a recorded away period, by hand
  or by schedule) are left out. A request never answered whose conversation was
  then marked Done is left out.
- A request is *answered* by the first reply written by a person on the team in
  that conversation after it (automatic messages never answer), if that reply
  comes within 24 hours (inclusive) of the request. The response time is the
  time from the request to that reply.
- An unanswered request less than 24 hours old at ``as_of`` is pending: left out.
- Window: the remaining requests received in the 30 days up to and including the
  most recent of them (received at or after most recent − 30 days); if fewer
  than 10, the most recent 10 (all, if fewer than 10 exist).
- Response rate = answered / requests in the window.
- Response time = mean of the fastest 90% of the window's response times,
  keeping ceil(0.9 × n) of n answered requests.
- Very responsive = rate ≥ 90% and response time ≤ 15 minutes.

Messages after ``as_of`` do not exist for the computation.
"""
from __future__ import annotations

import bisect
import itertools
import math
import statistics
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple
from datetime import datetime, timedelta, timezone, tzinfo

from db.clock import DAY, HOUR, MINUTE
from peewee import fn

from db.database import Prepared, chunks, database, slot
from db.database import rows as db_rows
from db.models import AwayPeriod, Contact, Conversation, Message, TeamMember
from db.text import display_name

SILENCE = 24 * HOUR
ANSWER_LIMIT = 24 * HOUR
WINDOW = 30 * DAY
MIN_WINDOW_REQUESTS = 10
RATE_TARGET = 0.9
TIME_TARGET = 15 * MINUTE


class Request(NamedTuple):
    """One request (a tuple: a year of them is built in one go for the charts)."""

    conversation_id: int
    received_at: int
    answered_at: int | None = None
    answered_by: int | None = None
    away: bool = False
    done: bool = False  # its conversation is in Done (now)

    @property
    def response_seconds(self) -> int | None:
        return None if self.answered_at is None else self.answered_at - self.received_at


@dataclass(frozen=True)
class Responsiveness:
    as_of: int
    requests: int
    answered: int
    response_rate: float | None
    response_time_seconds: float | None
    very_responsive: bool
    window_start: int | None
    window_end: int | None
    window: tuple[Request, ...] = field(default=(), repr=False)

    def as_dict(self) -> dict:
        from db.clock import iso

        return {
            "as_of": iso(self.as_of),
            "requests": self.requests,
            "answered": self.answered,
            "response_rate": self.response_rate,
            "response_time_seconds": self.response_time_seconds,
            "very_responsive": self.very_responsive,
            "window_start": iso(self.window_start),
            "window_end": iso(self.window_end),
        }


# --- requests from messages ----------------------------------------------------------

def _messages_query(upper: bool):
    """Every counted message from ``start`` (and up to ``as_of`` when ``upper``), in order."""
    where = [Message.sent_at >= slot("start"), Conversation.folder != "spam",
             Message.state.not_in(["pending", "failed"])]
    if upper:
        where.append(Message.sent_at <= slot("as_of"))
    return (Message.select(Message.conversation, Message.direction, Message.automatic, Message.author,
                           Message.sent_at, Conversation.folder == "done")
            .join(Conversation, on=(Conversation.id == Message.conversation)).where(*where)
            .order_by(Message.conversation, Message.sent_at, Message.id))


_MESSAGES = Prepared(_messages_query)
_NEWEST = Prepared(lambda: Message.select(fn.MAX(Message.sent_at)))
_OLDEST = Prepared(lambda: Message.select(fn.MIN(Message.sent_at)))


def _away_periods(start: int, end: int) -> list[tuple[int, int]]:
    rows = db_rows(AwayPeriod.select(AwayPeriod.start_at, fn.COALESCE(AwayPeriod.end_at, 2**62))
                   .where(AwayPeriod.start_at <= end, AwayPeriod.end_at.is_null() | (AwayPeriod.end_at > start))
                   .order_by(AwayPeriod.start_at))
    return [(a, b) for a, b in rows]


class _AwayLookup:
    """Is a moment inside a recorded away period? (bisect over starts + running max of ends)"""

    def __init__(self, periods: list[tuple[int, int]]) -> None:
        self._starts = [a for a, _ in periods]
        self._max_end = []
        running = -1
        for _, b in periods:
            running = max(running, b)
            self._max_end.append(running)

    def __call__(self, ts: int) -> bool:
        i = bisect.bisect_right(self._starts, ts)
        return i > 0 and self._max_end[i - 1] > ts


def _batched(cursor, size: int = 5000):
    while batch := cursor.fetchmany(size):
        yield from batch


def requests_between(start: int, as_of: int) -> list[Request]:
    """Every request received in [start, as_of], with its answer as known at ``as_of``.

    Spam is left out here; away, Done and pending are decided by the callers
    because they depend on ``as_of``. Messages before ``start - 24 h`` are not
    read: whether a message opens a request only depends on the 24 hours before it.
    """
    newest = _NEWEST.scalar() or 0
    # As of now (the usual case) nothing comes after as_of: without the needless upper
    # bound SQLite walks the (conversation, time) index in order instead of sorting a
    # range of the time index (measured: as fast for a month, ~1.7x faster for a year).
    upper = as_of < newest
    away = _AwayLookup(_away_periods(start, as_of))
    # Read a batch at a time, not fetched into one list: a year is a million rows, and
    # freeing such a list (or the collector walking it) holds the interpreter lock ~50 ms at
    # a time, which the window's thread would wait through. (Batches rather than row by
    # row: psycopg makes a batch's rows in one call; a row at a time took it 0.68–0.94 s for
    # 400,000 rows, against 0.56–0.59 s in batches.)
    rows = _batched(_MESSAGES.execute(upper, start=start - SILENCE, as_of=as_of))
    conversation = None
    previous_ts = None
    open_request: list | None = None

    # Each request as [conversation, received_at, answered_at, answered_by, first human reply seen, done].
    opened: list = []
    for conv, direction, automatic, author, ts, done in rows:
        if conv != conversation:
            conversation, previous_ts, open_request = conv, None, None
        if direction == "in":
            if previous_ts is None or ts - previous_ts >= SILENCE:
                open_request = [conv, ts, None, None, False, done]
                opened.append(open_request)
        elif automatic is None and open_request is not None and not open_request[4]:
            # The first human reply decides: answered if within 24 hours, else missed.
            open_request[4] = True
            if ts - open_request[1] <= ANSWER_LIMIT:
                open_request[2], open_request[3] = ts, author
        previous_ts = ts
    return [Request(r[0], r[1], r[2], r[3], away(r[1]), bool(r[5])) for r in opened if r[1] >= start]


def countable(requests: list[Request], as_of: int) -> list[Request]:
    """Leave out away, pending, and unanswered-then-Done requests."""
    kept = []
    for r in requests:
        if r.away or r.received_at > as_of:
            continue
        answered = r.answered_at is not None and r.answered_at <= as_of
        if not answered:
            if as_of - r.received_at < ANSWER_LIMIT:
                continue  # pending
            if r.done:
                continue
            if r.answered_at is not None:  # answered only after as_of
                r = Request(r.conversation_id, r.received_at, None, None, r.away, r.done)
        kept.append(r)
    return kept


def window_of(requests: list[Request]) -> list[Request]:
    """The window rule over countable requests (any order)."""
    if not requests:
        return []
    ordered = sorted(requests, key=lambda r: r.received_at)
    last = ordered[-1].received_at
    recent = [r for r in ordered if r.received_at >= last - WINDOW]
    if len(recent) < MIN_WINDOW_REQUESTS:
        recent = ordered[-MIN_WINDOW_REQUESTS:]
    return recent


def _rate_and_time(times: list[int], n: int) -> tuple[float | None, float | None]:
    """Response rate of ``n`` requests and the mean of the fastest 90% of ``times``."""
    rate = len(times) / n if n else None
    if not times:
        return rate, None
    times.sort()
    keep = math.ceil(0.9 * len(times))
    return rate, sum(times[:keep]) / keep


def summarize(window: list[Request], as_of: int) -> Responsiveness:
    n = len(window)
    times = [r.response_seconds for r in window if r.response_seconds is not None]
    answered = len(times)
    rate, response_time = _rate_and_time(times, n)
    very = rate is not None and response_time is not None and rate >= RATE_TARGET \
        and response_time <= TIME_TARGET
    return Responsiveness(
        as_of=as_of, requests=n, answered=answered, response_rate=rate,
        response_time_seconds=response_time, very_responsive=very,
        window_start=window[0].received_at if window else None,
        window_end=window[-1].received_at if window else None,
        window=tuple(window),
    )


def responsiveness(as_of: int) -> Responsiveness:
    """Rate, time and badge as they stand at ``as_of``."""
    lookback = WINDOW + 2 * DAY
    oldest = _OLDEST.scalar()
    while True:
        start = as_of - lookback
        kept = countable(requests_between(start, as_of), as_of)
        window = window_of(kept)
        complete = oldest is None or start <= oldest
        # Enough when the window is the 30-day one (its start is inside what was
        # read, with a day to spare) or when everything has been read.
        if complete or (len(window) >= MIN_WINDOW_REQUESTS and window[0].received_at > start + DAY):
            return summarize(window, as_of)
        lookback *= 2


def requests_to_badge(state: Responsiveness, response_seconds: int = 5 * MINUTE, limit: int = 100) -> int | None:
    """How many next requests answered within ``response_seconds`` earn (or keep) the badge.

    0 when it is already earned; None when it cannot be earned within ``limit``.
    A simplification the card explains: the newest requests join the window and
    none leave it.
    """
    if state.very_responsive:
        return 0
    window = list(state.window)
    for k in range(1, limit + 1):
        window.append(Request(0, state.as_of + k, state.as_of + k + response_seconds))
        if summarize(window, state.as_of).very_responsive:
            return k
    return None


# --- waiting for a reply -----------------------------------------------------------------

@dataclass(frozen=True)
class Waiting:
    conversation_id: int
    contact_name: str
    received_at: int
    waited_seconds: int
    left_for_badge: int       # seconds until 15 minutes have passed (negative: late)
    left_in_window: int       # seconds until the 24-hour answer limit


def waiting_for_reply(as_of: int) -> list[Waiting]:
    """Unanswered requests still inside their 24 hours, most urgent first."""
    found = requests_between(as_of - ANSWER_LIMIT, as_of)
    open_ = [r for r in found if (r.answered_at is None or r.answered_at > as_of)
             and not r.done and as_of - r.received_at < ANSWER_LIMIT]
    if not open_:
        return []
    ids = list({r.conversation_id for r in open_})
    names = {}
    for chunk in chunks(ids):
        names.update((cid, display_name(first, last)) for cid, first, last in db_rows(
            Conversation.select(Conversation.id, Contact.first_name, Contact.last_name)
            .join(Contact, on=(Contact.id == Conversation.contact)).where(Conversation.id.in_(chunk))))
    out = [Waiting(r.conversation_id, names.get(r.conversation_id, ""), r.received_at,
                   as_of - r.received_at, TIME_TARGET - (as_of - r.received_at),
                   ANSWER_LIMIT - (as_of - r.received_at)) for r in open_]
    return sorted(out, key=lambda w: w.received_at)


# --- series for the charts -------------------------------------------------------------

@dataclass(frozen=True)
class DayPoint:
    day_end: int
    response_rate: float | None
    response_time_seconds: float | None
    requests: int       # requests received that day (countable at the series' as_of)
    answered: int


def _day_ends(as_of: int, days: int, tz: tzinfo) -> list[int]:
    local = datetime.fromtimestamp(as_of, tz)
    midnight = datetime(local.year, local.month, local.day, tzinfo=tz)
    ends = []
    for back in range(days - 1, -1, -1):
        end = midnight - timedelta(days=back) + timedelta(days=1)
        ends.append(min(int(end.timestamp()) - 1, as_of))
    return ends


def daily_series(as_of: int, days: int = 30, tz: tzinfo = timezone.utc) -> list[DayPoint]:
    """Rolling rate and time as they stood at the end of each day, and requests per day.

    The same rules as ``responsiveness`` at each day end, computed in one pass:
    a request more than 24 hours older than a day end has a final status there
    (answered or not), so only the last day's requests are re-judged per point.
    """
    ends = _day_ends(as_of, days, tz)
    oldest = _OLDEST.scalar()
    if oldest is None:
        return [DayPoint(end, None, None, 0, 0) for end in ends]
    lookback = WINDOW + 2 * DAY
    while True:
        start = max(ends[0] - lookback, oldest)
        points = _series(ends, requests_between(start, as_of), as_of, start, complete=start <= oldest)
        if points is not None:
            return points
        lookback *= 2


class _SortedRange:
    """The response times among ``values[lo:hi]``, kept sorted while the range slides
    forward a day at a time (a full sort of ~30 days of requests for each day of a
    year-long series was the series' main cost)."""

    def __init__(self, values: list[int | None]) -> None:
        self.values, self.lo, self.hi, self.sorted = values, 0, 0, []

    def slide(self, lo: int, hi: int) -> list[int]:
        if lo < self.lo or hi < self.hi or lo >= self.hi:  # not an overlapping step forward
            self.sorted = sorted(v for v in self.values[lo:hi] if v is not None)
        else:
            for v in self.values[self.lo:lo]:
                if v is not None:
                    del self.sorted[bisect.bisect_left(self.sorted, v)]
            for v in self.values[self.hi:hi]:
                if v is not None:
                    bisect.insort(self.sorted, v)
        self.lo, self.hi = lo, hi
        return self.sorted


def _by_received(requests: Iterable[Request]) -> list[Request]:
    """The requests in the order received (ties in the given order), sorted an hour at a
    time: one sort of a year of them runs ~40 ms inside C, holding the interpreter lock
    all along, and the window's thread would wait for it."""
    hours: dict[int, list[Request]] = {}
    for r in requests:
        hour = hours.get(r.received_at // HOUR)
        if hour is None:
            hours[r.received_at // HOUR] = [r]
        else:
            hour.append(r)
    ordered: list[Request] = []
    for key in sorted(hours):
        ordered.extend(sorted(hours[key], key=_received))
    return ordered


def _received(r: Request) -> int:
    return r.received_at


def _series(ends: list[int], found: list[Request], as_of: int, start: int,
            complete: bool) -> list[DayPoint] | None:
    """The points, or None when a window reaches before ``start`` (read further back)."""
    found = _by_received(r for r in found if not r.away)
    received = [r.received_at for r in found]
    seconds = [r.response_seconds for r in found]
    # Final status of each request (as known at as_of), used once it is 24 h old.
    final_ok = [not (r.answered_at is None and r.done) for r in found]
    kept_before = list(itertools.accumulate(final_ok, initial=0))  # kept among found[:i]
    sliding = _SortedRange(seconds)
    points = []
    previous_end = ends[0] - DAY
    for end in ends:
        hi = bisect.bisect_right(received, end)
        settled = bisect.bisect_right(received, end - ANSWER_LIMIT)
        # Recent requests (last 24 h before the day end) judged as of the day end.
        recent = countable(found[settled:hi], end)
        # Older ones: countable unless unanswered-then-Done; answered iff answered by then
        # (always true once settled: an answer comes within 24 h or never).
        last = recent[-1].received_at if recent else None
        if last is None:
            k = settled - 1
            while k >= 0 and not final_ok[k]:
                k -= 1
            last = received[k] if k >= 0 else None
        if last is None and not complete:
            return None
        if last is None:
            state_rate, state_time = None, None
        else:
            if last - WINDOW < start + ANSWER_LIMIT and not complete:
                return None
            lo = bisect.bisect_left(received, last - WINDOW, 0, settled)
            old_count = kept_before[settled] - kept_before[lo]
            if old_count + len(recent) >= MIN_WINDOW_REQUESTS:
                # (an unanswered request has no response time, kept or not)
                times = list(sliding.slide(lo, settled))
            else:
                need = MIN_WINDOW_REQUESTS - len(recent)
                older, i = [], settled - 1
                while i >= 0 and len(older) < need:
                    if final_ok[i]:
                        older.append(i)
                    i -= 1
                if len(older) < need and not complete:
                    return None
                old_count = len(older)
                times = [seconds[i] for i in older if seconds[i] is not None]
            # The same arithmetic as summarize(), on plain numbers: this runs once a day
            # of the series over thousands of requests.
            times.extend(sorted(r.response_seconds for r in recent if r.answered_at is not None))
            state_rate, state_time = _rate_and_time(times, old_count + len(recent))  # (two sorted runs)
        day = countable(found[bisect.bisect_right(received, previous_end):hi], as_of)
        points.append(DayPoint(end, state_rate, state_time, len(day),
                               sum(1 for r in day if r.answered_at is not None)))
        previous_end = end
    return points


def weekday_hour_heatmap(start: int, end: int, tz: tzinfo = timezone.utc) -> list[list[int]]:
    """Customer messages per weekday (0 = Monday) and local hour, 7 x 24."""
    grid = [[0] * 24 for _ in range(7)]
    offset_cache: dict[int, int] = {}
    for (ts,) in database.execute(
            Message.select(Message.sent_at).join(Conversation, on=(Conversation.id == Message.conversation))
            .where(Message.direction == "in", Conversation.folder != "spam", Message.sent_at.between(start, end))):
        hour_key = ts // HOUR
        offset = offset_cache.get(hour_key)
        if offset is None:
            offset = int(datetime.fromtimestamp(ts, tz).utcoffset().total_seconds())
            offset_cache[hour_key] = offset
        local = ts + offset
        weekday = (local // DAY + 3) % 7  # 1970-01-01 was a Thursday
        grid[weekday][(local % DAY) // HOUR] += 1
    return grid


@dataclass(frozen=True)
class MemberStats:
    member_id: int
    name: str
    color: str
    answered: int
    median_response_seconds: float | None


def per_member(start: int, as_of: int) -> list[MemberStats]:
    """Requests each team member answered in [start, as_of] and their median response time."""
    found = [r for r in requests_between(start, as_of) if r.answered_at is not None and not r.away]
    by_member: dict[int, list[int]] = {}
    for r in found:
        by_member.setdefault(r.answered_by, []).append(r.response_seconds)
    out = []
    for member_id, first, last, color in db_rows(
            TeamMember.select(TeamMember.id, TeamMember.first_name, TeamMember.last_name, TeamMember.color)
            .order_by(TeamMember.first_name, TeamMember.id)):
        times = by_member.get(member_id, [])
        out.append(MemberStats(member_id, f"{first} {last}".strip(), color, len(times),
                               statistics.median(times) if times else None))
    return out


def business_hours_response_time(state: Responsiveness, schedule) -> float | None:
    """The window's response time counting only open hours (the fastest 90% rule too)."""
    times = []
    for r in state.window:
        if r.answered_at is None:
            continue
        times.append(_open_seconds(schedule, r.received_at, r.answered_at))
    if not times:
        return None
    times.sort()
    keep = math.ceil(0.9 * len(times))
    return sum(times[:keep]) / keep


def _open_seconds(schedule, start: int, end: int) -> int:
    total = 0
    day = datetime.fromtimestamp(start, schedule.tz).date()
    last_day = datetime.fromtimestamp(end, schedule.tz).date()
    while day <= last_day:
        for a, b in schedule._open_intervals(day):
            total += max(0, min(b, end) - max(a, start))
        day += timedelta(days=1)
    return total
