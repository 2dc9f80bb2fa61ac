"""Finding conversations by contact name or by any word of any message.

Latin, Cyrillic, Greek… go through FTS5 unicode61 with diacritics folded
(``perche`` finds ``perché``); every word must appear, the last one as a
prefix, so results come while typing. Chinese and other scripts written without
spaces are found by substring through the character-pair index (db/text.py).
Results are conversations, most recent match first, at most ``limit`` of them.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from db.choices import FOLDERS
from db.database import database
from db.text import cjk_bigrams, is_no_space_char

CHUNK = 2000
DEFAULT_LIMIT = 500
_WORD = re.compile(r"\w+", re.UNICODE)


class Query(NamedTuple):
    text: str
    words: tuple[str, ...]        # spaced-script words (FTS5 unicode61)
    cjk_runs: tuple[str, ...]     # runs of no-space-script characters

    @property
    def empty(self) -> bool:
        return not self.words and not self.cjk_runs

    @property
    def terms(self) -> list[str]:
        """What to highlight in the thread."""
        return [*self.words, *self.cjk_runs]


def parse(text: str) -> Query:
    words, runs = [], []
    for token in _WORD.findall(text):
        current = ""
        kind = None
        for ch in token:
            k = is_no_space_char(ch)
            if kind is None or k == kind:
                current += ch
            else:
                (runs if kind else words).append(current)
                current = ch
            kind = k
        if current:
            (runs if kind else words).append(current)
    return Query(text, tuple(w for w in words if w), tuple(r for r in runs if r))


def fts_expression(query: Query) -> str | None:
    """FTS5 MATCH text for the spaced-script words: all of them, the last as a prefix."""
    if not query.words:
        return None
    parts = [f'"{w}"' for w in query.words[:-1]]
    parts.append(f'"{query.words[-1]}"*')
    return " AND ".join(parts)


def cjk_expression(query: Query) -> str | None:
    """message_cjk MATCH text: each run as a phrase of its character pairs."""
    if not query.cjk_runs:
        return None
    parts = []
    for run in query.cjk_runs:
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            parts.append('"' + cjk_bigrams(run) + '"')
    return " AND ".join(parts)


def _message_ids(query: Query, before: int | None, limit: int) -> list[int]:
    """Matching message ids, newest (highest id) first, below ``before``."""
    clauses, params = [], []
    fts = fts_expression(query)
    cjk = cjk_expression(query)
    if fts:
        clauses.append("SELECT rowid FROM message_fts WHERE message_fts MATCH ?")
        params.append(fts)
    if cjk:
        clauses.append("SELECT rowid FROM message_cjk WHERE message_cjk MATCH ?")
        params.append(cjk)
    if len(clauses) == 1:
        sql = clauses[0]
        if before is not None:
            sql += " AND rowid < ?"
            params.append(before)
        sql += " ORDER BY rowid DESC LIMIT ?"
    else:  # both kinds of words in one query: messages holding both
        sql = f"SELECT rowid FROM ({clauses[0]} INTERSECT {clauses[1]})"
        if before is not None:
            sql += " WHERE rowid < ?"
            params.append(before)
        sql += " ORDER BY rowid DESC LIMIT ?"
    params.append(limit)
    return [r[0] for r in database.execute_sql(sql, params)]


def contact_ids(query: Query) -> list[int]:
    """Contacts whose name matches: every word (prefix), and CJK runs as substrings."""
    ids: set[int] | None = None
    if query.words:
        expr = " AND ".join(f'"{w}"*' for w in query.words)
        ids = {r[0] for r in database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (expr,))}
    for run in query.cjk_runs:
        expr = f'"{run}"*' if len(run) == 1 else '"' + cjk_bigrams(run) + '"'
        found = {r[0] for r in database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (expr,))}
        ids = found if ids is None else ids & found
    return sorted(ids or ())


def search_conversations(text: str, folder: str = "inbox", limit: int = DEFAULT_LIMIT) -> list[int]:
    """Conversations in ``folder`` matching ``text``, by contact name or message, most recent first."""
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {folder!r}")
    query = parse(text)
    if query.empty:
        return []
    found: dict[int, int] = {}  # conversation -> time of its newest match
    people = contact_ids(query)
    for i in range(0, len(people), 900):
        chunk = people[i:i + 900]
        marks = ",".join("?" * len(chunk))
        for cid, last in database.execute_sql(
                f"SELECT id, last_message_at FROM conversation WHERE folder = ? AND contact_id IN ({marks})",
                [folder, *chunk]):
            found[cid] = last
    # Messages, newest first, a chunk at a time until enough conversations are found.
    by_message: dict[int, int] = {}
    before = None
    while len(by_message) < limit:
        ids = _message_ids(query, before, CHUNK)
        if not ids:
            break
        marks = ",".join("?" * len(ids))
        for cid, sent in database.execute_sql(
                # CROSS JOIN keeps the found messages the outer loop: left to guess, SQLite
                # walks every conversation of the folder for a long id list (30x slower).
                f"SELECT m.conversation_id, max(m.sent_at) FROM message m CROSS JOIN conversation c"
                f" ON c.id = m.conversation_id WHERE m.id IN ({marks}) AND c.folder = ?"
                f" GROUP BY m.conversation_id", [*ids, folder]):
            if cid not in by_message or by_message[cid] < sent:
                by_message[cid] = sent
        if len(ids) < CHUNK:
            break
        before = ids[-1]
    for cid, sent in by_message.items():
        found[cid] = max(found.get(cid, 0), sent) if cid in found else sent
    ordered = sorted(found, key=lambda c: (found[c], c), reverse=True)
    return ordered[:limit]


def highlight_terms(text: str) -> list[str]:
    return parse(text).terms if text.strip() else []


