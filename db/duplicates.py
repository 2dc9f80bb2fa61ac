"""Duplicate contacts, found and merged.

A customer who wrote on Messenger and later filled a lead form is two contacts. They are
found by what identifies a person: the same e-mail, the same phone (E.164, as stored),
the same Meta id, or the same name where nothing they hold contradicts it (no two
different e-mails, phones, Messenger ids, towns, jobs or companies among them).

A merge moves every conversation, lead, note, label and follow-up of the others to the
one that stays (a case belongs to its conversation, and goes with it), takes the value
chosen where two differ, and deletes the others. ``merge`` returns what ``unmerge`` needs
to put everything back as it was, ids included: a merge can be undone.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import NamedTuple, Sequence

from db.database import database
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.text import fold

# The facts a merge decides between, in the order the preview shows them.
FIELDS = ("first_name", "last_name", "email", "phone", "city", "country", "work", "company")
# Strongest first: a group found more than one way says the strongest reason first.
REASONS = ("same e-mail", "same phone", "same Meta id", "same name")


class Group(NamedTuple):
    contacts: tuple[int, ...]  # the one to keep first
    reason: str

    def as_json(self) -> dict:
        return {"contacts": list(self.contacts), "reason": self.reason}


class MergeError(UserError):
    pass


def find() -> list[Group]:
    """Every group of contacts that look like one person, the most certain first."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    found: dict[tuple[int, int], set[str]] = {}  # (a, b) edge -> reasons

    def join(ids: list[int], reason: str) -> None:
        first = ids[0]
        for other in ids[1:]:
            found.setdefault((first, other), set()).add(reason)
            a, b = root(first), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)

    # E-mails, phones and Meta ids are grouped by SQLite; names in Python (folded: "Niccolò"
    # is "Niccolo"), with what each holds that could contradict them.
    for sql, reason in (
            ("SELECT group_concat(id) FROM contact WHERE email != '' GROUP BY lower(trim(email))"
             " HAVING count(*) > 1", "same e-mail"),
            ("SELECT group_concat(id) FROM contact WHERE phone != '' GROUP BY phone HAVING count(*) > 1",
             "same phone"),
            ("SELECT group_concat(id) FROM contact WHERE external_id IS NOT NULL"
             " GROUP BY substr(external_id, instr(external_id, ':') + 1) HAVING count(*) > 1", "same Meta id")):
        for (ids,) in database.execute_sql(sql):
            join(sorted(int(i) for i in ids.split(",")), reason)
    rows = database.execute_sql(
        "SELECT id, first_name, last_name, lower(trim(email)), phone, external_id,"
        " lower(trim(city)) || char(31) || lower(trim(work)) || char(31) || lower(trim(company)) FROM contact"
        " WHERE trim(first_name) != '' AND trim(last_name) != ''").fetchall()
    by_name: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    folded: dict[str, str] = {}  # (names repeat: each is folded once)

    def name_key(name: str) -> str:
        key = folded.get(name)
        if key is None:
            plain = " ".join(name.split())
            key = folded[name] = plain.lower() if plain.isascii() else fold(plain)
        return key

    for row in rows:  # (a first name alone says too little: both are there)
        by_name[(name_key(row[1]), name_key(row[2]))].append(row)
    for people in by_name.values():
        if len(people) < 2:
            continue
        emails = {p[3] for p in people if p[3]}
        phones = {p[4] for p in people if p[4]}
        messenger = {p[5] for p in people if p[5] and p[5].startswith("psid:")}
        if len(emails) <= 1 and len(phones) <= 1 and len(messenger) <= 1 and _agree(p[6] for p in people):
            join([p[0] for p in people], "same name")

    members: dict[int, list[int]] = defaultdict(list)
    for cid in {c for edge in found for c in edge}:
        members[root(cid)].append(cid)
    reasons: dict[int, set[str]] = defaultdict(set)
    for (a, _b), why in found.items():
        reasons[root(a)] |= why
    activity = _activity([c for ids in members.values() for c in ids])
    groups = []
    for top, ids in members.items():
        ordered = sorted(ids, key=lambda c: (-activity.get(c, 0), c))  # the busiest, then the oldest
        why = ", ".join(r for r in REASONS if r in reasons[top])
        groups.append(Group(tuple(ordered), why))
    strength = {r: i for i, r in enumerate(REASONS)}
    groups.sort(key=lambda g: (strength[g.reason.split(", ")[0]], g.contacts[0]))
    return groups


