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
