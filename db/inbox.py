"""The inbox: which conversations a folder/filter holds, their rows, their threads.

Lists are ids first (DESIGN.md rule 3): ``conversation_ids`` returns the
ordered ids, ``conversation_rows`` fills a block of rows with one
``WHERE id IN (...)`` query.

The inbox lists people, as Meta's does: one row per contact, standing for the newest of
their conversations that the folder and filter hold (or the one the user opened); the
row says how many others there are, and the contact panel and the row's menu reach them.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from db.choices import FOLDERS
from db.database import chunks, database
from db.models import Contact, Conversation
from db.text import display_name, initials

FILTERS = ("all", "unread", "flagged", "mine", "unassigned", "label", "waiting")


class ConversationRow(NamedTuple):
    id: int
    contact_id: int
    contact_name: str
    initials: str
    snippet: str
    last_message_at: int
    unread: bool
    flagged: bool
    folder: str
    channel: str
    assignee_id: int | None
    assignee_initials: str
    assignee_color: str
    labels: tuple[tuple[str, str], ...]  # (name, colour)
    others: int = 0        # the person's other conversations (any folder)
    post: str = ""         # for a comment: the text of the Page's post it is on
    awaiting_since: int | None = None  # the customer's last message, while no one has answered it


class MessageRow(NamedTuple):
    id: int
    direction: str
    author_id: int | None
    author_name: str
    automatic: str | None
    text: str
    sent_at: int
    state: str
    tag: str | None
    error: str | None
    attachments: tuple["AttachmentRow", ...] = ()


class AttachmentRow(NamedTuple):
    id: int
    kind: str
    filename: str
    path: str
    size: int
    missing: bool


def _filter_sql(folder: str, filter_: str, *, member_id: int | None, label_id: int | None):
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {folder!r}")
    where = ["c.folder = ?"]
    params: list = [folder]
    if filter_ == "unread":
        where.append("c.unread = 1")
    elif filter_ == "flagged":
        where.append("c.flagged = 1")
    elif filter_ == "mine":
        where.append("c.assignee_id = ?")
        params.append(member_id)
    elif filter_ == "unassigned":
        where.append("c.assignee_id IS NULL")
    elif filter_ == "label":
        where.append(
            "c.contact_id IN (SELECT contact_id FROM contact_label WHERE label_id = ?)"
        )
        params.append(label_id)
    elif filter_ != "all":
        raise ValueError(f"unknown filter {filter_!r}")
    return where, params


def conversation_ids(
    folder: str = "inbox",
    filter_: str = "all",
    *,
    member_id: int | None = None,
    label_id: int | None = None,
    now: int | None = None,
    prefer: int | None = None,
) -> list[int]:
    """Ids of the conversations in ``folder`` matching ``filter_``, one per person, newest
    first: each person's newest matching conversation, or ``prefer`` when it is one of
    theirs that matches (the one the user opened from the contact panel).

    "waiting" lists the conversations whose request awaits a reply (the metrics'
    definition, as of ``now``), most urgent first.
    """
    if filter_ == "waiting":
        from db import metrics

        if now is None:
            raise ValueError("the waiting filter needs now")
        in_folder = dict(_ids_in(["c.folder = ?"], [folder]))
        waiting = dict.fromkeys(w.conversation_id for w in metrics.waiting_for_reply(now))
        return one_per_person([(c, in_folder[c]) for c in waiting if c in in_folder], prefer)
    where, params = _filter_sql(folder, filter_, member_id=member_id, label_id=label_id)
    return one_per_person(_ids_in(where, params), prefer)


def _ids_in(where: list[str], params: list) -> list[tuple[int, int]]:
    """(conversation, contact) pairs matching ``where``, newest first."""
    sql = (
        "SELECT c.id, c.contact_id FROM conversation c WHERE " + " AND ".join(where)
        + " ORDER BY c.last_message_at DESC, c.id DESC"
    )
    return database.execute_sql(sql, params).fetchall()


def one_per_person(pairs: Sequence[tuple[int, int]], prefer: int | None = None) -> list[int]:
    """The first conversation of each contact among ordered (conversation, contact) pairs,
    in their order; ``prefer`` stands for its contact instead when it is among them."""
    stand_in = None
    if prefer is not None:
        stand_in = next((pair for pair in pairs if pair[0] == prefer), None)
    seen: set[int] = set()
    out: list[int] = []
    add_seen, add = seen.add, out.append
    for cid, contact in pairs:
        if contact not in seen:
            add_seen(contact)
            add(prefer if stand_in is not None and contact == stand_in[1] else cid)
    return out


def conversation_rows(ids: Sequence[int]) -> dict[int, ConversationRow]:
    """The rows for ``ids`` (one query for the rows, one for their labels)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    cursor = database.execute_sql(
        f"""SELECT c.id, c.contact_id, ct.first_name, ct.last_name, c.snippet,
                   c.last_message_at, c.unread, c.flagged, c.folder, c.channel,
                   c.assignee_id, tm.first_name, tm.last_name, tm.color,
                   (SELECT count(*) FROM conversation o WHERE o.contact_id = c.contact_id) - 1,
                   coalesce(p.message, ''),
                   (SELECT max(m.sent_at) FROM message m WHERE m.conversation_id = c.id AND m.direction = 'in'),
                   (SELECT max(m.sent_at) FROM message m WHERE m.conversation_id = c.id AND m.direction = 'out'
                       AND m.automatic IS NULL AND m.state != 'failed')
            FROM conversation c
            JOIN contact ct ON ct.id = c.contact_id
            LEFT JOIN team_member tm ON tm.id = c.assignee_id
            LEFT JOIN page_post p ON c.post_id != '' AND p.id = c.post_id
            WHERE c.id IN ({marks})""",
        list(ids),
    )
    rows = cursor.fetchall()
    contact_ids = list({row[1] for row in rows})
    labels = contact_labels(contact_ids)
    result = {}
    for (cid, contact_id, first, last, snippet, last_at, unread, flagged, folder, channel,
         assignee_id, a_first, a_last, a_color, others, post, last_in, last_answer) in rows:
        result[cid] = ConversationRow(
            id=cid,
            contact_id=contact_id,
            contact_name=display_name(first, last),
            initials=initials(first, last),
            snippet=snippet,
            last_message_at=last_at,
            unread=bool(unread),
            flagged=bool(flagged),
            folder=folder,
            channel=channel,
            assignee_id=assignee_id,
            assignee_initials=initials(a_first or "", a_last or "") if assignee_id else "",
            assignee_color=a_color or "",
            labels=labels.get(contact_id, ()),
            others=others,
            post=post,
            awaiting_since=last_in if last_in is not None and (last_answer is None or last_in > last_answer)
            else None,
        )
    return result


