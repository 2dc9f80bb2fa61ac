"""Settings → Channels and replies through the Page, against a loopback HTTP server."""
from db import graph, inbox as db_inbox
from db.database import database

PAGE = "1122"


def test_connect_sync_and_reply_through_the_page(db_path, make_window, qtbot, httpserver):
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    graph.PageConnection(PAGE, httpserver.url_for("/v21.0")).save()
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({"data": [{
        "id": "t_1", "updated_time": "2026-05-15T11:50:00+0000",
        "participants": {"data": [{"id": "99", "name": "Ada Rossi"}, {"id": PAGE, "name": "Da Gino"}]},
        "messages": {"data": [{"id": "m_1", "message": "Avete tavoli stasera?", "from": {"id": "99", "name": "Ada Rossi"},
                               "created_time": "2026-05-15T11:50:00+0000"}]}}]})
    httpserver.expect_request(f"/v21.0/{PAGE}/leadgen_forms").respond_with_json({"data": []})  # no lead forms
    httpserver.expect_request(f"/v21.0/{PAGE}/posts").respond_with_json({"data": []})  # no posts
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_out"})
    window = make_window(db_path)
    page = window.show_view("settings").show_section("channels")
    page.token.setText("EAAtoken")
    assert page.save()
    assert graph.stored_token(PAGE) == "EAAtoken"
    page.sync_now()
    qtbot.waitUntil(lambda: "1 new message" in page.status.text(), timeout=5000)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    inbox.open_conversation(inbox.model.id_at(0))
    qtbot.waitUntil(lambda: inbox.open_conversation_id is not None)
    inbox.composer.edit.setPlainText("Sì, alle 20!")
    inbox.composer.send()
    mid = inbox.composer.last_sent_id
    qtbot.waitUntil(lambda: database.execute_sql("SELECT state FROM message WHERE id = ?", (mid,)).fetchone()[0]
                    == "sent", timeout=5000)
    assert database.execute_sql("SELECT external_id FROM message WHERE id = ?", (mid,)).fetchone()[0] == "m_out"
    assert db_inbox.thread(inbox.open_conversation_id)[-1].text == "Sì, alle 20!"


def serve_one_message(httpserver, message_id="m_1"):
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({"data": [{
        "id": "t_1", "updated_time": "2026-05-15T11:50:00+0000",
        "participants": {"data": [{"id": "99", "name": "Ada Rossi"}, {"id": PAGE, "name": "Da Gino"}]},
        "messages": {"data": [{"id": message_id, "message": "Avete tavoli stasera?",
                               "from": {"id": "99", "name": "Ada Rossi"}, "created_time": "2026-05-15T11:50:00+0000"}]}}]})
    httpserver.expect_request(f"/v21.0/{PAGE}/posts").respond_with_json({"data": []})
    httpserver.expect_request(f"/v21.0/{PAGE}/leadgen_forms").respond_with_json({"data": []})


def test_a_connected_page_syncs_by_itself_and_backs_off_when_meta_fails(db_path, make_window, qtbot, httpserver,
                                                                         memory_keyring, monkeypatch):
    from desktop import page_sync
    from werkzeug import Response

    monkeypatch.setattr(page_sync, "START_DELAY_MS", 50)
    graph.PageConnection(PAGE, httpserver.url_for("/v21.0")).save()
    graph.store_token(PAGE, "EAAtoken")
    serve_one_message(httpserver)
    window = make_window(db_path)
    inbox = window.show_view("inbox")
    # Nobody pressed anything: the message is there once the window is up.
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
    sync = window.ctx.page_sync
    qtbot.waitUntil(lambda: not sync.running)
    page = window.show_view("settings").show_section("channels")
    assert page.last.text() != "never" and sync.last_success() is not None
    assert 4 * 60_000 < sync.scheduled_in_ms() <= 5.5 * 60_000  # the next turn, in five minutes (a coarse timer)
    # Meta's servers fail: each next try waits twice as long; the page says when.
    httpserver.clear()
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_response(Response("down", status=503))
    for failures, minutes in ((1, 10), (2, 20)):
        with qtbot.waitSignal(sync.finished, timeout=10000):
            page.sync_now()
        assert sync.failures == failures and sync.next_delay_ms() == minutes * 60_000
        assert f"Next try in {minutes} minutes" in page.status.text()
        assert sync.scheduled_in_ms() > (minutes - 1) * 60_000
    # "Only when I press Sync now": no timer at all.
    page.every.setCurrentIndex(page.every.findData(0))
    qtbot.waitUntil(lambda: sync.scheduled_in_ms() is None)
    assert page.every.currentText() == "only when I press Sync now" and sync.minutes() == 0


def test_an_expired_token_stops_the_timer_until_the_page_is_connected_again(db_path, make_window, qtbot, httpserver,
                                                                          memory_keyring, monkeypatch):
    from desktop import page_sync

    monkeypatch.setattr(page_sync, "START_DELAY_MS", 50)
    graph.PageConnection(PAGE, httpserver.url_for("/v21.0")).save()
    graph.store_token(PAGE, "EAAold")
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json(
        {"error": {"message": "Error validating access token", "code": 190}}, status=400)
    window = make_window(db_path)
    sync = window.ctx.page_sync
    with qtbot.waitSignal(sync.finished, timeout=10000):
        pass
    assert sync.stopped and sync.scheduled_in_ms() is None
    page = window.show_view("settings").show_section("channels")
    httpserver.clear()
    serve_one_message(httpserver)
    page.token.setText("EAAnew")
    with qtbot.waitSignal(sync.finished, timeout=10000):
        assert page.save()
    assert not sync.stopped and "1 new message" in page.status.text()


