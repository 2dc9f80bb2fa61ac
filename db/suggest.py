"""Suggested replies: for the customer's message being answered, the saved replies that fit
it best, ranked on this machine (no network, no model to download).

Two kinds of evidence, added up:

- **the words**: the message against each reply's title and text, as TF-IDF vectors
  (each word cut to its Snowball stem — the shortest of the English, Italian and
  Romanian ones, the languages without spaces aside — then folded to lower case
  without accents, so "consegnate", "consegna" and "Consegne" meet, and "opening" and
  "open"; Chinese as pairs of characters);
- **what the team did before**: the customer messages that replies written from a saved
  reply answered (``message.saved_reply_id``). A message like those, in the same words,
  votes for the reply the team chose, even when the reply itself shares no word with it
  ("where can I leave the car?" → "Parking").

A reply with no evidence is not suggested: an empty row beats a wrong one.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple, Sequence

from db.database import Prepared, slot
from db.database import rows as db_rows
from db.models import Message, SavedReply
from db.replies import FIELD_RE
from db.text import cjk_bigrams, fold, has_no_space_script

HISTORY = 3000      # the most recent uses of saved replies that are learnt from
NEIGHBOURS = 5      # past messages that vote, the most similar ones
STEM_LANGUAGES = ("english", "italian", "romanian")
HISTORY_WEIGHT = 1.5
MIN_SCORE = 0.12
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that say nothing of what is asked (after folding and cutting), in the app's four
# languages; the rest is weighed by how rare it is.
_STOP = frozenset("""
ciao salve buongiorno buonasera per che chi con del della dei delle una uno gli
le la il lo di da in su mi ti si ci vi non sono siamo avete anche come cosa quando
hello hi hey there the and for are you your can could have has with this that what
when where would like please our bun buna seara ziua salut pentru sunt aveti puteti
este mai sau care cum
""".split())


@lru_cache(maxsize=1)
def _stemmers():
    import snowballstemmer

    return [snowballstemmer.stemmer(language) for language in STEM_LANGUAGES]


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """The shortest of the word's stems, folded: the message's language is not known, and
    a stem too short for one language seldom meets a word of another."""
    return fold(min((s.stemWord(word) for s in _stemmers()), key=len))


def terms(text: str) -> list[str]:
    """The words of ``text`` that weigh: folded, cut, stop words and fields left out."""
    return list(_terms(text or ""))


@lru_cache(maxsize=8192)  # (the history's messages come back at every conversation opened)
def _terms(text: str) -> tuple[str, ...]:
    text = FIELD_RE.sub(" ", text)
    out = [_stem(w) for w in _WORD.findall(text.lower())
           if len(w) > 2 and fold(w) not in _STOP and not has_no_space_script(w)]
    if has_no_space_script(text):
        out.extend(cjk_bigrams(text).split())
    return tuple(out)


class Suggestion(NamedTuple):
    reply_id: int
    title: str
    score: float


class _Vectors:
    """TF-IDF over a set of documents, with cosine similarity."""

    def __init__(self, documents: Sequence[list[str]]) -> None:
        self.n = len(documents)
        df: Counter = Counter()
        for doc in documents:
            df.update(set(doc))
        self.idf = {t: math.log((1 + self.n) / (1 + c)) + 1 for t, c in df.items()}

    def vector(self, doc: list[str]) -> dict[str, float]:
        counts = Counter(doc)
        vec = {t: (1 + math.log(c)) * self.idf.get(t, math.log(1 + self.n) + 1) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())


def _history_query():
    asked = Message.alias()
    answered = (asked.select(asked.text)
                .where(asked.conversation == Message.conversation, asked.direction == "in",
                       (asked.sent_at < Message.sent_at) | ((asked.sent_at == Message.sent_at) & (asked.id < Message.id)))
                .order_by(asked.sent_at.desc(), asked.id.desc()).limit(1))
    return (Message.select(Message.saved_reply, answered).where(Message.saved_reply.is_null(False))
            .order_by(Message.id.desc()).limit(slot("limit")))


_HISTORY = Prepared(_history_query)


def history(limit: int = HISTORY) -> list[tuple[int, str]]:
    """(saved reply, the customer message it answered), the most recent uses first."""
    return [(reply_id, text) for reply_id, text in _HISTORY.rows(limit=limit) if text]


def rank(message: str, replies: Sequence[tuple[int, str, str]], used: Sequence[tuple[int, str]],
         limit: int = 3) -> list[Suggestion]:
    """The saved replies (id, title, body) that fit ``message`` best, at most ``limit``,
    from their words and from ``used``: (reply id, the message it answered) pairs."""
    asked = terms(message)
    if not asked or not replies:
        return []
    known = {reply_id for reply_id, _t, _b in replies}
    used = [(r, terms(t)) for r, t in used if r in known]
    docs = [terms(f"{title} {title} {body}") for _r, title, body in replies]
    space = _Vectors(docs + [t for _r, t in used] + [asked])
    q = space.vector(asked)
    scores: dict[int, float] = defaultdict(float)
    for (reply_id, _title, _body), doc in zip(replies, docs):
        scores[reply_id] += space.cosine(q, space.vector(doc))
    if used:
        near = sorted(((space.cosine(q, space.vector(t)), r) for r, t in used), reverse=True)[:NEIGHBOURS]
        for similarity, reply_id in near:
            if similarity > 0:
                scores[reply_id] += HISTORY_WEIGHT * similarity / NEIGHBOURS * 2
    titles = {reply_id: title for reply_id, title, _b in replies}
    ranked = sorted(((s, r) for r, s in scores.items() if s >= MIN_SCORE), key=lambda x: (-x[0], x[1]))
    return [Suggestion(r, titles[r], round(s, 4)) for s, r in ranked[:limit]]


def for_conversation(conversation_id: int, limit: int = 3) -> tuple[str, list[Suggestion]]:
    """The customer's last message in a conversation, and the saved replies for it (none
    when the last word is the team's: nothing waits for an answer)."""
    row = (Message.select(Message.direction, Message.text)
           .where(Message.conversation == conversation_id, Message.automatic.is_null())
           .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1).tuples().first())
    if row is None or row[0] != "in" or not row[1].strip():
        return "", []
    replies = db_rows(SavedReply.select(SavedReply.id, SavedReply.title, SavedReply.body)
                      .order_by(SavedReply.position, SavedReply.id))
    return row[1], rank(row[1], replies, history(), limit)
