"""Every CSV the app writes neutralises formulas; plain numbers such as +39 phones stay numbers."""
import csv
import io
import subprocess
import sys
from datetime import timezone

import pytest

from db import cases, leads, leads_io
from db.database import database

PAYLOADS = ["=1+1", "+SUM(A1:A9)", "-2+3", "@SUM(1)", "\t=evil", "\r=evil", "=HYPERLINK(\"http://x\",\"y\")"]
NOW = 1_778_846_400  # 2026-05-15


def assert_safe(text: str, expect_numbers=()):
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    for cell in cells:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            assert cell in expect_numbers, f"unsafe cell {cell!r}"
    for payload in PAYLOADS:
        assert payload not in cells
    return cells


@pytest.fixture
def poisoned(db_path):
    database.execute_sql("INSERT INTO team_member(id, first_name, last_name) VALUES (1, '=cmd', '@x')")
    for i, payload in enumerate(PAYLOADS):
        cid = database.execute_sql(
            "INSERT INTO contact(first_name, last_name, city, country, email, phone, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", (payload, payload, payload, payload, f"p{i}@example.com",
                                             "+393331234567", NOW)).lastrowid
        lead = database.execute_sql("INSERT INTO lead(contact_id, owner_id, creator_id, source_detail, answers,"
                                    " created_at, stage_changed_at) VALUES (?, 1, 1, ?, ?, ?, ?)",
                                    (cid, payload, '{"q": "%s"}' % payload.replace('"', '\\"').replace("\t", "\\t")
                                     .replace("\r", "\\r"), NOW, NOW)).lastrowid
        label = database.execute_sql("INSERT OR IGNORE INTO label(name) VALUES (?)", (payload,)).lastrowid
        database.execute_sql("INSERT OR IGNORE INTO lead_label VALUES (?, ?)", (lead, label))
        conv = database.execute_sql("INSERT INTO conversation(contact_id, last_message_at, created_at) VALUES (?, ?, ?)",
                                    (cid, NOW, NOW)).lastrowid
        database.execute_sql("INSERT INTO support_case(conversation_id, product, opened_at, updated_at)"
                             " VALUES (?, ?, ?, ?)", (conv, payload, NOW, NOW))
        database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', ?, ?)",
                             (conv, payload, NOW))
    return db_path


def test_leads_export(poisoned):
    out = io.StringIO(newline="")
    leads_io.export_csv(out)
    cells = assert_safe(out.getvalue(), expect_numbers=("+393331234567",))
    assert "+393331234567" in cells and "'=1+1" in cells


def test_customer_list_export(poisoned):
    out = io.StringIO(newline="")
    leads.export_customer_list(leads.LeadFilter(), out)
    assert_safe(out.getvalue(), expect_numbers=("+393331234567",))


def test_cases_report_export(poisoned):
    out = io.StringIO(newline="")
    cases.export_report_csv(cases.monthly_report(2026, 5, timezone.utc), out)
    assert_safe(out.getvalue())


def test_every_csv_exporter_of_the_command_line(poisoned, tmp_path):
    from desktop.commands.export import EXPORTERS, KINDS
    csv_kinds = [k for k in KINDS if k != "reminders"]
    assert csv_kinds, "no CSV exporter found"
    for kind in csv_kinds:
        target = tmp_path / f"{kind}.csv"
        out = subprocess.run([sys.executable, "-m", "desktop", "--db", poisoned, "export", kind, target],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert_safe(target.read_bytes().decode("utf-8"), expect_numbers=("+393331234567",))
    assert set(EXPORTERS) == set(KINDS)
