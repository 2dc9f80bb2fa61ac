"""Finding conversations by contact name or by any word of any message.

Latin, Cyrillic, Greek… go through FTS5 unicode61 with diacritics folded
(``perche`` finds ``perché``); every word must appear, the last one as a
prefix, so results come while typing. Chinese and other scripts written without
spaces are found by substring through the character-pair index (db/text.py).
Results are conversations, most recent match first, at most ``limit`` of them.

The search is one of the two places with SQL written by hand, one version per engine
(DESIGN.md rule 9): SQLite's FTS5 tables, and on PostgreSQL a GIN index of the words of the
text folded by unaccent, and one of the characters and pairs of Chinese runs. Both give the
same results for the same queries (tests/db/test_search_engines.py runs them on both).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from db.choices import FOLDERS
from db.database import Prepared, chunks, database, engine, slots
from db.models import Conversation
from db.text import cjk_phrase, is_no_space_char

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
            parts.append('"' + cjk_phrase(run) + '"')
    return " AND ".join(parts)


def _message_ids(query: Query, before: int | None, limit: int) -> list[int]:
    """Matching message ids, newest (highest id) first, below ``before``: SQLite's search
    indexes (a server's: ``_messages_postgresql``)."""
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
    if engine() == "postgresql":
        return _contact_ids_postgresql(query)
    ids: set[int] | None = None
    if query.words:
        expr = " AND ".join(f'"{w}"*' for w in query.words)
        ids = {r[0] for r in database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (expr,))}
    for run in query.cjk_runs:
        expr = f'"{run}"*' if len(run) == 1 else '"' + cjk_phrase(run) + '"'
        found = {r[0] for r in database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (expr,))}
        ids = found if ids is None else ids & found
    return sorted(ids or ())


# --- PostgreSQL: full-text words over the folded text, and Chinese by its pairs ---------------

# One query word, as FTS5's unicode61 reads it: its tokens (an underscore or any other
# character that is not a letter or digit separates them) in a row, the last one as a
# prefix when the word is the query's last. Folded and cut in SQL the way the text is, and
# made a tsquery there: ``sportello_words`` is what the GIN index holds.
_WORD_MATCH = ("sportello_words({column}) @@ (phraseto_tsquery('simple', sportello_tokens(%s))::text"
               " || %s)::tsquery")


def _word_params(word: str, prefix: bool) -> list[str]:
    return [word, ":*" if prefix else ""]


def _searchable(word: str) -> bool:
    return any(ch.isalnum() for ch in word)  # ("___" holds no token: it finds nothing, nor fails)


def _like(run: str) -> str:
    return "%" + run.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _messages_postgresql(query: Query, before: int | None, limit: int) -> list[tuple[int, int, int]]:
    """Matching messages as (id, conversation, sent_at), newest first: the rows the search's
    indexes lead to are read for the check anyway, so their conversation comes with them."""
    if not all(_searchable(w) for w in query.words):
        return []
    where, params = [], []
    for i, word in enumerate(query.words):
        where.append(_WORD_MATCH.format(column="text"))
        params += _word_params(word, prefix=i == len(query.words) - 1)
    for run in query.cjk_runs:
        where.append("sportello_cjk_grams(text) @> %s::text[]")
        params.append(_grams(run))
        if len(run) > 2:  # (one character, or a pair, is found as it is; a longer run's pairs in their order)
            where.append("text LIKE %s")
            params.append(_like(run))
    if before is not None:
        where.append("id < %s")
        params.append(before)
    params.append(limit)
    # "id + 0": no index gives that order, so the planner finds the matches through the
    # search's own indexes and sorts them. Ordered by id, it walked the newest messages
    # and made each one's words to check it, expecting a common word to come soon (1.3 s
    # for "prenot" on 1,000,000 messages once the server had its statistics).
    return database.execute_unprepared(
        f"SELECT id, conversation_id, sent_at FROM message WHERE {' AND '.join(where)}"
        " ORDER BY id + 0 DESC LIMIT %s", params).fetchall()


