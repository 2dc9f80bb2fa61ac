"""Leads: the four stages and what moves between them."""
from __future__ import annotations

import json as _json
import statistics
from dataclasses import asdict, dataclass, field
from typing import Sequence

from db.choices import STAGES
from db.clock import DAY
from db import settings
from peewee import JOIN, SQL, Case, Expression, fn

from db.database import Prepared, chunks, database, per_engine, slot, slots
from db.database import rows as db_rows
from db.models import (Contact, Conversation, Label, Lead, LeadLabel, LeadStageChange, Note, Reminder,
                       TeamMember)
from db.models import Audience as AudienceModel
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.text import display_name, initials


@dataclass(frozen=True)
class Funnel:
    counts: dict[str, int]               # leads now in each stage
    reached: dict[str, int]              # leads that ever reached each stage
    conversion: dict[str, float | None]  # reached[stage] / reached[previous stage]
    median_days: dict[str, float | None] # median days spent in each stage before leaving it


def funnel(now: int) -> Funnel:
    counts = dict.fromkeys(STAGES, 0)
    for stage, n in db_rows(Lead.select(Lead.stage, fn.COUNT(SQL("*"))).group_by(Lead.stage)):
        counts[stage] = n
    reached = dict.fromkeys(STAGES, 0)
    # A lead has reached a stage when it is in it or in any later one, or its history passed it.
    order = {s: i for i, s in enumerate(STAGES)}
    best: dict[int, int] = {}
    for lead_id, stage in db_rows(Lead.select(Lead.id, Lead.stage)):
        best[lead_id] = order[stage]
    for lead_id, stage in db_rows(LeadStageChange.select(LeadStageChange.lead, LeadStageChange.to_stage)):
        if lead_id in best:
            best[lead_id] = max(best[lead_id], order[stage])
    for level in best.values():
        for i in range(level + 1):
            reached[STAGES[i]] += 1
    conversion: dict[str, float | None] = {STAGES[0]: None}
    for prev, stage in zip(STAGES, STAGES[1:]):
        conversion[stage] = reached[stage] / reached[prev] if reached[prev] else None
    # Days in a stage: from entering it to the next change (or now, for where leads are).
    durations: dict[str, list[float]] = {s: [] for s in STAGES}
    history: dict[int, list[tuple[int, str]]] = {}
    C = LeadStageChange
    for lead_id, stage, at in db_rows(C.select(C.lead, C.to_stage, C.changed_at).order_by(C.lead, C.changed_at, C.id)):
        history.setdefault(lead_id, []).append((at, stage))
    for changes in history.values():
        for (at, stage), nxt in zip(changes, changes[1:] + [(now, None)]):
            if nxt[1] is not None:
                durations[stage].append((nxt[0] - at) / DAY)
    median_days = {s: (statistics.median(d) if d else None) for s, d in durations.items()}
    return Funnel(counts, reached, conversion, median_days)


def create_lead(contact_id: int, creator_id: int | None, now: int, *, source: str = "manual",
                source_detail: str = "", owner_id: int | None = None) -> int:
    """A new lead in Neutral, with the first step of its stage history."""
    with database.atomic("IMMEDIATE"):
        lead_id = Lead.insert(contact=contact_id, stage="neutral",
                              owner=owner_id if owner_id is not None else creator_id, creator=creator_id,
                              source=source, source_detail=source_detail, created_at=now,
                              stage_changed_at=now).execute()
        LeadStageChange.insert(lead=lead_id, from_stage=None, to_stage="neutral", member=creator_id,
                               changed_at=now).execute()
        return lead_id


# --- the board and the list --------------------------------------------------------------

SOURCES = ("form", "ad", "campaign", "organic", "manual", "import")
Owner, Creator = TeamMember.alias(), TeamMember.alias()


def _family_name_first():
    """Whether the contact's name is written family name first (Chinese and similar scripts),
    as db.text.display_name shows it: SQLite asks cjk_bigrams, PostgreSQL a character class."""
    from db.text import _NO_SPACE_RANGES

    both = Contact.first_name.concat(Contact.last_name)
    scripts = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _NO_SPACE_RANGES) + "]"
    return per_engine(fn.cjk_bigrams(both) != "", Expression(both, "~", scripts))


