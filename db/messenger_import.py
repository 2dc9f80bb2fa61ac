"""Import a Facebook "Download your information" export of a Page's Messenger inbox.

The export is a folder or a .zip. Threads live under ``messages/``,
``your_activity_across_facebook/messages/`` or ``your_facebook_activity/messages/``
in ``inbox``, ``archived_threads``, ``filtered_threads``, ``message_requests`` and
``e2ee_cutover``, each as ``<thread>/message_1.json``, ``message_2.json`` …
(message_1 holds the newest; inside a file messages run newest first).

Facebook writes every UTF-8 byte of the text as its own ``\\u00XX``: names,
titles and texts are repaired, and a string that cannot be repaired is left as
it is. Every file is read and checked before anything is written; the writing
is one transaction, so a malformed file (reported with its path) or a cancel
leaves the database as it was. Importing the same export again adds nothing;
a newer export adds only what is new.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from peewee import JOIN, fn

from db.collector import collector_paused
from db.database import FALSE, Prepared, database, insert_rows, slot, slots
from db.models import Attachment, Contact, Conversation, Message, TeamMember
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.text import display_name, json_without_nul

ROOTS = ("messages", "your_activity_across_facebook/messages", "your_facebook_activity/messages")
FOLDERS = {"inbox": "inbox", "archived_threads": "archived", "filtered_threads": "spam",
           "message_requests": "inbox", "e2ee_cutover": "inbox"}
MEDIA = (("photos", "image"), ("gifs", "image"), ("videos", "video"), ("audio_files", "audio"), ("files", "file"))
MESSAGE_FILE = re.compile(r"^message_(\d+)\.json$")


class ExportError(Exception):
    """The export cannot be imported; the message names the file and the reason."""


class PageUnknown(ExportError, UserError):
    """The export's threads do not tell which participant is the Page (one thread has two
    people in it, and either may be the Page): the caller asks, among ``params["names"]``."""

    def __init__(self, names: list[str]) -> None:
        UserError.__init__(self, QT_TRANSLATE_NOOP(
            "Errors", "Cannot tell which participant is the Page ({choices}); give it with --page NAME."),
            choices=", ".join(names), names=names)


def repair(text):
    """Undo Facebook's mojibake: "perch\\u00c3\\u00a9" -> "perché"; leave what cannot be repaired."""
    if not isinstance(text, str) or not text or text.isascii():
        return text
    if max(text) > "\xff":
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


class Source:
    """A folder or a zip file, read the same way."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            self.zip = None
            self.names = [p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()]
        elif zipfile.is_zipfile(self.path):
            self.zip = zipfile.ZipFile(self.path)
            self.names = [n for n in self.zip.namelist() if not n.endswith("/")]
        else:
            raise ExportError(f"{self.path}: not a folder or a .zip of a Facebook export")
        self.name_set = set(self.names)

    def read(self, name: str) -> bytes:
        if self.zip is not None:
            return self.zip.read(name)
        return (self.path / name).read_bytes()

    def copy(self, name: str, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.zip is not None:
            with self.zip.open(name) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
        else:
            shutil.copyfile(self.path / name, target)

    def resolve(self, uri: str) -> str | None:
        """A media uri relative to this export's root, or to another root: find the file."""
        uri = uri.lstrip("/")
        parts = PurePosixPath(uri).parts
        for i in range(len(parts)):
            candidate = "/".join(parts[i:])
            if candidate in self.name_set:
                return candidate
            for name in self._suffix_index().get(candidate, ()):
                return name
        return None

    def _suffix_index(self) -> dict[str, list[str]]:
        if not hasattr(self, "_suffixes"):
            index: dict[str, list[str]] = {}
            for name in self.names:
                parts = PurePosixPath(name).parts
                for i in range(1, len(parts)):
                    index.setdefault("/".join(parts[i:]), []).append(name)
            self._suffixes = index
        return self._suffixes

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


@dataclass
class Thread:
    key: str                  # stable: the thread's folder path inside the export
    folder: str
    title: str
    participants: list[str]
    messages: list[dict] = field(default_factory=list)  # oldest first


@dataclass(frozen=True)
class ImportSummary:
    threads: int
    messages_added: int
    messages_known: int
    missing_files: int
    page: str