def _grams(run: str) -> list[str]:
    """What sportello_cjk_grams holds of a run: its characters, and its pairs."""
    return [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]


def _contact_ids_postgresql(query: Query) -> list[int]:
    if not all(_searchable(w) for w in query.words):
        return []
    where, params = [], []
    for word in query.words:
        where.append(_WORD_MATCH.format(column="first_name || ' ' || last_name"))
        params += _word_params(word, prefix=True)
    for run in query.cjk_runs:
        # (the grams of the name both ways round: a Chinese name is written family name first)
        where.append(f"sportello_cjk_grams({_NAME_GRAMS}) @> %s::text[]")
        params.append(_grams(run))
        if len(run) > 2:
            where.append("(last_name || first_name LIKE %s OR first_name || last_name LIKE %s)")
            params += [_like(run)] * 2
    return [r[0] for r in database.execute_unprepared(
        f"SELECT id FROM contact WHERE {' AND '.join(where)} ORDER BY id", params)]


_NAME_GRAMS = "last_name || first_name || ' ' || first_name || last_name"


def postgresql_schema(server) -> None:
    """The search's functions and indexes on a new PostgreSQL database (models.create_schema,
    and m0018 on a database made before): text lower-cased without diacritics, by unaccent
    (schema-qualified, as an index's function must be), cut into words as unicode61 cuts
    them, in a GIN index of tsvectors; and the Chinese characters and pairs of each run.

    Words rather than pg_trgm's regular expressions (the first version): a regular
    expression is checked again on every row its trigrams find, so a common word read and
    sorted all its matches (481 ms for "pizza" on 1,000,000 messages), and a prepared
    statement's generic plan, which knows no word, walked the newest ids checking each
    (seconds). A tsvector match needs no such check, and its plan holds for any word."""
    schema = server.execute_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'").fetchone()[0]
    server.execute_sql(
        "CREATE FUNCTION sportello_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
        f"$$ SELECT lower({schema}.unaccent('{schema}.unaccent'::regdictionary, $1)) $$")
    postgresql_search_indexes(server)


def postgresql_search_indexes(server) -> None:
    from db.text import _NO_SPACE_RANGES

    # (tsvector holds at most 1 MB: a message's first 100,000 characters are its words)
    server.execute_sql(
        "CREATE FUNCTION sportello_tokens(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS"
        " $$ SELECT regexp_replace(sportello_fold(left($1, 100000)), '[^[:alnum:]]+', ' ', 'g') $$")
    server.execute_sql(
        "CREATE FUNCTION sportello_words(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS"
        " $$ SELECT to_tsvector('simple'::regconfig, sportello_tokens($1)) $$")
    server.execute_sql("CREATE INDEX message_words ON message USING gin (sportello_words(text))")
    server.execute_sql("CREATE INDEX contact_words ON contact USING gin (sportello_words(first_name || ' ' || last_name))")
    # Chinese and the other scripts without spaces, by the characters and pairs of each run
    # (as SQLite's message_cjk); the text's LIKE then checks the order of a longer run.
    runs = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _NO_SPACE_RANGES) + "]+"
    server.execute_sql(
        "CREATE FUNCTION sportello_cjk_grams(text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$"
        " SELECT coalesce(array_agg(DISTINCT substr(m[1], i, n)), '{}'::text[])"
        f" FROM regexp_matches($1, '{runs}', 'g') AS m, generate_series(1, 2) AS n,"
        " generate_series(1, length(m[1]) - n + 1) AS i $$")
    server.execute_sql("CREATE INDEX message_cjk ON message USING gin (sportello_cjk_grams(text))")
    server.execute_sql(f"CREATE INDEX contact_cjk ON contact USING gin (sportello_cjk_grams({_NAME_GRAMS}))")


# --- bulk loads: SQLite's message index made once at the end -------------------------------