def contact_labels(contact_ids: Iterable[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    contact_ids = list(contact_ids)
    if not contact_ids:
        return {}
    marks = ",".join("?" * len(contact_ids))
    out: dict[int, list[tuple[str, str]]] = {}
    for contact_id, name, color in database.execute_sql(
        f"""SELECT cl.contact_id, l.name, l.color FROM contact_label cl
            JOIN label l ON l.id = cl.label_id
            WHERE cl.contact_id IN ({marks}) ORDER BY l.name""",
        contact_ids,
    ):
        out.setdefault(contact_id, []).append((name, color))
    return {k: tuple(v) for k, v in out.items()}


def unread_counts() -> dict[str, int]:
    """Unread conversations per folder (every folder present, zero included)."""
    counts = dict.fromkeys(FOLDERS, 0)
    for folder, count in database.execute_sql(
        "SELECT folder, count(*) FROM conversation WHERE unread = 1 GROUP BY folder"
    ):
        counts[folder] = count
    return counts


def thread(conversation_id: int) -> list[MessageRow]:
    """Every message of a conversation, oldest first, with its attachments."""
    cursor = database.execute_sql(
        """SELECT m.id, m.direction, m.author_id, tm.first_name, tm.last_name, m.automatic,
                  m.text, m.sent_at, m.state, m.tag, m.error
           FROM message m LEFT JOIN team_member tm ON tm.id = m.author_id
           WHERE m.conversation_id = ? ORDER BY m.sent_at, m.id""",
        (conversation_id,),
    )
    rows = cursor.fetchall()
    attachments: dict[int, list[AttachmentRow]] = {}
    for a in database.execute_sql(
        """SELECT a.message_id, a.id, a.kind, a.filename, a.path, a.size, a.missing
           FROM attachment a JOIN message m ON m.id = a.message_id
           WHERE m.conversation_id = ? ORDER BY a.id""",
        (conversation_id,),
    ):
        attachments.setdefault(a[0], []).append(AttachmentRow(a[1], a[2], a[3], a[4], a[5], bool(a[6])))
    return [
        MessageRow(
            id=mid, direction=direction, author_id=author_id,
            author_name=display_name(first or "", last or ""), automatic=automatic,
            text=text, sent_at=sent_at, state=state, tag=tag, error=error,
            attachments=tuple(attachments.get(mid, ())),
        )
        for (mid, direction, author_id, first, last, automatic, text, sent_at, state, tag, error)
        in rows
    ]


def most_recent_conversation(folder: str = "inbox") -> int | None:
    return (Conversation.select(Conversation.id).where(Conversation.folder == folder)
            .order_by(Conversation.last_message_at.desc(), Conversation.id.desc()).limit(1).scalar())


def mark_read(conversation_id: int, read: bool = True) -> None:
    Conversation.update(unread=not read).where(Conversation.id == conversation_id).execute()


# --- actions on conversations ----------------------------------------------------------
# Each returns a Snapshot of what it changed, which ``restore`` puts back (undo).

class Snapshot(NamedTuple):
    conversations: tuple[tuple[int, str, int, int, int | None], ...]  # id, folder, unread, flagged, assignee
    blocked: tuple[tuple[int, int], ...] = ()                         # contact id, blocked


_STATE = (Conversation.id, Conversation.folder, Conversation.unread, Conversation.flagged, Conversation.assignee)


def snapshot(ids: Sequence[int]) -> Snapshot:
    rows = []
    for chunk in chunks(ids):
        rows.extend((i, folder, int(unread), int(flagged), assignee) for i, folder, unread, flagged, assignee
                    in Conversation.select(*_STATE).where(Conversation.id.in_(chunk)).tuples())
    return Snapshot(tuple(rows))


def _update(ids: Sequence[int], **changes) -> Snapshot:
    with database.atomic("IMMEDIATE"):
        before = snapshot(ids)
        for chunk in chunks(ids):
            Conversation.update(**changes).where(Conversation.id.in_(chunk)).execute()
        return before


def set_flagged(ids: Sequence[int], flagged: bool) -> Snapshot:
    return _update(ids, flagged=bool(flagged))


def set_unread(ids: Sequence[int], unread: bool) -> Snapshot:
    return _update(ids, unread=bool(unread))


def move_to(ids: Sequence[int], folder: str) -> Snapshot:
    """Done, archive, spam, or back to the inbox."""
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {folder!r}")
    return _update(ids, folder=folder)


def assign(ids: Sequence[int], member_id: int | None) -> Snapshot:
    return _update(ids, assignee=member_id)


def set_blocked(ids: Sequence[int], blocked: bool) -> Snapshot:
    """Block (or unblock) the people of these conversations.

    Blocking moves their conversations to Spam, where their new messages land too;
    unblocking brings the conversations back to the Inbox.
    """
    with database.atomic("IMMEDIATE"):
        contact_ids: list[int] = []
        for chunk in chunks(ids):
            contact_ids.extend(r[0] for r in Conversation.select(Conversation.contact).distinct()
                               .where(Conversation.id.in_(chunk)).tuples())
        all_conversations: list[int] = []
        blocked_before = []
        for chunk in chunks(contact_ids):
            all_conversations.extend(r[0] for r in Conversation.select(Conversation.id)
                                     .where(Conversation.contact.in_(chunk)).tuples())
            blocked_before.extend((i, int(b)) for i, b in Contact.select(Contact.id, Contact.blocked)
                                  .where(Contact.id.in_(chunk)).tuples())
        before = snapshot(all_conversations)
        for chunk in chunks(contact_ids):
            Contact.update(blocked=bool(blocked)).where(Contact.id.in_(chunk)).execute()
            if blocked:
                Conversation.update(folder="spam").where(Conversation.contact.in_(chunk)).execute()
            else:
                Conversation.update(folder="inbox").where(
                    Conversation.folder == "spam", Conversation.contact.in_(chunk)).execute()
        return Snapshot(before.conversations, tuple(blocked_before))


def restore(snap: Snapshot) -> None:
    """Put conversations (and blocked flags) back as a snapshot found them: one update for
    each set of values, so undoing a change to 100,000 conversations is a few statements."""
    groups: dict[tuple, list[int]] = {}
    for cid, folder, unread, flagged, assignee in snap.conversations:
        groups.setdefault((folder, bool(unread), bool(flagged), assignee), []).append(cid)
    with database.atomic("IMMEDIATE"):
        for (folder, unread, flagged, assignee), ids in groups.items():
            for chunk in chunks(ids):
                Conversation.update(folder=folder, unread=unread, flagged=flagged, assignee=assignee).where(
                    Conversation.id.in_(chunk)).execute()
        for contact_id, blocked in snap.blocked:
            Contact.update(blocked=bool(blocked)).where(Contact.id == contact_id).execute()


def conversation_state(conversation_id: int) -> tuple[str, bool, bool, int | None, bool] | None:
    """(folder, unread, flagged, assignee, contact blocked) for menus that show a check mark."""
    row = (Conversation.select(Conversation.folder, Conversation.unread, Conversation.flagged,
                               Conversation.assignee, Contact.blocked)
           .join(Contact).where(Conversation.id == conversation_id).tuples().first())
    return None if row is None else (row[0], bool(row[1]), bool(row[2]), row[3], bool(row[4]))
