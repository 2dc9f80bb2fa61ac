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
from peewee import JOIN, SQL, Case, fn

from db.database import Prepared, chunks, database, slot
from db.database import rows as db_rows
from db.models import Contact, Conversation, Lead, LeadStageChange, Message, TeamMember
from db.errors import QT_TRANSLATE_NOOP, UserError

DEFAULT_STALE_DAYS = {"neutral": 2, "interested": 5, "contacted": 7}
DEFAULT_LOST_REASONS = ("Too expensive", "Went elsewhere", "No answer", "Not interested", "Date not available")
MAX_VALUE_CENTS = 10 ** 13  # a hundred billion: more is a slip of the keyboard


class PipelineError(UserError):
    pass


# --- lost and restored ----------------------------------------------------------------------

class LostSnapshot(NamedTuple):
    leads: tuple[tuple[int, int | None, str], ...]  # id, lost_at, lost_reason before


def _lost_snapshot(ids: Sequence[int]) -> LostSnapshot:
    rows = []
    for chunk in chunks(ids):
        rows.extend(db_rows(Lead.select(Lead.id, Lead.lost_at, Lead.lost_reason).where(Lead.id.in_(chunk))))
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
        for chunk in chunks(ids):
            Lead.update(lost_at=now, lost_reason=reason).where(Lead.id.in_(chunk)).execute()
        return snap


def restore_lost(ids: Sequence[int]) -> LostSnapshot:
    """Lost leads back on the board, in the stage they were in."""
    with database.atomic("IMMEDIATE"):
        snap = _lost_snapshot(ids)
        for chunk in chunks(ids):
            Lead.update(lost_at=None, lost_reason="").where(Lead.id.in_(chunk)).execute()
        return snap


def undo_lost(snap: LostSnapshot) -> None:
    with database.atomic("IMMEDIATE"):
        groups: dict[tuple, list[int]] = {}
        for lead_id, lost_at, reason in snap.leads:
            groups.setdefault((lost_at, reason), []).append(lead_id)
        for (lost_at, reason), ids in groups.items():
            for chunk in chunks(ids):
                Lead.update(lost_at=lost_at, lost_reason=reason).where(Lead.id.in_(chunk)).execute()


# --- stars and value -------------------------------------------------------------------------

def set_priority(ids: Sequence[int], priority: int) -> list[tuple[int, int]]:
    """Give leads none to three stars; returns (id, stars before) for undo."""
    if not 0 <= int(priority) <= 3:
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "A lead has from none to three stars."))
    with database.atomic("IMMEDIATE"):
        before = []
        for chunk in chunks(ids):
            before.extend(db_rows(Lead.select(Lead.id, Lead.priority).where(Lead.id.in_(chunk))))
            Lead.update(priority=int(priority)).where(Lead.id.in_(chunk)).execute()
        return before


def restore_priority(before: Sequence[tuple[int, int]]) -> None:
    with database.atomic("IMMEDIATE"):
        groups: dict[int, list[int]] = {}
        for lead_id, priority in before:
            groups.setdefault(priority, []).append(lead_id)
        for priority, ids in groups.items():
            for chunk in chunks(ids):
                Lead.update(priority=priority).where(Lead.id.in_(chunk)).execute()


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
        found = db_rows(Lead.select(Lead.value_cents).where(Lead.id == lead_id))
        if not found:
            raise PipelineError(QT_TRANSLATE_NOOP("Errors", "That lead no longer exists."))
        Lead.update(value_cents=cents).where(Lead.id == lead_id).execute()
        return found[0][0]


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

    from db.leads import LeadFilter, _shape, _values

    f = LeadFilter(**{**asdict(lead_filter), "stages": ()})
    limits = tuple(sorted(stale_days().items()))
    out = {stage: ColumnHead(0, 0, 0) for stage in STAGES}
    for stage, count, value, stale in _HEADS.rows(_shape(f), limits, **_values(f), now=now):
        out[stage] = ColumnHead(count, int(value), int(stale or 0))  # (PostgreSQL's SUM: a numeric)
    return out


def _heads_query(shape: tuple, limits: tuple):
    from db.leads import _joined, _where

    limit = Case(Lead.stage, [(stage, days * DAY) for stage, days in limits], None)
    stale = fn.SUM(Case(None, [((slot("now") - Lead.stage_changed_at) > limit, 1)], 0))
    query = Lead.select(Lead.stage, fn.COUNT(SQL("*")), fn.COALESCE(fn.SUM(Lead.value_cents), 0), stale)
    if shape[-1]:  # a search reads the contact's columns
        query = _joined(query)
    return query.where(*_where(shape)).group_by(Lead.stage)


_HEADS = Prepared(_heads_query)


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


def check_quick(text: str, region: str | None = None) -> tuple[str, str, str, str]:
    """The line typed at a column's head, read and checked (reads nothing: the window checks
    before it hands the line to the worker), or the reason it cannot be a lead."""
    from db import leads

    first, last, email, phone = parse_quick(text)
    if not (email or phone):
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "Give a phone number or an e-mail address with the name."))
    leads.check_new_lead(first, last, email, phone, region)
    return first, last, email, phone


