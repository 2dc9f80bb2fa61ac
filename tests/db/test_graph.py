"""The Page connection against a real HTTP server on 127.0.0.1 answering with Graph-shaped JSON."""
import json
from pathlib import Path

import pytest
from werkzeug import Response

from db import graph, inbox, outbox, settings
from db.database import database

PAGE = "1122"
TOKEN = "EAAtoken"
NOW = 1_780_000_000


def conv(cid, updated, messages, participants=(("99", "Ada Rossi"),)):
    return {"id": cid, "updated_time": updated,
            "participants": {"data": [{"id": i, "name": n} for i, n in participants] + [{"id": PAGE, "name": "Da Gino"}]},
            "messages": {"data": messages}}


def msg(mid, text, sender_id, name, at):
    return {"id": mid, "message": text, "from": {"id": sender_id, "name": name}, "created_time": at}


def run(sql, params=()):
    """A statement written with ``?`` for its parameters, on either engine."""
    return database.execute_sql(sql.replace("?", database.param), params)


def waiting_conversation(text, *, channel="messenger", contact_external="psid:99", message_external=None):
    """Ada's conversation with her message a minute ago: its id."""
    from db.models import Contact, Conversation, Message

    contact = Contact.insert(first_name="Ada", external_id=contact_external, created_at=0).execute()
    conversation = Conversation.insert(contact=contact, channel=channel, last_message_at=NOW, created_at=0).execute()
    Message.insert(conversation=conversation, direction="in", text=text, sent_at=NOW - 60,
                   external_id=message_external).execute()
    return conversation


def giulia():
    from db.models import TeamMember

    assert TeamMember.insert(first_name="Giulia").execute() == 1


@pytest.fixture
def client(httpserver, any_db):
    giulia()
    return graph.GraphClient(PAGE, TOKEN, base=httpserver.url_for("/v21.0"), sleep=lambda s: None)


def serve_conversations(httpserver, pages):
    """Answer /PAGE/conversations page by page, each pointing to the next with paging.next."""
    for i, data in enumerate(pages):
        body = {"data": data}
        if i + 1 < len(pages):
            body["paging"] = {"next": httpserver.url_for(f"/v21.0/next/{i + 1}") + f"?access_token={TOKEN}"}
        path = f"/v21.0/{PAGE}/conversations" if i == 0 else f"/v21.0/next/{i}"
        httpserver.expect_request(path, query_string=None if i else None).respond_with_json(body)


def test_sync_follows_paging_goes_through_the_pipeline_and_deduplicates(client, httpserver):
    serve_conversations(httpserver, [
        [conv("t_1", "2026-05-15T10:00:00+0000", [
            msg("m_3", "Grazie!", "99", "Ada Rossi", "2026-05-15T10:00:00+0000"),
            msg("m_2", "Certo, a stasera", PAGE, "Da Gino", "2026-05-15T09:58:00+0000"),
            msg("m_1", "Avete un tavolo?", "99", "Ada Rossi", "2026-05-15T09:55:00+0000")])],
        [conv("t_2", "2026-05-14T08:00:00+0000", [
            msg("m_9", "Buongiorno", "77", "Bo Bianchi", "2026-05-14T08:00:00+0000")],
            participants=(("77", "Bo Bianchi"),))],
    ])
    result = graph.sync(client, NOW)
    assert (result.conversations, result.new_messages, result.stopped_by) == (2, 3, None)
    ada = run("SELECT id FROM conversation WHERE external_id = 't_1'").fetchone()[0]
    assert [(m.direction, m.text) for m in inbox.thread(ada)] == [
        ("in", "Avete un tavolo?"), ("out", "Certo, a stasera"), ("in", "Grazie!")]
    assert inbox.conversation_state(ada)[1] is True  # unread, through the pipeline
    # Requests carry the token; nothing is sent anywhere but the loopback server.
    assert all(r.args.get("access_token") == TOKEN for r, _ in httpserver.log)
    again = graph.sync(client, NOW)
    assert again.new_messages == 0
    assert run("SELECT count(*) FROM message").fetchone()[0] == 4


