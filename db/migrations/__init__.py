"""Numbered schema steps: ``mNNNN_name.py`` with ``up(conn)``.

Never edit a step that has been released; add a new one. PRAGMA user_version
holds the number of the last step that ran.
"""

from db.sqlite import sqlite3


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute ``script`` statement by statement inside the caller's transaction.

    (``executescript`` would COMMIT first, and trigger bodies hold semicolons,
    so statements are cut where sqlite3 says one is complete.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending[:80]!r}")
