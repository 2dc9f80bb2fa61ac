"""Text helpers shared by search and the thread: accent folding and CJK bigrams."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache

# Scripts written without spaces between words: searched by substring.
_NO_SPACE_RANGES = (
    (0x2E80, 0x2FDF),   # CJK radicals
    (0x3040, 0x30FF),   # Hiragana, Katakana
    (0x3100, 0x312F),   # Bopomofo
    (0x3400, 0x4DBF),   # CJK extension A
    (0x4E00, 0x9FFF),   # CJK unified ideographs
    (0xAC00, 0xD7AF),   # Hangul syllables
    (0xF900, 0xFAFF),   # CJK compatibility ideographs
    (0x0E00, 0x0E7F),   # Thai
    (0x20000, 0x2FA1F), # CJK extensions B–F
)


# The ranges' starts and ends (exclusive) in order: a code point is in a range when
# an odd number of bounds lie at or below it.
_BOUNDS = tuple(bound for a, b in sorted(_NO_SPACE_RANGES) for bound in (a, b + 1))


@cache
def _no_space_run_re() -> re.Pattern[str]:
    # Compiled on first use, not at import: the class covers ~40,000 characters, which
    # the regex compiler visits one by one (~5 ms a pattern, at every start-up).
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _NO_SPACE_RANGES) + "]+")


def is_no_space_char(ch: str) -> bool:
    return bisect_right(_BOUNDS, ord(ch)) % 2 == 1


def has_no_space_script(text: str) -> bool:
    if not text or max(text) < "\u0e00":
        return False  # (most names: one pass in C, no pattern compiled at start-up)
    if len(text) <= 64:  # a name: a few lookups, rather than compiling the pattern at first paint
        return any(is_no_space_char(ch) for ch in text if ch >= "\u0e00")
    return _no_space_run_re().search(text) is not None


def cjk_bigrams(text: str | None) -> str:
    """The overlapping pairs of each run of no-space-script characters, then the run's last
    character, space separated.

    "我想预订" -> "我想 想预 预订 订"; a lone character stands as itself. Indexed with
    unicode61, each pair is a token, so a phrase of consecutive pairs finds any substring
    of two or more characters, and a prefix query finds one character wherever it stands
    (the last one too). The last character also keeps two runs apart: "…预订" and "订饭…"
    are not read as "预订饭".
    """
    if not text or max(text) < "\u0e00" or _no_space_run_re().search(text) is None:
        return ""  # (most messages: one pass in C, without a Python loop per character)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) == 1:
            out.append(run[0])
        else:
            out.extend(run[i] + run[i + 1] for i in range(len(run) - 1))
            out.append(run[-1])
        run.clear()

    for match in _no_space_run_re().finditer(text):
        run.extend(match.group())
        flush()
    return " ".join(out)


def cjk_phrase(run: str) -> str:
    """The pairs of one run of a query, as the phrase that finds it ("无麸质" -> "无麸 麸质"):
    without the last character cjk_bigrams adds, which stands only at a run's end."""
    return " ".join(run[i] + run[i + 1] for i in range(len(run) - 1)) if len(run) > 1 else run


def fold(text: str) -> str:
    """Lower-case, accents removed, one character for one character (same length)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        kept = "".join(c for c in base if not unicodedata.combining(c))
        out.append((kept[:1] or ch).lower() if len(kept) <= 1 else ch.lower())
    return "".join(out)


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms occur in ``text`` (accent- and case-insensitive), merged and sorted."""
    folded = fold(text)
    spans = []
    for term in terms:
        needle = fold(term)
        if not needle:
            continue
        start = folded.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def json_without_nul(text: str):
    """``json.loads``, with any NUL character in a text made U+FFFD: a PostgreSQL server
    refuses NUL in text, and a message that held one would stop a whole sync or import
    there. (Only a document that holds one pays for looking at every member.)"""
    import json

    if "\\u0000" not in text:
        return json.loads(text)

    def members(pairs):
        return {key: value.replace("\x00", "\ufffd") if isinstance(value, str) else value for key, value in pairs}

    return json.loads(text, object_pairs_hook=members)


@lru_cache(maxsize=4096)  # (lists and calendars name the same owners and contacts many times)
def display_name(first: str, last: str) -> str:
    """"Ada Rossi"; for names in Chinese and similar scripts, family name first: "陈洋"."""
    first, last = (first or "").strip(), (last or "").strip()
    if has_no_space_script(first + last):
        return f"{last}{first}"
    return f"{first} {last}".strip()


def initials(first: str, last: str) -> str:
    """"AR" for Ada Rossi; the family name's first character for 陈洋; "?" for nobody."""
    first, last = (first or "").strip(), (last or "").strip()
    if has_no_space_script(first + last):
        return (last or first)[:1]
    letters = [part[:1] for part in (first, last) if part]
    return "".join(letters).upper() or "?"


def safe_filename(name: str, limit: int = 100) -> str:
    """A name from outside (a customer's file, Meta's answer) as one file name of this
    computer: no folders, no control characters, no name Windows refuses, not too long."""
    import unicodedata

    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join("_" if unicodedata.category(ch).startswith("C") or ch in '<>:"|?*' else ch for ch in base)
    cleaned = cleaned.strip(" .") or "file"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    if stem.upper() in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                        *(f"LPT{i}" for i in range(1, 10))}:
        stem = f"_{stem}"
    suffix = suffix[:16]
    return (stem[:max(1, limit - len(suffix) - 1)] + ("." + suffix if suffix else "")) if dot else stem[:limit]