def _sorts():
    return {
        # As names are shown: family name first for Chinese and similar scripts.
        "name": fn.LOWER(Case(None, [(_family_name_first(), Contact.last_name.concat(Contact.first_name))],
                              Contact.first_name.concat(" ").concat(Contact.last_name))),
        "email": fn.LOWER(Contact.email),
        "stage": Case(Lead.stage, [(s, i) for i, s in enumerate(STAGES[:-1])], len(STAGES) - 1),
        "owner": fn.LOWER(fn.COALESCE(Owner.first_name, "~")),
        "created": Lead.created_at,
        "source": Lead.source,
        "stage_changed": Lead.stage_changed_at,
    }


SORTS = ("name", "email", "stage", "owner", "created", "source", "stage_changed")  # (_sorts' keys)


class LeadError(UserError):
    pass


@dataclass(frozen=True)
class LeadFilter:
    """Which leads: every field optional. Saved as JSON for audiences."""
    stages: tuple[str, ...] = ()
    owner_id: int | None = None       # -1 = nobody
    creator_id: int | None = None
    label_id: int | None = None
    created_from: int | None = None
    created_to: int | None = None     # exclusive
    text: str = ""
    lost: bool = False                # the lost leads (which the board and the list leave out)

    def to_json(self) -> str:
        return _json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "LeadFilter":
        data = _json.loads(text)
        data["stages"] = tuple(data.get("stages") or ())
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def _shape(f: LeadFilter) -> tuple:
    """What of a filter changes its query (the values go in slots): the cache key."""
    return (f.lost, len(f.stages), f.owner_id == -1, f.owner_id not in (None, -1), f.creator_id is not None,
            f.label_id is not None, f.created_from is not None, f.created_to is not None,
            bool(" ".join(f.text.split())))


def _where(shape: tuple) -> list:
    """The conditions of a filter of this shape, its values as slots (see ``_values``)."""
    lost, stages, nobody, owner, creator, label, created_from, created_to, text = shape
    where = [Lead.lost_at.is_null(False) if lost else Lead.lost_at.is_null()]
    if stages:
        where.append(Lead.stage.in_(slots("stages", stages)))
    if nobody:
        where.append(Lead.owner.is_null())
    if owner:
        where.append(Lead.owner == slot("owner"))
    if creator:
        where.append(Lead.creator == slot("creator"))
    if label:
        where.append(Lead.id.in_(LeadLabel.select(LeadLabel.lead).where(LeadLabel.label == slot("label"))))
    if created_from:
        where.append(Lead.created_at >= slot("created_from"))
    if created_to:
        where.append(Lead.created_at < slot("created_to"))
    if text:
        # Case folded on both engines (ILIKE on PostgreSQL), as SQLite's LIKE folds.
        like = Contact.first_name.concat(" ").concat(Contact.last_name)
        where.append(like.contains(slot("text")) | Contact.last_name.concat(Contact.first_name).contains(slot("text"))
                     | Contact.email.contains(slot("text")) | Contact.phone.contains(slot("digits"))
                     | Lead.source_detail.contains(slot("text")))
    return where


def _values(f: LeadFilter) -> dict:
    text = " ".join(f.text.split())
    return {"stages": list(f.stages), "owner": f.owner_id, "creator": f.creator_id, "label": f.label_id,
            "created_from": f.created_from, "created_to": f.created_to, "text": text,
            "digits": text.replace(" ", "")}


def _joined(query):
    """The lead with its contact and its owner."""
    return (query.join(Contact, on=(Contact.id == Lead.contact))
            .join(Owner, JOIN.LEFT_OUTER, on=(Owner.id == Lead.owner)))


_JOINED_SORTS = {"name", "email", "owner"}  # the sorts that read the contact's or the owner's columns


def _ids_query(shape: tuple, sort: str, descending: bool, starred_first: bool):
    order = _sorts()[sort]
    orders = [order.desc() if descending else order.asc(), Lead.id.desc() if descending else Lead.id.asc()]
    if starred_first:
        orders.insert(0, Lead.priority.desc())
    query = Lead.select(Lead.id)
    # Every lead has its contact: the joins only matter to a search or a sort by the
    # contact's or the owner's columns. Without them a column of the board is read from
    # the lead index alone (the join cost ~20 ms a column at 100,000 contacts).
    if shape[-1] or sort in _JOINED_SORTS:
        query = _joined(query)
    return query.where(*_where(shape)).order_by(*orders)


