"""Settings → Time rules driven through its widgets, and the window running the rules:
on the DB worker, the views told, a toast with Undo, notices on the owner's seat."""
import pytest
from PySide6.QtCore import Qt

from db import rules, team
from db.clock import HOUR
from db.database import database
from tests.conftest import NOW


@pytest.fixture
def window(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    qtbot.waitUntil(lambda: window.rule_runner is not None, timeout=15_000)
    window.rule_runner.first.stop()  # the tests say when the rules run (a slow machine's first
    window.rule_runner.timer.stop()  # check would otherwise come in between)
    return window


def flagged() -> int:
    return database.execute_sql("SELECT count(*) FROM conversation WHERE flagged = 1").fetchone()[0]


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
    was = database.execute_sql("SELECT flagged FROM rule_firing f JOIN conversation c ON c.id = f.conversation_id"
                               " WHERE f.id = ?", (first_id,)).fetchone()
    before_value = database.execute_sql("SELECT before_value FROM rule_firing WHERE id = ?", (first_id,)).fetchone()[0]
    assert was == (1,)
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "undone" in page.firings.item(0).text())
    assert page.firings.item(0).data(Qt.UserRole)[0] == first_id
    assert database.execute_sql("SELECT flagged FROM conversation WHERE id = ?",
                                (conversation_id,)).fetchone()[0] == before_value
    assert window.toast.label.text() == "Undone: 1 action of the time rules."
    assert not page.undo_button.isEnabled()


def test_the_toast_undoes_all_a_round_of_rules_did(window, qtbot):
    contact = database.execute_sql("INSERT INTO contact(first_name, created_at) VALUES ('Ada', 0)").lastrowid
    lead = database.execute_sql("INSERT INTO lead(contact_id, priority, created_at, stage_changed_at)"
                                " VALUES (?, 1, ?, ?)", (contact, NOW - 30 * HOUR, NOW - 30 * HOUR)).lastrowid
    rules.save(None, "lead_neutral", 24, "flag", None, "", True, NOW - 10 * HOUR)
    rules.save(None, "lead_neutral", 12, "followup", None, "Call Ada", True, NOW - 20 * HOUR)
    stars = lambda: database.execute_sql("SELECT priority FROM lead WHERE id = ?", (lead,)).fetchone()[0]  # noqa
    window.toast.hide()
    with qtbot.waitSignal(window.rule_runner.evaluated, timeout=10_000):
        window.rule_runner.check()
    assert stars() == 3 and len(rules.firings(lead_id=lead)) == 2
    assert window.toast.label.text() == "The time rules acted 2 times."
    window.toast.undo_button.click()
    qtbot.waitUntil(lambda: stars() == 1)
    assert database.execute_sql("SELECT count(*) FROM reminder WHERE lead_id = ?", (lead,)).fetchone()[0] == 0
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
    other = team.add_member("Giulia")
    contact = database.execute_sql("INSERT INTO contact(first_name, created_at) VALUES ('<b>Ada</b>', 0)").lastrowid
    mine = database.execute_sql(
        "INSERT INTO lead(contact_id, owner_id, created_at, stage_changed_at) VALUES (?, ?, ?, ?)",
        (contact, me, NOW - 30 * HOUR, NOW - 30 * HOUR)).lastrowid
    c2 = database.execute_sql("INSERT INTO contact(first_name, created_at) VALUES ('Bo', 0)").lastrowid
    database.execute_sql("INSERT INTO lead(contact_id, owner_id, created_at, stage_changed_at) VALUES (?, ?, ?, ?)",
                         (c2, other, NOW - 30 * HOUR, NOW - 30 * HOUR))
    rules.save(None, "lead_neutral", 24, "notify", None, "Call <i>now</i>", True, NOW - 10 * HOUR)
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
    conversation = inbox.open_conversation_id or database.execute_sql(
        "SELECT id FROM conversation ORDER BY last_message_at DESC LIMIT 1").fetchone()[0]
    contact = database.execute_sql("SELECT contact_id FROM conversation WHERE id = ?", (conversation,)).fetchone()[0]
    database.execute_sql("UPDATE conversation SET folder = 'inbox', flagged = 0 WHERE id = ?", (conversation,))
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', 'Hello?', ?)",
                         (conversation, NOW + 1))
    lead = database.execute_sql("INSERT INTO lead(contact_id, created_at, stage_changed_at) VALUES (?, ?, ?)",
                                (contact, NOW - 30 * HOUR, NOW - 30 * HOUR)).lastrowid
    database.execute_sql("UPDATE lead SET stage_changed_at = ? WHERE id = ?", (NOW + 2, lead))
    rules.save(None, "conversation_waiting", 1, "flag", None, "", True, NOW)
    rules.save(None, "lead_neutral", 1, "followup", None, "Call back", True, NOW)
    clock.advance(2 * HOUR)
    with qtbot.waitSignal(window.rule_runner.evaluated, timeout=10_000) as done:
        window.rule_runner.check()
    assert conversation in done.args[0].conversations and lead in done.args[0].leads
    inbox.open_conversation(conversation)
    panel = inbox.contact_panel
    qtbot.waitUntil(lambda: panel.rules_text.isVisibleTo(panel) and "flagged" in panel.rules_text.text())
    assert panel.undo_rules_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.undo_rules_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: database.execute_sql("SELECT flagged FROM conversation WHERE id = ?",
                                                 (conversation,)).fetchone()[0] == 0)
    qtbot.waitUntil(lambda: not panel.undo_rules_button.isVisibleTo(panel))
    assert "undone" in panel.rules_text.text()
    dialog = LeadDialog(window.ctx, lead, window)
    qtbot.addWidget(dialog)
    assert "follow-up made" in dialog.rules_text.text() and "undone" in dialog.rules_text.text()
    assert not dialog.undo_rules_button.isVisibleTo(dialog), "the panel undid the person's firings, the lead's too"


def test_the_rules_leave_the_users_own_undo_alone(window, qtbot):
    """A rule that acts while the user's last action can still be undone from the toast
    does not take the toast (nor Ctrl+Z) from them; its work is in Settings, undoable."""
    contact = database.execute_sql("INSERT INTO contact(first_name, created_at) VALUES ('Ada', 0)").lastrowid
    lead = database.execute_sql("INSERT INTO lead(contact_id, created_at, stage_changed_at) VALUES (?, ?, ?)",
                                (contact, NOW - 30 * HOUR, NOW - 30 * HOUR)).lastrowid
    rules.save(None, "lead_neutral", 24, "flag", None, "", True, NOW - 10 * HOUR)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    conversation = inbox.model.id_at(0)
    database.execute_sql("UPDATE conversation SET flagged = 0 WHERE id = ?", (conversation,))
    menu = inbox.build_menu([conversation])
    next(a for a in menu.actions() if a.objectName() in ("action_flag", "action_unflag")).trigger()  # the user's flag
    qtbot.waitUntil(lambda: window.toast.can_undo)
    assert database.execute_sql("SELECT flagged FROM conversation WHERE id = ?", (conversation,)).fetchone()[0] == 1
    mine = window.toast.label.text()
    with qtbot.waitSignal(window.rule_runner.evaluated, timeout=10_000) as done:
        window.rule_runner.check()
    assert lead in done.args[0].leads
    assert window.toast.label.text() == mine
    window.undo()
    qtbot.waitUntil(lambda: database.execute_sql("SELECT flagged FROM conversation WHERE id = ?",
                                                 (conversation,)).fetchone()[0] == 0)
    assert database.execute_sql("SELECT priority FROM lead WHERE id = ?", (lead,)).fetchone()[0] == 3


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
