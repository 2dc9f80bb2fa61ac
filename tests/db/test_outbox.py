from pathlib import Path

import pytest

from db import outbox
from db.clock import DAY, HOUR
from db.models import Attachment, Contact, Conversation, Message, TeamMember
from db.outbox import SendError

L = 1_780_000_000


@pytest.fixture
def conv(any_db):
    """A conversation with Ada, who wrote at L; Giulia (member 1) answers. On both engines."""
    assert TeamMember.insert(first_name="Giulia").execute() == 1
    contact = Contact.insert(first_name="Ada", created_at=0).execute()
    conversation = Conversation.insert(contact=contact, last_message_at=L, created_at=0, unread=True).execute()
    Message.insert(conversation=conversation, direction="in", text="hi", sent_at=L).execute()
    return conversation


def row(message_id):
    return Message.select(Message.state, Message.tag, Message.text, Message.author, Message.error).where(
        Message.id == message_id).tuples().first()


def outgoing() -> int:
    return Message.select().where(Message.direction == "out").count()


def test_a_reply_is_stored_pending_then_sent(conv):
    outbox.save_draft(conv, "Ciao Ada", L + 60)
    out = outbox.send_reply(conv, "Ciao Ada!", 1, L + HOUR)
    assert row(out.message_id) == ("pending", None, "Ciao Ada!", 1, None)
    assert outbox.draft(conv) == ""
    assert outbox.pending_messages() == [out.message_id]
    assert Conversation.select(Conversation.snippet, Conversation.unread).tuples().first() == ("Ciao Ada!", False)
    outbox.mark_sent(out.message_id, "m_123")
    assert row(out.message_id)[0] == "sent" and outbox.pending_messages() == []


def test_after_24_hours_the_human_agent_tag_is_used(conv):
    out = outbox.send_reply(conv, "Sorry for the wait", 1, L + 2 * DAY)
    assert (out.tag, out.messaging_type) == ("HUMAN_AGENT", "MESSAGE_TAG")
    assert row(out.message_id)[1] == "HUMAN_AGENT"


def test_after_7_days_nothing_is_stored(conv):
    with pytest.raises(SendError, match="window has closed"):
        outbox.send_reply(conv, "Hello?", 1, L + 7 * DAY)
    assert outgoing() == 0


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
    assert outgoing() == 0
    out = outbox.send_reply(conv, "", 1, L, [photo], tmp_path / "store")
    kind, name, path = Attachment.select(Attachment.kind, Attachment.filename, Attachment.path).tuples().first()
    assert (kind, name) == ("image", "pizza.jpg")
    assert Path(path).read_bytes() == b"\xff\xd8jpeg"
    assert Conversation.select(Conversation.snippet).scalar() == "pizza.jpg"
    assert out.message_id


def test_drafts_survive_and_blank_drafts_vanish(conv):
    outbox.save_draft(conv, "Ciao, domani", L)
    assert outbox.draft(conv) == "Ciao, domani"
    outbox.save_draft(conv, "  ", L)
    assert outbox.draft(conv) == ""