def quick_create(text: str, stage: str, creator_id: int | None, now: int, region: str | None = None) -> int:
    """A lead from one line — a name and a phone or e-mail — straight into ``stage``."""
    from db import leads

    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    first, last, email, phone = check_quick(text, region)
    with database.atomic("IMMEDIATE"):
        lead_id = leads.new_lead(first, last, email, phone, creator_id, now, region)
        if stage != "neutral":
            leads.move_stage([lead_id], stage, creator_id, now)
        return lead_id


def remove_new_lead(lead_id: int) -> None:
    """Undo a lead just created: it goes, and its contact if nothing else is theirs."""
    with database.atomic("IMMEDIATE"):
        contact_id = Lead.select(Lead.contact).where(Lead.id == lead_id).scalar()
        if contact_id is None:
            return
        Lead.delete().where(Lead.id == lead_id).execute()
        Contact.delete().where(
            Contact.id == contact_id,
            ~fn.EXISTS(Conversation.select(SQL("1")).where(Conversation.contact == contact_id)),
            ~fn.EXISTS(Lead.select(SQL("1")).where(Lead.contact == contact_id))).execute()


# --- where leads are lost: the report -------------------------------------------------------

class Report(NamedTuple):
    lost: list[tuple[str, int, tuple[int, ...]]]            # reason, how many, which leads
    won_months: list[tuple[int, int, int, tuple[int, ...]]]  # month start, value, how many, which
    won_owners: list[tuple[str, int, int]]                  # owner ("" nobody), value, how many


def won_at() -> dict[int, int]:
    """When each lead was won: its first move to Converted."""
    C = LeadStageChange
    return dict(db_rows(C.select(C.lead, fn.MIN(C.changed_at)).where(C.to_stage == "converted").group_by(C.lead)))


def report(now: int, tz, months: int = 12) -> Report:
    """Lost leads by reason; won value per month (the last ``months``) and per owner."""
    from datetime import datetime

    from db.text import display_name

    lost: dict[str, list[int]] = {}
    for lead_id, reason in db_rows(Lead.select(Lead.id, Lead.lost_reason).where(Lead.lost_at.is_null(False))
                                   .order_by(Lead.lost_at.desc())):
        lost.setdefault(reason, []).append(lead_id)
    lost_rows = sorted(((r, len(ids), tuple(ids)) for r, ids in lost.items()), key=lambda x: (-x[1], x[0]))

    local = datetime.fromtimestamp(now, tz)
    starts = []
    year, month = local.year, local.month
    for _ in range(months):
        starts.append(int(datetime(year, month, 1, tzinfo=tz).timestamp()))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    starts.reverse()
    won = won_at()
    facts = {r[0]: r[1:] for r in db_rows(
        Lead.select(Lead.id, fn.COALESCE(Lead.value_cents, 0), Lead.owner, TeamMember.first_name,
                    TeamMember.last_name)
        .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Lead.owner))
        .where(Lead.stage == "converted", Lead.lost_at.is_null()))}
    per_month = [[start, 0, 0, []] for start in starts]
    per_owner: dict[str, list[int]] = {}
    for lead_id, at in won.items():
        if lead_id not in facts:
            continue  # moved back out of Converted, or lost after
        value, owner_id, first, last = facts[lead_id]
        for month in reversed(per_month):
            if at >= month[0]:
                if at <= now:
                    month[1] += value
                    month[2] += 1
                    month[3].append(lead_id)
                break
        name = display_name(first or "", last or "") if owner_id else ""
        totals = per_owner.setdefault(name, [0, 0])
        totals[0] += value
        totals[1] += 1
    return Report(lost_rows, [(s, v, n, tuple(ids)) for s, v, n, ids in per_month],
                  sorted(((name, v, n) for name, (v, n) in per_owner.items()), key=lambda x: (-x[1], x[0])))


def stage_dates() -> dict[int, dict[str, int]]:
    """When each lead first entered each stage (the exports' ``<stage>_at``)."""
    entered: dict[int, dict[str, int]] = {}
    C = LeadStageChange
    for lead_id, stage, at in db_rows(C.select(C.lead, C.to_stage, fn.MIN(C.changed_at)).group_by(C.lead, C.to_stage)):
        entered.setdefault(lead_id, {})[stage] = at
    return entered


def value_text(cents: int | None) -> str:
    """A value as the exports write it: "1250.50", whatever the locale (empty: none)."""
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


REPORT_COLUMNS = ("lead_id", "name", "stage", "owner", "source", "created_at", *(f"{s}_at" for s in STAGES),
                  "value", "lost_at", "lost_reason", "first_response_minutes")


