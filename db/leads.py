"""Leads: the four stages and what moves between them."""
from __future__ import annotations

import json as _json
import statistics
from dataclasses import asdict, dataclass, field
from typing import Sequence

from db.choices import STAGES
from db.clock import DAY
from db import settings
from db.database import database
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
    for stage, n in database.execute_sql("SELECT stage, count(*) FROM lead GROUP BY stage"):
        counts[stage] = n
    reached = dict.fromkeys(STAGES, 0)
    # A lead has reached a stage when it is in it or in any later one, or its history passed it.
    order = {s: i for i, s in enumerate(STAGES)}
    best: dict[int, int] = {}
    for lead_id, stage in database.execute_sql("SELECT id, stage FROM lead"):
        best[lead_id] = order[stage]
    for lead_id, stage in database.execute_sql("SELECT lead_id, to_stage FROM lead_stage_change"):
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
    for lead_id, stage, at in database.execute_sql(
            "SELECT lead_id, to_stage, changed_at FROM lead_stage_change ORDER BY lead_id, changed_at, id"):
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
        lead_id = database.execute_sql(
            "INSERT INTO lead(contact_id, stage, owner_id, creator_id, source, source_detail, created_at,"
            " stage_changed_at) VALUES (?, 'neutral', ?, ?, ?, ?, ?, ?)",
            (contact_id, owner_id if owner_id is not None else creator_id, creator_id, source, source_detail,
             now, now)).lastrowid
        database.execute_sql("INSERT INTO lead_stage_change(lead_id, from_stage, to_stage, member_id, changed_at)"
                             " VALUES (?, NULL, 'neutral', ?, ?)", (lead_id, creator_id, now))
        return lead_id


# --- the board and the list --------------------------------------------------------------

SOURCES = ("form", "ad", "campaign", "organic", "manual", "import")
SORTS = {
    # As names are shown: family name first for Chinese and similar scripts.
    "name": "lower(CASE WHEN cjk_bigrams(ct.first_name || ct.last_name) != '' THEN ct.last_name || ct.first_name"
            " ELSE ct.first_name || ' ' || ct.last_name END)",
    "email": "lower(ct.email)",
    "stage": "CASE l.stage WHEN 'neutral' THEN 0 WHEN 'interested' THEN 1 WHEN 'contacted' THEN 2 ELSE 3 END",
    "owner": "lower(coalesce(o.first_name, '~'))",
    "created": "l.created_at",
    "source": "l.source",
    "stage_changed": "l.stage_changed_at",
}


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


def _where(f: LeadFilter) -> tuple[str, list]:
    where, params = ["l.lost_at IS NOT NULL" if f.lost else "l.lost_at IS NULL"], []
    if f.stages:
        where.append(f"l.stage IN ({','.join('?' * len(f.stages))})")
        params.extend(f.stages)
    if f.owner_id == -1:
        where.append("l.owner_id IS NULL")
    elif f.owner_id is not None:
        where.append("l.owner_id = ?")
        params.append(f.owner_id)
    if f.creator_id is not None:
        where.append("l.creator_id = ?")
        params.append(f.creator_id)
    if f.label_id is not None:
        where.append("l.id IN (SELECT lead_id FROM lead_label WHERE label_id = ?)")
        params.append(f.label_id)
    if f.created_from is not None:
        where.append("l.created_at >= ?")
        params.append(f.created_from)
    if f.created_to is not None:
        where.append("l.created_at < ?")
        params.append(f.created_to)
    text = " ".join(f.text.split())
    if text:
        like = f"%{text}%"
        where.append("((ct.first_name || ' ' || ct.last_name) LIKE ? OR (ct.last_name || ct.first_name) LIKE ?"
                     " OR ct.email LIKE ? OR ct.phone LIKE ? OR l.source_detail LIKE ?)")
        params.extend([like, like, like, like.replace(" ", ""), like])
    return " AND ".join(where), params


_FROM = " FROM lead l JOIN contact ct ON ct.id = l.contact_id LEFT JOIN team_member o ON o.id = l.owner_id "


