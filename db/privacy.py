"""A person's data: everything held about them as JSON, or all of it erased (GDPR)."""
from __future__ import annotations

import json
from pathlib import Path

from db.clock import iso
from db.database import database


def _rows(sql: str, params) -> list[dict]:
    cursor = database.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def contact_data(contact_id: int) -> dict | None:
    """Everything held about one contact, as plain data (times in ISO 8601 UTC)."""
    contact = _rows("SELECT * FROM contact WHERE id = ?", (contact_id,))
    if not contact:
        return None
    out = {"contact": contact[0]}
    out["labels"] = [r["name"] for r in _rows(
        "SELECT l.name FROM contact_label cl JOIN label l ON l.id = cl.label_id WHERE cl.contact_id = ?", (contact_id,))]
    conversations = _rows("SELECT * FROM conversation WHERE contact_id = ? ORDER BY id", (contact_id,))
    for conv in conversations:
        conv["messages"] = _rows(
            "SELECT id, direction, automatic, text, sent_at, state, tag FROM message WHERE conversation_id = ?"
            " ORDER BY sent_at, id", (conv["id"],))
        for m in conv["messages"]:
            m["attachments"] = _rows("SELECT kind, filename, size, missing FROM attachment WHERE message_id = ?",
                                     (m["id"],))
            m["sent_at"] = iso(m["sent_at"])
        conv["cases"] = _rows("SELECT category, status, product, opened_at FROM support_case"
                              " WHERE conversation_id = ?", (conv["id"],))
        conv["last_message_at"] = iso(conv["last_message_at"])
    out["conversations"] = conversations
    out["notes"] = _rows("SELECT text, created_at, updated_at FROM note WHERE contact_id = ?"
                         " OR lead_id IN (SELECT id FROM lead WHERE contact_id = ?)", (contact_id, contact_id))
    leads = _rows("SELECT * FROM lead WHERE contact_id = ?", (contact_id,))
    for lead in leads:
        lead["answers"] = json.loads(lead["answers"] or "{}")
        lead["stage_history"] = _rows("SELECT from_stage, to_stage, changed_at FROM lead_stage_change"
                                      " WHERE lead_id = ? ORDER BY id", (lead["id"],))
    out["leads"] = leads
    out["reminders"] = _rows(
        "SELECT text, due_at, done_at, recurrence FROM reminder WHERE contact_id = ?"
        " OR lead_id IN (SELECT id FROM lead WHERE contact_id = ?)", (contact_id, contact_id))
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
        files = [r[0] for r in database.execute_sql(
            "SELECT a.path FROM attachment a JOIN message m ON m.id = a.message_id"
            " JOIN conversation c ON c.id = m.conversation_id WHERE c.contact_id = ?", (contact_id,))]
        count = database.execute_sql(
            "SELECT count(*) FROM message m JOIN conversation c ON c.id = m.conversation_id WHERE c.contact_id = ?",
            (contact_id,)).fetchone()[0]
        lead_ids = [r[0] for r in database.execute_sql("SELECT id FROM lead WHERE contact_id = ?", (contact_id,))]
        for lead_id in lead_ids:
            database.execute_sql("DELETE FROM reminder WHERE lead_id = ?", (lead_id,))
            database.execute_sql("DELETE FROM note WHERE lead_id = ?", (lead_id,))
        # Messages first, one by one through their triggers, so both search indexes drop them.
        database.execute_sql("DELETE FROM message WHERE conversation_id IN"
                             " (SELECT id FROM conversation WHERE contact_id = ?)", (contact_id,))
        database.execute_sql("DELETE FROM contact WHERE id = ?", (contact_id,))  # cascades to the rest
    for raw in files:
        path = Path(raw)
        if path.is_file() and (data_dir is None or Path(data_dir) in path.resolve().parents):
            path.unlink(missing_ok=True)
    return count