def test_a_nul_character_in_a_message_or_a_name_does_not_stop_the_sync(client, httpserver):
    """A PostgreSQL server refuses NUL in text: the message is kept with U+FFFD there, and
    the messages after it come in too."""
    serve_conversations(httpserver, [[conv("t_1", "2026-05-15T10:00:00+0000", [
        msg("m_2", "e poi?", "99", "Ada\x00 Rossi", "2026-05-15T10:00:00+0000"),
        msg("m_1", "Ciao\x00 Gino", "99", "Ada\x00 Rossi", "2026-05-15T09:55:00+0000")],
        participants=(("99", "Ada\x00 Rossi"),))]])
    assert graph.sync(client, NOW).new_messages == 2
    ada = run("SELECT id FROM conversation WHERE external_id = 't_1'").fetchone()[0]
    assert [m.text for m in inbox.thread(ada)] == ["Ciao\ufffd Gino", "e poi?"]


def test_a_token_that_expires_mid_sync_stops_it_and_keeps_what_came(client, httpserver):
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({
        "data": [conv("t_1", "2026-05-15T10:00:00+0000", [msg("m_1", "Ciao", "99", "Ada", "2026-05-15T09:55:00+0000")])],
        "paging": {"next": httpserver.url_for("/v21.0/next/1")}})
    httpserver.expect_request("/v21.0/next/1").respond_with_json(
        {"error": {"message": "Error validating access token: Session has expired", "type": "OAuthException",
                   "code": 190, "error_subcode": 463}}, status=400)
    result = graph.sync(client, NOW)
    assert result.new_messages == 1 and result.stopped_by.kind == "token_expired"
    assert "Settings → Channels" in str(result.stopped_by)
    assert settings.get("graph.last_sync") in (None, 0)  # the next sync starts over: nothing is skipped


def pending_reply(text="Ciao Ada"):
    conv_id = waiting_conversation("hi")
    return outbox.send_reply(conv_id, text, 1, NOW).message_id


def test_send_uses_the_response_type_and_marks_sent(client, httpserver):
    mid = pending_reply()
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json(
        {"recipient_id": "99", "message_id": "m_sent_1"})
    assert graph.deliver(client, mid, NOW + 10)
    body = json.loads(httpserver.log[-1][0].data)
    assert body == {"recipient": {"id": "99"}, "messaging_type": "RESPONSE", "message": {"text": "Ciao Ada"}}
    assert run("SELECT state, external_id FROM message WHERE id = ?", (mid,)).fetchone() == (
        "sent", "m_sent_1")


def test_after_24_hours_the_human_agent_tag_goes_with_it(client, httpserver):
    mid = pending_reply()
    run("UPDATE message SET sent_at = sent_at - 90000 WHERE direction = 'in'")
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_2"})
    assert graph.deliver(client, mid, NOW + 10)
    body = json.loads(httpserver.log[-1][0].data)
    assert (body["messaging_type"], body["tag"]) == ("MESSAGE_TAG", "HUMAN_AGENT")


def test_a_closed_window_fails_with_the_reason_and_can_be_retried(client, httpserver):
    mid = pending_reply()
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json(
        {"error": {"message": "(#10) This message is sent outside of allowed window.", "code": 10,
                   "error_subcode": 2018278}}, status=400)
    assert not graph.deliver(client, mid, NOW + 10)
    state, error = run("SELECT state, error FROM message WHERE id = ?", (mid,)).fetchone()
    assert state == "failed" and "reply window has closed" in error
    outbox.retry(mid, NOW + 20)
    assert run("SELECT state FROM message WHERE id = ?", (mid,)).fetchone()[0] == "pending"