_JOINED_SORTS = {"name", "email", "owner"}  # the sorts that read the contact's or the owner's columns


def lead_ids(f: LeadFilter = LeadFilter(), sort: str = "stage_changed", descending: bool = True,
             starred_first: bool = False) -> list[int]:
    """The leads ``f`` holds, sorted; ``starred_first`` (the board's columns): three stars,
    then two, then one, then the rest, each in the sort's order."""
    where, params = _where(f)
    order = SORTS.get(sort, SORTS["stage_changed"])
    direction = "DESC" if descending else "ASC"
    if starred_first:
        order = f"l.priority DESC, {order}"
    # Every lead has its contact: the joins only matter to a search or a sort by the
    # contact's or the owner's columns. Without them a column of the board is read from
    # the lead index alone (the join cost ~20 ms a column at 100,000 contacts).
    source = _FROM if (f.text.strip() or sort in _JOINED_SORTS) else " FROM lead l "
    return [r[0] for r in database.execute_sql(
        f"SELECT l.id{source}WHERE {where} ORDER BY {order} {direction}, l.id {direction}", params)]


def counts(f: LeadFilter = LeadFilter()) -> dict[str, int]:
    where, params = _where(LeadFilter(**{**asdict(f), "stages": ()}))
    out = dict.fromkeys(STAGES, 0)
    for stage, n in database.execute_sql(f"SELECT l.stage, count(*){_FROM}WHERE {where} GROUP BY l.stage", params):
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


