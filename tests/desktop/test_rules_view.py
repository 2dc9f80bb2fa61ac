"""Settings → Time rules driven through its widgets, and the window running the rules:
on the DB worker, the views told, a toast with Undo, notices on the owner's seat."""
import pytest
from PySide6.QtCore import Qt

from db import rules, team
from db.clock import HOUR
from tests.conftest import NOW
from tests.helpers import sql, written


@pytest.fixture
def window(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    qtbot.waitUntil(lambda: window.rule_runner is not None, timeout=15_000)
    window.rule_runner.first.stop()  # the tests say when the rules run (a slow machine's first
    window.rule_runner.timer.stop()  # check would otherwise come in between)
    return window


def flagged() -> int:
    return sql("SELECT count(*) FROM conversation WHERE flagged")[0][0]


def flag_of(conversation: int) -> int:
    return int(sql("SELECT flagged FROM conversation WHERE id = ?", (conversation,))[0][0])


def stars_of(lead: int) -> int:
    return sql("SELECT priority FROM lead WHERE id = ?", (lead,))[0][0]


def new_lead(first: str, since: int, *, owner=None, priority=0, contact=None) -> int:
    """A lead in neutral since ``since``, written as another connection's (tests.helpers.written)."""
    from db.models import Contact, Lead

    def add():
        who = contact or Contact.insert(first_name=first, created_at=0).execute()
        return Lead.insert(contact=who, owner=owner, priority=priority, created_at=since,
                           stage_changed_at=since).execute()

    return written(add)


def test_a_rule_set_in_settings_flags_what_waits_and_each_action_can_be_undone(window, qtbot):
    page = window.show_view("settings").show_section("rules")
    assert page.empty.isVisible() and not page.firings.isVisible()
    page.trigger.setCurrentIndex(page.trigger.findData("conversation_waiting"))
    page.amount.setValue(3)
    page.action.setCurrentIndex(page.action.findData("flag"))
    assert not page.member.isVisible() and not page.text.isVisible()
    waiting = rules.over_limit("conversation_waiting", 3, NOW)
    assert waiting > 5
    qtbot.waitUntil(lambda: str(waiting) in page.include.text())
    page.include.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text() == "Waiting for a reply for 3 hours → Flag it"

    before = flagged()
    runner = window.rule_runner
    window.toast.hide()  # ("Rule saved." gone by itself: the rules' own toast may show)
    with qtbot.waitSignal(runner.evaluated, timeout=10_000) as evaluated:
        runner.check()
    assert len(evaluated.args[0].firings) == waiting
    assert flagged() > before
    assert window.toast.label.text() == f"The time rules acted {waiting} times."
    qtbot.waitUntil(lambda: page.firings.count() == waiting)
    with qtbot.waitSignal(runner.evaluated, timeout=10_000) as again:
        runner.check()
    assert not again.args[0], "a rule acts once per wait"

    page.firings.setCurrentRow(0)
    first_id, _lead, conversation_id, _live = page.firings.item(0).data(Qt.UserRole)
    was = sql("SELECT flagged FROM rule_firing f JOIN conversation c ON c.id = f.conversation_id WHERE f.id = ?",
              (first_id,))[0][0]
    before_value = sql("SELECT before_value FROM rule_firing WHERE id = ?", (first_id,))[0][0]
    assert was
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "undone" in page.firings.item(0).text())
    assert page.firings.item(0).data(Qt.UserRole)[0] == first_id
    assert flag_of(conversation_id) == before_value
    assert window.toast.label.text() == "Undone: 1 action of the time rules."
    assert not page.undo_button.isEnabled()


def test_the_toast_undoes_all_a_round_of_rules_did(window, qtbot):
    lead = new_lead("Ada", NOW - 30 * HOUR, priority=1)
    written(lambda: (rules.save(None, "lead_neutral", 24, "flag", None, "", True, NOW - 10 * HOUR),
                     rules.save(None, "lead_neutral", 12, "followup", None, "Call Ada", True, NOW - 20 * HOUR)))
    stars = lambda: stars_of(lead)  # noqa: E731
    window.toast.hide()
    with qtbot.waitSignal(window.rule_runner.evaluated, timeout=10_000):
        window.rule_runner.check()
    assert stars() == 3 and len(rules.firings(lead_id=lead)) == 2
    assert window.toast.label.text() == "The time rules acted 2 times."
    window.toast.undo_button.click()
    qtbot.waitUntil(lambda: stars() == 1)
    assert sql("SELECT count(*) FROM reminder WHERE lead_id = ?", (lead,))[0][0] == 0
    assert all(f.undone_at is not None for f in rules.firings(lead_id=lead))


def test_a_rule_without_its_person_says_so_and_is_not_saved(window, qtbot):
    page = window.show_view("settings").show_section("rules")
    page.trigger.setCurrentIndex(page.trigger.findData("followup_overdue"))
    assert page.action.findData("followup") == -1, "an overdue follow-up makes no other follow-up"
    assert page.amount.suffix() == " days"
    page.action.setCurrentIndex(page.action.findData("reassign"))
    assert page.member.isVisibleTo(page)
    page.member.setCurrentIndex(-1)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "who the rule hands" in page.status.text())
    assert rules.rules() == []