def test_rate_limits_are_retried_with_backoff(httpserver, any_db):
    giulia()
    waits = []
    client = graph.GraphClient(PAGE, TOKEN, base=httpserver.url_for("/v21.0"), sleep=waits.append)
    mid = pending_reply()
    limited = {"error": {"message": "(#613) Calls to this api have exceeded the rate limit.", "code": 613}}
    httpserver.expect_ordered_request("/v21.0/me/messages", method="POST").respond_with_json(limited, status=400)
    httpserver.expect_ordered_request("/v21.0/me/messages", method="POST").respond_with_response(
        Response("upstream error", status=502))
    httpserver.expect_ordered_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_ok"})
    assert graph.deliver(client, mid, NOW + 10)
    assert waits == [1.0, 2.0]
    assert run("SELECT state FROM message WHERE id = ?", (mid,)).fetchone()[0] == "sent"


def test_the_token_lives_in_the_keyring(db_path, memory_keyring):
    graph.PageConnection(PAGE, "http://127.0.0.1:1").save()
    graph.store_token(PAGE, TOKEN)
    assert graph.stored_token(PAGE) == TOKEN
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert TOKEN.encode() not in db_path.read_bytes()
    assert graph.PageConnection.load().page_id == PAGE


def test_one_private_reply_to_a_comment_goes_by_comment_id(client, httpserver):
    conv_id = waiting_conversation("Che buona!", channel="comment", contact_external=None, message_external="c_555")
    mid = outbox.send_reply(conv_id, "Grazie! Ti scriviamo in privato", 1, NOW).message_id
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_p"})
    assert graph.deliver(client, mid, NOW + 5)
    assert json.loads(httpserver.log[-1][0].data)["recipient"] == {"comment_id": "c_555"}
    with pytest.raises(outbox.SendError, match="one private reply"):
        outbox.send_reply(conv_id, "Another one", 1, NOW + 10)


def test_a_conversation_with_more_new_messages_than_one_page_loses_none(client, httpserver):
    """Meta gives a conversation's messages 50 at a time, newest first; sync follows the
    messages edge's paging.next until it reaches a message it already has."""
    def at(i):
        return f"2026-05-15T{8 + i // 60:02d}:{i % 60:02d}:00+0000"

    def page(ids, next_path=None):
        body = {"data": [msg(f"m_{i}", f"message {i}", "99", "Ada Rossi", at(i)) for i in ids]}
        if next_path:
            body["paging"] = {"cursors": {"after": "x"}, "next": httpserver.url_for(next_path) + f"?access_token={TOKEN}"}
        return body

    newest_first = list(range(119, -1, -1))  # 120 messages
    first = page(newest_first[:50], "/v21.0/t_1/messages/2")
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json(
        {"data": [{**conv("t_1", at(119), []), "messages": first}]})
    httpserver.expect_request("/v21.0/t_1/messages/2").respond_with_json(page(newest_first[50:100],
                                                                               "/v21.0/t_1/messages/3"))
    httpserver.expect_request("/v21.0/t_1/messages/3").respond_with_json(page(newest_first[100:]))
    result = graph.sync(client, NOW)
    assert (result.new_messages, result.stopped_by) == (120, None)
    ada = run("SELECT id FROM conversation WHERE external_id = 't_1'").fetchone()[0]
    assert [m.text for m in inbox.thread(ada)] == [f"message {i}" for i in range(120)]  # every one, in order


