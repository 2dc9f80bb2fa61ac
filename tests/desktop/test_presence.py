"""Presence as a seat reads and says it (desktop/presence.py), and as the window shows it.

The two-process test on a real server is tests/desktop/test_team_seats.py; here one window
gets what other seats would say, word for word, hostile words included."""
import json

from PySide6.QtCore import Qt

from db import team
from desktop import presence as presence_mod
from desktop.presence import Presence
from tests.helpers import newest_conversation, written


def said(seat, member=None, conversation=None, replying=False, **flags):
    return json.dumps({"v": 1, "seat": seat, "member": member, "conversation": conversation,
                       "replying": replying, **flags})


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def seat_on(window, clock=None):
    """The window as a team seat whose words go to a list instead of a server."""
    out = []
    ctx = window.ctx
    ctx.presence = Presence(ctx, out.append, clock or Clock(), parent=window)
    ctx.presence.name_of = window.member_name
    ctx.presence.changed.connect(window.show_presence)
    ctx.presence.start()
    return ctx.presence, out


def test_a_seat_says_hello_answers_newcomers_and_forgets_the_silent(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    clock = Clock()
    presence, out = seat_on(window, clock)
    assert json.loads(out[-1])["hello"] is True and json.loads(out[-1])["member"] == window.ctx.member_id
    marco = next(m for m in team.members() if m.id != window.ctx.member_id)
    presence.heard(said("other", marco.id, hello=True))
    assert json.loads(out[-1])["hello"] is False  # answered: the newcomer learns this seat is here
    qtbot.waitUntil(window.presence_label.isVisible)
    assert window.presence_label.text() == f"Also working: {marco.full_name}"
    answers = len(out)
    presence.heard(said("other", marco.id))  # its heartbeat: nothing to answer
    assert len(out) == answers
    presence.heard(said(presence.seat, marco.id, 5, True))  # its own word, heard back from the server
    assert presence.working() == [marco.id]
    clock.t += 59
    presence.forget_silent()
    assert presence.working() == [marco.id]
    clock.t += 2  # a minute without a word: switched off, or the network went
    presence.forget_silent()
    assert presence.working() == []
    assert not window.presence_label.isVisible()


def test_the_reply_box_says_who_is_replying_and_viewing_here(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    presence, out = seat_on(window)
    view = newest_conversation(window, qtbot)
    here = view.open_conversation_id
    composer = view.composer
    assert json.loads(out[-1])["conversation"] == here  # this seat said where it is
    others = [m for m in team.members() if m.id != window.ctx.member_id]
    presence.heard(said("a", others[0].id, here, replying=True))
    presence.heard(said("b", others[1].id, here))
    presence.heard(said("c", others[1].id, here + 1))  # elsewhere: not said here
    qtbot.waitUntil(composer.presence_label.isVisible)
    assert composer.presence_label.text() == (f"{others[0].full_name} is replying… "
                                              f"{others[1].full_name} is viewing this conversation.")
    presence.heard(said("a", others[0].id, None, gone=False))  # went elsewhere
    assert composer.presence_label.text() == f"{others[1].full_name} is viewing this conversation."
    presence.heard(said("b", others[1].id, gone=True))
    assert not composer.presence_label.isVisible()
    # This seat's own typing is said, and stops being said once the box is empty.
    qtbot.keyClicks(composer.edit, "Arrivo")
    assert json.loads(out[-1])["replying"] is True
    composer.edit.clear()
    assert json.loads(out[-1])["replying"] is False
    # Another view: no longer on the conversation.
    window.show_view("leads")
    assert json.loads(out[-1])["conversation"] is None


def test_typing_stops_being_said_after_a_pause(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    presence, out = seat_on(window)
    presence.viewing(3)
    presence._typing.setInterval(50)  # (TYPING_S in the app)
    presence.typing()
    assert json.loads(out[-1])["replying"] is True
    qtbot.waitUntil(lambda: json.loads(out[-1])["replying"] is False, timeout=2000)
    assert presence_mod.TYPING_S >= 5


def test_what_does_not_read_as_a_seat_is_left_out_and_names_stay_plain_text(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    presence, out = seat_on(window)
    for bad in ("not json", "[]", json.dumps({"seat": "x"}), said("", 1), said("x" * 65, 1),
                said("x", "1; DROP TABLE lead"), said("x", True), said("x", -3), said("x", 1, "5"),
                said("x", 1, 5, "yes"), said("x", 1, gone="true")):
        presence.heard(bad)
    assert presence.others == {}
    hostile = written(lambda: team.add_member("<b>Mallory</b>", "<img src=x>"))
    window._fill_members()
    presence.heard(said("m", hostile, None))
    qtbot.waitUntil(window.presence_label.isVisible)
    assert window.presence_label.textFormat() == Qt.PlainText
    assert "<b>Mallory</b> <img src=x>" in window.presence_label.text()
    assert "&lt;b&gt;Mallory&lt;/b&gt; &lt;img src=x&gt;" in window.presence_label.toolTip()  # shown as written
    presence.heard(said("u", 999_999))  # a member this seat does not know (yet)
    assert "A colleague" in window.presence_label.text()
