"""E-mail to leads and contacts through the business's own SMTP server.

The server settings live in the database; the password only in the system
keyring (never in the database, a log or an export). Each message is
personalised like a saved reply; what the server accepted is recorded in the
contact's history as an e-mail conversation, and each refusal is reported per
recipient — nothing is marked sent that was not.
"""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Callable, Sequence

from db import replies, settings
from db.database import chunks, database
from db.database import rows as db_rows
from db.models import Contact, Conversation, Lead, Message
from db.errors import QT_TRANSLATE_NOOP, UserError

KEYRING_SERVICE = "Sportello SMTP"
SECURITY = ("starttls", "ssl", "none")


class MailError(UserError):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""        # the From address
    sender_name: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


def smtp_settings() -> SmtpSettings:
    data = settings.get("mail.smtp", {}) or {}
    return SmtpSettings(**{k: v for k, v in data.items() if k in SmtpSettings.__dataclass_fields__})


def save_smtp_settings(s: SmtpSettings) -> None:
    from db.contact_facts import normalize_email

    if not s.host.strip():
        raise MailError(QT_TRANSLATE_NOOP("Errors", "Give the SMTP server's name, e.g. smtp.example.com."))
    if not 0 < int(s.port) < 65536:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "The port is a number between 1 and 65535."))
    if s.security not in SECURITY:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "Choose STARTTLS, SSL or none."))
    sender = normalize_email(s.sender)
    if not sender:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "Give the address the e-mails come from."))
    settings.put("mail.smtp", {"host": s.host.strip(), "port": int(s.port), "security": s.security,
                               "user": s.user.strip(), "sender": sender, "sender_name": s.sender_name.strip()})


# --- the password, in the system keyring ------------------------------------------------------

def _keyring():
    import keyring
    import keyring.errors
    return keyring, keyring.errors


def store_password(user: str, password: str) -> None:
    keyring, errors = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except errors.KeyringError as exc:
        raise MailError(QT_TRANSLATE_NOOP(
            "Errors", "The password could not be stored: this computer has no password store (keyring) "
                      "that Sportello can use ({detail})."), detail=type(exc).__name__) from None


def stored_password(user: str) -> str | None:
    keyring, errors = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, user)
    except errors.KeyringError as exc:
        raise MailError(QT_TRANSLATE_NOOP(
            "Errors", "The password could not be read: this computer has no password store (keyring) "
                      "that Sportello can use ({detail})."), detail=type(exc).__name__) from None


# --- sending -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Recipient:
    lead_id: int | None
    contact_id: int
    name: str
    email: str


@dataclass(frozen=True)
class Outcome:
    recipient: Recipient
    sent: bool
    error: str = ""
    sent_copy: tuple[str, str, str] | None = None  # subject, text, Message-ID: what went, to record


def recipients_for_leads(lead_ids: Sequence[int]) -> tuple[list[Recipient], list[Recipient]]:
    """(with an e-mail address, without one)."""
    lead_ids = list(lead_ids)
    if not lead_ids:
        return [], []
    with_mail, without = [], []
    for chunk in chunks(lead_ids):
        for lead_id, contact_id, first, last, email in db_rows(
                Lead.select(Lead.id, Contact.id, Contact.first_name, Contact.last_name, Contact.email)
                .join(Contact, on=(Contact.id == Lead.contact)).where(Lead.id.in_(chunk)).order_by(Lead.id)):
            r = Recipient(lead_id, contact_id, f"{first} {last}".strip(), email)
            (with_mail if email else without).append(r)
    return with_mail, without


def _connect(s: SmtpSettings, timeout: float) -> smtplib.SMTP:
    if s.security == "ssl":
        return smtplib.SMTP_SSL(s.host, s.port, timeout=timeout, context=ssl.create_default_context())
    client = smtplib.SMTP(s.host, s.port, timeout=timeout)
    if s.security == "starttls":
        client.starttls(context=ssl.create_default_context())
    return client