def test_more_messages_after_a_sync_are_read_up_to_the_ones_already_here(client, httpserver):
    def at(i):
        return f"2026-05-15T10:{i:02d}:00+0000"

    old = [msg(f"m_{i}", f"old {i}", "99", "Ada Rossi", at(i)) for i in (2, 1, 0)]
    httpserver.expect_ordered_request(f"/v21.0/{PAGE}/conversations").respond_with_json(
        {"data": [conv("t_1", at(2), old)]})
    assert graph.sync(client, NOW).new_messages == 3
    newer = [msg(f"m_{i}", f"new {i}", "99", "Ada Rossi", at(i)) for i in (5, 4, 3)]
    # The listing's page holds the three new ones and an old one; the next page (never
    # asked for) would hold the rest of the old ones.
    httpserver.expect_ordered_request(f"/v21.0/{PAGE}/conversations").respond_with_json(
        {"data": [{**conv("t_1", at(5), []), "messages": {
            "data": newer + old[:1], "paging": {"next": httpserver.url_for("/v21.0/never") + "?access_token=x"}}}]})
    second = graph.sync(client, NOW)
    assert second.new_messages == 3
    assert not any(r.path == "/v21.0/never" for r, _ in httpserver.log)
    ada = run("SELECT id FROM conversation WHERE external_id = 't_1'").fetchone()[0]
    assert [m.text for m in inbox.thread(ada)] == ["old 0", "old 1", "old 2", "new 3", "new 4", "new 5"]


def test_a_fault_while_paging_a_conversation_keeps_the_sync_position(client, httpserver):
    first = {"data": [msg("m_9", "nine", "99", "Ada Rossi", "2026-05-15T10:09:00+0000")],
             "paging": {"next": httpserver.url_for("/v21.0/t_1/messages/2") + f"?access_token={TOKEN}"}}
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json(
        {"data": [{**conv("t_1", "2026-05-15T10:09:00+0000", []), "messages": first}]})
    httpserver.expect_request("/v21.0/t_1/messages/2").respond_with_json(
        {"error": {"message": "Error validating access token", "type": "OAuthException", "code": 190}}, status=400)
    result = graph.sync(client, NOW)
    assert result.stopped_by is not None and result.stopped_by.kind == "token_expired"
    assert settings.get("graph.last_sync") in (None, 0)  # read again next time: nothing skipped


def graph_lead(lead_id, at, fields, **extra):
    return {"id": lead_id, "created_time": at, "form_id": "81234", "is_organic": False, "platform": "fb",
            "ad_id": "120208899", "ad_name": "Pizza del mese",
            "field_data": [{"name": k, "values": [v]} for k, v in fields.items()], **extra}


def test_the_pages_lead_forms_become_leads_as_a_download_would(client, httpserver):
    """/{page-id}/leadgen_forms and /{form-id}/leads, with paging, read by the download's parser."""
    from db import leads

    httpserver.expect_request(f"/v21.0/{PAGE}/leadgen_forms").respond_with_json({
        "data": [{"id": "81234", "name": "Catering 2026", "status": "ACTIVE"}],
        "paging": {"next": httpserver.url_for("/v21.0/forms/2") + f"?access_token={TOKEN}"}})
    httpserver.expect_request("/v21.0/forms/2").respond_with_json({"data": [{"id": "81235", "name": "B2B"}]})
    httpserver.expect_request("/v21.0/81234/leads").respond_with_json({
        "data": [graph_lead("2245803342490123", "2026-05-15T10:00:00+0000",
                            {"full_name": "Ada Rossi", "email": "ada@example.com", "phone_number": "+393331234567",
                             "how_many_people?": "20"})],
        "paging": {"next": httpserver.url_for("/v21.0/81234/leads/2") + f"?access_token={TOKEN}"}})
    httpserver.expect_request("/v21.0/81234/leads/2").respond_with_json({
        "data": [graph_lead("2245803342490124", "2026-05-15T11:00:00+0000",
                            {"full_name": "Bruno Neri", "email": "bruno@example.com"}, platform="ig")]})
    httpserver.expect_request("/v21.0/81235/leads").respond_with_json({
        "data": [graph_lead("2245803342490125", "2026-05-15T12:00:00+0000",
                            {"first_name": "Carla", "last_name": "Verdi", "work_email": "carla@studio.example",
                             "company_name": "Studio Verdi"}, form_id="81235")]})
    first = graph.sync_leads(client, NOW)
    assert (first.created, first.merged, first.skipped) == (3, 0, 0)
    ada = leads.details(leads.lead_ids(leads.LeadFilter(text="Ada"))[0])
    assert (ada.row.email, ada.row.phone, ada.external_id) == ("ada@example.com", "+393331234567", "2245803342490123")
    assert (ada.row.source, ada.row.source_detail) == ("ad", "Pizza del mese")
    assert ada.answers == {"how_many_people?": "20"}
    carla = leads.details(leads.lead_ids(leads.LeadFilter(text="Carla"))[0])
    assert carla.row.email == "carla@studio.example"
    # The forms are asked for what came after the newest lead read; the server here
    # answers the same again, and the leads merge rather than doubling.
    asked = [r for r, _ in httpserver.log if r.path == "/v21.0/81234/leads"]
    assert "GREATER_THAN" in asked[0].args["filtering"]
    again = graph.sync_leads(client, NOW)
    assert (again.created, again.merged) == (0, 3)
    assert run("SELECT count(*) FROM lead").fetchone()[0] == 3
    assert settings.get("graph.leads_since") == graph._ts("2026-05-15T12:00:00+0000")


