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
    if action == "window":
        return window(url, int(sys.argv[3]), int(sys.argv[4]))
    open_database(url)
    if action == "read-all":  # everything read, as a seat that went through the inbox
        ids = inbox.conversation_ids("inbox", "unread")
        inbox.set_unread(ids, False)
    elif action == "reply":  # a reply from another team member, on one conversation
        conversation_id, member_id, now = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        out = outbox.send_reply(conversation_id, "Sì, abbiamo un tavolo alle 20:30 — Marco", member_id, now)
        outbox.mark_sent(out.message_id)
    print("committed", time.monotonic(), flush=True)


def window(url: str, conversation_id: int, member_id: int) -> None:
    """The app's window at another computer: its person opens the conversation and writes,
    until told (a line on stdin) to close the window."""
    import json
    import os
    import select

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer

    from desktop.app import create_application
    from desktop.launcher import open_window

    app = create_application()
    QSettings().setValue("team/member", member_id)
    win = open_window(url)
    win.show()
    win.open_conversation(conversation_id)
    composer = win.view("inbox").composer
    while composer.conversation_id != conversation_id:  # (the thread is read on the worker)
        app.processEvents()
    composer.edit.insertPlainText("Un momento, controllo la disponibilità…")
    print("replying", flush=True)

    def told():  # "who": what this seat knows of the others; "quit": the window closes
        if not select.select([sys.stdin], [], [], 0)[0]:
            return
        if sys.stdin.readline().strip() == "who":
            presence = win.ctx.presence
            print(json.dumps({"working": presence.working(), "here": presence.at(conversation_id)}), flush=True)
            return
        win.close()
        win.ctx.shutdown()
        app.quit()

    timer = QTimer()
    timer.timeout.connect(told)
    timer.start(50)
    app.exec()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
