"""The pipeline: lost and restored, stars first, values summed, stale cards counted."""
import pytest

from db import leads, pipeline
from db.clock import DAY
from tests.conftest import NOW


@pytest.fixture
def board(any_db):
    from db.models import Contact, Lead

    ids = {}
    for name, stage, days in (("Ada", "neutral", 1), ("Bo", "neutral", 3), ("Cy", "interested", 6),
                              ("Di", "contacted", 2), ("Ed", "converted", 40)):
        contact = Contact.insert(first_name=name, created_at=0).execute()
        ids[name] = Lead.insert(contact=contact, stage=stage, created_at=NOW - days * DAY,
                                stage_changed_at=NOW - days * DAY).execute()
    return ids


def column(stage, **kw):
    return leads.lead_ids(leads.LeadFilter(stages=(stage,), **kw), starred_first=True)


def test_lost_leads_leave_the_board_with_their_reason_and_come_back_where_they_were(board):
    snap = pipeline.mark_lost([board["Bo"], board["Cy"]], "  Too   expensive ", NOW)
    assert column("neutral") == [board["Ada"]] and column("interested") == []
    lost = leads.lead_rows(leads.lead_ids(leads.LeadFilter(lost=True)))
    assert {(r.stage, r.lost_reason, r.lost_at) for r in lost.values()} == {
        ("neutral", "Too expensive", NOW), ("interested", "Too expensive", NOW)}
    pipeline.undo_lost(snap)
    assert set(column("neutral")) == {board["Ada"], board["Bo"]}
    pipeline.mark_lost([board["Cy"]], "No answer", NOW)
    restored = pipeline.restore_lost([board["Cy"]])
    assert column("interested") == [board["Cy"]]
    pipeline.undo_lost(restored)  # the restore undone: lost again, with its reason
    assert leads.lead_rows([board["Cy"]])[board["Cy"]].lost_reason == "No answer"
    with pytest.raises(pipeline.PipelineError):
        pipeline.mark_lost([board["Ada"]], "   ", NOW)


def test_starred_cards_come_first_and_a_slip_is_refused(board):
    assert column("neutral") == [board["Ada"], board["Bo"]]  # the most recent move first
    before = pipeline.set_priority([board["Bo"]], 3)
    assert column("neutral") == [board["Bo"], board["Ada"]]
    pipeline.restore_priority(before)
    assert column("neutral") == [board["Ada"], board["Bo"]]
    with pytest.raises(pipeline.PipelineError):
        pipeline.set_priority([board["Bo"]], 4)


@pytest.mark.parametrize("typed, point, group, cents", [
    ("1.250,50", ",", ".", 125050), ("1,250.50", ".", ",", 125050), ("€ 99", ",", ".", 9900),
    ("£15", ".", ",", 1500), ("", ".", ",", None), ("80元", ".", ",", 8000)])
def test_values_are_read_as_the_locale_writes_them(typed, point, group, cents):
    assert pipeline.parse_value(typed, point, group) == cents


@pytest.mark.parametrize("typed", ["abc", "-5", "1e99", "NaN", "12,5,5"])
def test_what_is_not_an_amount_is_said(typed):
    with pytest.raises(pipeline.PipelineError):
        pipeline.parse_value(typed, ".", ",")


def test_column_heads_count_value_and_stale_cards(board):
    pipeline.set_value(board["Ada"], 10000)
    pipeline.set_value(board["Bo"], 2550)
    heads = pipeline.column_heads(leads.LeadFilter(), NOW)
    assert heads["neutral"] == (2, 12550, 1)     # Bo: 3 days in Neutral, over its 2
    assert all(type(n) is int for head in heads.values() for n in head)  # (PostgreSQL's SUM is a numeric)
    assert heads["interested"] == (1, 0, 1)      # 6 days, over 5
    assert heads["contacted"] == (1, 0, 0)       # 2 days, within 7
    assert heads["converted"] == (1, 0, 0)       # won: never stale
    pipeline.save_stale_days({"neutral": 5, "interested": 10, "contacted": 1})
    heads = pipeline.column_heads(leads.LeadFilter(), NOW)
    assert (heads["neutral"].stale, heads["interested"].stale, heads["contacted"].stale) == (0, 0, 1)
    with pytest.raises(pipeline.PipelineError):
        pipeline.save_stale_days({"neutral": 0})
    pipeline.mark_lost([board["Bo"]], "No answer", NOW)
    assert pipeline.column_heads(leads.LeadFilter(), NOW)["neutral"] == (1, 10000, 0)  # lost: not counted