_IDS = Prepared(_ids_query)


def lead_ids(f: LeadFilter = LeadFilter(), sort: str = "stage_changed", descending: bool = True,
             starred_first: bool = False) -> list[int]:
    """The leads ``f`` holds, sorted; ``starred_first`` (the board's columns): three stars,
    then two, then one, then the rest, each in the sort's order."""
    sort = sort if sort in SORTS else "stage_changed"
    return [r[0] for r in _IDS.rows(_shape(f), sort, bool(descending), bool(starred_first), **_values(f))]


_COUNTS = Prepared(lambda shape: (
    _joined(Lead.select(Lead.stage, fn.COUNT(SQL("*")))).where(*_where(shape)).group_by(Lead.stage)))


def counts(f: LeadFilter = LeadFilter()) -> dict[str, int]:
    f = LeadFilter(**{**asdict(f), "stages": ()})
    out = dict.fromkeys(STAGES, 0)
    for stage, n in _COUNTS.rows(_shape(f), **_values(f)):
        out[stage] = n
    return out


@dataclass(frozen=True)
class LeadRow:
    id: int
    contact_id: int
    name: str
    email: str
    phone: str
    stage: str
    owner_id: int | None
    owner_name: str
    owner_initials: str
    owner_color: str
    creator_name: str
    source: str
    source_detail: str
    created_at: int
    stage_changed_at: int
    labels: tuple[tuple[str, str], ...]
    next_follow_up: int | None
    priority: int = 0
    value_cents: int | None = None
    lost_at: int | None = None
    lost_reason: str = ""

    def days_in_stage(self, now: int) -> int:
        return max(0, (now - self.stage_changed_at) // DAY)

    def overdue(self, now: int) -> bool:
        return self.next_follow_up is not None and self.next_follow_up < now


def _rows_query(count: int):
    R = Reminder
    next_follow_up = (R.select(fn.MIN(fn.COALESCE(R.snoozed_until, R.due_at)))
                      .where(R.lead == Lead.id, R.done_at.is_null()))
    return (_joined(Lead.select(Lead.id, Lead.contact, Contact.first_name, Contact.last_name, Contact.email,
                                Contact.phone, Lead.stage, Lead.owner, Owner.first_name, Owner.last_name,
                                Owner.color, Creator.first_name, Creator.last_name, Lead.source, Lead.source_detail,
                                Lead.created_at, Lead.stage_changed_at, next_follow_up, Lead.priority,
                                Lead.value_cents, Lead.lost_at, Lead.lost_reason))
            .join(Creator, JOIN.LEFT_OUTER, on=(Creator.id == Lead.creator))
            .where(Lead.id.in_(slots("ids", count))))


_ROWS = Prepared(_rows_query)
_ROW_LABELS = Prepared(lambda count: (
    LeadLabel.select(LeadLabel.lead, Label.name, Label.color).join(Label, on=(Label.id == LeadLabel.label))
    .where(LeadLabel.lead.in_(slots("ids", count))).order_by(Label.name)))


def lead_rows(ids: Sequence[int]) -> dict[int, LeadRow]:
    ids = list(ids)
    if not ids:
        return {}
    rows, labels = [], {}
    for chunk in chunks(ids):
        rows += _ROWS.rows(len(chunk), ids=chunk)
        for lead_id, name, color in _ROW_LABELS.rows(len(chunk), ids=chunk):
            labels.setdefault(lead_id, []).append((name, color))
    out = {}
    for r in rows:
        out[r[0]] = LeadRow(
            id=r[0], contact_id=r[1], name=display_name(r[2], r[3]), email=r[4], phone=r[5], stage=r[6],
            owner_id=r[7], owner_name=display_name(r[8] or '', r[9] or ''),
            owner_initials=initials(r[8] or "", r[9] or "") if r[7] else "", owner_color=r[10] or "",
            creator_name=display_name(r[11] or '', r[12] or ''), source=r[13], source_detail=r[14],
            created_at=r[15], stage_changed_at=r[16], labels=tuple(labels.get(r[0], ())), next_follow_up=r[17],
            priority=r[18], value_cents=r[19], lost_at=r[20], lost_reason=r[21])
    return out


# --- changes, each undoable ------------------------------------------------------------------

@dataclass(frozen=True)
class LeadSnapshot:
    leads: tuple[tuple[int, str, int | None, int], ...]     # id, stage, owner, stage_changed_at
    labels: tuple[tuple[int, int], ...] = ()                   # (lead, label) pairs present before
    label_ids: tuple[int, ...] = ()                            # the labels the change touched
    history_after: int = 0                                     # lead_stage_change ids above this were added


def _snapshot(ids: Sequence[int], label_ids: Sequence[int] = ()) -> LeadSnapshot:
    ids = list(ids)
    leads, labels = [], []
    for chunk in chunks(ids):
        leads += _SNAP.rows(len(chunk), ids=chunk)
        if label_ids:
            labels += db_rows(LeadLabel.select(LeadLabel.lead, LeadLabel.label)
                              .where(LeadLabel.lead.in_(chunk), LeadLabel.label.in_(list(label_ids))))
    top = _TOP_CHANGE.scalar()
    return LeadSnapshot(tuple(leads), tuple(labels), tuple(label_ids), top)


_TOP_CHANGE = Prepared(lambda: LeadStageChange.select(fn.COALESCE(fn.MAX(LeadStageChange.id), 0)))
_SNAP = Prepared(lambda count: Lead.select(Lead.id, Lead.stage, Lead.owner, Lead.stage_changed_at)
                 .where(Lead.id.in_(slots("ids", count))))
_FORGET_MOVES = Prepared(lambda count: LeadStageChange.delete().where(
    LeadStageChange.id > slot("after"), LeadStageChange.lead.in_(slots("ids", count))))


_PUT_BACK = Prepared(lambda: Lead.update(stage=slot("stage"), owner=slot("owner"), stage_changed_at=slot("changed"))
                     .where(Lead.id == slot("id")))
_MOVE = Prepared(lambda: Lead.update(stage=slot("stage"), stage_changed_at=slot("now")).where(Lead.id == slot("id")))
_MOVED = Prepared(lambda: LeadStageChange.insert(lead=slot("id"), from_stage=slot("old"), to_stage=slot("stage"),
                                                 member=slot("member"), changed_at=slot("now")).returning())


def restore(snap: LeadSnapshot) -> None:
    with database.atomic("IMMEDIATE"):
        for lead_id, stage, owner, changed in snap.leads:
            _PUT_BACK.execute(stage=stage, owner=owner, changed=changed, id=lead_id)
        ids = [lead[0] for lead in snap.leads]
        for chunk in chunks(ids):
            _FORGET_MOVES.execute(len(chunk), after=snap.history_after, ids=chunk)
            if snap.label_ids:
                LeadLabel.delete().where(LeadLabel.lead.in_(chunk), LeadLabel.label.in_(list(snap.label_ids))).execute()
        if snap.labels:
            LeadLabel.insert_many(snap.labels, fields=[LeadLabel.lead, LeadLabel.label]).on_conflict_ignore().execute()


def move_stage(ids: Sequence[int], stage: str, member_id: int | None, now: int) -> LeadSnapshot:
    """Move leads to ``stage``; the history records who and when (for the funnel)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    with database.atomic("IMMEDIATE"):
        snap = _snapshot(ids)
        for lead_id, old, _owner, _changed in snap.leads:
            if old == stage:
                continue
            _MOVE.execute(stage=stage, now=now, id=lead_id)
            _MOVED.execute(id=lead_id, old=old, stage=stage, member=member_id, now=now)
        return snap


def step_stage(lead_id: int, delta: int, member_id: int | None, now: int) -> LeadSnapshot | None:
    stage = Lead.select(Lead.stage).where(Lead.id == lead_id).scalar()
    if stage is None:
        return None
    index = STAGES.index(stage) + delta
    if not 0 <= index < len(STAGES):
        return None
    return move_stage([lead_id], STAGES[index], member_id, now)


def set_owner(ids: Sequence[int], owner_id: int | None) -> LeadSnapshot:
    with database.atomic("IMMEDIATE"):
        snap = _snapshot(ids)
        for chunk in chunks(list(ids)):
            Lead.update(owner=owner_id).where(Lead.id.in_(chunk)).execute()
        return snap


def set_label(ids: Sequence[int], label_id: int, on: bool) -> LeadSnapshot:
    with database.atomic("IMMEDIATE"):
        snap = _snapshot(ids, [label_id])
        for chunk in chunks(list(ids)):
            if on:
                (LeadLabel.insert_many([(lead_id, label_id) for lead_id in chunk], fields=[LeadLabel.lead, LeadLabel.label])
                 .on_conflict_ignore().execute())
            else:
                LeadLabel.delete().where(LeadLabel.lead.in_(chunk), LeadLabel.label == label_id).execute()
        return snap


# --- one lead in detail ------------------------------------------------------------------------

@dataclass(frozen=True)
class LeadDetails:
    row: LeadRow
    first_name: str
    last_name: str
    city: str
    country: str
    answers: dict
    external_id: str | None
    conversation_id: int | None
    history: tuple[tuple[str | None, str, str, int], ...]  # from, to, who, when


def details(lead_id: int) -> LeadDetails | None:
    rows = lead_rows([lead_id])
    if lead_id not in rows:
        return None
    newest = (Conversation.select(Conversation.id).where(Conversation.contact == Lead.contact)
              .order_by(Conversation.last_message_at.desc()).limit(1))
    r = db_rows(Lead.select(Contact.first_name, Contact.last_name, Contact.city, Contact.country, Lead.answers,
                            Lead.external_id, newest)
                .join(Contact, on=(Contact.id == Lead.contact)).where(Lead.id == lead_id))[0]
    C = LeadStageChange
    history = tuple(
        (a, b, display_name(f or "", last or ""), at) for a, b, f, last, at in db_rows(
            C.select(C.from_stage, C.to_stage, TeamMember.first_name, TeamMember.last_name, C.changed_at)
            .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == C.member))
            .where(C.lead == lead_id).order_by(C.changed_at, C.id)))
    try:
        answers = _json.loads(r[4] or "{}")
    except ValueError:
        answers = {}
    return LeadDetails(rows[lead_id], r[0], r[1], r[2], r[3], answers if isinstance(answers, dict) else {},
                       r[5], r[6], history)


def update_contact(lead_id: int, *, first_name: str, last_name: str, email: str, phone: str,
                   city: str = "", region: str | None = None) -> None:
    """Validate and save the lead's contact facts (e-mail normalised, phone in E.164)."""
    from db.contact_facts import normalize_email, normalize_phone

    if not (first_name.strip() or last_name.strip()):
        raise LeadError(QT_TRANSLATE_NOOP("Errors", "A lead needs a name."))
    email = normalize_email(email)
    phone = normalize_phone(phone, region or settings.phone_region())
    with database.atomic("IMMEDIATE"):
        contact_id = Lead.select(Lead.contact).where(Lead.id == lead_id).scalar()
        if contact_id is None:
            raise LeadError(QT_TRANSLATE_NOOP("Errors", "That lead no longer exists."))
        Contact.update(first_name=first_name.strip(), last_name=last_name.strip(), email=email, phone=phone,
                       city=city.strip()).where(Contact.id == contact_id).execute()


def check_new_lead(first_name: str, last_name: str, email: str, phone: str,
                   region: str | None = None) -> tuple[str, str]:
    """The e-mail and phone of a lead entered by hand, normalised, or LeadError saying what
    is wrong (reads nothing: the window checks before it hands the lead to the worker)."""
    from db.contact_facts import normalize_email, normalize_phone

    if not (first_name.strip() or last_name.strip()):
        raise LeadError(QT_TRANSLATE_NOOP("Errors", "A lead needs a name."))
    return normalize_email(email), normalize_phone(phone, region or settings.phone_region())


def new_lead(first_name: str, last_name: str, email: str, phone: str, creator_id: int | None, now: int,
             region: str | None = None) -> int:
    """A lead entered by hand (its contact too)."""
    email, phone = check_new_lead(first_name, last_name, email, phone, region)
    with database.atomic("IMMEDIATE"):
        contact_id = Contact.insert(first_name=first_name.strip(), last_name=last_name.strip(), email=email,
                                    phone=phone, created_at=now).execute()
        return create_lead(contact_id, creator_id, now)


def lead_notes(lead_id: int):
    from db.contacts import NoteRow
    return [NoteRow(r[0], r[1], r[2], display_name(r[3] or "", r[4] or ""), r[5], r[6], r[7])
            for r in db_rows(
                Note.select(Note.id, fn.COALESCE(Note.contact, 0), Note.author, TeamMember.first_name,
                            TeamMember.last_name, Note.text, Note.created_at, Note.updated_at)
                .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Note.author))
                .where(Note.lead == lead_id).order_by(Note.created_at.desc(), Note.id.desc()))]


