"""The same customer message reaching two seats at once (each syncing the Page) is stored
once, with one instant reply, and that reply is taken to be sent by one of them — on a
SQLite file and on a team's PostgreSQL alike."""
from __future__ import annotations

import threading

from db import outbox, settings
from db.incoming import new_contact, receive_message
from db.models import Message
from tests.conftest import NOW


def test_two_seats_receiving_the_same_message_store_it_and_answer_it_once(any_db):
    settings.put("instant_reply.enabled", True)
    settings.put("instant_reply.text", "Grazie! Rispondiamo presto.")
    contact = new_contact("Ada", "Rossi", NOW, external_id="psid:1")
    barrier, results, errors = threading.Barrier(4), [], []

    def seat():
        try:
            barrier.wait(5)
            results.append(receive_message(contact, "Avete un tavolo stasera?", NOW, external_id="m_1",
                                           automatic_state="pending"))
        except Exception as exc:  # noqa: BLE001 - the test reads it
            errors.append(exc)

    seats = [threading.Thread(target=seat) for _ in range(4)]
    for t in seats:
        t.start()
    for t in seats:
        t.join(20)
    assert errors == []
    assert sorted(r.duplicate for r in results) == [False, True, True, True]
    assert Message.select().where(Message.direction == "in").count() == 1
    replies = [m for m in Message.select().where(Message.automatic == "instant")]
    assert len(replies) == 1
    # Each seat's sender tries to take it: one does.
    taken, start = [], threading.Barrier(4)

    def sender():
        start.wait(5)
        taken.append(outbox.claim(replies[0].id, NOW + 1))

    senders = [threading.Thread(target=sender) for _ in range(4)]
    for t in senders:
        t.start()
    for t in senders:
        t.join(20)
    assert sorted(taken) == [False, False, False, True]