def lead_rows(ids: Sequence[int]) -> dict[int, LeadRow]:
    ids = list(ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = database.execute_sql(
        f"""SELECT l.id, l.contact_id, ct.first_name, ct.last_name, ct.email, ct.phone, l.stage, l.owner_id,
                   o.first_name, o.last_name, o.color, cr.first_name, cr.last_name, l.source, l.source_detail,
                   l.created_at, l.stage_changed_at,
                   (SELECT min(coalesce(r.snoozed_until, r.due_at)) FROM reminder r
                    WHERE r.lead_id = l.id AND r.done_at IS NULL),
                   l.priority, l.value_cents, l.lost_at, l.lost_reason
            FROM lead l JOIN contact ct ON ct.id = l.contact_id
            LEFT JOIN team_member o ON o.id = l.owner_id
            LEFT JOIN team_member cr ON cr.id = l.creator_id
            WHERE l.id IN ({marks})""", ids).fetchall()
    labels: dict[int, list[tuple[str, str]]] = {}
    for lead_id, name, color in database.execute_sql(
            f"SELECT ll.lead_id, lb.name, lb.color FROM lead_label ll JOIN label lb ON lb.id = ll.label_id"
            f" WHERE ll.lead_id IN ({marks}) ORDER BY lb.name", ids):
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
    marks = ",".join("?" * len(ids))
    leads = tuple(database.execute_sql(
        f"SELECT id, stage, owner_id, stage_changed_at FROM lead WHERE id IN ({marks})", ids).fetchall())
    labels: tuple = ()
    if label_ids:
        lmarks = ",".join("?" * len(label_ids))
        labels = tuple(database.execute_sql(
            f"SELECT lead_id, label_id FROM lead_label WHERE lead_id IN ({marks}) AND label_id IN ({lmarks})",
            [*ids, *label_ids]).fetchall())
    top = database.execute_sql("SELECT coalesce(max(id), 0) FROM lead_stage_change").fetchone()[0]
    return LeadSnapshot(leads, labels, tuple(label_ids), top)


def restore(snap: LeadSnapshot) -> None:
    with database.atomic("IMMEDIATE"):
        for lead_id, stage, owner, changed in snap.leads:
            database.execute_sql("UPDATE lead SET stage = ?, owner_id = ?, stage_changed_at = ? WHERE id = ?",
                                 (stage, owner, changed, lead_id))
        ids = [lead[0] for lead in snap.leads]
        marks = ",".join("?" * len(ids))
        database.execute_sql(f"DELETE FROM lead_stage_change WHERE id > ? AND lead_id IN ({marks})",
                             [snap.history_after, *ids])
        if snap.label_ids:
            lmarks = ",".join("?" * len(snap.label_ids))
            database.execute_sql(f"DELETE FROM lead_label WHERE lead_id IN ({marks}) AND label_id IN ({lmarks})",
                                 [*ids, *snap.label_ids])
            for lead_id, label_id in snap.labels:
                database.execute_sql("INSERT OR IGNORE INTO lead_label(lead_id, label_id) VALUES (?, ?)",
                                     (lead_id, label_id))


def move_stage(ids: Sequence[int], stage: str, member_id: int | None, now: int) -> LeadSnapshot:
    """Move leads to ``stage``; the history records who and when (for the funnel)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    with database.atomic("IMMEDIATE"):
        snap = _snapshot(ids)
        for lead_id, old, _owner, _changed in snap.leads:
            if old == stage:
                continue
            database.execute_sql("UPDATE lead SET stage = ?, stage_changed_at = ? WHERE id = ?",
                                 (stage, now, lead_id))
            database.execute_sql(
                "INSERT INTO lead_stage_change(lead_id, from_stage, to_stage, member_id, changed_at)"
                " VALUES (?, ?, ?, ?, ?)", (lead_id, old, stage, member_id, now))
        return snap


def step_stage(lead_id: int, delta: int, member_id: int | None, now: int) -> LeadSnapshot | None:
    row = database.execute_sql("SELECT stage FROM lead WHERE id = ?", (lead_id,)).fetchone()
    if row is None:
        return None
    index = STAGES.index(row[0]) + delta
    if not 0 <= index < len(STAGES):
        return None
    return move_stage([lead_id], STAGES[index], member_id, now)


def set_owner(ids: Sequence[int], owner_id: int | None) -> LeadSnapshot:
    with database.atomic("IMMEDIATE"):
        snap = _snapshot(ids)
        marks = ",".join("?" * len(ids))
        database.execute_sql(f"UPDATE lead SET owner_id = ? WHERE id IN ({marks})", [owner_id, *ids])
        return snap


def set_label(ids: Sequence[int], label_id: int, on: bool) -> LeadSnapshot:
    with database.atomic("IMMEDIATE"):
        snap = _snapshot(ids, [label_id])
        for lead_id in ids:
            if on:
                database.execute_sql("INSERT OR IGNORE INTO lead_label(lead_id, label_id) VALUES (?, ?)",
                                     (lead_id, label_id))
            else:
                database.execute_sql("DELETE FROM lead_label WHERE lead_id = ? AND label_id = ?", (lead_id, label_id))
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
    r = database.execute_sql(
        "SELECT ct.first_name, ct.last_name, ct.city, ct.country, l.answers, l.external_id,"
        " (SELECT id FROM conversation WHERE contact_id = l.contact_id ORDER BY last_message_at DESC LIMIT 1)"
        " FROM lead l JOIN contact ct ON ct.id = l.contact_id WHERE l.id = ?", (lead_id,)).fetchone()
    history = tuple(
        (a, b, display_name(f or "", last or ""), at) for a, b, f, last, at in database.execute_sql(
            "SELECT c.from_stage, c.to_stage, tm.first_name, tm.last_name, c.changed_at FROM lead_stage_change c"
            " LEFT JOIN team_member tm ON tm.id = c.member_id WHERE c.lead_id = ? ORDER BY c.changed_at, c.id",
            (lead_id,)))
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
        row = database.execute_sql("SELECT contact_id FROM lead WHERE id = ?", (lead_id,)).fetchone()
        if row is None:
            raise LeadError(QT_TRANSLATE_NOOP("Errors", "That lead no longer exists."))
        database.execute_sql("UPDATE contact SET first_name = ?, last_name = ?, email = ?, phone = ?, city = ?"
                             " WHERE id = ?", (first_name.strip(), last_name.strip(), email, phone, city.strip(),
                                               row[0]))


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
        contact_id = database.execute_sql(
            "INSERT INTO contact(first_name, last_name, email, phone, created_at) VALUES (?, ?, ?, ?, ?)",
            (first_name.strip(), last_name.strip(), email, phone, now)).lastrowid
        return create_lead(contact_id, creator_id, now)


def lead_notes(lead_id: int):
    from db.contacts import NoteRow
    return [NoteRow(r[0], r[1], r[2], display_name(r[3] or "", r[4] or ""), r[5], r[6], r[7])
            for r in database.execute_sql(
                "SELECT n.id, coalesce(n.contact_id, 0), n.author_id, tm.first_name, tm.last_name, n.text,"
                " n.created_at, n.updated_at FROM note n LEFT JOIN team_member tm ON tm.id = n.author_id"
                " WHERE n.lead_id = ? ORDER BY n.created_at DESC, n.id DESC", (lead_id,))]


def add_lead_note(lead_id: int, author_id: int | None, text: str, now: int) -> int:
    from db.contacts import _check_note
    return database.execute_sql(
        "INSERT INTO note(lead_id, author_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (lead_id, author_id, _check_note(text), now, now)).lastrowid


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
        row = database.execute_sql("SELECT id FROM audience WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if row:
            database.execute_sql("UPDATE audience SET filter = ? WHERE id = ?", (f.to_json(), row[0]))
            return row[0]
        return database.execute_sql("INSERT INTO audience(name, filter, created_at) VALUES (?, ?, ?)",
                                    (name, f.to_json(), now)).lastrowid


def audiences() -> list[Audience]:
    return [Audience(i, n, LeadFilter.from_json(f)) for i, n, f in database.execute_sql(
        "SELECT id, name, filter FROM audience ORDER BY name COLLATE NOCASE")]


def audience_count(audience: Audience) -> int:
    where, params = _where(audience.filter)
    return database.execute_sql(f"SELECT count(*){_FROM}WHERE {where}", params).fetchone()[0]


def export_customer_list(f: LeadFilter, out) -> int:
    """The members as the customer list Meta accepts for custom audiences."""
    from db.io import write_csv

    where, params = _where(f)
    rows = database.execute_sql(
        f"SELECT ct.email, ct.phone, ct.first_name, ct.last_name, ct.city, ct.country{_FROM}WHERE {where}"
        f" ORDER BY l.id", params)
    return write_csv(out, ("email", "phone", "fn", "ln", "ct", "country"), rows)


# --- the lead dialog's changes, each one transaction ----------------------------------------------

def lead_labels(lead_id: int) -> list[tuple[int, str, str]]:
    """(id, name, colour) of the labels on a lead, by name."""
    return database.execute_sql(
        "SELECT lb.id, lb.name, lb.color FROM lead_label ll JOIN label lb ON lb.id = ll.label_id"
        " WHERE ll.lead_id = ? ORDER BY lb.name", (lead_id,)).fetchall()


def save_details(lead_id: int, *, first_name: str, last_name: str, email: str, phone: str, city: str,
                 stage: str, owner_id: int | None, member_id: int | None, now: int) -> None:
    """The lead dialog's Save: contact facts, stage and owner together, or nothing."""
    with database.atomic("IMMEDIATE"):
        update_contact(lead_id, first_name=first_name, last_name=last_name, email=email, phone=phone, city=city)
        row = database.execute_sql("SELECT stage, owner_id FROM lead WHERE id = ?", (lead_id,)).fetchone()
        if row[0] != stage:
            move_stage([lead_id], stage, member_id, now)
        if row[1] != owner_id:
            set_owner([lead_id], owner_id)


def add_label_named(lead_id: int, name: str) -> LeadSnapshot:
    """Put the label called ``name`` on a lead, making the label if it is new."""
    from db.contacts import ensure_label

    with database.atomic("IMMEDIATE"):
        return set_label([lead_id], ensure_label(name), True)