def export_report(out) -> int:
    """One row per lead: its stage dates, value, lost and why, and how long its person waited
    for the team's first answer after the lead came in (minutes; empty when never answered)."""
    from db.clock import iso
    from db.io import write_csv
    from db.text import display_name

    entered = stage_dates()
    answered = dict(db_rows(Lead.select(Lead.id, _first_person_reply(fn.MIN(Message.sent_at)))))
    rows = db_rows(Lead.select(Lead.id, Contact.first_name, Contact.last_name, Lead.stage, TeamMember.first_name,
                               TeamMember.last_name, Lead.source, Lead.created_at, Lead.value_cents, Lead.lost_at,
                               Lead.lost_reason)
                   .join(Contact, on=(Contact.id == Lead.contact))
                   .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Lead.owner)).order_by(Lead.id))

    def lines():
        for lead_id, first, last, stage, o_first, o_last, source, created, value, lost_at, reason in rows:
            dates = entered.get(lead_id, {})
            first_answer = answered.get(lead_id)
            yield [lead_id, display_name(first, last), stage, display_name(o_first or "", o_last or ""), source,
                   iso(created), *[iso(dates[s]) if s in dates else "" for s in STAGES],
                   value_text(value), iso(lost_at) if lost_at else "",
                   reason, "" if first_answer is None else round((first_answer - created) / 60)]

    return write_csv(out, REPORT_COLUMNS, lines())


# --- speed to lead ---------------------------------------------------------------------------

DEFAULT_FIRST_CONTACT_MINUTES = 5
NEW_LEAD_HORIZON = 7 * DAY  # a lead older than a week is no longer "new"
FORM_SOURCES = ("form", "ad", "campaign")


def first_contact_minutes() -> int:
    return int(settings.get("pipeline.first_contact_minutes") or DEFAULT_FIRST_CONTACT_MINUTES)


def save_first_contact_minutes(minutes: int) -> None:
    if not 1 <= int(minutes) <= 24 * 60:
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "The first contact's target is from 1 minute to 24 hours."))
    settings.put("pipeline.first_contact_minutes", int(minutes))


def first_contact_due(created_at: int, minutes: int, schedule) -> int:
    """When a new lead should have been contacted: ``minutes`` after it came in, counted from
    the next opening when it came in while the business was closed (a lead at midnight is
    not late at 00:05). Without business hours, the clock runs all day."""
    start = created_at
    if schedule is not None and any(schedule.hours.values()):
        gap = schedule.closed_gap(created_at)
        if gap is not None and gap[1] is not None:
            start = gap[1]
    return start + minutes * 60


class NewLead(NamedTuple):
    lead_id: int
    name: str
    created_at: int
    due_at: int


def _first_person_reply(*columns):
    """The replies from a person to the lead's contact since the lead came in."""
    return (Message.select(*columns).join(Conversation, on=(Conversation.id == Message.conversation))
            .where(Conversation.contact == Lead.contact, Message.direction == "out", Message.automatic.is_null(),
                   Message.state != "failed", Message.sent_at >= Lead.created_at))


def _uncontacted():
    """A lead from a form that nobody has contacted: no reply from a person to its contact
    since it came in, and no move out of its first stage."""
    return ((Lead.source.in_(["form", "ad", "campaign"])) & Lead.lost_at.is_null() & (Lead.stage == "neutral")
            & ~fn.EXISTS(_first_person_reply(SQL("1"))))


def waiting_new_leads(now: int) -> list[NewLead]:
    """The new leads from forms waiting for their first contact, the most urgent first."""
    from db.automation import Schedule
    from db.text import display_name

    schedule, minutes = Schedule.load(), first_contact_minutes()
    rows = db_rows(Lead.select(Lead.id, Contact.first_name, Contact.last_name, Contact.email, Lead.created_at)
                   .join(Contact, on=(Contact.id == Lead.contact))
                   .where(Lead.created_at > now - NEW_LEAD_HORIZON, Lead.created_at <= now, _uncontacted()))
    found = [NewLead(r[0], display_name(r[1], r[2]) or r[3], r[4], first_contact_due(r[4], minutes, schedule))
             for r in rows]
    return sorted(found, key=lambda n: (n.due_at, n.lead_id))


# --- the stages' shown names -------------------------------------------------------------------

MAX_STAGE_NAME = 30


def stage_names() -> dict[str, str]:
    """The business's own names for the stages (only those renamed)."""
    saved = settings.get("pipeline.stage_names") or {}
    return {stage: str(saved[stage]) for stage in STAGES if saved.get(stage)}


def save_stage_names(names: dict[str, str]) -> None:
    """Rename the stages as shown (empty: the standard name). Their meaning and their
    mapping to Meta's stay; two stages cannot share a name."""
    clean = {stage: " ".join((names.get(stage) or "").split()) for stage in STAGES}
    if any(len(name) > MAX_STAGE_NAME for name in clean.values()):
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "A stage's name is at most 30 characters."))
    given = [name.casefold() for name in clean.values() if name]
    if len(given) != len(set(given)):
        raise PipelineError(QT_TRANSLATE_NOOP("Errors", "Two stages cannot have the same name."))
    settings.put("pipeline.stage_names", {stage: name for stage, name in clean.items() if name})
