"""Shared pieces of every import and export: CSV cells that cannot turn into formulas."""
from __future__ import annotations

import csv
import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def safe_cell(value) -> str:
    """A CSV cell a spreadsheet will not run: = + - @ tab CR at the start get a quote.

    Plain numbers stay as they are ("+393331234567", "-12.5").
    """
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def write_csv(out: TextIO, header: Iterable[str], rows: Iterable[Iterable]) -> int:
    """Write a UTF-8 CSV with every cell neutralised; returns the number of data rows."""
    # CRLF as RFC 4180 says; it also makes the writer quote any field holding \r or \n.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        count += 1
    return count


# --- files written whole or not at all ------------------------------------------------------

class _Watched:
    """A file object whose every write checks for a cancel and counts what was written."""

    def __init__(self, out, cancelled: Callable[[], bool] | None, progress: Callable[[int], None] | None) -> None:
        self._out = out
        self._cancelled = cancelled
        self._progress = progress
        self.writes = 0

    def write(self, data):
        if self._cancelled is not None and self._cancelled():
            raise InterruptedError("cancelled")
        self.writes += 1
        if self._progress is not None and self.writes % 200 == 0:
            self._progress(self.writes)
        return self._out.write(data)

    def __getattr__(self, name):
        return getattr(self._out, name)


@contextmanager
def atomic_file(path: str | os.PathLike, mode: str = "w", *, cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int], None] | None = None, **open_args) -> Iterator:
    """Write ``path`` beside itself, then rename: a cancelled or failed export leaves no
    partial file (and an existing file is replaced only by a complete one).

    Every write checks ``cancelled()`` (raising InterruptedError) and reports the count of
    writes so far to ``progress`` every 200 writes (a CSV writes once per row).
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    if "b" not in mode:
        open_args.setdefault("encoding", "utf-8")
    out = open(tmp, mode, **open_args)
    try:
        yield _Watched(out, cancelled, progress)
        out.flush()
        os.fsync(out.fileno())
        out.close()
        os.replace(tmp, target)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
