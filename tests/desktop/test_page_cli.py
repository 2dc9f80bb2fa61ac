"""`sportello connect PAGE_ID` and `sportello sync`, headless, against a real HTTP server on
127.0.0.1 answering as the Graph API does; no keyring (as on a server): the token comes from
SPORTELLO_PAGE_TOKEN and never lands in the database or the output."""
import os
from db.sqlite import sqlite3
import subprocess
import sys

import pytest

from db.database import close_database, open_database

PAGE = "1122"
TOKEN = "EAAsecret-token-123"


def sportello(tmp_path, httpserver, *args, token=TOKEN):
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), SPORTELLO_GRAPH_URL=httpserver.url_for("/v21.0"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("SPORTELLO_PAGE_TOKEN", None)
    if token:
        env["SPORTELLO_PAGE_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "shop.db"), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def serve_page(httpserver, conversations):
    httpserver.expect_request(f"/v21.0/{PAGE}").respond_with_json({"id": PAGE, "name": "Pizzeria <b>Da Gino</b>"})
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({"data": conversations})
    httpserver.expect_request(f"/v21.0/{PAGE}/posts").respond_with_json({"data": []})
    httpserver.expect_request(f"/v21.0/{PAGE}/leadgen_forms").respond_with_json({"data": []})


def thread(message_id="m_1", at="2026-05-15T10:00:00+0000"):
    return {"id": "t_1", "updated_time": at,
            "participants": {"data": [{"id": "99", "name": "Ada Rossi"}, {"id": PAGE, "name": "Da Gino"}]},
            "messages": {"data": [{"id": message_id, "message": "Avete tavoli?", "from": {"id": "99", "name": "Ada Rossi"},
                                   "created_time": at}]}}


def test_connect_then_sync_from_the_command_line(tmp_path, httpserver):
    serve_page(httpserver, [thread()])
    connected = sportello(tmp_path, httpserver, "connect", PAGE)
    assert connected.returncode == 0, connected.stderr
    assert "Connected to Pizzeria <b>Da Gino</b> (Page 1122)" in connected.stdout
    assert "no keyring" in connected.stdout and "SPORTELLO_PAGE_TOKEN" in connected.stdout
    synced = sportello(tmp_path, httpserver, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "1 new message(s)" in synced.stdout
    again = sportello(tmp_path, httpserver, "sync")
    assert again.returncode == 0 and "0 new message(s)" in again.stdout
    db = tmp_path / "shop.db"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT text FROM message").fetchall() == [("Avete tavoli?",)]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in [db, *tmp_path.rglob("*.log")]:
        assert TOKEN.encode() not in path.read_bytes()
    for out in (connected, synced, again):
        assert TOKEN not in out.stdout + out.stderr
    assert all(r.args.get("access_token") == TOKEN for r, _ in httpserver.log)


def test_sync_sends_the_replies_waiting_to_go(tmp_path, httpserver):
    serve_page(httpserver, [])
    assert sportello(tmp_path, httpserver, "connect", PAGE).returncode == 0
    open_database(tmp_path / "shop.db")
    try:
        from db import clock, outbox
        from db.database import database
        contact = database.execute_sql("INSERT INTO contact(first_name, external_id, created_at)"
                                       " VALUES ('Ada', 'psid:99', 0)").lastrowid
        now = clock.now()
        conn_id = database.execute_sql("INSERT INTO conversation(contact_id, last_message_at, created_at)"
                                       " VALUES (?, ?, 0)", (contact, now)).lastrowid
        database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', 'hi', ?)",
                             (conn_id, now - 60))
        waiting = outbox.send_reply(conn_id, "Sì, alle 20", None, now).message_id
    finally:
        close_database()
    httpserver.expect_request("/v21.0/me/messages", method="POST").respond_with_json({"message_id": "m_out"})
    synced = sportello(tmp_path, httpserver, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "1 repl(ies) sent" in synced.stdout
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        assert conn.execute("SELECT state, external_id FROM message WHERE id = ?", (waiting,)).fetchone() == (
            "sent", "m_out")


@pytest.mark.parametrize("answer, said", [
    ({"error": {"message": "Error validating access token: Session has expired", "code": 190, "error_subcode": 463}},
     "expired or was revoked"),
    ({"error": {"message": "(#100) Unsupported get request.", "code": 100}}, "refused the request"),
])
def test_meta_refusing_gives_a_non_zero_status_and_the_reason(tmp_path, httpserver, answer, said):
    httpserver.expect_request(f"/v21.0/{PAGE}").respond_with_json(answer, status=400)
    refused = sportello(tmp_path, httpserver, "connect", PAGE)
    assert refused.returncode == 1 and said in refused.stderr
    assert not (tmp_path / "shop.db").exists()  # nothing kept of a Page that Meta refused


def test_an_expired_token_during_sync_says_so_and_keeps_what_came(tmp_path, httpserver):
    serve_page(httpserver, [thread()])
    assert sportello(tmp_path, httpserver, "connect", PAGE).returncode == 0
    httpserver.clear()
    httpserver.expect_request(f"/v21.0/{PAGE}/conversations").respond_with_json({
        "data": [thread()], "paging": {"next": httpserver.url_for("/v21.0/next")}})
    httpserver.expect_request("/v21.0/next").respond_with_json(
        {"error": {"message": "Session has expired", "code": 190}}, status=400)
    synced = sportello(tmp_path, httpserver, "sync")
    assert synced.returncode == 1 and "expired or was revoked" in synced.stderr
    assert "What came in before is kept" in synced.stderr
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == 1


def test_without_a_token_the_commands_say_where_to_give_one(tmp_path, httpserver):
    missing = sportello(tmp_path, httpserver, "connect", PAGE, token=None)
    assert missing.returncode == 1 and "SPORTELLO_PAGE_TOKEN" in missing.stderr
    not_connected = sportello(tmp_path, httpserver, "sync", token=None)
    assert not_connected.returncode == 1 and "sportello connect PAGE_ID" in not_connected.stderr
    wrong = sportello(tmp_path, httpserver, "connect", "my-pizzeria")
    assert wrong.returncode == 2 and "About section" in wrong.stderr


def test_sync_runs_the_time_rules_once_per_wait(tmp_path, httpserver):
    """A customer's message synced in, unanswered past the rule's limit: `sportello sync`
    flags the conversation and says so; the next sync does not act on it again."""
    serve_page(httpserver, [thread(at="2026-05-15T10:00:00+0000")])
    assert sportello(tmp_path, httpserver, "connect", PAGE).returncode == 0
    from db import rules
    open_database(tmp_path / "shop.db")
    rules.save(None, "conversation_waiting", 2, "flag", None, "", True, 0, include_waiting=True)
    rules.save(None, "conversation_waiting", 1, "notify", None, "Answer Ada", True, 0, include_waiting=True)
    close_database()
    synced = sportello(tmp_path, httpserver, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "Time rules: 1 flagged, 1 notice(s)." in synced.stdout
    assert "Ada Rossi: conversation waiting 1h (Answer Ada)" in synced.stdout
    again = sportello(tmp_path, httpserver, "sync")
    assert "Time rules: nothing to do." in again.stdout
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        assert conn.execute("SELECT flagged FROM conversation").fetchall() == [(1,)]
        assert conn.execute("SELECT count(*) FROM rule_firing").fetchone() == (2,)
