"""Away status and the automatic replies (instant, away, greeting).

The foundation knows manual away periods; business-hours schedules and the
incoming-message pipeline build on ``away_status``.
"""
from __future__ import annotations

from dataclasses import dataclass

from db.database import database


@dataclass(frozen=True)
class AwayStatus:
    away: bool
    source: str | None  # "manual" or "schedule"
    until: int | None   # when it ends by itself, if known


def away_status(now: int) -> AwayStatus:
    row = database.execute_sql(
        """SELECT source, end_at FROM away_period
           WHERE start_at <= ? AND (end_at IS NULL OR end_at > ?)
           ORDER BY start_at DESC LIMIT 1""",
        (now, now),
    ).fetchone()
    if row is None:
        return AwayStatus(False, None, None)
    return AwayStatus(True, row[0], row[1])