def names(contact_ids: Sequence[int]) -> dict[int, str]:
    """The shown name of each contact (for the groups' lists)."""
    from db.text import display_name

    out: dict[int, str] = {}
    ids = list(dict.fromkeys(contact_ids))
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        out.update({r[0]: display_name(r[1], r[2]) for r in database.execute_sql(
            f"SELECT id, first_name, last_name FROM contact WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def _agree(facts) -> bool:
    """No two different towns, jobs or companies among people of one name."""
    seen: list[str] = ["", "", ""]
    for joined in facts:
        if joined == "\x1f\x1f":
            continue
        for i, value in enumerate(joined.split("\x1f")):
            if value:
                if seen[i] and seen[i] != value:
                    return False
                seen[i] = value
    return True


def _activity(contact_ids: Sequence[int]) -> dict[int, int]:
    """Conversations and leads per contact: the one with most stays, by default."""
    out: dict[int, int] = defaultdict(int)
    ids = list(contact_ids)
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        marks = ",".join("?" * len(chunk))
        for table in ("conversation", "lead"):
            for cid, n in database.execute_sql(
                    f"SELECT contact_id, count(*) FROM {table} WHERE contact_id IN ({marks}) GROUP BY contact_id",
                    chunk):
                out[cid] += n
    return out


# --- the merge ----------------------------------------------------------------------------

class Preview(NamedTuple):
    keep: int
    others: tuple[int, ...]
    values: dict[str, list[tuple[int, str]]]  # field -> the different non-empty values, by contact
    moves: dict[str, int]                      # what moves to the one that stays, counted


_MOVED = (  # (what, table, key column)
    ("conversations", "conversation", "contact_id"),
    ("leads", "lead", "contact_id"),
    ("notes", "note", "contact_id"),
    ("follow-ups", "reminder", "contact_id"),
)


def _check(contact_ids: Sequence[int]) -> tuple[int, list[int]]:
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    if len(ids) < 2:
        raise MergeError(QT_TRANSLATE_NOOP("Errors", "Choose at least two contacts to merge."))
    marks = ",".join("?" * len(ids))
    known = {r[0] for r in database.execute_sql(f"SELECT id FROM contact WHERE id IN ({marks})", ids)}
    missing = [c for c in ids if c not in known]
    if missing:
        raise MergeError(QT_TRANSLATE_NOOP("Errors", "There is no contact {ids}."), ids=", ".join(map(str, missing)))
    return ids[0], ids[1:]


def preview(contact_ids: Sequence[int]) -> Preview:
    """What merging ``contact_ids`` into the first would do: the values that differ, and how
    many conversations, leads, notes, labels and follow-ups move."""
    keep, others = _check(contact_ids)
    everyone = [keep, *others]
    marks = ",".join("?" * len(everyone))
    rows = {r[0]: r[1:] for r in database.execute_sql(
        f"SELECT id, {', '.join(FIELDS)} FROM contact WHERE id IN ({marks})", everyone)}
    values: dict[str, list[tuple[int, str]]] = {}
    for i, field in enumerate(FIELDS):
        seen: dict[str, int] = {}
        for cid in everyone:
            value = rows[cid][i]
            if value and value not in seen:
                seen[value] = cid
        if len(seen) > 1:
            values[field] = [(cid, value) for value, cid in seen.items()]
    marks = ",".join("?" * len(others))
    moves = {what: database.execute_sql(f"SELECT count(*) FROM {table} WHERE {column} IN ({marks})",
                                        others).fetchone()[0] for what, table, column in _MOVED}
    moves["labels"] = database.execute_sql(
        f"SELECT count(DISTINCT label_id) FROM contact_label WHERE contact_id IN ({marks}) AND label_id NOT IN"
        " (SELECT label_id FROM contact_label WHERE contact_id = ?)", [*others, keep]).fetchone()[0]
    return Preview(keep, tuple(others), values, moves)


def merge(contact_ids: Sequence[int], choices: dict[str, int] | None = None) -> str:
    """Merge ``contact_ids`` into the first. ``choices``: for a field whose values differ, the
    contact whose value wins (by default the one that stays, or the first that has one).
    Returns the record ``unmerge`` takes to undo it (JSON: it can be kept anywhere)."""
    choices = choices or {}
    with database.atomic("IMMEDIATE"):
        keep, others = _check(contact_ids)
        everyone = [keep, *others]
        marks = ",".join("?" * len(others))
        columns = [r[1] for r in database.execute_sql("PRAGMA table_info(contact)")]
        contacts = {r[0]: dict(zip(columns, r)) for r in database.execute_sql(
            f"SELECT * FROM contact WHERE id IN ({','.join('?' * len(everyone))})", everyone)}
        record = {"keep": keep, "kept_before": contacts[keep], "removed": [contacts[c] for c in others],
                  "moved": {}, "labels": [], "kept_labels": [r[0] for r in database.execute_sql(
                      "SELECT label_id FROM contact_label WHERE contact_id = ?", (keep,))]}
        for _what, table, column in _MOVED:
            record["moved"][table] = [list(r) for r in database.execute_sql(
                f"SELECT id, {column} FROM {table} WHERE {column} IN ({marks})", others)]
            database.execute_sql(f"UPDATE {table} SET {column} = ? WHERE {column} IN ({marks})", [keep, *others])
        record["labels"] = [list(r) for r in database.execute_sql(
            f"SELECT contact_id, label_id FROM contact_label WHERE contact_id IN ({marks})", others)]
        database.execute_sql(
            f"INSERT OR IGNORE INTO contact_label(contact_id, label_id) SELECT ?, label_id FROM contact_label"
            f" WHERE contact_id IN ({marks})", [keep, *others])
        # The values: the one chosen, else the one that stays, else the first that has one.
        merged = dict(contacts[keep])
        for field in FIELDS:
            chosen = choices.get(field)
            if chosen is not None:
                if chosen not in contacts:
                    raise MergeError(QT_TRANSLATE_NOOP("Errors", "Contact {id} is not among those merged."), id=chosen)
                merged[field] = contacts[chosen][field]
            elif not merged[field]:
                merged[field] = next((contacts[c][field] for c in others if contacts[c][field]), "")
        fans = [contacts[c]["fan_since"] for c in everyone if contacts[c]["fan_since"] is not None]
        merged["fan_since"] = min(fans) if fans else None
        merged["has_reviewed"] = max(contacts[c]["has_reviewed"] for c in everyone)
        merged["blocked"] = max(contacts[c]["blocked"] for c in everyone)
        merged["created_at"] = min(contacts[c]["created_at"] for c in everyone)
        if not merged["external_id"]:
            merged["external_id"] = next((contacts[c]["external_id"] for c in others if contacts[c]["external_id"]),
                                         None)
        # The others go first (their Meta id is unique, and may be the one kept now).
        database.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", others)
        settable = [c for c in columns if c != "id"]
        database.execute_sql(f"UPDATE contact SET {', '.join(f'{c} = ?' for c in settable)} WHERE id = ?",
                             [merged[c] for c in settable] + [keep])
        return json.dumps(record, ensure_ascii=False)


def unmerge(record: str) -> None:
    """Undo a merge: the contacts come back with their ids, and what moved goes back."""
    data = json.loads(record)
    with database.atomic("IMMEDIATE"):
        kept = data["kept_before"]
        columns = list(kept)
        for removed in data["removed"]:
            if database.execute_sql("SELECT 1 FROM contact WHERE id = ?", (removed["id"],)).fetchone():
                raise MergeError(QT_TRANSLATE_NOOP("Errors", "The merge cannot be undone: contact {id} exists again."),
                                 id=removed["id"])
        settable = [c for c in columns if c != "id"]
        database.execute_sql(f"UPDATE contact SET {', '.join(f'{c} = ?' for c in settable)} WHERE id = ?",
                             [kept[c] for c in settable] + [kept["id"]])
        for removed in data["removed"]:
            database.execute_sql(f"INSERT INTO contact({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                                 [removed[c] for c in columns])
        for table, pairs in data["moved"].items():
            column = next(c for _w, t, c in _MOVED if t == table)
            for row_id, owner in pairs:
                database.execute_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?", (owner, row_id))
        for contact_id, label_id in data["labels"]:
            database.execute_sql("INSERT OR IGNORE INTO contact_label(contact_id, label_id) VALUES (?, ?)",
                                 (contact_id, label_id))
        # A label the one that stayed had only through the merge goes back to the others alone.
        before = data["kept_labels"]
        database.execute_sql(
            f"DELETE FROM contact_label WHERE contact_id = ? AND label_id NOT IN ({','.join('?' * len(before)) or 'NULL'})",
            [kept["id"], *before])
