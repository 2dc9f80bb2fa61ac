"""Time as the data core sees it: integer seconds since the epoch, UTC.

Code that depends on "now" takes it as an argument (rule 7 of DESIGN.md);
``now()`` is only the default the callers at the edges use.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

MINUTE = 60
HOUR = 3600
DAY = 86400


def now() -> int:
    return int(time.time())


def to_datetime(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, tz=timezone.utc)


def parse_iso(text: str) -> int:
    """``2026-05-01T12:00:00Z`` (or with an offset) -> epoch seconds."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return int(value.timestamp())


def iso(ts: int | None) -> str | None:
    if ts is None:
        return None
    return to_datetime(ts).strftime("%Y-%m-%dT%H:%M:%SZ")