def add_lead_note(lead_id: int, author_id: int | None, text: str, now: int) -> int:
    from db.contacts import _check_note
    return Note.insert(lead=lead_id, author=author_id, text=_check_note(text), created_at=now,
                       updated_at=now).execute()


# --- audiences ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Audience:
    id: int
    name: str
    filter: LeadFilter = field(default_factory=LeadFilter)


def save_audience(name: str, f: LeadFilter, now: int) -> int:
    name = " ".join(name.split())
    if not name:
        raise LeadError(QT_TRANSLATE_NOOP("Errors", "An audience needs a name."))
    with database.atomic("IMMEDIATE"):
        found = AudienceModel.select(AudienceModel.id).where(fn.LOWER(AudienceModel.name) == name.lower()).scalar()
        if found:
            AudienceModel.update(filter=f.to_json()).where(AudienceModel.id == found).execute()
            return found
        return AudienceModel.insert(name=name, filter=f.to_json(), created_at=now).execute()


def audiences() -> list[Audience]:
    A = AudienceModel
    return [Audience(i, n, LeadFilter.from_json(f))
            for i, n, f in db_rows(A.select(A.id, A.name, A.filter).order_by(fn.LOWER(A.name), A.id))]


_COUNT = Prepared(lambda shape: _joined(Lead.select(fn.COUNT(SQL("*")))).where(*_where(shape)))
_CUSTOMERS = Prepared(lambda shape: (
    _joined(Lead.select(Contact.email, Contact.phone, Contact.first_name, Contact.last_name, Contact.city,
                        Contact.country)).where(*_where(shape)).order_by(Lead.id)))


