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

from peewee import SQL, Value, fn

from db.database import chunks, database, per_engine, scalar
from db.database import rows as db_rows
from db.models import Contact, ContactLabel, Conversation, Lead, Note, Reminder
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

    # E-mails, phones and Meta ids are grouped by the engine; names in Python (folded:
    # "Niccolò" is "Niccolo"), with what each holds that could contradict them.
    C = Contact
    ids = per_engine(fn.GROUP_CONCAT(C.id), fn.STRING_AGG(C.id.cast("text"), ","))
    meta_id = fn.SUBSTR(C.external_id, per_engine(fn.INSTR(C.external_id, ":"), fn.STRPOS(C.external_id, ":")) + 1)
    for key, condition, reason in (
            (fn.LOWER(fn.TRIM(C.email)), C.email != "", "same e-mail"),
            (C.phone, C.phone != "", "same phone"),
            (meta_id, C.external_id.is_null(False), "same Meta id")):
        for (found_ids,) in db_rows(C.select(ids).where(condition).group_by(key).having(fn.COUNT(SQL("*")) > 1)):
            join(sorted(int(i) for i in found_ids.split(",")), reason)
    facts = (fn.LOWER(fn.TRIM(C.city)).concat("\x1f").concat(fn.LOWER(fn.TRIM(C.work))).concat("\x1f")
             .concat(fn.LOWER(fn.TRIM(C.company))))
    rows = db_rows(C.select(C.id, C.first_name, C.last_name, fn.LOWER(fn.TRIM(C.email)), C.phone, C.external_id,
                            facts)
                   .where(fn.TRIM(C.first_name) != "", fn.TRIM(C.last_name) != ""))
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
    for chunk in chunks(ids):
        out.update({r[0]: display_name(r[1], r[2]) for r in db_rows(
            Contact.select(Contact.id, Contact.first_name, Contact.last_name).where(Contact.id.in_(chunk)))})
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
    for chunk in chunks(ids):
        for model in (Conversation, Lead):
            for cid, n in db_rows(model.select(model.contact, fn.COUNT(SQL("*")))
                                  .where(model.contact.in_(chunk)).group_by(model.contact)):
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
_MODELS = {"conversation": Conversation, "lead": Lead, "note": Note, "reminder": Reminder}
COLUMNS = [f.column_name for f in Contact._meta.sorted_fields]  # a contact's, as its record keeps them


def _contacts(ids: Sequence[int]) -> dict[int, dict]:
    """Each contact's row, by column name."""
    return {r[0]: dict(zip(COLUMNS, r)) for r in db_rows(
        Contact.select(*Contact._meta.sorted_fields).where(Contact.id.in_(list(ids))))}


def _as_fields(row: dict) -> dict:
    """A contact's row (by column name) as the model's fields, for an insert or an update."""
    return {Contact._meta.columns[c]: v for c, v in row.items()}


def _check(contact_ids: Sequence[int]) -> tuple[int, list[int]]:
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    if len(ids) < 2:
        raise MergeError(QT_TRANSLATE_NOOP("Errors", "Choose at least two contacts to merge."))
    known = {r[0] for r in db_rows(Contact.select(Contact.id).where(Contact.id.in_(ids)))}
    missing = [c for c in ids if c not in known]
    if missing:
        raise MergeError(QT_TRANSLATE_NOOP("Errors", "There is no contact {ids}."), ids=", ".join(map(str, missing)))
    return ids[0], ids[1:]


