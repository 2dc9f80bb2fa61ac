"""Leads: the four stages and what moves between them."""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from db.clock import DAY
from db.database import database
from db.models import STAGES


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
