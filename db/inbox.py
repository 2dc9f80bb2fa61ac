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
from peewee import JOIN, SQL, fn

from db.database import TRUE, Prepared, chunks, database, slot, slots
from db.models import Attachment, Contact, ContactLabel, Conversation, Label, Message, PagePost, TeamMember
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


def _filter(folder: str, filter_: str) -> list:
    """The conditions on conversations of a folder and filter (the member and the label are
    slots: given when the query runs)."""
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {folder!r}")
    where = [Conversation.folder == folder]
    if filter_ == "unread":
        where.append(Conversation.unread == TRUE)  # (the partial index's term)
    elif filter_ == "flagged":
        where.append(Conversation.flagged == TRUE)
    elif filter_ == "mine":
        where.append(Conversation.assignee == slot("member"))
    elif filter_ == "unassigned":
        where.append(Conversation.assignee.is_null())
    elif filter_ == "label":
        where.append(Conversation.contact.in_(
            ContactLabel.select(ContactLabel.contact).where(ContactLabel.label == slot("label"))))
    elif filter_ != "all":
        raise ValueError(f"unknown filter {filter_!r}")
    return where


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
        in_folder = dict(_ids_in(folder, "all"))
        waiting = dict.fromkeys(w.conversation_id for w in metrics.waiting_for_reply(now))
        return one_per_person([(c, in_folder[c]) for c in waiting if c in in_folder], prefer)
    return one_per_person(_ids_in(folder, filter_, member=member_id, label=label_id), prefer)


_IDS_IN = Prepared(lambda folder, filter_: (
    Conversation.select(Conversation.id, Conversation.contact).where(*_filter(folder, filter_))
    .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())))


def _ids_in(folder: str, filter_: str, member: int | None = None, label: int | None = None) -> list[tuple[int, int]]:
    """(conversation, contact) pairs of a folder and filter, newest first."""
    return _IDS_IN.rows(folder, filter_, member=member, label=label)


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


def _last(direction: str, *conditions):
    """When the conversation's last message of ``direction`` (and ``conditions``) was sent."""
    m = Message.alias()
    return (m.select(fn.MAX(m.sent_at))
            .where(m.conversation == Conversation.id, m.direction == direction, *[c(m) for c in conditions]))


def _rows_query(count: int):
    other = Conversation.alias()
    return (Conversation.select(
            Conversation.id, Conversation.contact, Contact.first_name, Contact.last_name, Conversation.snippet,
            Conversation.last_message_at, Conversation.unread, Conversation.flagged, Conversation.folder,
            Conversation.channel, Conversation.assignee, TeamMember.first_name, TeamMember.last_name,
            TeamMember.color,
            other.select(fn.COUNT(other.id)).where(other.contact == Conversation.contact),
            fn.COALESCE(PagePost.message, ""),
            _last("in"),
            _last("out", lambda m: m.automatic.is_null(), lambda m: m.state != "failed"))
            .join(Contact, on=(Contact.id == Conversation.contact))
            .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Conversation.assignee))
            .join(PagePost, JOIN.LEFT_OUTER,
                  on=((Conversation.post_id != "") & (PagePost.id == Conversation.post_id)))
            .where(Conversation.id.in_(slots("ids", count))))


_ROWS = Prepared(_rows_query)


def conversation_rows(ids: Sequence[int]) -> dict[int, ConversationRow]:
    """The rows for ``ids`` (one query for the rows, one for their labels)."""
    if not ids:
        return {}
    ids = list(ids)
    rows = _ROWS.rows(len(ids), ids=ids)
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
            others=others - 1,
            post=post,
            awaiting_since=last_in if last_in is not None and (last_answer is None or last_in > last_answer)
            else None,
        )
    return result


_LABELS = Prepared(lambda count: (
    ContactLabel.select(ContactLabel.contact, Label.name, Label.color)
    .join(Label, on=(Label.id == ContactLabel.label))
    .where(ContactLabel.contact.in_(slots("contacts", count))).order_by(Label.name)))


def contact_labels(contact_ids: Iterable[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    contact_ids = list(contact_ids)
    if not contact_ids:
        return {}
    out: dict[int, list[tuple[str, str]]] = {}
    for chunk in chunks(contact_ids):
        for contact_id, name, color in _LABELS.rows(len(chunk), contacts=chunk):
            out.setdefault(contact_id, []).append((name, color))
    return {k: tuple(v) for k, v in out.items()}


_UNREAD = Prepared(lambda: (
    Conversation.select(Conversation.folder, fn.COUNT(SQL("*")))
    .where(Conversation.unread == TRUE).group_by(Conversation.folder)))  # (the partial index's term)


def unread_counts() -> dict[str, int]:
    """Unread conversations per folder (every folder present, zero included)."""
    counts = dict.fromkeys(FOLDERS, 0)
    for folder, count in _UNREAD.rows():
        counts[folder] = count
    return counts


_THREAD = Prepared(lambda: (
    Message.select(Message.id, Message.direction, Message.author, TeamMember.first_name, TeamMember.last_name,
                   Message.automatic, Message.text, Message.sent_at, Message.state, Message.tag, Message.error)
    .join(TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Message.author))
    .where(Message.conversation == slot("id")).order_by(Message.sent_at, Message.id)))
_THREAD_FILES = Prepared(lambda: (
    Attachment.select(Attachment.message, Attachment.id, Attachment.kind, Attachment.filename,
                      Attachment.path, Attachment.size, Attachment.missing)
    .join(Message, on=(Message.id == Attachment.message))
    .where(Message.conversation == slot("id")).order_by(Attachment.id)))


def thread(conversation_id: int) -> list[MessageRow]:
    """Every message of a conversation, oldest first, with its attachments."""
    rows = _THREAD.rows(id=conversation_id)
    attachments: dict[int, list[AttachmentRow]] = {}
    for a in _THREAD_FILES.rows(id=conversation_id):
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
