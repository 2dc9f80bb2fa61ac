import csv
import io
from datetime import timezone

import pytest

from db import cases, io as dbio, leads
from db.clock import DAY


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("+393331234567", "+393331234567"), ("-12.5", "-12.5"),
    ("Ciao", "Ciao"), ("", ""), (None, ""), (42, "42"),
])
def test_safe_cell(value, expected):
    assert dbio.safe_cell(value) == expected


def add_case(conv, category, status, at, product="Pizza"):
    from db.models import SupportCase

    SupportCase.insert(conversation=conv, category=category, status=status, product=product, opened_at=at,
                       updated_at=at).execute()


def customer(first, last):
    """A contact with one conversation: the conversation's id."""
    from db.models import Contact, Conversation

    contact = Contact.insert(first_name=first, last_name=last, created_at=0).execute()
    return Conversation.insert(contact=contact, last_message_at=0, created_at=0).execute()


def test_monthly_case_report_and_its_csv(any_db):
    assert customer("=HYPERLINK(1)", "x") == 1
    may = 1_777_593_600  # 2026-05-01 00:00 UTC
    add_case(1, "product_info", "resolved", may)
    add_case(1, "product_info", "assisting", may + 3 * DAY)
    add_case(1, "site_problem", "waiting", may + 30 * DAY + 86399)  # 31 May, last second
    add_case(1, "site_problem", "waiting", may + 31 * DAY)          # June
    report = cases.monthly_report(2026, 5, timezone.utc)
    assert report.total == 3
    assert report.counts["product_info"] == {"assisting": 1, "resolved": 1, "waiting": 0}
    assert report.counts["site_problem"]["waiting"] == 1
    out = io.StringIO()
    assert cases.export_report_csv(report, out) == 3
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["date", "customer", "case", "product_or_service", "status"]
    assert rows[1] == ["2026-05-01T00:00:00Z", "'=HYPERLINK(1) x", "product_info", "Pizza", "resolved"]


def test_the_case_report_writes_a_chinese_name_family_name_first(any_db):
    assert customer("洋", "陈") == 1
    add_case(1, "product_info", "resolved", 1_777_593_600)
    assert [c.customer for c in cases.monthly_report(2026, 5, timezone.utc).cases] == ["陈洋"]


def test_lead_funnel(any_db):
    from db.models import Contact, Lead, LeadStageChange

    assert Contact.insert(first_name="A", created_at=0).execute() == 1
    now = 100 * DAY
    # Lead 1: neutral -> interested -> contacted -> converted; lead 2: neutral -> interested; lead 3: neutral.
    for lead_id, stage in ((1, "converted"), (2, "interested"), (3, "neutral")):
        assert Lead.insert(contact=1, stage=stage, created_at=0, stage_changed_at=0).execute() == lead_id
    changes = [(1, None, "neutral", 0), (1, "neutral", "interested", 2 * DAY), (1, "interested", "contacted", 5 * DAY),
               (1, "contacted", "converted", 6 * DAY), (2, None, "neutral", 0), (2, "neutral", "interested", 4 * DAY),
               (3, None, "neutral", 0)]
    for lead_id, a, b, at in changes:
        LeadStageChange.insert(lead=lead_id, from_stage=a, to_stage=b, changed_at=at).execute()
    f = leads.funnel(now)
    assert f.counts == {"neutral": 1, "interested": 1, "contacted": 0, "converted": 1}
    assert f.reached == {"neutral": 3, "interested": 2, "contacted": 1, "converted": 1}
    assert f.conversion == {"neutral": None, "interested": 2 / 3, "contacted": 0.5, "converted": 1.0}
    assert f.median_days["neutral"] == 3  # 2 and 4 days
    assert f.median_days["interested"] == 3 and f.median_days["contacted"] == 1
    assert f.median_days["converted"] is None
