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

from peewee import fn

from db.clock import DAY, HOUR
from db.models import Conversation, Message

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
    channel = Conversation.select(Conversation.channel).where(Conversation.id == conversation_id).scalar()
    if channel is None:
        raise ValueError(f"no conversation {conversation_id}")

    def when(aggregate, *conditions):
        return (Message.select(aggregate(Message.sent_at))
                .where(Message.conversation == conversation_id, Message.sent_at <= now, *conditions).scalar())

    last_in = when(fn.MAX, Message.direction == "in")
    if channel != "comment":
        return rule(channel, last_in, now)
    first_in = when(fn.MIN, Message.direction == "in")
    first_reply = when(fn.MIN, Message.direction == "out", Message.automatic.is_null(), Message.state != "failed")
    answered = first_reply is not None and last_in is not None and last_in > first_reply
    return rule(channel, last_in, now, comment_at=first_in, private_reply_sent=first_reply is not None,
                customer_answered_private_reply=answered)