def preview(contact_ids: Sequence[int]) -> Preview:
    """What merging ``contact_ids`` into the first would do: the values that differ, and how
    many conversations, leads, notes, labels and follow-ups move."""
    keep, others = _check(contact_ids)
    everyone = [keep, *others]
    rows = {r[0]: r[1:] for r in db_rows(
        Contact.select(Contact.id, *[getattr(Contact, f) for f in FIELDS]).where(Contact.id.in_(everyone)))}
    values: dict[str, list[tuple[int, str]]] = {}
    for i, field in enumerate(FIELDS):
        seen: dict[str, int] = {}
        for cid in everyone:
            value = rows[cid][i]
            if value and value not in seen:
                seen[value] = cid
        if len(seen) > 1:
            values[field] = [(cid, value) for value, cid in seen.items()]
    moves = {what: _MODELS[table].select().where(_MODELS[table].contact.in_(others)).count()
             for what, table, _column in _MOVED}
    kept = ContactLabel.select(ContactLabel.label).where(ContactLabel.contact == keep)
    moves["labels"] = scalar(ContactLabel.select(fn.COUNT(ContactLabel.label.distinct()))
                             .where(ContactLabel.contact.in_(others), ContactLabel.label.not_in(kept)))
    return Preview(keep, tuple(others), values, moves)


def merge(contact_ids: Sequence[int], choices: dict[str, int] | None = None) -> str:
    """Merge ``contact_ids`` into the first. ``choices``: for a field whose values differ, the
    contact whose value wins (by default the one that stays, or the first that has one).
    Returns the record ``unmerge`` takes to undo it (JSON: it can be kept anywhere)."""
    choices = choices or {}
    with database.atomic("IMMEDIATE"):
        keep, others = _check(contact_ids)
        everyone = [keep, *others]
        contacts = _contacts(everyone)
        record = {"keep": keep, "kept_before": contacts[keep], "removed": [contacts[c] for c in others],
                  "moved": {}, "labels": [], "kept_labels": [r[0] for r in db_rows(
                      ContactLabel.select(ContactLabel.label).where(ContactLabel.contact == keep))]}
        for _what, table, _column in _MOVED:
            model = _MODELS[table]
            record["moved"][table] = [list(r) for r in db_rows(
                model.select(model.id, model.contact).where(model.contact.in_(others)))]
            model.update(contact=keep).where(model.contact.in_(others)).execute()
        record["labels"] = [list(r) for r in db_rows(
            ContactLabel.select(ContactLabel.contact, ContactLabel.label).where(ContactLabel.contact.in_(others)))]
        (ContactLabel.insert_from(ContactLabel.select(Value(keep), ContactLabel.label)
                                  .where(ContactLabel.contact.in_(others)),
                                  fields=[ContactLabel.contact, ContactLabel.label]).on_conflict_ignore().execute())
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
        Contact.delete().where(Contact.id.in_(others)).execute()
        Contact.update(_as_fields({c: v for c, v in merged.items() if c != "id"})).where(Contact.id == keep).execute()
        return json.dumps(record, ensure_ascii=False)


def unmerge(record: str) -> None:
    """Undo a merge: the contacts come back with their ids, and what moved goes back."""
    data = json.loads(record)
    with database.atomic("IMMEDIATE"):
        kept = data["kept_before"]
        for removed in data["removed"]:
            if Contact.select().where(Contact.id == removed["id"]).exists():
                raise MergeError(QT_TRANSLATE_NOOP("Errors", "The merge cannot be undone: contact {id} exists again."),
                                 id=removed["id"])
        Contact.update(_as_fields({c: v for c, v in kept.items() if c != "id"})).where(
            Contact.id == kept["id"]).execute()
        for removed in data["removed"]:
            Contact.insert(_as_fields(removed)).execute()
        for table, pairs in data["moved"].items():
            model = _MODELS[table]
            back: dict[int, list[int]] = {}
            for row_id, owner in pairs:
                back.setdefault(owner, []).append(row_id)
            for owner, row_ids in back.items():
                for chunk in chunks(row_ids):
                    model.update(contact=owner).where(model.id.in_(chunk)).execute()
        if data["labels"]:
            (ContactLabel.insert_many([tuple(p) for p in data["labels"]], fields=[ContactLabel.contact, ContactLabel.label])
             .on_conflict_ignore().execute())
        # A label the one that stayed had only through the merge goes back to the others alone.
        before = data["kept_labels"]
        drop = ContactLabel.delete().where(ContactLabel.contact == kept["id"])
        if before:
            drop = drop.where(ContactLabel.label.not_in(before))
        drop.execute()
