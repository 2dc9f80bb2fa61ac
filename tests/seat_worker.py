"""Another seat of the team: a second Sportello process on the same PostgreSQL server, doing
what a person at another computer does (tests/desktop/test_team_seats.py)."""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import inbox, outbox  # noqa: E402
from db.database import open_database  # noqa: E402


def main() -> None:
    url, action = sys.argv[1], sys.argv[2]
    open_database(url)
    if action == "read-all":  # everything read, as a seat that went through the inbox
        ids = inbox.conversation_ids("inbox", "unread")
        inbox.set_unread(ids, False)
    elif action == "reply":  # a reply from another team member, on one conversation
        conversation_id, member_id, now = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        out = outbox.send_reply(conversation_id, "Sì, abbiamo un tavolo alle 20:30 — Marco", member_id, now)
        outbox.mark_sent(out.message_id)
    print("committed", time.monotonic(), flush=True)


if __name__ == "__main__":
    main()
