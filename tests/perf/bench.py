"""Benchmarks: the app's operations against the raw-sqlite3 floor, in one run.

    python tests/perf/bench.py [--messages N] [--json FILE] [--runs R]

Builds (or reuses, under tests/perf/data/) a demo database of N messages
(default 1,000,000), then measures each operation as the median of several
runs next to the floor for the same work, and prints both with their ratio.
Not collected by pytest: speed is measured here, not asserted in timed tests.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parent / "data"
OFFSCREEN = f"offscreen:configfile={ROOT / 'resources' / 'offscreen_screen.json'}"


def median_ms(fn, runs: int) -> float:
    fn()  # warm
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def build(messages: int) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"bench_{messages}.db"
    if path.exists():
        return path
    from db import demo
    from db.database import close_database, open_database

    tmp = path.with_suffix(".tmp.db")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    open_database(tmp)
    t = time.perf_counter()
    demo.generate(messages=messages, now=int(time.time()))
    print(f"built {messages:,} messages in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    close_database()
    tmp.rename(path)
    return path


STARTUP_APP = r"""
import os, sys, time
from desktop.app import create_application
from desktop.launcher import open_window
app = create_application()
w = open_window(sys.argv[1])
w.show()
app.processEvents()
w.grab()
print("shown", flush=True)
inbox = w.view("inbox")
while inbox.model.rowCount() == 0:
    app.processEvents()
w.grab()
print("filled", flush=True)
w.ctx.tasks.shutdown()
os._exit(0)
"""

STARTUP_BARE = r"""
import os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents(); w.grab()
print("shown", flush=True)
os._exit(0)
"""


def cold_start_ms(code: str, db: Path, runs: int) -> dict[str, float]:
    """Median milliseconds from spawning the interpreter to each line it prints."""
    env = {**os.environ, "QT_QPA_PLATFORM": OFFSCREEN, "PYTHONPATH": str(ROOT)}
    samples: dict[str, list[float]] = {}
    for run in range(runs + 1):
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
        for line in proc.stdout:
            if run:  # the first run only warms the disk cache
                samples.setdefault(line.strip(), []).append((time.perf_counter() - t) * 1000)
        if proc.wait(timeout=120) != 0:
            raise RuntimeError(proc.stderr.read())
    return {k: statistics.median(v) for k, v in samples.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    db_file = build(args.messages)
    from db import inbox
    from db.database import open_database

    open_database(db_file)
    raw = sqlite3.connect(db_file)
    results = []

    def record(name, app_ms, floor_ms, target):
        ratio = app_ms / floor_ms if floor_ms else float("nan")
        results.append({"measure": name, "app_ms": round(app_ms, 3), "floor_ms": round(floor_ms, 3),
                        "ratio": round(ratio, 2), "target": target})

    # Cold start: interpreter start to the window shown with the inbox filled.
    bare = cold_start_ms(STARTUP_BARE, db_file, max(3, args.runs // 2))["shown"]
    app = cold_start_ms(STARTUP_APP, db_file, max(3, args.runs // 2))
    record("cold start: window shown", app["shown"], bare, "<= bare window + 300 ms")
    record("cold start: inbox filled", app["filled"], bare, "<= bare window + 300 ms")

    # Inbox: ids of the folder + the first page of rows.
    def app_page():
        ids = inbox.conversation_ids("inbox")
        inbox.conversation_rows(ids[:100])

    def raw_page():
        ids = [r[0] for r in raw.execute(
            "SELECT id FROM conversation WHERE folder = 'inbox' ORDER BY last_message_at DESC, id DESC")]
        marks = ",".join("?" * len(ids[:100]))
        raw.execute(f"SELECT c.id, ct.first_name, ct.last_name, c.snippet, c.last_message_at, c.unread,"
                    f" c.flagged FROM conversation c JOIN contact ct ON ct.id = c.contact_id"
                    f" WHERE c.id IN ({marks})", ids[:100]).fetchall()

    record("inbox: first page", median_ms(app_page, args.runs), median_ms(raw_page, args.runs), "<= 3x raw")

    done_ids = inbox.conversation_ids("done")
    target = done_ids[len(done_ids) // 2]

    def app_open():
        inbox.thread(target)

    def raw_open():  # the same two queries: messages with their authors, then attachments
        raw.execute("SELECT m.id, m.direction, m.author_id, tm.first_name, tm.last_name, m.automatic,"
                    " m.text, m.sent_at, m.state, m.tag, m.error FROM message m"
                    " LEFT JOIN team_member tm ON tm.id = m.author_id"
                    " WHERE m.conversation_id = ? ORDER BY m.sent_at, m.id", (target,)).fetchall()
        raw.execute("SELECT a.message_id, a.id, a.kind, a.filename, a.path, a.size, a.missing"
                    " FROM attachment a JOIN message m ON m.id = a.message_id"
                    " WHERE m.conversation_id = ? ORDER BY a.id", (target,)).fetchall()

    record("inbox: open a conversation", median_ms(app_open, args.runs), median_ms(raw_open, args.runs),
           "<= 3x raw")

    record("unread counts per folder", median_ms(inbox.unread_counts, args.runs),
           median_ms(lambda: raw.execute("SELECT folder, count(*) FROM conversation WHERE unread = 1"
                                         " GROUP BY folder").fetchall(), args.runs), "<= 2x raw")

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, " \
              f"SQLite {sqlite3.sqlite_version}"
    print(f"\n{args.messages:,} messages — {machine}\n")
    print(f"| {'measure':44} | {'app ms':>9} | {'floor ms':>9} | {'ratio':>6} | target")
    print(f"|{'-' * 46}|{'-' * 11}|{'-' * 11}|{'-' * 8}|--------")
    for r in results:
        print(f"| {r['measure']:44} | {r['app_ms']:9.2f} | {r['floor_ms']:9.2f} | {r['ratio']:6.2f} | {r['target']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"messages": args.messages, "machine": machine,
                                               "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
