"""A person's data: everything held about them as JSON, or all of it erased (GDPR)."""
from __future__ import annotations

import json
from pathlib import Path

from db.clock import iso
from db.database import database
from db.database import rows as db_rows
from db.models import (Attachment, Contact, ContactLabel, Conversation, Label, Lead, LeadStageChange, Message,
                       Note, Reminder, SupportCase)


def _rows(query) -> list[dict]:
    """Rows keyed by their columns' names (``contact_id``, as the schema names them)."""
    cursor = database.execute(query)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _everything(model):
    return model.select(*model._meta.sorted_fields)


def contact_data(contact_id: int) -> dict | None:
    """Everything held about one contact, as plain data (times in ISO 8601 UTC)."""
    contact = _rows(_everything(Contact).where(Contact.id == contact_id))
    if not contact:
        return None
    out = {"contact": contact[0]}
    out["labels"] = [r["name"] for r in _rows(
        Label.select(Label.name).join(ContactLabel, on=(ContactLabel.label == Label.id))
        .where(ContactLabel.contact == contact_id))]
    conversations = _rows(_everything(Conversation).where(Conversation.contact == contact_id).order_by(Conversation.id))
    for conv in conversations:
        conv["messages"] = _rows(
            Message.select(Message.id, Message.direction, Message.automatic, Message.text, Message.sent_at,
                           Message.state, Message.tag)
            .where(Message.conversation == conv["id"]).order_by(Message.sent_at, Message.id))
        for m in conv["messages"]:
            m["attachments"] = _rows(Attachment.select(Attachment.kind, Attachment.filename, Attachment.size,
                                                       Attachment.missing).where(Attachment.message == m["id"]))
            m["sent_at"] = iso(m["sent_at"])
        conv["cases"] = _rows(SupportCase.select(SupportCase.category, SupportCase.status, SupportCase.product,
                                                 SupportCase.opened_at).where(SupportCase.conversation == conv["id"]))
        conv["last_message_at"] = iso(conv["last_message_at"])
    out["conversations"] = conversations
    theirs = Lead.select(Lead.id).where(Lead.contact == contact_id)
    out["notes"] = _rows(Note.select(Note.text, Note.created_at, Note.updated_at)
                         .where((Note.contact == contact_id) | Note.lead.in_(theirs)))
    leads = _rows(_everything(Lead).where(Lead.contact == contact_id))
    for lead in leads:
        lead["answers"] = json.loads(lead["answers"] or "{}")
        lead["stage_history"] = _rows(
            LeadStageChange.select(LeadStageChange.from_stage, LeadStageChange.to_stage, LeadStageChange.changed_at)
            .where(LeadStageChange.lead == lead["id"]).order_by(LeadStageChange.id))
    out["leads"] = leads
    out["reminders"] = _rows(
        Reminder.select(Reminder.text, Reminder.due_at, Reminder.done_at, Reminder.recurrence)
        .where((Reminder.contact == contact_id) | Reminder.lead.in_(theirs)))
    return out


def export_contact_data(contact_id: int, out) -> bool:
    data = contact_data(contact_id)
    if data is None:
        return False
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    return True


def forget_contact(contact_id: int, data_dir: Path | None = None) -> int:
    """Erase the contact and everything about them: messages (and their search entries),
    notes, leads, reminders, cases, drafts, attachment files. Returns messages erased."""
    with database.atomic("IMMEDIATE"):
        theirs = Conversation.select(Conversation.id).where(Conversation.contact == contact_id)
        files = [r[0] for r in db_rows(Attachment.select(Attachment.path)
                                       .join(Message, on=(Message.id == Attachment.message))
                                       .where(Message.conversation.in_(theirs)))]
        count = Message.select().where(Message.conversation.in_(theirs)).count()
        leads = Lead.select(Lead.id).where(Lead.contact == contact_id)
        Reminder.delete().where(Reminder.lead.in_(leads)).execute()
        Note.delete().where(Note.lead.in_(leads)).execute()
        # Messages first, one by one through SQLite's triggers, so both search indexes drop them.
        Message.delete().where(Message.conversation.in_(theirs)).execute()
        Contact.delete().where(Contact.id == contact_id).execute()  # cascades to the rest
    for raw in files:
        path = Path(raw)
        if path.is_file() and (data_dir is None or Path(data_dir) in path.resolve().parents):
            path.unlink(missing_ok=True)
    return count
