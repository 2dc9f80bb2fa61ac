"""The pipeline beyond the four stages: lost and won, stars, value, stale cards.

- **Lost**, with a reason from an editable list: a lost lead leaves the board and the list
  (the Lost filter shows them); its stage is kept, so Restore puts it back where it was.
  Converted is won, dated by the stage change. Both are undoable.
- **Priority**: none to three stars; starred cards come first in their column.
- **Value**: the expected value, in the business's currency (minor units: cents).
- **Stale**: each of the first three stages has a day limit (Settings; 2, 5 and 7 days by
  default); a card longer than that in its stage is stale, and its column counts them.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from db import settings
from db.choices import STAGES
from db.clock import DAY
from db.database import database
from db.errors import QT_TRANSLATE_NOOP, UserError

DEFAULT_STALE_DAYS = {"neutral": 2, "interested": 5, "contacted": 7}
DEFAULT_LOST_REASONS = ("Too expensive", "Went elsewhere", "No answer", "Not interested", "Date not available")
MAX_VALUE_CENTS = 10 ** 13  # a hundred billion: more is a slip of the keyboard


class PipelineError(UserError):
    pass


def _chunks(ids: Sequence[int], size: int = 900):
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


# --- lost and restored ----------------------------------------------------------------------

class LostSnapshot(NamedTuple):
    leads: tuple[tuple[int, int | None, str], ...]  # id, lost_at, lost_reason before


def _lost_snapshot(ids: Sequence[int]) -> LostSnapshot:
    rows = []
    for chunk in _chunks(ids):
        rows.extend(database.execute_sql(
            f"SELECT id, lost_at, lost_reason FROM lead WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return LostSnapshot(tuple(rows))


def lost_reasons() -> list[str]:
    """The reasons offered when a lead is marked lost (Settings → Leads edits them)."""
    saved = settings.get("pipeline.lost_reasons")
    return list(saved) if saved else list(DEFAULT_LOST_REASONS)


def save_lost_reasons(reasons: Sequence[str]) -> None:
    clean = list(dict.fromkeys(" ".join(r.split())[:80] for r in reasons if r.strip()))
    settings.put("pipeline.lost_reasons", clean)


def mark_lost(ids: Sequence[int], reason: str, now: int) -> LostSnapshot:
    """Mark leads lost, with a reason (required: "why" is what the report shows)."""
    reason = " ".join((reason or "").split())[:200]
    if not reason:
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "Say why the lead was lost."))
    with database.atomic("IMMEDIATE"):
        snap = _lost_snapshot(ids)
        for chunk in _chunks(ids):
            database.execute_sql(
                f"UPDATE lead SET lost_at = ?, lost_reason = ? WHERE id IN ({','.join('?' * len(chunk))})",
                [now, reason, *chunk])
        return snap


def restore_lost(ids: Sequence[int]) -> LostSnapshot:
    """Lost leads back on the board, in the stage they were in."""
    with database.atomic("IMMEDIATE"):
        snap = _lost_snapshot(ids)
        for chunk in _chunks(ids):
            database.execute_sql(
                f"UPDATE lead SET lost_at = NULL, lost_reason = '' WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        return snap


def undo_lost(snap: LostSnapshot) -> None:
    with database.atomic("IMMEDIATE"):
        for lead_id, lost_at, reason in snap.leads:
            database.execute_sql("UPDATE lead SET lost_at = ?, lost_reason = ? WHERE id = ?", (lost_at, reason, lead_id))


# --- stars and value -------------------------------------------------------------------------

def set_priority(ids: Sequence[int], priority: int) -> list[tuple[int, int]]:
    """Give leads none to three stars; returns (id, stars before) for undo."""
    if not 0 <= int(priority) <= 3:
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "A lead has from none to three stars."))
    with database.atomic("IMMEDIATE"):
        before = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            before.extend(database.execute_sql(f"SELECT id, priority FROM lead WHERE id IN ({marks})", chunk))
            database.execute_sql(f"UPDATE lead SET priority = ? WHERE id IN ({marks})", [int(priority), *chunk])
        return before


def restore_priority(before: Sequence[tuple[int, int]]) -> None:
    with database.atomic("IMMEDIATE"):
        for lead_id, priority in before:
            database.execute_sql("UPDATE lead SET priority = ? WHERE id = ?", (priority, lead_id))


def parse_value(text: str, decimal_point: str = ".", group: str = ",") -> int | None:
    """A typed amount ("1.250,50" in Italy, "1,250.50" in England, "1250") in cents; empty is
    None (no value). Digits only, groups of three, at most two decimals: anything else is
    said to be no amount rather than guessed at."""
    import re

    raw = "".join((text or "").split()).replace("\u00a0", "")
    for symbol in ("€", "£", "$", "¥", "元", "lei", "RON", "EUR", "GBP", "USD", "CNY"):
        raw = raw.replace(symbol, "")
    if not raw:
        return None
    point, sep = re.escape(decimal_point), re.escape(group) if group else ""
    grouped = rf"\d{{1,3}}(?:{sep}\d{{3}})+" if sep else r"(?!)"
    if not re.fullmatch(rf"(?:{grouped}|\d+)(?:{point}\d{{1,2}})?", raw):
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not an amount."), value=text)
    whole, _, cents = raw.replace(group, "").partition(decimal_point) if group else raw.partition(decimal_point)
    amount = int(whole) * 100 + int((cents + "0")[:2] if cents else 0)
    if amount > MAX_VALUE_CENTS:
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not an amount."), value=text)
    return amount


def set_value(lead_id: int, cents: int | None) -> int | None:
    """The expected value of a lead; returns the one before (for undo)."""
    if cents is not None and not 0 <= cents <= MAX_VALUE_CENTS:
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not an amount."), value=str(cents))
    with database.atomic("IMMEDIATE"):
        row = database.execute_sql("SELECT value_cents FROM lead WHERE id = ?", (lead_id,)).fetchone()
        if row is None:
            raise PipelineError(QT_TRANSLATE_NOOP("Errors", "That lead no longer exists."))
        database.execute_sql("UPDATE lead SET value_cents = ? WHERE id = ?", (cents, lead_id))
        return row[0]


# --- stale cards and the columns' heads -------------------------------------------------------

def stale_days() -> dict[str, int]:
    saved = settings.get("pipeline.stale_days") or {}
    return {stage: int(saved.get(stage, days)) for stage, days in DEFAULT_STALE_DAYS.items()}


def save_stale_days(days: dict[str, int]) -> None:
    clean = {}
    for stage in DEFAULT_STALE_DAYS:
        value = int(days.get(stage, DEFAULT_STALE_DAYS[stage]))
        if not 1 <= value <= 365:
            raise PipelineError(QT_TRANSLATE_NOOP("Errors", "A stage's limit is from 1 to 365 days."))
        clean[stage] = value
    settings.put("pipeline.stale_days", clean)


def is_stale(stage: str, stage_changed_at: int, now: int, limits: dict[str, int]) -> bool:
    limit = limits.get(stage)
    return limit is not None and now - stage_changed_at > limit * DAY


class ColumnHead(NamedTuple):
    count: int
    value_cents: int
    stale: int


def column_heads(lead_filter, now: int) -> dict[str, ColumnHead]:
    """Per stage, for the leads a filter holds: how many, their value, how many are stale."""
    from dataclasses import asdict

    from db.leads import _FROM, LeadFilter, _where

    where, params = _where(LeadFilter(**{**asdict(lead_filter), "stages": ()}))
    limits = stale_days()
    cases = " ".join(f"WHEN '{stage}' THEN {days * DAY}" for stage, days in limits.items())
    out = {stage: ColumnHead(0, 0, 0) for stage in STAGES}
    source = _FROM if lead_filter.text.strip() else " FROM lead l "
    for stage, count, value, stale in database.execute_sql(
            f"SELECT l.stage, count(*), coalesce(sum(l.value_cents), 0),"
            f" sum(CASE WHEN ? - l.stage_changed_at > (CASE l.stage {cases} ELSE NULL END) THEN 1 ELSE 0 END)"
            f"{source}WHERE {where} GROUP BY l.stage", [now, *params]):
        out[stage] = ColumnHead(count, value, stale or 0)
    return out


# --- quick create ------------------------------------------------------------------------------

def parse_quick(text: str) -> tuple[str, str, str, str]:
    """"Ada Rossi 333 123 4567", "Bo bo@x.it": the name, the e-mail (a word with @) and the
    phone (the words of digits, + ( ) - .), as typed at the head of a column."""
    import re

    words = (text or "").split()
    email = next((w for w in words if "@" in w), "")
    phone_words = [w for w in words if w != email and re.fullmatch(r"[+()\d.\-/]+", w) and any(c.isdigit() for c in w)]
    name = [w for w in words if w != email and w not in phone_words]
    from db.contact_facts import split_name
    first, last = split_name(" ".join(name)) if name else ("", "")
    return first, last, email, " ".join(phone_words)


def quick_create(text: str, stage: str, creator_id: int | None, now: int, region: str | None = None) -> int:
    """A lead from one line — a name and a phone or e-mail — straight into ``stage``."""
    from db import leads

    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    first, last, email, phone = parse_quick(text)
    if not (email or phone):
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "Give a phone number or an e-mail address with the name."))
    with database.atomic("IMMEDIATE"):
        lead_id = leads.new_lead(first, last, email, phone, creator_id, now, region)
        if stage != "neutral":
            leads.move_stage([lead_id], stage, creator_id, now)
        return lead_id


def remove_new_lead(lead_id: int) -> None:
    """Undo a lead just created: it goes, and its contact if nothing else is theirs."""
    with database.atomic("IMMEDIATE"):
        row = database.execute_sql("SELECT contact_id FROM lead WHERE id = ?", (lead_id,)).fetchone()
        if row is None:
            return
        database.execute_sql("DELETE FROM lead WHERE id = ?", (lead_id,))
        database.execute_sql(
            "DELETE FROM contact WHERE id = ? AND NOT EXISTS (SELECT 1 FROM conversation WHERE contact_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM lead WHERE contact_id = ?)", (row[0], row[0], row[0]))
