"""A connected Facebook Page: sync conversations in, send replies out (Graph API).

Only the standard library talks HTTP here (urllib), and only to the address in
``GraphClient.base`` — tests point it at a server on 127.0.0.1. The Page
access token lives in the system keyring. Meta's errors are explained in words
a shop owner understands; transient ones (rate limits, server errors, network)
are retried with backoff; nothing typed is lost: a reply is stored before it is
sent and stays pending or failed (with Retry) until Meta accepts it.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from db import outbox, reply_window, settings
from peewee import EXCLUDED

from db.database import attachments_folder
from db.database import rows as db_rows
from db.models import Attachment, Contact, Conversation, Message, PagePost
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.incoming import receive_message
from db.text import json_without_nul

DEFAULT_BASE = "https://graph.facebook.com/v21.0"
KEYRING_SERVICE = "Sportello Page token"
RATE_LIMIT_CODES = {4, 17, 32, 613}
# A message as sync reads it: its files (images, videos, files; a sticker is an image).
MESSAGE_FIELDS = ("id,message,from,created_time,sticker,"
                  "attachments{id,mime_type,name,size,image_data{url},video_data{url},file_url}")
DOWNLOAD_LIMIT = 25 * 1024 * 1024  # Messenger's own limit for a file
# The message tags Meta still takes. CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and
# ACCOUNT_UPDATE were retired in 2026: nothing may send them.
ALLOWED_TAGS = {"HUMAN_AGENT"}


class GraphError(UserError):
    def __init__(self, template: str, kind: str = "other", transient: bool = False, **params) -> None:
        super().__init__(template, **params)
        self.kind = kind
        self.transient = transient


def explain(status: int, body: bytes) -> GraphError:
    """Meta's error JSON (or an HTTP failure) as a GraphError with a plain explanation."""
    try:
        error = json.loads(body.decode("utf-8")).get("error", {})
    except (ValueError, UnicodeDecodeError, AttributeError):
        error = {}
    code, subcode = error.get("code"), error.get("error_subcode")
    if code == 190:
        return GraphError(QT_TRANSLATE_NOOP(
            "Errors", "The Page access token has expired or was revoked. Connect the Page again in "
                      "Settings → Channels."), kind="token_expired")
    if code in (10, 200) and (subcode == 2018278 or "window" in str(error.get("message", "")).lower()):
        return GraphError(QT_TRANSLATE_NOOP(
            "Errors", "Messenger did not deliver it: the reply window has closed for this person."),
            kind="window_closed")
    if code in RATE_LIMIT_CODES:
        return GraphError(QT_TRANSLATE_NOOP(
            "Errors", "Facebook asks us to slow down (rate limit); Sportello will try again shortly."),
            kind="rate_limited", transient=True)
    if status >= 500 or status == 0:
        return GraphError(QT_TRANSLATE_NOOP("Errors", "Facebook could not be reached ({detail}); "
                                                      "Sportello will try again."),
                          kind="unavailable", transient=True, detail=str(status or "network"))
    return GraphError(QT_TRANSLATE_NOOP("Errors", "Facebook refused the request: {detail}"),
                      detail=str(error.get("message") or status))


@dataclass(frozen=True)
class PageConnection:
    page_id: str
    base: str = DEFAULT_BASE

    @classmethod
    def load(cls) -> "PageConnection | None":
        data = settings.get("graph.page") or {}
        if not data.get("page_id"):
            return None
        return cls(data["page_id"], data.get("base", DEFAULT_BASE))

    def save(self, now: int | None = None) -> None:
        """Keep the connection; a newly connected Page also records when (``now``): automatic
        replies answer only what arrives from then on."""
        old = settings.get("graph.page") or {}
        settings.put("graph.page", {"page_id": self.page_id, "base": self.base})
        if now is not None and (old.get("page_id") != self.page_id or not settings.get("graph.connected_at")):
            settings.put("graph.connected_at", now)


def store_token(page_id: str, token: str, service: str = KEYRING_SERVICE) -> None:
    """A token into the keyring (the Page's, or under ``service`` another's: the
    Conversions API dataset's); GraphError when this computer has no keyring."""
    import keyring
    import keyring.errors
    try:
        keyring.set_password(service, page_id, token)
    except keyring.errors.KeyringError as exc:
        raise GraphError(QT_TRANSLATE_NOOP(
            "Errors", "The token could not be stored: this computer has no password store (keyring) that "
                      "Sportello can use ({detail})."), detail=type(exc).__name__) from None