def pause_message_index() -> list[tuple[str, str]]:
    """Before a bulk load of messages: SQLite's triggers that index each message are set
    aside (a trigger call per row is far slower than one rebuild at the end). PostgreSQL's
    indexes follow the rows by themselves."""
    if engine() != "sqlite":
        return []
    triggers = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND name IN ('message_fts_insert', 'message_cjk_insert')").fetchall()
    for name, _sql in triggers:
        database.execute_sql(f"DROP TRIGGER {name}")
    return triggers


def resume_message_index(triggers: list[tuple[str, str]], first_message_id: int) -> None:
    """After the load (in its transaction): the messages from ``first_message_id`` on are
    indexed and the triggers are back."""
    if engine() != "sqlite":
        return
    database.execute_sql("INSERT INTO message_fts(message_fts) VALUES ('rebuild')")
    database.execute_sql("INSERT INTO message_cjk(rowid, grams) SELECT id, g FROM"
                         " (SELECT id, cjk_bigrams(text) AS g FROM message WHERE id >= ?) WHERE g != ''",
                         (first_message_id,))
    for _name, sql in triggers:
        database.execute_sql(sql)


_BY_PEOPLE = Prepared(lambda folder, count: (
    Conversation.select(Conversation.id, Conversation.last_message_at)
    .where(Conversation.folder == folder, Conversation.contact.in_(slots("people", count)))))


def search_conversations(text: str, folder: str = "inbox", limit: int = DEFAULT_LIMIT) -> list[int]:
    """Conversations in ``folder`` matching ``text``, by contact name or message, most recent first."""
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {folder!r}")
    query = parse(text)
    if query.empty:
        return []
    found: dict[int, int] = {}  # conversation -> time of its newest match
    people = contact_ids(query)
    for chunk in chunks(people):
        for cid, last in _BY_PEOPLE.rows(folder, len(chunk), people=chunk):
            found[cid] = last
    # Messages, newest first, a chunk at a time until enough conversations are found.
    by_message: dict[int, int] = {}
    before, size = None, CHUNK
    while len(by_message) < limit:
        if engine() == "postgresql":
            rows = _messages_postgresql(query, before, size)
            ids = [r[0] for r in rows]
            in_folder = {r[0] for r in database.execute_sql(  # (the conversations' rows, not each message's)
                "SELECT id FROM conversation WHERE id = ANY(%s) AND folder = %s",
                [sorted({r[1] for r in rows}), folder])}
            matched = [(cid, sent) for _id, cid, sent in rows if cid in in_folder]
        else:
            ids = _message_ids(query, before, size)
            marks = ",".join("?" * len(ids))
            matched = database.execute_sql(
                # CROSS JOIN keeps the found messages the outer loop: left to guess, SQLite
                # walks every conversation of the folder for a long id list (30x slower).
                f"SELECT m.conversation_id, max(m.sent_at) FROM message m CROSS JOIN conversation c"
                f" ON c.id = m.conversation_id WHERE m.id IN ({marks}) AND c.folder = ?"
                f" GROUP BY m.conversation_id", [*ids, folder]) if ids else []
        if not ids:
            break
        for cid, sent in matched:
            if cid not in by_message or by_message[cid] < sent:
                by_message[cid] = sent
        if len(ids) < size:
            break
        before = ids[-1]
        if engine() == "postgresql":
            # The server reads every match from the search's indexes for each chunk, then
            # sorts: later chunks grow, so a word found in a few busy conversations is not
            # read again and again (4 chunks of "无麸质" read its 7,700 messages 4 times).
            size *= 4
    for cid, sent in by_message.items():
        found[cid] = max(found.get(cid, 0), sent) if cid in found else sent
    ordered = sorted(found, key=lambda c: (found[c], c), reverse=True)
    return ordered[:limit]


def highlight_terms(text: str) -> list[str]:
    return parse(text).terms if text.strip() else []