def test_a_token_without_the_leads_permission_is_said_and_the_messages_stay(client, httpserver):
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({"data": [
        conv("t_1", "2026-05-15T10:00:00+0000", [msg("m_1", "Ciao", "99", "Ada", "2026-05-15T09:55:00+0000")])]})
    httpserver.expect_request(f"/v21.0/{PAGE}/leadgen_forms").respond_with_json(
        {"error": {"message": "(#200) Requires leads_retrieval permission", "type": "OAuthException", "code": 200}},
        status=403)
    result = graph.sync_all(client, NOW)
    assert result.new_messages == 1 and result.stopped_by is not None
    assert run("SELECT count(*) FROM message").fetchone()[0] == 1


# --- comments on the Page's posts ---------------------------------------------------------

def comment(cid, text, sender_id, name, at):
    return {"id": cid, "message": text, "from": {"id": sender_id, "name": name}, "created_time": at}


def test_comments_on_the_pages_posts_become_comment_conversations_with_their_post(client, httpserver):
    from db import reply_window

    now = graph._ts("2026-05-15T12:00:00+0000")
    httpserver.expect_request(f"/v21.0/{PAGE}/posts").respond_with_json({"data": [
        {"id": f"{PAGE}_501", "message": "Pizza del mese: la Norma", "created_time": "2026-05-14T09:00:00+0000",
         "updated_time": "2026-05-15T11:00:00+0000"},
        {"id": f"{PAGE}_400", "message": "Old news", "created_time": "2026-05-01T09:00:00+0000",
         "updated_time": "2026-05-01T09:00:00+0000"}]})
    # Newest first, two pages: the comment on the second page is read too.
    httpserver.expect_request(f"/v21.0/{PAGE}_501/comments").respond_with_json({
        "data": [comment(f"{PAGE}_501_9", "Grazie a voi!", PAGE, "Da Gino", "2026-05-15T11:00:00+0000"),
                 comment(f"{PAGE}_501_8", "Che buona! <b>Prezzo?</b>", "4401", "Ada Rossi", "2026-05-15T10:00:00+0000")],
        "paging": {"next": httpserver.url_for("/v21.0/c/2") + f"?access_token={TOKEN}"}})
    httpserver.expect_request("/v21.0/c/2").respond_with_json({"data": [
        comment(f"{PAGE}_501_7", "Fate consegne a Brera?", "4402", "Bo Bianchi", "2026-05-15T09:00:00+0000")]})
    result = graph.sync_comments(client, now)
    assert (result.posts, result.comments) == (1, 2)  # the Page's own answer is no conversation
    rows = run(
        "SELECT c.id, c.channel, c.post_id, ct.first_name, m.text, m.external_id FROM conversation c"
        " JOIN contact ct ON ct.id = c.contact_id JOIN message m ON m.conversation_id = c.id ORDER BY m.sent_at").fetchall()
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("comment", f"{PAGE}_501", "Bo", "Fate consegne a Brera?"),
        ("comment", f"{PAGE}_501", "Ada", "Che buona! <b>Prezzo?</b>")]
    # The inbox row knows the post's text (the thread says which post the comment is on).
    from db import inbox
    assert inbox.conversation_rows([rows[0][0]])[rows[0][0]].post == "Pizza del mese: la Norma"
    # The one private reply is open from the inbox, and goes to the comment.
    window = reply_window.for_conversation(rows[1][0], now)
    assert window.status == "private_reply"
    mid = outbox.send_reply(rows[1][0], "Ti scriviamo in privato", 1, now).message_id
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_p"})
    assert graph.deliver(client, mid, now + 5)
    assert json.loads(httpserver.log[-1][0].data)["recipient"] == {"comment_id": f"{PAGE}_501_8"}
    # A second sync finds nothing new.
    assert graph.sync_comments(client, now + 60).comments == 0
    assert run("SELECT count(*) FROM conversation WHERE channel = 'comment'").fetchone()[0] == 2