def find_threads(source: Source) -> dict[str, list[str]]:
    """thread key -> its message files, message_1 (newest) first."""
    threads: dict[str, list[tuple[int, str]]] = {}
    for name in source.names:
        parts = PurePosixPath(name).parts
        match = MESSAGE_FILE.match(parts[-1])
        if not match or len(parts) < 3:
            continue
        parent = "/".join(parts[:-1])
        for root in ROOTS:
            prefix = root + "/"
            if parent.startswith(prefix) or ("/" + prefix) in ("/" + parent):
                tail = parent.split(prefix, 1)[1].split("/")
                if len(tail) == 2 and tail[0] in FOLDERS:
                    threads.setdefault(f"{tail[0]}/{tail[1]}", []).append((int(match.group(1)), name))
                break
    return {k: [n for _, n in sorted(v)] for k, v in threads.items()}


def read_thread(source: Source, key: str, files: list[str]) -> Thread:
    folder = FOLDERS[key.split("/")[0]]
    title, participants, messages = "", [], []
    for name in files:
        try:
            data = json_without_nul(source.read(name).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ExportError(f"{name}: not valid JSON ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
            raise ExportError(f"{name}: no list of messages in it")
        title = title or repair(data.get("title") or "")
        if not participants:
            participants = [repair(p.get("name", "")) for p in data.get("participants", []) if isinstance(p, dict)]
        for m in data["messages"]:
            if not isinstance(m, dict) or not isinstance(m.get("timestamp_ms"), int) \
                    or not isinstance(m.get("sender_name"), str):
                raise ExportError(f"{name}: a message without sender_name or timestamp_ms")
            messages.append(m)
    messages.sort(key=lambda m: m["timestamp_ms"])  # files and messages run newest first
    return Thread(key, folder, title, participants, messages)


def guess_page(threads: list[Thread], hint: str | None = None) -> str:
    """The participant present in every thread (the Page's name in Settings settles a tie)."""
    common = None
    for t in threads:
        names = set(t.participants) or {repair(m["sender_name"]) for m in t.messages}
        common = names if common is None else common & names
    if common and hint in common:
        return hint
    if not common or len(common) != 1:
        everyone = sorted(set().union(*[set(t.participants) for t in threads]) if threads else set())
        raise PageUnknown(sorted(common) if common else everyone)
    return common.pop()


def _message_key(thread: Thread, m: dict) -> str:
    raw = f"{thread.key}|{m['timestamp_ms']}|{m['sender_name']}|{m.get('content', '')}"
    return "fbexport:" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()


@collector_paused()  # (db/collector.py)
def import_export(path: Path, store: Path, now: int, *, page: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportSummary:
    source = Source(path)
    try:
        found = find_threads(source)
        if not found:
            raise ExportError(f"{path}: no Messenger threads (messages/inbox/…/message_1.json) in it")
        threads = [read_thread(source, key, files) for key, files in sorted(found.items())]
        from db import settings
        page_name = page or guess_page(threads, settings.get("page.name") or None)
        return _write(source, threads, page_name, store, now, progress, cancelled)
    finally:
        source.close()


_CONTACT_BY_KEY = Prepared(lambda: Contact.select(Contact.id).where(Contact.external_id == slot("key")))
_CONVERSATION_BY_KEY = Prepared(lambda: Conversation.select(Conversation.id).where(Conversation.external_id == slot("key")))
# (built once: the builder costs a millisecond a statement, a second on 1,000 threads)
_NEW_CONTACT = Prepared(lambda: Contact.insert(first_name=slot("first"), last_name=slot("last"),
                                               external_id=slot("key"), created_at=slot("now")))
_NEW_CONVERSATION = Prepared(lambda: Conversation.insert(
    contact=slot("contact"), channel="messenger", folder=slot("folder"), unread=FALSE, last_message_at=slot("at"),
    snippet="", external_id=slot("key"), created_at=slot("at")))
_MESSAGE_BY_KEY = Prepared(lambda: Message.select(Message.id).where(Message.external_id == slot("key")))
_KNOWN = Prepared(lambda n: Message.select(Message.external_id).where(Message.external_id.in_(slots("keys", n))))
_LAST = Prepared(lambda: Message.select(Message.sent_at, Message.text).where(Message.conversation == slot("id"))
                 .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1))
_SET_LAST = Prepared(lambda: Conversation.update(last_message_at=slot("at"), snippet=slot("snippet"))
                     .where(Conversation.id == slot("id")))


def _write(source: Source, threads: list[Thread], page: str, store: Path, now: int, progress, cancelled) -> ImportSummary:
    added = known = missing = 0
    copies: list[tuple[str, Path]] = []
    total = sum(len(t.messages) for t in threads)
    done = 0
    with database.atomic("IMMEDIATE"):
        for thread in threads:
            if cancelled is not None and cancelled():
                raise InterruptedError("import cancelled")
            others = [p for p in thread.participants if p != page] or [thread.title or "?"]
            name = others[0] if len(others) == 1 else (thread.title or ", ".join(others))
            contact_key = f"fbname:{name}"
            contact_id = _CONTACT_BY_KEY.scalar(key=contact_key)
            if contact_id is None:
                first, _, last = name.partition(" ")
                contact_id = _NEW_CONTACT.insert(first=first, last=last, key=contact_key, now=now)
            conv_key = f"fbexport:{thread.key}"
            conversation_id = _CONVERSATION_BY_KEY.scalar(key=conv_key)
            first_ts = thread.messages[0]["timestamp_ms"] // 1000 if thread.messages else now
            new_conversation = conversation_id is None
            if new_conversation:
                conversation_id = _NEW_CONVERSATION.insert(contact=contact_id, folder=thread.folder, at=first_ts,
                                                           key=conv_key)
            keys, seen = [], {}
            for m in thread.messages:  # identical messages in the same millisecond stay distinct
                key = _message_key(thread, m)
                seen[key] = seen.get(key, 0) + 1
                keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
            existing = set()
            # A conversation created just now holds no message yet: nothing to look up.
            for i in range(0, 0 if new_conversation else len(keys), 900):
                chunk = keys[i:i + 900]
                existing.update(r[0] for r in _KNOWN.rows(len(chunk), keys=chunk))
            rows, media = [], []
            for m, key in zip(thread.messages, keys):
                done += 1
                if key in existing:
                    known += 1
                    continue
                text = repair(m.get("content") or "")
                link = (m.get("share") or {}).get("link") if isinstance(m.get("share"), dict) else None
                if link:
                    text = f"{text}\n{link}".strip()
                sender = repair(m["sender_name"])
                direction = "out" if sender == page else "in"
                state = "unsent" if m.get("is_unsent") else "sent"
                rows.append((conversation_id, direction, text, m["timestamp_ms"] // 1000, state, key))
                for field_name, kind in MEDIA:
                    for item in m.get(field_name) or []:
                        if isinstance(item, dict) and isinstance(item.get("uri"), str):
                            media.append((key, kind, item["uri"]))
            if rows:
                insert_rows(Message, ("conversation", "direction", "text", "sent_at", "state", "external_id"), rows)
                added += len(rows)
            for key, kind, uri in media:
                message_id = _MESSAGE_BY_KEY.scalar(key=key)
                found = source.resolve(uri)
                filename = PurePosixPath(uri).name or "file"
                if found is None:
                    missing += 1
                    Attachment.insert(message=message_id, kind=kind, filename=filename, path="",
                                      missing=True).execute()
                else:
                    target = store / f"fb-{message_id}-{filename}"
                    copies.append((found, target))
                    Attachment.insert(message=message_id, kind=kind, filename=filename, path=str(target)).execute()
            last = _LAST.rows(id=conversation_id)
            if last:
                _SET_LAST.execute(at=last[0][0], snippet=" ".join(last[0][1].split())[:200], id=conversation_id)
            if progress is not None:
                progress(done, total)
        # Files are copied last, inside the transaction's lifetime: a failure rolls the rows back.
        for name, target in copies:
            if not target.exists():
                source.copy(name, target)
    return ImportSummary(len(threads), added, known, missing, page)


def export_messages_csv(out) -> int:
    """Every message, oldest first: conversation_id, contact_name, direction, sent_at, author, automatic, text."""
    from db.clock import iso
    from db.io import write_csv

    author = fn.TRIM(fn.COALESCE(TeamMember.first_name, "").concat(" ").concat(fn.COALESCE(TeamMember.last_name, "")))
    rows = database.execute(
        Message.select(Message.conversation, Contact.first_name, Contact.last_name, Message.direction,
                       Message.sent_at, author, Message.automatic, Message.text)
        .join(Conversation, on=(Conversation.id == Message.conversation))
        .join(Contact, on=(Contact.id == Conversation.contact))
        .join_from(Message, TeamMember, JOIN.LEFT_OUTER, on=(TeamMember.id == Message.author))
        .order_by(Message.sent_at, Message.id))
    return write_csv(out, ("conversation_id", "contact_name", "direction", "sent_at", "author", "automatic", "text"),
                     ((r[0], display_name(r[1], r[2]), r[3], iso(r[4]), r[5], "true" if r[6] else "false", r[7])
                      for r in rows))
