import pytest

from db import reply_window
from db.clock import DAY, HOUR
from db.reply_window import rule

L = 1_780_000_000


@pytest.mark.parametrize("elapsed, status, tag", [
    (0, "open", None), (24 * HOUR - 1, "open", None),
    (24 * HOUR, "human_agent", "HUMAN_AGENT"), (7 * DAY - 1, "human_agent", "HUMAN_AGENT"),
    (7 * DAY, "closed", None), (30 * DAY, "closed", None),
])
def test_messenger_window_edges(elapsed, status, tag):
    window = rule("messenger", L, L + elapsed)
    assert (window.status, window.tag) == (status, tag)
    assert window.can_reply is (status != "closed")
    if status == "open":
        assert window.messaging_type == "RESPONSE" and window.closes_at == L + 24 * HOUR
    if status == "human_agent":
        assert window.messaging_type == "MESSAGE_TAG" and window.closes_at == L + 7 * DAY


def test_no_customer_message_no_reply():
    assert rule("messenger", None, L).reason == "no_message"


@pytest.mark.parametrize("elapsed, sent, status, reason", [
    (0, False, "private_reply", ""), (7 * DAY - 1, False, "private_reply", ""),
    (7 * DAY, False, "closed", "expired"), (HOUR, True, "closed", "private_reply_used"),
])
def test_one_private_reply_to_a_comment_within_7_days(elapsed, sent, status, reason):
    window = rule("comment", None, L + elapsed, comment_at=L, private_reply_sent=sent)
    assert (window.status, window.reason) == (status, reason)


def test_once_the_person_answers_the_private_reply_messenger_rules_apply():
    window = rule("comment", L + DAY, L + DAY + HOUR, comment_at=L, private_reply_sent=True,
                  customer_answered_private_reply=True)
    assert window.status == "open"


def test_email_is_always_open():
    assert rule("email", None, L).status == "open"


def test_for_a_stored_conversation(any_db):
    from db.models import Contact, Conversation, Message
    contact = Contact.insert(first_name="A", created_at=0).execute()
    cid = Conversation.insert(contact=contact, channel="comment", last_message_at=0, created_at=0).execute()
    Message.insert(conversation=cid, direction="in", text="c", sent_at=L).execute()
    assert reply_window.for_conversation(cid, L + HOUR).status == "private_reply"
    Message.insert(conversation=cid, direction="out", text="r", sent_at=L + 2 * HOUR).execute()
    assert reply_window.for_conversation(cid, L + 3 * HOUR).reason == "private_reply_used"
    Message.insert(conversation=cid, direction="in", text="ok", sent_at=L + 4 * HOUR).execute()
    assert reply_window.for_conversation(cid, L + 5 * HOUR).status == "open"
    with pytest.raises(ValueError):
        reply_window.for_conversation(cid + 1, L)
    # Before those messages existed, the window was what it was then.
    assert reply_window.for_conversation(cid, L + HOUR).status == "private_reply"