TOKEN_VARIABLE = "SPORTELLO_PAGE_TOKEN"  # for a machine without a keyring (a server, a scheduled task)
BASE_VARIABLE = "SPORTELLO_GRAPH_URL"    # another address for the Graph API (tests: 127.0.0.1)


def page_token(page_id: str) -> str | None:
    """The Page's token: SPORTELLO_PAGE_TOKEN when it is set, else the keyring's."""
    import os
    return os.environ.get(TOKEN_VARIABLE) or stored_token(page_id)


def base_address(stored: str = DEFAULT_BASE) -> str:
    import os
    return os.environ.get(BASE_VARIABLE) or stored


def stored_token(page_id: str, service: str = KEYRING_SERVICE) -> str | None:
    import keyring
    import keyring.errors
    try:
        return keyring.get_password(service, page_id)
    except keyring.errors.KeyringError:
        return None


class GraphClient:
    def __init__(self, page_id: str, token: str, base: str = DEFAULT_BASE, timeout: float = 20.0,
                 sleep: Callable[[float], None] = time.sleep, attempts: int = 4) -> None:
        self.page_id, self.token, self.base = page_id, token, base.rstrip("/")
        self.timeout, self.sleep, self.attempts = timeout, sleep, attempts

    def _request(self, url: str, data: dict | None = None, files: dict[str, tuple[str, str, bytes]] | None = None,
                 method: str | None = None) -> dict:
        """One call, retried with backoff while the failure is transient. ``files``: a
        multipart upload (field -> (file name, MIME type, bytes)), the other fields in ``data``."""
        delay = 1.0
        for attempt in range(self.attempts):
            if files:
                body, content_type = _multipart(data or {}, files)
                headers = {"Content-Type": content_type}
            else:
                body = json.dumps(data).encode() if data is not None else None
                headers = {"Content-Type": "application/json"} if data else {}
            request = urllib.request.Request(url, data=body, headers=headers,
                                             method=method or ("POST" if body is not None else "GET"))
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json_without_nul(response.read().decode("utf-8"))
            except urllib.error.HTTPError as exc:
                error = explain(exc.code, exc.read())
            except (urllib.error.URLError, TimeoutError, OSError):
                error = explain(0, b"")
            if not error.transient or attempt == self.attempts - 1:
                raise error
            self.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def download(self, url: str, limit: int = DOWNLOAD_LIMIT) -> bytes:
        """A file of a message (Meta's CDN address, as the message gives it), at most ``limit``."""
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:
                data = response.read(limit + 1)
        except (urllib.error.URLError, TimeoutError, OSError, ValueError):
            raise explain(0, b"") from None
        if len(data) > limit:
            raise GraphError(QT_TRANSLATE_NOOP("Errors", "The file is larger than {limit} MB."),
                             limit=limit // 1024 // 1024)
        return data

    def _pages(self, url: str) -> Iterator[dict]:
        """Every item of an edge, page after page (``paging.next``), for as long as the caller reads."""
        while url:
            page = self._request(url)
            yield from page.get("data", [])
            url = (page.get("paging") or {}).get("next")

    def _url(self, path: str, params: dict) -> str:
        query = urllib.parse.urlencode({**params, "access_token": self.token})
        return f"{self.base}/{path.lstrip('/')}?{query}"

    def page(self) -> dict:
        """The Page itself (``/{page-id}?fields=id,name``): checks the token and the Page ID."""
        return self._request(self._url(self.page_id, {"fields": "id,name"}))

    def conversations(self) -> Iterator[dict]:
        """The Page's Messenger conversations, most recently updated first, every page of them."""
        url = self._url(f"{self.page_id}/conversations", {
            "platform": "messenger",
            "fields": "id,updated_time,participants,messages.limit(50){" + MESSAGE_FIELDS + "}"})
        yield from self._pages(url)

    def messages(self, conv: dict) -> Iterator[dict]:
        """A conversation's messages, newest first: the ones the listing carried, then every
        further page of its ``messages`` edge (``paging.next``) for as long as the caller reads."""
        edge = conv.get("messages") or {}
        while True:
            yield from edge.get("data", [])
            url = (edge.get("paging") or {}).get("next")
            if not url:
                return
            edge = self._request(url)

    def lead_forms(self) -> Iterator[dict]:
        """The Page's lead forms (``/{page-id}/leadgen_forms``), every page of them."""
        url = self._url(f"{self.page_id}/leadgen_forms", {"fields": "id,name,status", "limit": 100})
        yield from self._pages(url)

    def form_leads(self, form_id: str, since: int) -> Iterator[dict]:
        """A form's leads created after ``since`` (``/{form-id}/leads``), every page of them."""
        url = self._url(f"{form_id}/leads", {
            "fields": ",".join(LEAD_FIELDS + ("field_data",)), "limit": 100,
            "filtering": json.dumps([{"field": "time_created", "operator": "GREATER_THAN", "value": since}])})
        yield from self._pages(url)

    def posts(self) -> Iterator[dict]:
        """The Page's posts (``/{page-id}/posts``), most recently active first, every page."""
        url = self._url(f"{self.page_id}/posts", {"fields": "id,message,created_time,updated_time", "limit": 100})
        yield from self._pages(url)

    def comments(self, post_id: str) -> Iterator[dict]:
        """A post's comments, newest first (``/{post-id}/comments``, filter=stream: all of them,
        replies included), page after page for as long as the caller reads."""
        url = self._url(f"{post_id}/comments", {"fields": "id,message,from,created_time", "filter": "stream",
                                                 "order": "reverse_chronological", "limit": 100})
        yield from self._pages(url)

    def send_file(self, recipient: dict, path: str, kind: str, messaging_type: str, tag: str | None = None,
                  filename: str | None = None) -> str:
        """One file of a reply, uploaded with the Send API (multipart ``filedata``), under
        ``filename`` (the name the user attached, by default the file's own)."""
        import mimetypes
        from pathlib import Path

        self._check_tag(tag)
        file = Path(path)
        name = filename or file.name
        mime = mimetypes.guess_type(name)[0] or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        form = {"recipient": json.dumps(recipient), "messaging_type": messaging_type,
                "message": json.dumps({"attachment": {"type": "image" if kind == "image" else "file",
                                                      "payload": {"is_reusable": False}}})}
        if tag:
            form["tag"] = tag
        result = self._request(self._url("me/messages", {}), form, files={"filedata": (name, mime, file.read_bytes())})
        return result.get("message_id", "")

    def send_events(self, dataset_id: str, events: list[dict]) -> dict:
        """Events to a dataset through the Conversions API (``/{dataset-id}/events``)."""
        return self._request(self._url(f"{dataset_id}/events", {}), {"data": events})

    def set_profile(self, fields: dict) -> None:
        """Set properties of the Page's Messenger Profile (greeting, ice breakers)."""
        self._request(self._url("me/messenger_profile", {}), fields)

    def delete_profile(self, names: list[str]) -> None:
        self._request(self._url("me/messenger_profile", {}), {"fields": names}, method="DELETE")

    @staticmethod
    def _check_tag(tag: str | None) -> None:
        if tag is not None and tag not in ALLOWED_TAGS:
            raise GraphError(QT_TRANSLATE_NOOP("Errors", "Not sent: Messenger no longer accepts the {tag} tag."),
                             tag=tag)

    def send(self, recipient: dict, text: str, messaging_type: str, tag: str | None = None) -> str:
        self._check_tag(tag)
        payload = {"recipient": recipient, "messaging_type": messaging_type, "message": {"text": text}}
        if tag:
            payload["tag"] = tag
        result = self._request(self._url("me/messages", {}), payload)
        return result.get("message_id", "")


# Our personalization fields as Messenger's greeting writes them (the person is not known yet
# to us; Messenger fills these in for whoever opens the chat).
GREETING_FIELDS = {"first_name": "{{user_first_name}}", "last_name": "{{user_last_name}}"}


def profile() -> tuple[dict, list[str]]:
    """The Messenger Profile as Settings hold it: (properties to set, properties to remove)."""
    import re

    from db import automation, replies

    fields, remove = {}, []
    if automation.setting("greeting.enabled") and (automation.setting("greeting.text") or "").strip():
        values = replies.personalization(None, None)

        def fill(match: re.Match) -> str:
            name = match.group(1)
            if name in GREETING_FIELDS:
                return GREETING_FIELDS[name]
            return getattr(values, name) if name in replies.FIELDS else match.group(0)

        text = replies.FIELD_RE.sub(fill, automation.setting("greeting.text"))
        fields["greeting"] = [{"locale": "default", "text": text}]
    else:
        remove.append("greeting")
    questions = automation.ice_breakers()
    if questions:
        fields["ice_breakers"] = [{"locale": "default", "call_to_actions": [
            {"question": q, "payload": f"ICE_BREAKER_{i + 1}"} for i, q in enumerate(questions)]}]
    else:
        remove.append("ice_breakers")
    return fields, remove


def publish_profile(client: GraphClient) -> None:
    """Set the greeting and the ice breakers on the Page as Settings hold them (and remove
    what is switched off). Reads only; GraphError when Meta refuses."""
    fields, remove = profile()
    if fields:
        client.set_profile(fields)
    if remove:
        client.delete_profile(remove)


def _multipart(fields: dict[str, str], files: dict[str, tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body (RFC 7578) and its Content-Type."""
    import uuid

    boundary = f"sportello-{uuid.uuid4().hex}"
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, mime, data) in files.items():
        quoted = filename.replace('"', "%22").replace("\r", " ").replace("\n", " ")
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{quoted}"\r\n'
                     f"Content-Type: {mime}\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def _ts(value: str) -> int:
    return int(datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").timestamp())


@dataclass(frozen=True)
class SyncResult:
    conversations: int
    new_messages: int
    stopped_by: GraphError | None = None
    new_leads: int = 0
    merged_leads: int = 0
    new_comments: int = 0


def sync(client: GraphClient, now: int, store: Path | None = None) -> SyncResult:
    """Bring new messages in, incrementally (stops at conversations older than the last sync).

    Each new customer message goes through the incoming-message pipeline;
    messages are deduplicated by their Meta id. A token that expires mid-sync
    stops it; what came in before stays.
    """
    store = store or attachments_folder()
    last = settings.get("graph.last_sync") or 0
    live_since = max(last, settings.get("graph.connected_at") or 0) or now
    newest = last
    seen = new = 0
    try:
        for conv in client.conversations():
            updated = _ts(conv["updated_time"])
            if updated <= last:
                break
            seen += 1
            newest = max(newest, updated)
            # Newest first, page after page, until a message already here: a conversation
            # with more than one page of new messages since the last sync loses none of them.
            fresh = []
            for m in client.messages(conv):
                if _known(m["id"]):
                    break
                fresh.append(m)
            for m in reversed(fresh):  # stored oldest first
                sender = m.get("from") or {}
                sent_at = _ts(m["created_time"])
                if sender.get("id") == client.page_id:
                    _store_page_message(conv, m, sent_at)
                    continue
                contact_id = _contact(sender)
                conversation_id = _conversation(conv["id"], contact_id, sent_at)
                # Automatic replies answer what came since the Page was connected, while the
                # standard window is open; the history a first sync brings gets none.
                live = sent_at >= live_since and now - sent_at < reply_window.STANDARD
                received = receive_message(contact_id, m.get("message") or "", now,
                                           conversation_id=conversation_id, external_id=m["id"], sent_at=sent_at,
                                           automatic_replies=live, automatic_state="pending")
                if not received.duplicate:
                    _store_files(client, received.message_id, m, store)
                new += 1
    except GraphError as exc:
        return SyncResult(seen, new, exc)
    settings.put("graph.last_sync", newest)
    return SyncResult(seen, new)


POST_HORIZON = 90 * 24 * 3600  # posts older than this before the last sync are not read again


@dataclass(frozen=True)
class CommentSyncResult:
    posts: int
    comments: int


def sync_comments(client: GraphClient, now: int) -> CommentSyncResult:
    """Comments on the Page's posts since the last sync, each a conversation of its own
    (channel 'comment', with its post), so the one private reply works from the inbox.
    The Page's own comments are not conversations. The position moves only once what was
    read is stored."""
    # A first sync reads the last 7 days: an older comment can no longer get its private reply.
    since = settings.get("graph.comments_since") or now - reply_window.PRIVATE_REPLY
    newest, posts, added = since, 0, 0
    for post in client.posts():  # newest posts first; an old post may have new comments
        if _ts(post["created_time"]) < since - POST_HORIZON:
            break
        updated = _ts(post.get("updated_time") or post["created_time"])
        if updated <= since:
            continue
        posts += 1
        newest = max(newest, updated)
        # Newest first, page after page, until one already here; stored once the post's
        # pages are all read (a fault while paging stores none of them, and moves nothing).
        fresh = []
        for comment in client.comments(post["id"]):
            if _ts(comment["created_time"]) <= since or _known(comment["id"]):
                break
            fresh.append(comment)
        if fresh:  # the post's text, for the thread to say which post a comment is on
            (PagePost.insert(id=post["id"], message=post.get("message") or "", created_at=_ts(post["created_time"]))
             .on_conflict(conflict_target=[PagePost.id], update={PagePost.message: EXCLUDED.message}).execute())
        for comment in reversed(fresh):
            at = _ts(comment["created_time"])
            author = comment.get("from") or {}
            if author.get("id") == client.page_id:
                continue
            contact_id = _contact(author, prefix="fbuser")
            conversation_id = _conversation(f"comment:{comment['id']}", contact_id, at, channel="comment",
                                            post_id=post["id"])
            receive_message(contact_id, comment.get("message") or "", now, channel="comment",
                            conversation_id=conversation_id, external_id=comment["id"], sent_at=at,
                            automatic_replies=False)
            added += 1
    settings.put("graph.comments_since", newest)
    return CommentSyncResult(posts, added)


# The columns of a lead as the Graph API gives them, in the order of Ads Manager's download.
LEAD_FIELDS = ("id", "created_time", "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "campaign_name",
               "form_id", "is_organic", "platform")


def leads_as_download(leads: list[dict], form_names: dict[str, str]) -> bytes:
    """Graph leads written as Ads Manager's download would have them (UTF-8 CSV, Meta's
    prefixes, one column per question), so that they are read by the one lead parser."""
    import csv
    import io

    questions: list[str] = []
    for lead in leads:
        for answer in lead.get("field_data") or []:
            if answer.get("name") and answer["name"] not in questions:
                questions.append(answer["name"])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*LEAD_FIELDS[:9], "form_name", *LEAD_FIELDS[9:], *questions])
    prefixes = {"id": "l:", "ad_id": "ag:", "adset_id": "as:", "campaign_id": "c:", "form_id": "f:"}
    for lead in leads:
        answers = {a.get("name"): ", ".join(str(v) for v in a.get("values") or []) for a in lead.get("field_data") or []}
        cells = []
        for name in LEAD_FIELDS:
            value = lead.get(name)
            value = "" if value is None else ("true" if value is True else "false" if value is False else str(value))
            cells.append(prefixes.get(name, "") + value if value else "")
            if name == "form_id":
                cells.append(form_names.get(str(lead.get("form_id") or ""), ""))
        phone_like = {"phone_number", "work_phone_number"}
        cells += [("p:" + answers[q] if q in phone_like and answers.get(q, "").startswith("+") else answers.get(q, ""))
                  for q in questions]
        writer.writerow(cells)
    return out.getvalue().encode("utf-8")


@dataclass(frozen=True)
class LeadSyncResult:
    created: int
    merged: int
    skipped: int


def sync_leads(client: GraphClient, now: int) -> LeadSyncResult:
    """The Page's lead forms' new leads, read as a download would be and merged with the
    same people's other leads. The position moves only once what was read is stored."""
    from db import leads_io

    since = settings.get("graph.leads_since") or 0
    forms = {str(f["id"]): f.get("name") or "" for f in client.lead_forms()}
    leads = []
    for form_id in forms:
        for lead in client.form_leads(form_id, since):
            lead.setdefault("form_id", form_id)
            leads.append(lead)
    if not leads:
        return LeadSyncResult(0, 0, 0)
    parsed = leads_io.parse(leads_as_download(leads, forms))
    result = leads_io.apply(parsed, now, skip_invalid=True)
    newest = max(_ts(lead["created_time"]) for lead in leads if lead.get("created_time"))
    settings.put("graph.leads_since", max(since, newest))
    return LeadSyncResult(result.created, result.merged, len({p.row for p in result.skipped}))


def sync_all(client: GraphClient, now: int) -> SyncResult:
    """Sync now: the conversations, the comments on the Page's posts, then the lead forms'
    new leads. A part that Meta refuses (a token without the leads permission, say) is
    said and the others still run; an expired token stops all. What came in stays."""
    result = sync(client, now)
    stopped = result.stopped_by
    if stopped is not None and stopped.kind == "token_expired":
        return result
    comments = CommentSyncResult(0, 0)
    try:
        comments = sync_comments(client, now)
    except GraphError as exc:
        stopped = stopped or exc
        if exc.kind == "token_expired":
            return SyncResult(result.conversations, result.new_messages, exc)
    leads = LeadSyncResult(0, 0, 0)
    try:
        leads = sync_leads(client, now)
    except GraphError as exc:
        stopped = stopped or exc
    return SyncResult(result.conversations, result.new_messages, stopped, leads.created, leads.merged,
                      comments.comments)


def _known(external_id: str) -> bool:
    """A message of Meta's already stored."""
    return Message.select().where(Message.external_id == external_id).exists()


def _contact(sender: dict, prefix: str = "psid") -> int:
    key = f"{prefix}:{sender.get('id')}"
    found = Contact.select(Contact.id).where(Contact.external_id == key).scalar()
    if found:
        return found
    first, _, last = (sender.get("name") or "").partition(" ")
    return Contact.insert(first_name=first, last_name=last, external_id=key, created_at=int(time.time())).execute()


def _conversation(graph_id: str, contact_id: int, at: int, channel: str = "messenger", post_id: str = "") -> int:
    found = Conversation.select(Conversation.id).where(Conversation.external_id == graph_id).scalar()
    if found:
        return found
    return Conversation.insert(contact=contact_id, channel=channel, folder="inbox", unread=True, last_message_at=at,
                               snippet="", external_id=graph_id, created_at=at, post_id=post_id).execute()


def _files_of(m: dict) -> list[tuple[str, str, str]]:
    """(kind, file name, address) of each file of a Graph message; a sticker is an image."""
    found = []
    for i, a in enumerate((m.get("attachments") or {}).get("data") or []):
        mime = a.get("mime_type") or ""
        url = (a.get("image_data") or {}).get("url") or (a.get("video_data") or {}).get("url") or a.get("file_url")
        kind = "image" if a.get("image_data") or mime.startswith("image/") else "file"
        found.append((kind, a.get("name") or f"file-{i + 1}", url or ""))
    if m.get("sticker"):
        found.append(("image", "sticker.png", m["sticker"]))
    return found


def _store_files(client: GraphClient, message_id: int, m: dict, store: Path) -> None:
    """Download a message's files beside the database; one that cannot be had is kept as
    missing, with its name, and the message is stored all the same."""
    from db.text import safe_filename

    for i, (kind, name, url) in enumerate(_files_of(m)):
        target, size, missing = store / f"g{message_id}-{i}-{safe_filename(name)}", 0, False
        try:
            data = client.download(url) if url else None
            if data is None:
                raise GraphError("no address")
            store.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            size = len(data)
        except (GraphError, OSError):
            missing = True
        Attachment.insert(message=message_id, kind=kind, filename=name, path="" if missing else str(target),
                          size=size, missing=missing).execute()


def _store_page_message(conv: dict, m: dict, sent_at: int) -> None:
    others = [p for p in (conv.get("participants") or {}).get("data", []) if p.get("id") != (m.get("from") or {}).get("id")]
    contact_id = _contact(others[0] if others else {"id": conv["id"], "name": "?"})
    conversation_id = _conversation(conv["id"], contact_id, sent_at)
    Message.insert(conversation=conversation_id, direction="out", text=m.get("message") or "", sent_at=sent_at,
                   state="sent", external_id=m["id"]).execute()


def delivery(message_id: int, now: int) -> tuple[str, dict, str, str | None] | str | None:
    """What sending a pending reply takes — (text, recipient, messaging type, tag) — or, when
    Meta's rules let nothing go, the reason in words; None when it is no longer pending.
    Reads only."""
    found = db_rows(Message.select(Message.text, Message.state, Conversation.id, Conversation.channel,
                                   Contact.external_id, Message.automatic)
                    .join(Conversation, on=(Conversation.id == Message.conversation))
                    .join(Contact, on=(Contact.id == Conversation.contact)).where(Message.id == message_id))
    row = found[0] if found else None
    if row is None or row[1] != "pending":
        return None
    text, _state, conversation_id, channel, contact_key, automatic = row
    window = reply_window.for_conversation(conversation_id, now)
    if automatic and window.status not in ("open", "private_reply"):
        # HUMAN_AGENT is for a person's replies only: an automatic reply goes within the
        # standard window or not at all.
        return QT_TRANSLATE_NOOP("Errors", "Not sent: an automatic reply may go only within 24 hours of the "
                                           "customer's message.")
    if channel == "comment":
        comment = (Message.select(Message.external_id)
                   .where(Message.conversation == conversation_id, Message.direction == "in")
                   .order_by(Message.sent_at).limit(1).scalar())
        recipient = {"comment_id": comment or ""}
    else:
        recipient = {"id": (contact_key or "").removeprefix("psid:")}
    return text, recipient, window.messaging_type or "RESPONSE", window.tag


def send_pending(client: GraphClient, message_id: int, now: int) -> tuple | None:
    """Send a reply already taken with ``outbox.claim``: its files first, one call each (a
    file Meta accepted before is not sent again), then its text. (True, Meta's id, files
    sent) or (False, the reason, files sent); None when it is no longer pending. Writes
    nothing: ``record_delivery`` keeps the outcome."""
    found = delivery(message_id, now)
    if found is None:
        return None
    if isinstance(found, str):
        return False, found, {}
    text, recipient, messaging_type, tag = found
    files = db_rows(Attachment.select(Attachment.id, Attachment.kind, Attachment.filename, Attachment.path)
                    .where(Attachment.message == message_id, Attachment.sent_id.is_null()).order_by(Attachment.id))
    sent_files: dict[int, str] = {}
    last_id = ""
    try:
        for attachment_id, kind, filename, path in files:
            if not path or not Path(path).is_file():
                return False, f"{filename}: " + QT_TRANSLATE_NOOP("Errors", "the file is no longer on this computer."), \
                    sent_files
            last_id = sent_files[attachment_id] = client.send_file(recipient, path, kind, messaging_type, tag,
                                                                         filename)
        if text.strip():
            last_id = client.send(recipient, text, messaging_type, tag)
        return True, last_id, sent_files
    except GraphError as exc:
        return False, str(exc), sent_files


def record_delivery(message_id: int, outcome: tuple | None) -> None:
    if outcome is None:
        Message.update(sending_since=None).where(Message.id == message_id).execute()
        return
    sent, detail = outcome[0], outcome[1]
    for attachment_id, sent_id in (outcome[2] if len(outcome) > 2 else {}).items():
        Attachment.update(sent_id=sent_id).where(Attachment.id == attachment_id).execute()
    if sent:
        outbox.mark_sent(message_id, detail or None)
    else:
        outbox.mark_failed(message_id, detail)


def deliver(client: GraphClient, message_id: int, now: int) -> bool:
    """Take a stored (pending) reply and send it; mark it sent with Meta's id, or failed with
    the reason. False, sending nothing, when another sender has taken it."""
    if not outbox.claim(message_id, now):
        return False
    outcome = send_pending(client, message_id, now)
    record_delivery(message_id, outcome)
    return bool(outcome and outcome[0])


def deliver_all(client: GraphClient, now: int) -> tuple[int, list[tuple[int, str]]]:
    """Every reply waiting to go (and the automatic replies a sync made): how many were
    sent, and each refused one with Meta's reason."""
    outbox.release_stale(now)
    sent, failed = 0, []
    for message_id in outbox.pending_messages():
        if deliver(client, message_id, now):
            sent += 1
            continue
        state, error = db_rows(Message.select(Message.state, Message.error).where(Message.id == message_id))[0]
        if state == "failed":
            failed.append((message_id, error or ""))
    return sent, failed
