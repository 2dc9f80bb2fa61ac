"""Stages back to Meta (the Conversions API for CRM) against a real HTTP server on 127.0.0.1
answering as Meta's /{dataset-id}/events does."""
import json

import pytest

from db import conversions, graph, leads
from db.models import ConversionEvent, Lead
from db.incoming import new_contact

DATASET = "778899"
NOW = 1_780_000_000


@pytest.fixture
def client(httpserver, any_db):
    return graph.GraphClient(DATASET, "EAAdataset", base=httpserver.url_for("/v21.0"), sleep=lambda s: None,
                             attempts=1)


def meta_lead(name="Ada", meta_id="2245803342490123"):
    contact = new_contact(name, "Rossi", NOW)
    lead_id = leads.create_lead(contact, None, NOW, source="ad")
    Lead.update(external_id=meta_id).where(Lead.id == lead_id).execute()
    return lead_id


def events_sent(httpserver):
    return [e for r, _ in httpserver.log if r.path == f"/v21.0/{DATASET}/events" for e in json.loads(r.data)["data"]]


def test_each_stage_of_a_meta_lead_goes_back_once_as_meta_specifies(client, httpserver):
    before = meta_lead("Bo", "1111")  # made before a dataset was connected: nothing queued for it
    conversions.connect(DATASET)
    ada = meta_lead()
    mine = leads.create_lead(new_contact("Carla", "", NOW), None, NOW)  # typed in by hand: no Meta id
    leads.move_stage([ada, mine, before], "interested", None, NOW + 60)
    leads.move_stage([ada], "converted", None, NOW + 120)
    httpserver.expect_request(f"/v21.0/{DATASET}/events", method="POST").respond_with_json(
        {"events_received": 3, "messages": [], "fbtrace_id": "AbC"})
    assert conversions.send_queued(client, NOW + 130) == (3, 0)
    sent = events_sent(httpserver)
    assert [(e["event_name"], e["event_time"], e["user_data"]) for e in sent] == [
        ("interested", NOW + 60, {"lead_id": 1111}),
        ("interested", NOW + 60, {"lead_id": 2245803342490123}),
        ("converted", NOW + 120, {"lead_id": 2245803342490123})]
    assert all(e["action_source"] == "system_generated"
               and e["custom_data"] == {"event_source": "crm", "lead_event_source": "Sportello"} for e in sent)
    assert len({e["event_id"] for e in sent}) == 3
    # Sent is sent: nothing goes again, after a restart or from another seat.
    assert conversions.send_queued(client, NOW + 200) == (0, 0)
    assert len(events_sent(httpserver)) == 3
    assert conversions.queue_state() == conversions.QueueState(0, 3, 0, "")


def test_an_undone_move_takes_its_unsent_event_with_it(client, httpserver):
    conversions.connect(DATASET)
    ada = meta_lead()
    snapshot = leads.move_stage([ada], "contacted", None, NOW + 60)
    leads.restore(snapshot)  # Undo
    assert ConversionEvent.select().count() == 0


def test_a_refusal_that_may_pass_is_tried_again_and_a_stale_one_is_never_resent(client, httpserver):
    conversions.connect(DATASET)
    ada = meta_lead()
    leads.move_stage([ada], "interested", None, NOW + 60)
    httpserver.expect_ordered_request(f"/v21.0/{DATASET}/events").respond_with_json(
        {"error": {"message": "(#613) Calls to this api have exceeded the rate limit.", "code": 613}}, status=400)
    httpserver.expect_ordered_request(f"/v21.0/{DATASET}/events").respond_with_json({"events_received": 1})
    assert conversions.send_queued(client, NOW + 70) == (0, 1)
    state = conversions.queue_state()
    assert state.waiting == 1 and "slow down" in state.last_error
    assert conversions.send_queued(client, NOW + 400) == (1, 0)  # the next sync
    # One taken by a sender that stopped mid-call (a crash) is marked, and left alone.
    leads.move_stage([ada], "converted", None, NOW + 500)
    assert len(conversions.take(NOW + 510)) == 1
    assert conversions.send_queued(client, NOW + 510 + conversions.STALE_SENDING + 1) == (0, 0)
    state = conversions.queue_state()
    assert state.failed == 1 and "never counts it twice" in state.last_error
    assert len(events_sent(httpserver)) == 2


def test_nothing_is_queued_or_sent_without_a_dataset(client, httpserver):
    ada = meta_lead()
    leads.move_stage([ada], "interested", None, NOW + 60)
    assert conversions.send_queued(client, NOW + 70) == (0, 0) and not httpserver.log
    conversions.connect(DATASET)
    conversions.connect(None)
    leads.move_stage([ada], "converted", None, NOW + 80)
    assert ConversionEvent.select().count() == 0


def test_a_lead_imported_from_a_meta_download_queues_its_first_stage(any_db):
    from db import leads_io

    conversions.connect(DATASET)
    header = ["id", "created_time", "ad_id", "ad_name", "form_id", "form_name", "is_organic", "platform",
              "full_name", "email", "phone_number", "lead_status"]
    row = ["l:2245803342490999", "2026-05-01T10:00:00+0200", "ag:1", "Promo", "f:1", "Form", "false", "fb",
           "Dario Fo", "dario@example.com", "p:+393331112222", "complete"]
    data = ("\t".join(header) + "\n" + "\t".join(row) + "\n").encode("utf-16")
    leads_io.apply(leads_io.parse(data), NOW)
    assert [(e.meta_lead_id, e.event_name) for e in ConversionEvent.select()] == [("2245803342490999", "neutral")]
