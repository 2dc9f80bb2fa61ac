"""Everything the Insights view shows, gathered in one go on the DB worker."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from db import automation, cases, leads, metrics, pipeline, settings
from db.clock import DAY


@dataclass(frozen=True)
class InsightsData:
    as_of: int
    days: int
    state: metrics.Responsiveness
    to_badge: int | None
    public_bucket: str | None
    business_hours_time: float | None
    waiting: list[metrics.Waiting]
    series: list[metrics.DayPoint]
    heatmap: list[list[int]]
    members: list[metrics.MemberStats]
    funnel: leads.Funnel
    report: cases.MonthlyReport
    pipeline: pipeline.Report
    currency: str = ""


def gather(as_of: int, days: int, tz: tzinfo) -> InsightsData:
    state = metrics.responsiveness(as_of)
    schedule = automation.Schedule.load()
    has_hours = any(schedule.hours.values())
    used_this_week = state.window_end is not None and as_of - state.window_end < 7 * DAY
    local = datetime.fromtimestamp(as_of, tz)
    return InsightsData(
        as_of=as_of,
        days=days,
        state=state,
        to_badge=metrics.requests_to_badge(state),
        public_bucket=automation.public_response_bucket(
            automation.response_time_mode(), state.response_time_seconds, state.response_rate, used_this_week),
        business_hours_time=metrics.business_hours_response_time(state, schedule) if has_hours else None,
        waiting=metrics.waiting_for_reply(as_of),
        series=metrics.daily_series(as_of, days, tz),
        heatmap=metrics.weekday_hour_heatmap(as_of - days * DAY, as_of, tz),
        members=metrics.per_member(as_of - days * DAY, as_of),
        funnel=leads.funnel(as_of),
        report=cases.monthly_report(local.year, local.month, tz),
        pipeline=pipeline.report(as_of, tz),
        currency=settings.get("business.currency") or "",
    )