def test_the_report_says_where_leads_are_lost_and_what_was_won(board):
    import csv
    import io
    from datetime import timezone

    from db import leads as db_leads
    db_leads.move_stage([board["Di"]], "converted", None, NOW - 3600)
    pipeline.set_value(board["Di"], 50000)
    pipeline.set_value(board["Ed"], 12000)
    pipeline.mark_lost([board["Ada"], board["Bo"]], "Too expensive", NOW)
    pipeline.mark_lost([board["Cy"]], "=No answer", NOW)
    report = pipeline.report(NOW, timezone.utc)
    assert [(r, n) for r, n, _ids in report.lost] == [("Too expensive", 2), ("=No answer", 1)]
    this_month = report.won_months[-1]
    assert this_month[1:3] == (50000, 1) and this_month[3] == (board["Di"],)
    assert report.won_owners == [("", 50000, 1)]  # Ed was created Converted: no move, not won here
    # A first answer: Ada's person got one 30 minutes after her lead came in.
    from db.models import Conversation, Lead, Message

    ada = Lead.get_by_id(board["Ada"])
    conv = Conversation.insert(contact=ada.contact_id, last_message_at=NOW, created_at=0).execute()
    Message.insert(conversation=conv, direction="out", text="Ciao!", sent_at=ada.created_at + 1800).execute()
    out = io.StringIO()
    assert pipeline.export_report(out) == 5
    rows = {int(r["lead_id"]): r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows[board["Ada"]]["first_response_minutes"] == "30" and rows[board["Bo"]]["first_response_minutes"] == ""
    assert rows[board["Cy"]]["lost_reason"] == "'=No answer"  # a formula, neutralised
    assert rows[board["Di"]]["converted_at"] and rows[board["Di"]]["value"] == "500.00"


def test_the_first_contact_clock_runs_in_business_hours_only(any_db):
    from datetime import datetime, timezone

    from db import automation
    schedule = automation.Schedule({1: [(12 * 60, 14 * 60)]}, frozenset(), timezone.utc)  # Tuesdays 12-14
    tuesday_noon = int(datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc).timestamp())
    assert pipeline.first_contact_due(tuesday_noon + 600, 5, schedule) == tuesday_noon + 900  # open: 5 min
    night = tuesday_noon - 10 * 3600  # 02:00: counts from the opening at 12:00
    assert pipeline.first_contact_due(night, 5, schedule) == tuesday_noon + 300
    assert pipeline.first_contact_due(night, 5, automation.Schedule({}, frozenset(), timezone.utc)) == night + 300
    pipeline.save_first_contact_minutes(15)
    assert pipeline.first_contact_minutes() == 15
    with pytest.raises(pipeline.PipelineError):
        pipeline.save_first_contact_minutes(0)


def test_the_stages_can_be_renamed_but_not_confused(any_db):
    pipeline.save_stage_names({"contacted": "  Preventivo   inviato ", "converted": ""})
    assert pipeline.stage_names() == {"contacted": "Preventivo inviato"}
    with pytest.raises(pipeline.PipelineError):
        pipeline.save_stage_names({"neutral": "Nuovo", "interested": "NUOVO"})
    with pytest.raises(pipeline.PipelineError):
        pipeline.save_stage_names({"neutral": "x" * 31})
    assert pipeline.stage_names() == {"contacted": "Preventivo inviato"}  # a refusal keeps what was