def test_notices_come_up_on_the_owners_seat_as_plain_text_and_open_the_lead(window, qtbot):
    me = window.ctx.member_id
    other = written(lambda: team.add_member("Giulia"))
    mine = new_lead("<b>Ada</b>", NOW - 30 * HOUR, owner=me)
    new_lead("Bo", NOW - 30 * HOUR, owner=other)
    written(lambda: rules.save(None, "lead_neutral", 24, "notify", None, "Call <i>now</i>", True, NOW - 10 * HOUR))
    runner = window.rule_runner
    with qtbot.waitSignal(runner.evaluated, timeout=10_000):
        runner.check()
    notices = runner.window
    qtbot.waitUntil(notices.isVisible)
    texts = [notices.list.item(i).text() for i in range(notices.list.count())]
    assert len(texts) == 1 and texts[0].startswith("<b>Ada</b> · ") and "Call <i>now</i>" in texts[0]
    assert "1 notice" in notices.heading.text()
    with qtbot.waitSignal(window.ctx.open_lead) as opened:
        notices.list.setFocus()
        qtbot.keyClick(notices.list, Qt.Key_Return)
    assert opened.args == [mine]
    from PySide6.QtWidgets import QApplication

    from desktop.leads.details import LeadDialog
    opened_dialogs = lambda: [w for w in QApplication.topLevelWidgets()  # noqa: E731
                              if isinstance(w, LeadDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: bool(opened_dialogs()))
    for dialog in opened_dialogs():  # (the lead it opened: not left over for the next test)
        dialog.close()
    with qtbot.waitSignal(runner.evaluated, timeout=10_000):
        runner.check()
    assert notices.list.count() == 1, "a notice is shown once"


def test_what_a_rule_did_is_on_the_conversation_and_on_the_lead_with_undo(window, qtbot, clock):
    """The contact panel and the lead's details say what the rules did about this person
    and undo it there."""
    from desktop.leads.details import LeadDialog
    inbox = window.show_view("inbox")
    from db.models import Conversation, Message
    conversation = inbox.open_conversation_id or sql(
        "SELECT id FROM conversation ORDER BY last_message_at DESC LIMIT 1")[0][0]
    contact = sql("SELECT contact_id FROM conversation WHERE id = ?", (conversation,))[0][0]

    def waiting():
        Conversation.update(folder="inbox", flagged=False).where(Conversation.id == conversation).execute()
        Message.insert(conversation=conversation, direction="in", text="Hello?", sent_at=NOW + 1).execute()
        rules.save(None, "conversation_waiting", 1, "flag", None, "", True, NOW)
        rules.save(None, "lead_neutral", 1, "followup", None, "Call back", True, NOW)

    written(waiting)
    lead = new_lead("", NOW + 2, contact=contact)
    clock.advance(2 * HOUR)
    with qtbot.waitSignal(window.rule_runner.evaluated, timeout=10_000) as done:
        window.rule_runner.check()
    assert conversation in done.args[0].conversations and lead in done.args[0].leads
    inbox.open_conversation(conversation)
    panel = inbox.contact_panel
    qtbot.waitUntil(lambda: panel.rules_text.isVisibleTo(panel) and "flagged" in panel.rules_text.text())
    assert panel.undo_rules_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.undo_rules_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: flag_of(conversation) == 0)
    qtbot.waitUntil(lambda: not panel.undo_rules_button.isVisibleTo(panel))
    assert "undone" in panel.rules_text.text()
    dialog = LeadDialog(window.ctx, lead, window)
    qtbot.addWidget(dialog)
    assert "follow-up made" in dialog.rules_text.text() and "undone" in dialog.rules_text.text()
    assert not dialog.undo_rules_button.isVisibleTo(dialog), "the panel undid the person's firings, the lead's too"


def test_the_rules_leave_the_users_own_undo_alone(window, qtbot):
    """A rule that acts while the user's last action can still be undone from the toast
    does not take the toast (nor Ctrl+Z) from them; its work is in Settings, undoable."""
    lead = new_lead("Ada", NOW - 30 * HOUR)
    written(lambda: rules.save(None, "lead_neutral", 24, "flag", None, "", True, NOW - 10 * HOUR))
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    conversation = inbox.model.id_at(0)
    from db.models import Conversation
    written(lambda: Conversation.update(flagged=False).where(Conversation.id == conversation).execute())
    menu = inbox.build_menu([conversation])
    next(a for a in menu.actions() if a.objectName() in ("action_flag", "action_unflag")).trigger()  # the user's flag
    qtbot.waitUntil(lambda: window.toast.can_undo)
    assert flag_of(conversation) == 1
    mine = window.toast.label.text()
    with qtbot.waitSignal(window.rule_runner.evaluated, timeout=10_000) as done:
        window.rule_runner.check()
    assert lead in done.args[0].leads
    assert window.toast.label.text() == mine
    window.undo()
    qtbot.waitUntil(lambda: flag_of(conversation) == 0)
    assert stars_of(lead) == 3


def test_a_closed_window_runs_no_more_rules(window, qtbot):
    """Once its window is closed, a runner's timers are stopped, its first check too: it
    would read whatever database is open by then."""
    runner = window.rule_runner
    runner.start(60_000)
    assert runner.first.isActive() and runner.timer.isActive()
    window.close()
    assert runner.stopped and not runner.first.isActive() and not runner.timer.isActive()
    runner.check()
    assert not runner.running