def test_a_fault_while_paging_comments_stores_none_of_the_post_and_keeps_the_position(client, httpserver):
    now = graph._ts("2026-05-15T12:00:00+0000")
    httpserver.expect_request(f"/v21.0/{PAGE}/posts").respond_with_json({"data": [
        {"id": f"{PAGE}_501", "created_time": "2026-05-14T09:00:00+0000", "updated_time": "2026-05-15T11:00:00+0000"}]})
    httpserver.expect_request(f"/v21.0/{PAGE}_501/comments").respond_with_json({
        "data": [comment(f"{PAGE}_501_8", "Prezzo?", "4401", "Ada", "2026-05-15T10:00:00+0000")],
        "paging": {"next": httpserver.url_for("/v21.0/c/2")}})
    httpserver.expect_request("/v21.0/c/2").respond_with_json(
        {"error": {"message": "Session has expired", "code": 190}}, status=400)
    with pytest.raises(graph.GraphError):
        graph.sync_comments(client, now)
    assert run("SELECT count(*) FROM message").fetchone()[0] == 0
    assert not settings.get("graph.comments_since")


# --- automatic replies through the Send API, exactly once ----------------------------------

def live_sync(httpserver, client, message_id, at, now):
    httpserver.clear()
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({"data": [
        conv("t_1", at, [msg(message_id, "Siete aperti?", "99", "Ada Rossi", at)])]})
    return graph.sync(client, now)


def test_an_instant_reply_to_a_message_that_came_by_sync_is_sent_once(client, httpserver):
    from db import automation

    automation.save_instant_reply(True, "Ciao {first_name}, ti rispondiamo subito!")
    connected = graph._ts("2026-05-15T09:00:00+0000")
    graph.PageConnection(PAGE).save(connected)
    now = graph._ts("2026-05-15T10:01:00+0000")
    assert live_sync(httpserver, client, "m_1", "2026-05-15T10:00:00+0000", now).new_messages == 1
    auto = run("SELECT id, state, text FROM message WHERE automatic = 'instant'").fetchall()
    assert [(a[1], a[2]) for a in auto] == [("pending", "Ciao Ada, ti rispondiamo subito!")]  # not sent until Meta says so
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_auto"})
    sent, failed = graph.deliver_all(client, now)
    assert (sent, failed) == (1, [])
    body = json.loads([r for r, _ in httpserver.log if r.path == "/v21.0/me/messages"][0].data)
    assert body == {"recipient": {"id": "99"}, "messaging_type": "RESPONSE",
                    "message": {"text": "Ciao Ada, ti rispondiamo subito!"}}
    # The same message synced again, another sender, a restart: nothing goes twice.
    live_sync(httpserver, client, "m_1", "2026-05-15T10:00:00+0000", now + 60)
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_again"})
    assert graph.deliver_all(client, now + 120) == (0, [])
    assert not [r for r, _ in httpserver.log if r.path == "/v21.0/me/messages"]
    assert run("SELECT count(*) FROM message WHERE automatic IS NOT NULL").fetchone()[0] == 1


