from pathlib import Path

import pytest

from db import outbox
from db.clock import DAY, HOUR
from db.database import database
from db.outbox import SendError

L = 1_780_000_000


@pytest.fixture
def conv(db_path):
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    database.execute_sql("INSERT INTO contact(id, first_name, created_at) VALUES (1, 'Ada', 0)")
    database.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at, unread)"
                         " VALUES (1, 1, ?, 0, 1)", (L,))
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (1, 'in', 'hi', ?)", (L,))
    return 1


def row(message_id):
    return database.execute_sql("SELECT state, tag, text, author_id, error FROM message WHERE id = ?",
                                (message_id,)).fetchone()


def test_a_reply_is_stored_pending_then_sent(conv):
    outbox.save_draft(conv, "Ciao Ada", L + 60)
    out = outbox.send_reply(conv, "Ciao Ada!", 1, L + HOUR)
    assert row(out.message_id) == ("pending", None, "Ciao Ada!", 1, None)
    assert outbox.draft(conv) == ""
    assert outbox.pending_messages() == [out.message_id]
    assert database.execute_sql("SELECT snippet, unread FROM conversation").fetchone() == ("Ciao Ada!", 0)
    outbox.mark_sent(out.message_id, "m_123")
    assert row(out.message_id)[0] == "sent" and outbox.pending_messages() == []


def test_after_24_hours_the_human_agent_tag_is_used(conv):
    out = outbox.send_reply(conv, "Sorry for the wait", 1, L + 2 * DAY)
    assert (out.tag, out.messaging_type) == ("HUMAN_AGENT", "MESSAGE_TAG")
    assert row(out.message_id)[1] == "HUMAN_AGENT"


def test_after_7_days_nothing_is_stored(conv):
    with pytest.raises(SendError, match="window has closed"):
        outbox.send_reply(conv, "Hello?", 1, L + 7 * DAY)
    assert database.execute_sql("SELECT count(*) FROM message WHERE direction = 'out'").fetchone()[0] == 0


def test_failed_then_retried(conv):
    out = outbox.send_reply(conv, "Ciao", 1, L + 60)
    outbox.mark_failed(out.message_id, "The Page access token has expired.")
    assert row(out.message_id)[0] == "failed" and "expired" in row(out.message_id)[4]
    outbox.retry(out.message_id, L + 120)
    assert row(out.message_id)[0] == "pending" and row(out.message_id)[4] is None
    with pytest.raises(SendError, match="failed"):
        outbox.retry(out.message_id, L + 180)


def test_empty_and_too_long_messages_are_refused(conv):
    with pytest.raises(SendError, match="Write something"):
        outbox.send_reply(conv, "   ", 1, L)
    with pytest.raises(SendError, match="at most 2000"):
        outbox.send_reply(conv, "x" * 2001, 1, L)


def test_attachments_checked_copied_and_limited(conv, tmp_path):
    photo = tmp_path / "pizza.jpg"
    photo.write_bytes(b"\xff\xd8jpeg")
    big = tmp_path / "video.mp4"
    with open(big, "wb") as f:
        f.truncate(outbox.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(SendError, match="up to 25 MB"):
        outbox.send_reply(conv, "look", 1, L, [photo, big], tmp_path / "store")
    assert database.execute_sql("SELECT count(*) FROM message WHERE direction = 'out'").fetchone()[0] == 0
    out = outbox.send_reply(conv, "", 1, L, [photo], tmp_path / "store")
    kind, name, path = database.execute_sql("SELECT kind, filename, path FROM attachment").fetchone()
    assert (kind, name) == ("image", "pizza.jpg")
    assert Path(path).read_bytes() == b"\xff\xd8jpeg"
    assert database.execute_sql("SELECT snippet FROM conversation").fetchone()[0] == "pizza.jpg"
    assert out.message_id


def test_drafts_survive_and_blank_drafts_vanish(conv):
    outbox.save_draft(conv, "Ciao, domani", L)
    assert outbox.draft(conv) == "Ciao, domani"
    outbox.save_draft(conv, "  ", L)
    assert outbox.draft(conv) == ""
