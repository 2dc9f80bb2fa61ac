"""``sportello connect PAGE_ID`` and ``sportello sync``: the Facebook Page without a window,
for a server or a scheduled task.

The token comes from SPORTELLO_PAGE_TOKEN when it is set (a machine without a keyring),
else from the keyring (Settings → Channels keeps it there). It is never written to the
database, printed or logged. SPORTELLO_GRAPH_URL gives the Graph API another address.
"""
from __future__ import annotations

import sys
import time


def register(subparsers, parents) -> None:
    c = subparsers.add_parser(
        "connect", parents=parents, help="connect the Facebook Page PAGE_ID (checks the token with Meta)",
        description="Check the Page's token with Meta, keep the Page in the database (--db, or your own) "
                    "and print its name. The token is read from SPORTELLO_PAGE_TOKEN, or from the keyring.")
    c.add_argument("page_id", metavar="PAGE_ID", help="the number in the Page's About section")
    c.set_defaults(run=run_connect)
    s = subparsers.add_parser(
        "sync", parents=parents, help="bring the Page's new messages and leads in, send what waits to be sent",
        description="Sync the connected Page: new messages (every page of them), the lead forms' new leads, "
                    "then the replies and automatic replies waiting to go. Exit status 1 when Meta refuses.")
    s.set_defaults(run=run_sync)


def _fail(command: str, text: str, code: int = 1) -> int:
    print(f"sportello {command}: {text}", file=sys.stderr)
    return code


def _token_missing(page_id: str) -> str:
    from db import graph
    return (f"no token for Page {page_id}: set {graph.TOKEN_VARIABLE}, or connect the Page once in the window "
            "(Settings → Channels), which keeps the token in the keyring")


def _open(args):
    from db.database import is_server_url, open_database
    from db.server import with_password
    from desktop.__main__ import database_path_for

    path = database_path_for(args)
    open_database(with_password(path) if is_server_url(str(path)) else path)
    return path


def run_connect(args) -> int:
    from db import graph

    page_id = args.page_id.strip()
    if not page_id.isdigit():
        return _fail("connect", f"{page_id!r} is not a Page ID: it is the number in the Page's About section", 2)
    token = graph.page_token(page_id)
    if not token:
        return _fail("connect", _token_missing(page_id))
    client = graph.GraphClient(page_id, token, graph.base_address())
    try:
        page = client.page()
    except graph.GraphError as exc:
        return _fail("connect", str(exc))
    _open(args)
    graph.PageConnection(page_id).save(int(time.time()))
    import os
    kept = ""
    if os.environ.get(graph.TOKEN_VARIABLE):
        try:
            graph.store_token(page_id, token)
            kept = "The token is kept in the keyring."
        except graph.GraphError:
            kept = f"This machine has no keyring: keep {graph.TOKEN_VARIABLE} set for `sportello sync`."
    name = " ".join(str(page.get("name") or "").split()) or page_id
    print(f"Connected to {name} (Page {page_id}). {kept}".rstrip())
    return 0


def run_rules() -> None:
    """The time rules (Settings → Time rules), after the sync has brought in what is new: the
    same evaluation the window runs every minute; a rule acts once per wait either way."""
    from db import rules

    if not rules.rules(enabled_only=True):
        return
    done = rules.evaluate(int(time.time()))
    if not done:
        print("Time rules: nothing to do.")
        return
    parts = {"followup": "follow-up(s) made", "reassign": "handed on", "flag": "flagged", "notify": "notice(s)"}
    print("Time rules: " + ", ".join(f"{n} {parts[a]}" for a, n in sorted(done.by_action.items())) + ".")
    made = set(done.firings)
    for f in rules.firings(limit=len(made) + 50):
        if f.id in made and f.action == "notify":
            print(f"Time rules: {f.who or 'someone'}: {f.trigger.replace('_', ' ')} {f.amount}"
                  f"{'d' if f.trigger == 'followup_overdue' else 'h'}" + (f" ({f.text})" if f.text else ""))


def run_sync(args) -> int:
    from db import graph

    _open(args)
    connection = graph.PageConnection.load()
    if connection is None:
        return _fail("sync", "no Page is connected: run `sportello connect PAGE_ID` first")
    token = graph.page_token(connection.page_id)
    if not token:
        return _fail("sync", _token_missing(connection.page_id))
    client = graph.GraphClient(connection.page_id, token, graph.base_address(connection.base))
    now = int(time.time())
    result = graph.sync_all(client, now)
    sent, failed = 0, []
    if result.stopped_by is None or result.stopped_by.transient:
        sent, failed = graph.deliver_all(client, int(time.time()))
    from db import conversions
    stages = conversions.client()
    if stages is not None:
        events_sent, events_failed = conversions.send_queued(stages, int(time.time()))
        print(f"{events_sent} stage change(s) sent to Meta's Conversions API"
              + (f", {events_failed} not sent: {conversions.queue_state().last_error}" if events_failed else "."))
    print(f"{result.conversations} conversation(s) updated: {result.new_messages} new message(s), "
          f"{result.new_leads} new lead(s), {result.merged_leads} merged; "
          f"{sent} repl(ies) sent, {len(failed)} not sent.")
    run_rules()
    for message_id, reason in failed:
        print(f"sportello sync: message {message_id} not sent: {reason}", file=sys.stderr)
    if result.stopped_by is not None:
        return _fail("sync", f"stopped: {result.stopped_by} What came in before is kept.")
    return 1 if failed else 0
