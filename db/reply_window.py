"""When the Page may answer, and how (Messenger's rules).

- Messenger: a business may reply within 24 hours of the customer's last
  message (messaging_type RESPONSE); after that, up to 7 days, only a human
  reply tagged HUMAN_AGENT (MESSAGE_TAG); after 7 days, nothing.
- A comment on a Page post can get one private reply, within 7 days of the
  comment. Once the person answers it in Messenger, the Messenger rules apply.
- E-mail has no window.
A window is open while ``now`` is before its end (the end itself is outside).
"""
from __future__ import annotations

from typing import NamedTuple

from db.clock import DAY, HOUR
from db.database import database

STANDARD = 24 * HOUR
HUMAN_AGENT = 7 * DAY
PRIVATE_REPLY = 7 * DAY


class ReplyWindow(NamedTuple):
    status: str                 # "open", "human_agent", "private_reply", "closed"
    messaging_type: str | None  # "RESPONSE", "MESSAGE_TAG", None when closed
    tag: str | None             # "HUMAN_AGENT" or None
    closes_at: int | None       # when the current way of replying ends
    reason: str = ""            # why it is closed: "no_message", "expired", "private_reply_used"

    @property
    def can_reply(self) -> bool:
        return self.status != "closed"


def rule(channel: str, last_customer_at: int | None, now: int, *, comment_at: int | None = None,
         private_reply_sent: bool = False, customer_answered_private_reply: bool = False) -> ReplyWindow:
    """The pure rule: facts about a conversation in, the window out."""
    if channel == "email":
        return ReplyWindow("open", "RESPONSE", None, None)
    if channel == "comment" and not customer_answered_private_reply:
        if comment_at is None:
            return ReplyWindow("closed", None, None, None, "no_message")
        if private_reply_sent:
            return ReplyWindow("closed", None, None, None, "private_reply_used")
        end = comment_at + PRIVATE_REPLY
        if now < end:
            return ReplyWindow("private_reply", "RESPONSE", None, end)
        return ReplyWindow("closed", None, None, end, "expired")
    if last_customer_at is None:
        return ReplyWindow("closed", None, None, None, "no_message")
    if now < last_customer_at + STANDARD:
        return ReplyWindow("open", "RESPONSE", None, last_customer_at + STANDARD)
    if now < last_customer_at + HUMAN_AGENT:
        return ReplyWindow("human_agent", "MESSAGE_TAG", "HUMAN_AGENT", last_customer_at + HUMAN_AGENT)
    return ReplyWindow("closed", None, None, last_customer_at + HUMAN_AGENT, "expired")


def for_conversation(conversation_id: int, now: int) -> ReplyWindow:
    """The window of a stored conversation; messages after ``now`` do not count."""
    channel = database.execute_sql("SELECT channel FROM conversation WHERE id = ?",
                                   (conversation_id,)).fetchone()
    if channel is None:
        raise ValueError(f"no conversation {conversation_id}")
    channel = channel[0]
    last_in = database.execute_sql(
        "SELECT max(sent_at) FROM message WHERE conversation_id = ? AND direction = 'in' AND sent_at <= ?",
        (conversation_id, now)).fetchone()[0]
    if channel != "comment":
        return rule(channel, last_in, now)
    first_in = database.execute_sql(
        "SELECT min(sent_at) FROM message WHERE conversation_id = ? AND direction = 'in' AND sent_at <= ?",
        (conversation_id, now)).fetchone()[0]
    first_reply = database.execute_sql(
        "SELECT min(sent_at) FROM message WHERE conversation_id = ? AND direction = 'out' AND automatic IS NULL"
        " AND state != 'failed' AND sent_at <= ?", (conversation_id, now)).fetchone()[0]
    answered = first_reply is not None and last_in is not None and last_in > first_reply
    return rule(channel, last_in, now, comment_at=first_in, private_reply_sent=first_reply is not None,
                customer_answered_private_reply=answered)
