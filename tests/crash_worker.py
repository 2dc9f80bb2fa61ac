"""The process the crash harness kills: it repeats one kind of write forever.

    python tests/crash_worker.py SCENARIO DB

It prints "begin N" before each operation and "done N" after it commits.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import inbox, leads_io, outbox  # noqa: E402
from db.database import database, open_database  # noqa: E402


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def leads_file(batch: int, rows: int = 300) -> bytes:
    header = "id\tfull_name\temail\tcustom question?\n"
    body = "".join(f"l:{batch}-{i}\tPerson {batch} {i}\tp{batch}x{i}@example.com\tanswer {i}\n" for i in range(rows))
    return (header + body).encode("utf-16")


def main() -> None:
    scenario, path = sys.argv[1], sys.argv[2]
    open_database(path)
    n = 0
    while True:
        n += 1
        say(f"begin {n}")
        if scenario == "import":
            batch = database.execute_sql(
                "SELECT coalesce(max(CAST(substr(external_id, 1, instr(external_id, '-') - 1) AS INTEGER)), 0)"
                " FROM lead").fetchone()[0] + 1
            leads_io.import_leads(leads_file(batch), 1_780_000_000 + n)
        elif scenario == "bulk":
            ids = [r[0] for r in database.execute_sql("SELECT id FROM conversation")]
            folder = ("done", "archived", "inbox")[n % 3]
            with database.atomic("IMMEDIATE"):
                inbox.move_to(ids, folder)
                inbox.set_flagged(ids, n % 2 == 0)
        elif scenario == "send":
            now = database.execute_sql("SELECT max(sent_at) FROM message").fetchone()[0] + 1
            out = outbox.send_reply(1, f"reply number {n} " + "x" * (n % 50), 1, now)
            outbox.mark_sent(out.message_id, f"mid.{n}")
        say(f"done {n}")


if __name__ == "__main__":
    main()