def test_the_greeting_and_ice_breakers_are_set_on_the_page(db_path, make_window, qtbot, httpserver, memory_keyring):
    import json

    from db import settings

    settings.put("business.website", "https://dagino.example")
    graph.PageConnection(PAGE, httpserver.url_for("/v21.0")).save()
    graph.store_token(PAGE, "EAAtoken")
    settings.put("graph.sync_minutes", 0)
    httpserver.expect_request("/v21.0/me/messenger_profile", method="POST").respond_with_json({"result": "success"})
    httpserver.expect_request("/v21.0/me/messenger_profile", method="DELETE").respond_with_json({"result": "success"})
    window = make_window(db_path)
    page = window.show_view("settings").show_section("greeting")
    page.enabled.setChecked(True)
    page.editor.set_text("Ciao {first_name}! Il menu è su {website}")
    page.questions[0].setText("Siete aperti oggi?")
    page.questions[2].setText("  Fate   consegne?  ")
    page.save()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and set on the Page.", timeout=5000)
    posted = [r for r, _ in httpserver.log if r.method == "POST"][-1]
    assert json.loads(posted.data) == {
        "greeting": [{"locale": "default", "text": "Ciao {{user_first_name}}! Il menu è su https://dagino.example"}],
        "ice_breakers": [{"locale": "default", "call_to_actions": [
            {"question": "Siete aperti oggi?", "payload": "ICE_BREAKER_1"},
            {"question": "Fate consegne?", "payload": "ICE_BREAKER_2"}]}]}
    # Switched off here, removed there.
    page.enabled.setChecked(False)
    for edit in page.questions:
        edit.clear()
    page.editor.set_text("Ciao!")
    page.save()
    qtbot.waitUntil(lambda: any(r.method == "DELETE" for r, _ in httpserver.log), timeout=5000)
    deleted = [r for r, _ in httpserver.log if r.method == "DELETE"][-1]
    assert json.loads(deleted.data) == {"fields": ["greeting", "ice_breakers"]}


def test_a_page_that_refuses_the_greeting_is_said_and_the_greeting_is_kept(db_path, make_window, qtbot, httpserver,
                                                                           memory_keyring):
    from db import automation, settings

    graph.PageConnection(PAGE, httpserver.url_for("/v21.0")).save()
    graph.store_token(PAGE, "EAAtoken")
    settings.put("graph.sync_minutes", 0)
    httpserver.expect_request("/v21.0/me/messenger_profile").respond_with_json(
        {"error": {"message": "(#100) Param greeting[0][text] must be at most 160 characters", "code": 100}},
        status=400)
    window = make_window(db_path)
    page = window.show_view("settings").show_section("greeting")
    page.enabled.setChecked(True)
    page.editor.set_text("Benvenuti!")
    page.save()
    qtbot.waitUntil(lambda: "did not take it" in page.status.text(), timeout=5000)
    assert "160 characters" in page.status.text() and page.status.objectName() == "error"
    assert automation.setting("greeting.text") == "Benvenuti!"


def test_stage_changes_go_back_to_meta_from_the_window(db_path, make_window, qtbot, httpserver, memory_keyring):
    import json

    from db import conversions, leads, settings
    from db.incoming import new_contact

    graph.PageConnection(PAGE, httpserver.url_for("/v21.0")).save()
    graph.store_token(PAGE, "EAAtoken")
    settings.put("graph.sync_minutes", 0)
    serve_one_message(httpserver)
    httpserver.expect_request("/v21.0/778899/events", method="POST").respond_with_json({"events_received": 1})
    window = make_window(db_path)
    page = window.show_view("settings").show_section("channels")
    qtbot.waitUntil(lambda: "nothing is sent" in page.events_status.text())
    page.dataset.setText("778899")
    page.dataset_token.setText("EAAdataset")
    assert page.save_dataset()
    qtbot.waitUntil(lambda: conversions.dataset() == "778899")
    assert memory_keyring.get_password(conversions.KEYRING_SERVICE, "778899") == "EAAdataset"
    lead = leads.create_lead(new_contact("Ada", "", 0), None, 0, source="ad")
    database.execute_sql("UPDATE lead SET external_id = '2245803342490123' WHERE id = ?", (lead,))
    leads.move_stage([lead], "interested", None, 100)
    qtbot.waitUntil(lambda: not window.ctx.page_sync.running, timeout=5000)
    with qtbot.waitSignal(window.ctx.page_sync.finished, timeout=10000):
        page.sync_now()
    qtbot.waitUntil(lambda: page.events_status.text() == "0 waiting, 1 sent, 0 failed.", timeout=5000)
    sent = [r for r, _ in httpserver.log if r.path == "/v21.0/778899/events"]
    assert sent[-1].args["access_token"] == "EAAdataset"  # the dataset's own token, not the Page's
    assert json.loads(sent[-1].data)["data"][0]["event_name"] == "interested"
