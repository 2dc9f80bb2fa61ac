"""One of two Sportello processes writing the same database at once (see test_two_writers.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import contacts, inbox, outbox  # noqa: E402
from db.database import database, open_database  # noqa: E402


def main() -> None:
    path, who, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    open_database(path)
    for n in range(count):
        now = 1_780_000_000 + n
        out = outbox.send_reply(1, f"from window {who}, reply {n}", who, now)
        outbox.mark_sent(out.message_id)
        inbox.set_flagged([1], n % 2 == 0)
        contacts.add_note(1, who, f"window {who} note {n}", now)
    print("ok", database.execute_sql("SELECT count(*) FROM message").fetchone()[0])


if __name__ == "__main__":
    main()