def test_history_from_a_first_sync_gets_no_automatic_reply(client, httpserver):
    from db import automation

    automation.save_instant_reply(True, "Ciao!")
    now = graph._ts("2026-05-15T10:01:00+0000")
    graph.PageConnection(PAGE).save(now)  # connected after the message was written
    live_sync(httpserver, client, "m_1", "2026-05-15T10:00:00+0000", now)
    assert run("SELECT count(*) FROM message WHERE automatic IS NOT NULL").fetchone()[0] == 0


def test_only_one_sender_takes_a_waiting_reply_and_a_stale_one_is_never_resent(client, httpserver):
    mid = pending_reply()
    assert outbox.claim(mid, NOW) and not outbox.claim(mid, NOW + 1)  # a second window, seat or command
    assert outbox.pending_messages() == []
    # The sender stopped mid-call (a crash): ten minutes on, the reply is failed with why.
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_x"})
    assert graph.deliver_all(client, NOW + outbox.STALE_SENDING + 60) == (0, [])
    state, error = run("SELECT state, error FROM message WHERE id = ?", (mid,)).fetchone()
    assert state == "failed" and "may or may not have reached" in error
    assert not httpserver.log
    outbox.retry(mid, NOW + outbox.STALE_SENDING + 90)  # the user's call
    assert graph.deliver_all(client, NOW + outbox.STALE_SENDING + 100) == (1, [])


def test_an_automatic_reply_past_24_hours_is_not_sent_with_a_human_agent_tag(client, httpserver):
    from db import automation

    automation.save_instant_reply(True, "Ciao!")
    graph.PageConnection(PAGE).save(graph._ts("2026-05-15T09:00:00+0000"))
    now = graph._ts("2026-05-15T10:01:00+0000")
    live_sync(httpserver, client, "m_1", "2026-05-15T10:00:00+0000", now)
    sent, failed = graph.deliver_all(client, now + 25 * 3600)  # the app was closed for a day
    assert sent == 0 and len(failed) == 1 and "within 24 hours" in failed[0][1]
    assert not [r for r, _ in httpserver.log if r.path == "/v21.0/me/messages"]


def test_retired_message_tags_are_never_sent(client, httpserver):
    for tag in ("CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE"):
        with pytest.raises(graph.GraphError, match=tag):
            client.send({"id": "99"}, "Il tuo ordine è pronto", "MESSAGE_TAG", tag)
    assert not httpserver.log


# --- files, both ways ----------------------------------------------------------------------