def _record(recipient: Recipient, subject: str, body: str, member_id: int | None, now: int, message_id: str) -> None:
    conversation_id = (Conversation.select(Conversation.id)
                       .where(Conversation.contact == recipient.contact_id, Conversation.channel == "email")
                       .order_by(Conversation.last_message_at.desc()).limit(1).scalar())
    text = f"{subject}\n\n{body}"
    if conversation_id is None:
        conversation_id = Conversation.insert(
            contact=recipient.contact_id, channel="email", folder="done", unread=False, last_message_at=now,
            snippet=subject[:200], created_at=now).execute()
    else:
        Conversation.update(last_message_at=now, snippet=subject[:200]).where(
            Conversation.id == conversation_id).execute()
    Message.insert(conversation=conversation_id, direction="out", author=member_id, text=text, sent_at=now,
                   state="sent", external_id=message_id).execute()


def record_sent(outcomes: Sequence[Outcome], member_id: int | None, now: int) -> int:
    """Keep each e-mail the server accepted in its person's e-mail conversation."""
    count = 0
    with database.atomic("IMMEDIATE"):
        for o in outcomes:
            if o.sent and o.sent_copy is not None:
                subject, text, message_id = o.sent_copy
                _record(o.recipient, subject, text, member_id, now, message_id)
                count += 1
    return count


def send(recipients: Sequence[Recipient], subject: str, body: str, member_id: int | None, now: int, *,
         password: str | None = None, smtp: SmtpSettings | None = None, timeout: float = 20.0,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None, record: bool = True) -> list[Outcome]:
    """Send one personalised message per recipient; record each one the server accepted.

    ``record=False`` leaves the recording to the caller (``record_sent``): the window sends
    on its network worker and records on its DB worker, so a slow server never holds the
    database and a long import never holds the sending.
    """
    s = smtp or smtp_settings()
    if not s.configured:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "Set up the e-mail server first in Settings → E-mail."))
    if not subject.strip():
        raise MailError(QT_TRANSLATE_NOOP("Errors", "The e-mail needs a subject."))
    if password is None and s.user:
        password = stored_password(s.user)
    try:
        client = _connect(s, timeout)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "Cannot reach the e-mail server {host}:{port} ({detail})."),
                        host=s.host, port=s.port, detail=str(exc) or type(exc).__name__) from None
    outcomes: list[Outcome] = []
    try:
        if s.user:
            try:
                client.login(s.user, password or "")
            except smtplib.SMTPException as exc:
                raise MailError(QT_TRANSLATE_NOOP(
                    "Errors", "The e-mail server refused the user name or password ({detail})."),
                    detail=str(exc)) from None
        for i, recipient in enumerate(recipients):
            if cancelled is not None and cancelled():
                break
            first, _, last = recipient.name.partition(" ")
            member = replies.personalization(None, member_id)
            values = replies.Personalization(first, last, member.agent_first_name, member.agent_last_name,
                                             member.website)
            message = EmailMessage()
            message["From"] = formataddr((s.sender_name, s.sender)) if s.sender_name else s.sender
            message["To"] = formataddr((recipient.name, recipient.email)) if recipient.name else recipient.email
            message["Subject"] = replies.render(subject, values)
            message_id = make_msgid(domain=s.sender.split("@")[-1])
            message["Message-ID"] = message_id
            text = replies.render(body, values)
            message.set_content(text)
            try:
                refused = client.send_message(message)
            except smtplib.SMTPRecipientsRefused as exc:
                outcomes.append(Outcome(recipient, False, "; ".join(
                    f"{code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
                    for code, msg in exc.recipients.values())))
                continue
            except (smtplib.SMTPException, OSError) as exc:
                outcomes.append(Outcome(recipient, False, str(exc) or type(exc).__name__))
                continue
            if refused:
                outcomes.append(Outcome(recipient, False, str(refused)))
                continue
            copy = (message["Subject"], text, message_id)
            if record:
                with database.atomic("IMMEDIATE"):
                    _record(recipient, *copy[:2], member_id, now, copy[2])
            outcomes.append(Outcome(recipient, True, sent_copy=copy))
            if progress is not None:
                progress(i + 1, len(recipients))
    finally:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
    return outcomes