def audience_count(audience: Audience) -> int:
    return _COUNT.scalar(_shape(audience.filter), **_values(audience.filter))


def export_customer_list(f: LeadFilter, out) -> int:
    """The members as the customer list Meta accepts for custom audiences."""
    from db.io import write_csv

    rows = _CUSTOMERS.execute(_shape(f), **_values(f))
    return write_csv(out, ("email", "phone", "fn", "ln", "ct", "country"), rows)


# --- the lead dialog's changes, each one transaction ----------------------------------------------

def lead_labels(lead_id: int) -> list[tuple[int, str, str]]:
    """(id, name, colour) of the labels on a lead, by name."""
    return db_rows(Label.select(Label.id, Label.name, Label.color).join(LeadLabel, on=(LeadLabel.label == Label.id))
                   .where(LeadLabel.lead == lead_id).order_by(Label.name))


def save_details(lead_id: int, *, first_name: str, last_name: str, email: str, phone: str, city: str,
                 stage: str, owner_id: int | None, member_id: int | None, now: int) -> None:
    """The lead dialog's Save: contact facts, stage and owner together, or nothing."""
    with database.atomic("IMMEDIATE"):
        update_contact(lead_id, first_name=first_name, last_name=last_name, email=email, phone=phone, city=city)
        row = db_rows(Lead.select(Lead.stage, Lead.owner).where(Lead.id == lead_id))[0]
        if row[0] != stage:
            move_stage([lead_id], stage, member_id, now)
        if row[1] != owner_id:
            set_owner([lead_id], owner_id)


def add_label_named(lead_id: int, name: str) -> LeadSnapshot:
    """Put the label called ``name`` on a lead, making the label if it is new."""
    from db.contacts import ensure_label

    with database.atomic("IMMEDIATE"):
        return set_label([lead_id], ensure_label(name), True)