def test_files_of_incoming_messages_are_kept_beside_the_database(client, httpserver):
    from db.database import attachments_folder

    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    httpserver.expect_request("/cdn/photo.png").respond_with_data(picture, content_type="image/png")
    httpserver.expect_request("/cdn/gone.pdf").respond_with_data("", status=404)
    httpserver.expect_request("/cdn/sticker.png").respond_with_data(b"sticker", content_type="image/png")
    m = msg("m_1", "Ecco la foto del tavolo", "99", "Ada Rossi", "2026-05-15T10:00:00+0000")
    m["attachments"] = {"data": [
        {"id": "a_1", "mime_type": "image/png", "name": "../../tavolo.png",
         "image_data": {"url": httpserver.url_for("/cdn/photo.png")}},
        {"id": "a_2", "mime_type": "application/pdf", "name": "menu.pdf", "file_url": httpserver.url_for("/cdn/gone.pdf")}]}
    sticker = msg("m_2", "", "99", "Ada Rossi", "2026-05-15T10:01:00+0000")
    sticker["sticker"] = httpserver.url_for("/cdn/sticker.png")
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({"data": [
        conv("t_1", "2026-05-15T10:01:00+0000", [sticker, m])]})
    assert graph.sync(client, NOW).new_messages == 2
    conversation = run("SELECT id FROM conversation WHERE external_id = 't_1'").fetchone()[0]
    files = [(a.kind, a.filename, a.missing) for message in inbox.thread(conversation) for a in message.attachments]
    assert files == [("image", "../../tavolo.png", False), ("file", "menu.pdf", True), ("image", "sticker.png", False)]
    kept = run("SELECT path FROM attachment WHERE filename = '../../tavolo.png'").fetchone()[0]
    kept = Path(kept)
    assert kept.parent == attachments_folder() and kept.name.endswith("tavolo.png")  # never outside it
    assert kept.read_bytes() == picture
    # A second sync brings nothing again, files included.
    assert graph.sync(client, NOW).new_messages == 0
    assert run("SELECT count(*) FROM attachment").fetchone()[0] == 3


def test_a_reply_with_a_picture_uploads_the_file_then_the_text_and_a_retry_sends_only_the_rest(
        client, httpserver, tmp_path):
    picture = tmp_path / "pizza.jpg"
    picture.write_bytes(b"\xff\xd8\xff" + b"jpeg" * 500)
    conv_id = waiting_conversation("foto?")
    mid = outbox.send_reply(conv_id, "Eccola!", 1, NOW, attachments=[picture], store=tmp_path / "store").message_id
    httpserver.expect_ordered_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_file"})
    httpserver.expect_ordered_request("/v21.0/me/messages", method="POST").respond_with_json(
        {"error": {"message": "(#613) Calls to this api have exceeded the rate limit.", "code": 613}}, status=400)
    client.attempts = 1
    assert not graph.deliver(client, mid, NOW + 5)  # the file went; the text was refused
    upload = httpserver.log[0][0]
    assert upload.content_type.startswith("multipart/form-data")
    sent_file = upload.files["filedata"]
    assert sent_file.filename == "pizza.jpg" and sent_file.read() == picture.read_bytes()
    sent_file.close()
    assert json.loads(upload.form["recipient"]) == {"id": "99"}
    assert json.loads(upload.form["message"])["attachment"]["type"] == "image"
    assert run("SELECT state FROM message WHERE id = ?", (mid,)).fetchone()[0] == "failed"
    outbox.retry(mid, NOW + 30)
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_text"})
    assert graph.deliver(client, mid, NOW + 40)
    calls = [r for r, _ in httpserver.log]
    assert len(calls) == 3 and json.loads(calls[2].data)["message"] == {"text": "Eccola!"}  # the file not again
    assert run("SELECT state, external_id FROM message WHERE id = ?", (mid,)).fetchone() == (
        "sent", "m_text")


def test_a_reply_whose_file_is_gone_fails_and_is_never_shown_sent(client, httpserver, tmp_path):
    picture = tmp_path / "pizza.jpg"
    picture.write_bytes(b"jpeg")
    mid = pending_reply()
    conv_id = run("SELECT conversation_id FROM message WHERE id = ?", (mid,)).fetchone()[0]
    run("UPDATE message SET text = '' WHERE id = ?", (mid,))
    run("INSERT INTO attachment(message_id, kind, filename, path, size) VALUES (?, 'image', 'pizza.jpg', ?, 4)",
                         (mid, str(tmp_path / "deleted.jpg")))
    assert not graph.deliver(client, mid, NOW + 5)
    state, error = run("SELECT state, error FROM message WHERE id = ?", (mid,)).fetchone()
    assert state == "failed" and "pizza.jpg" in error and not httpserver.log
    assert conv_id
