"""Shared pieces of every import and export: CSV cells that cannot turn into formulas."""
from __future__ import annotations

import csv
import re
from typing import Iterable, TextIO

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
