"""Support cases: the monthly report a social customer-service team keeps by hand."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TextIO

from db.choices import CASE_CATEGORIES, CASE_STATUSES
from db.clock import iso
from db.database import rows as db_rows
from db.models import Contact, Conversation, SupportCase
from db.io import write_csv
from db.text import display_name


@dataclass(frozen=True)
class CaseRow:
    id: int
    opened_at: int
    conversation_id: int
    customer: str
    category: str
    product: str
    status: str


@dataclass(frozen=True)
class MonthlyReport:
    year: int
    month: int
    counts: dict[str, dict[str, int]]  # category -> status -> count
    cases: tuple[CaseRow, ...]

    @property
    def total(self) -> int:
        return len(self.cases)


def month_bounds(year: int, month: int, tz: tzinfo) -> tuple[int, int]:
    start = datetime(year, month, 1, tzinfo=tz)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    return int(start.timestamp()), int(end.timestamp())


def monthly_report(year: int, month: int, tz: tzinfo) -> MonthlyReport:
    start, end = month_bounds(year, month, tz)
    rows = db_rows(
        SupportCase.select(SupportCase.id, SupportCase.opened_at, SupportCase.conversation, Contact.first_name,
                           Contact.last_name, SupportCase.category, SupportCase.product, SupportCase.status)
        .join(Conversation, on=(Conversation.id == SupportCase.conversation))
        .join(Contact, on=(Contact.id == Conversation.contact))
        .where(SupportCase.opened_at >= start, SupportCase.opened_at < end)
        .order_by(SupportCase.opened_at, SupportCase.id))
    cases = tuple(CaseRow(r[0], r[1], r[2], display_name(r[3], r[4]), r[5], r[6], r[7]) for r in rows)
    counts = {cat: dict.fromkeys(CASE_STATUSES, 0) for cat in CASE_CATEGORIES}
    for case in cases:
        counts[case.category][case.status] += 1
    return MonthlyReport(year, month, counts, cases)


def export_report_csv(report: MonthlyReport, out: TextIO) -> int:
    """date, customer, case, product or service, status — one row per case."""
    return write_csv(out, ("date", "customer", "case", "product_or_service", "status"),
                     ((iso(c.opened_at), c.customer, c.category, c.product, c.status) for c in report.cases))
