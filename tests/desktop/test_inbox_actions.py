"""The inbox driven through its widgets: search, actions with undo, composer, contact panel."""
import pytest
from PySide6.QtCore import QItemSelectionModel, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from db import contacts, inbox as db_inbox, outbox
from db.clock import DAY
from desktop.widgets.lazy_model import IdRole
from tests.conftest import NOW
from tests.helpers import sql, written


@pytest.fixture
def inbox(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.show_view("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return window, view


def select_rows(view, rows):
    selection = view.list_view.selectionModel()
    selection.clearSelection()
    for i, row in enumerate(rows):
        flag = QItemSelectionModel.ClearAndSelect if i == 0 else QItemSelectionModel.Select
        if i == 0:
            selection.setCurrentIndex(view.model.index(row), flag)
        else:
            selection.select(view.model.index(row), flag)
    return [view.model.index(r).data(IdRole) for r in rows]


def make_conversation(text, at, channel="messenger", first="Zoe", last="Test"):
    from db.models import Contact, Conversation, Message

    def add():
        contact = Contact.insert(first_name=first, last_name=last, created_at=0).execute()
        conv = Conversation.insert(contact=contact, channel=channel, last_message_at=at, snippet=text,
                                   created_at=at).execute()
        Message.insert(conversation=conv, direction="in", text=text, sent_at=at).execute()
        return conv

    return written(add)


# --- search -----------------------------------------------------------------------------------

def test_search_is_debounced_and_folds_accents(inbox, qtbot):
    _, view = inbox
    target = make_conversation("Perché il forno è spento?", NOW - 60)
    qtbot.keyClicks(view.search_box, "perche forno")
    assert view.model.ids() != [target]  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: view.model.ids() == [target])
    assert view.result_label.text() == "1 conversation found"
    view.open_conversation(target)
    qtbot.waitUntil(lambda: view.open_conversation_id == target)
    assert view.thread_view.message_delegate.terms == ["perche", "forno"]
    with qtbot.waitSignal(view.ids_loaded):
        qtbot.keyClick(view.search_box, Qt.Key_Escape)
    assert view.search_box.text() == "" and view.model.rowCount() > 1


def test_search_finds_chinese_by_substring_and_names(inbox, qtbot):
    _, view = inbox
    target = make_conversation("我想预订周六的桌位", NOW - 30, first="洋", last="陈")
    with qtbot.waitSignal(view.ids_loaded):
        view.search("预订周六")
    assert view.model.ids()[0] == target
    with qtbot.waitSignal(view.ids_loaded):
        view.search("陈洋")
    assert view.model.ids() == [target]


def test_no_match_shows_a_clear_empty_state(inbox, qtbot):
    _, view = inbox
    with qtbot.waitSignal(view.ids_loaded):
        view.search("zzzxqv")
    assert view.list_stack.currentWidget() is view.list_empty
    assert "zzzxqv" in view.list_empty.text.text()


# --- actions with undo ------------------------------------------------------------------------

def test_flag_several_from_the_menu_and_undo_with_ctrl_z(inbox, qtbot):
    window, view = inbox
    ids = select_rows(view, [0, 1, 2])
    before = {i: db_inbox.conversation_state(i) for i in ids}
    menu = view.build_menu(view.selected_ids())
    flag = next(a for a in menu.actions() if a.objectName() in ("action_flag", "action_unflag"))
    flag.trigger()
    assert all(db_inbox.conversation_state(i)[2] != before[ids[0]][2] for i in ids)
    assert window.toast.isVisible() and "3 conversations" in window.toast.label.text()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert {i: db_inbox.conversation_state(i) for i in ids} == before


def test_keyboard_shortcuts_act_on_the_selection(inbox, qtbot):
    window, view = inbox
    ids = select_rows(view, [1, 3])
    view.list_view.setFocus()
    with qtbot.waitSignal(view.ids_loaded):
        qtbot.keyClick(view.list_view, Qt.Key_D, Qt.ControlModifier)
    assert all(db_inbox.conversation_state(i)[0] == "done" for i in ids)
    assert not set(ids) & set(view.model.ids())
    with qtbot.waitSignal(view.ids_loaded):
        window.toast.undo_button.click()
    assert all(db_inbox.conversation_state(i)[0] == "inbox" for i in ids)


@pytest.mark.parametrize("key, folder", [("archive", "archived"), ("spam", "spam")])
def test_archive_and_spam_and_back(inbox, qtbot, key, folder):
    _, view = inbox
    [cid] = select_rows(view, [0])
    view.actions.run(key)
    assert db_inbox.conversation_state(cid)[0] == folder
    view.actions.run("inbox", [cid])
    assert db_inbox.conversation_state(cid)[0] == "inbox"


def test_mark_unread_and_block(inbox, qtbot):
    window, view = inbox
    [cid] = select_rows(view, [0])
    view.actions.toggle(("unread", "read"))
    assert db_inbox.conversation_state(cid)[1] is True
    view.actions.run("block", [cid])
    assert db_inbox.conversation_state(cid)[0] == "spam" and db_inbox.conversation_state(cid)[4] is True
    view.actions.run("unblock", [cid])
    assert db_inbox.conversation_state(cid)[4] is False


def test_assign_from_the_menu(inbox, qtbot):
    window, view = inbox
    [cid] = select_rows(view, [0])
    menu = view.build_menu([cid])
    assign_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    member_action = assign_menu.actions()[1]
    member_action.trigger()
    members = [m for m in __import__("db.team", fromlist=["members"]).members()]
    assert db_inbox.conversation_state(cid)[3] == members[1].id
    assert "Assigned" in window.toast.label.text()


def test_label_filter(inbox, qtbot):
    _, view = inbox
    label_id, name, _ = contacts.all_labels()[0]
    with qtbot.waitSignal(view.ids_loaded):
        view.set_filter("label", label_id)
    assert view.model.ids() == db_inbox.conversation_ids("inbox", "label", label_id=label_id)
    assert f"Label: {name}" == view.filter_box.currentText()


# --- composer ------------------------------------------------------------------------------------

def open_new(view, qtbot, text="Ciao!", at=NOW - 10 * 60, **kw):
    conv = make_conversation(text, at, **kw)
    view.reload()
    qtbot.waitUntil(lambda: view.model.row_of(conv) >= 0)
    view.open_conversation(conv)
    qtbot.waitUntil(lambda: view.open_conversation_id == conv)
    return conv


def test_enter_sends_shift_enter_breaks_the_line(inbox, qtbot):
    window, view = inbox
    conv = open_new(view, qtbot)
    qtbot.keyClicks(view.composer.edit, "Ciao Zoe")
    qtbot.keyClick(view.composer.edit, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(view.composer.edit, "a presto")
    qtbot.keyClick(view.composer.edit, Qt.Key_Return)
    last = db_inbox.thread(conv)[-1]
    assert (last.direction, last.text, last.state, last.author_id) == (
        "out", "Ciao Zoe\na presto", "sent", window.ctx.member_id)
    assert view.thread_view.thread_model.messages()[-1].text == "Ciao Zoe\na presto"
    assert view.composer.edit.toPlainText() == ""


def test_drafts_survive_switching_and_restarting(inbox, make_window, demo_db, qtbot):
    window, view = inbox
    conv = open_new(view, qtbot)
    qtbot.keyClicks(view.composer.edit, "Bozza importante")
    other = view.model.ids()[1] if view.model.ids()[0] == conv else view.model.ids()[0]
    view.open_conversation(other)
    qtbot.waitUntil(lambda: view.open_conversation_id == other)
    assert view.composer.edit.toPlainText() == outbox.draft(other)
    view.open_conversation(conv)
    qtbot.waitUntil(lambda: view.open_conversation_id == conv)
    assert view.composer.edit.toPlainText() == "Bozza importante"
    window.close()
    again = make_window(demo_db).show_view("inbox")
    qtbot.waitUntil(lambda: again.model.rowCount() > 0)
    again.open_conversation(conv)
    qtbot.waitUntil(lambda: again.open_conversation_id == conv)
    assert again.composer.edit.toPlainText() == "Bozza importante"


def test_saved_replies_by_picker_and_by_slash_shortcut(inbox, qtbot):
    window, view = inbox
    open_new(view, qtbot)
    picker = view.composer.open_picker()
    picker.search.setText("glutine")
    assert picker.list.count() == 1
    picker.accept()
    assert view.composer.edit.toPlainText().startswith("Sì Zoe, abbiamo impasto senza glutine")
    qtbot.keyClicks(view.composer.edit, " /ora")
    qtbot.waitUntil(lambda: view.composer.completer.popup().isVisible())
    view.composer._complete_shortcut(view.composer.completer.popup().model().index(0, 0).data())
    text = view.composer.edit.toPlainText()
    me = window.member_box.currentText().split()[0]
    assert "/ora" not in text and "Siamo aperti da martedì" in text and text.rstrip().endswith(me)


def test_the_reply_window_is_explained_and_enforced(inbox, qtbot):
    _, view = inbox
    open_new(view, qtbot, at=NOW - 2 * DAY)
    assert "HUMAN_AGENT" in view.composer.window_label.text()
    view.composer.edit.setPlainText("Scusa il ritardo")
    view.composer.send()
    assert db_inbox.thread(view.open_conversation_id)[-1].tag == "HUMAN_AGENT"
    open_new(view, qtbot, at=NOW - 8 * DAY, first="Old")
    assert "closed" in view.composer.window_label.text()
    assert not view.composer.send_button.isEnabled()
    view.composer.edit.setPlainText("Ciao?")
    assert view.composer.send() is None
    assert "closed" in view.composer.error.text()


def test_comment_conversations_say_so(inbox, qtbot):
    _, view = inbox
    open_new(view, qtbot, channel="comment")
    assert view.comment_banner.isVisible()
    assert "private reply" in view.composer.window_label.text()


def test_too_big_attachment_is_refused_with_a_reason(inbox, qtbot, tmp_path):
    _, view = inbox
    open_new(view, qtbot)
    big = tmp_path / "huge.mov"
    with open(big, "wb") as f:
        f.truncate(outbox.MAX_ATTACHMENT_BYTES + 10)
    assert not view.composer.add_attachments([big])
    assert "25 MB" in view.composer.error.text()


def test_photos_show_as_thumbnails_and_can_be_saved(inbox, qtbot, tmp_path):
    _, view = inbox
    conv = open_new(view, qtbot)
    photo = tmp_path / "forno.png"
    image = QImage(400, 300, QImage.Format_RGB32)
    image.fill(QColor("#C2410C"))
    image.save(str(photo))
    assert view.composer.add_attachments([photo])
    view.composer.send()
    message = db_inbox.thread(conv)[-1]
    assert message.attachments[0].kind == "image"
    index = view.thread_view.model().index(view.thread_view.model().rowCount() - 1, 0)
    assert view.thread_view.sizeHintForIndex(index).height() > 120  # room for the thumbnail
    menu = view.attachment_menu(message.attachments[0])
    assert [a.text() for a in menu.actions()] == ["View full size", "Open", "Save as…"]
    dialog = view.show_image(message.attachments[0].path, "forno.png")
    assert dialog.picture.pixmap().width() == 400
    assert view.save_attachment(message.attachments[0], str(tmp_path / "copy.png"))
    assert (tmp_path / "copy.png").read_bytes() == photo.read_bytes()


def refusing(window, reason):
    """A sender that records Meta's refusal, as the Page's does: an operation, on the worker."""
    from desktop.operations import Area, changes

    return lambda mid: window.ctx.ops.run(lambda: outbox.mark_failed(mid, reason), changes=changes(Area.INBOX))


def test_a_failed_message_is_marked_and_retried(inbox, qtbot):
    window, view = inbox
    conv = open_new(view, qtbot)
    window.ctx.sender = refusing(window, "The Page access token has expired.")
    view.composer.edit.setPlainText("Ciao")
    view.composer.send()
    mid = view.composer.last_sent_id
    qtbot.waitUntil(lambda: view.thread_view.thread_model.messages()[-1].state == "failed")
    window.ctx.sender = window.ctx._local_sender
    index = view.thread_view.model().index(view.thread_view.model().rowCount() - 1, 0)
    rect = view.thread_view.visualRect(index)
    bubble = view.thread_view.message_delegate.geometry(rect, view.thread_view.thread_model.messages()[-1],
                                                        view.thread_view.font())[0]
    qtbot.mouseClick(view.thread_view.viewport(), Qt.LeftButton, pos=bubble.center().toPoint())
    assert db_inbox.thread(conv)[-1].id == mid and db_inbox.thread(conv)[-1].state == "sent"


# --- contact panel ---------------------------------------------------------------------------------

def test_contact_panel_labels_notes_case_and_lead(inbox, qtbot):
    window, view = inbox
    conv = open_new(view, qtbot)
    panel = view.contact_panel
    contact_id = panel.contact_id
    # Nothing is known of whether this person follows the Page: it is not stated either way.
    assert panel.fields["fan"].text() == "unknown"
    qtbot.keyClicks(panel.label_input, "Compleanno")
    qtbot.keyClick(panel.label_input, Qt.Key_Return)
    assert [n for _, n, _ in contacts.label_ids(contact_id)] == ["Compleanno"]
    panel.label_chips._chips[0].click()
    assert contacts.label_ids(contact_id) == []
    panel.note_input.setPlainText("Vuole la torta alle 22")
    qtbot.mouseClick(panel.add_note_button, Qt.LeftButton)
    [note] = contacts.notes(contact_id)
    assert note.author_id == window.ctx.member_id
    panel.edit_note(note.id, note.text, "Vuole la torta alle 22:30")
    assert contacts.notes(contact_id)[0].text == "Vuole la torta alle 22:30"
    panel.delete_note(note.id)
    assert contacts.notes(contact_id) == []
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert len(contacts.notes(contact_id)) == 1
    panel.case_category.setCurrentIndex(panel.case_category.findData("site_problem"))
    panel._case_changed()
    assert contacts.case_of(conv)[1:3] == ("site_problem", "assisting")
    # "No case" removes it (it came back on reopen before), and Ctrl+Z brings it back.
    panel.case_category.setCurrentIndex(panel.case_category.findData(None))
    panel._case_changed()
    assert contacts.case_of(conv) is None
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert contacts.case_of(conv)[1:3] == ("site_problem", "assisting")
    qtbot.mouseClick(panel.lead_button, Qt.LeftButton)
    assert contacts.lead_of(contact_id)[1] == "neutral"
    assert panel.lead_button.text() == "Open lead"


def test_sender_info_can_be_hidden_and_stays_hidden(inbox, make_window, demo_db, qtbot):
    window, view = inbox
    view.list_view.setFocus()
    qtbot.keyClick(view.list_view, Qt.Key_I, Qt.ControlModifier | Qt.ShiftModifier)
    assert not view.side_pane.isVisible()
    window.close()
    again = make_window(demo_db).show_view("inbox")
    assert not again.side_pane.isVisible() and not again.panel_button.isChecked()


def test_a_failed_messages_reason_is_shown_whole(inbox, qtbot, tmp_path):
    """A long reason on one right-aligned line was cut off on its left."""
    from PySide6.QtGui import QFontMetrics
    window, view = inbox
    open_new(view, qtbot)
    reason = ("Facebook refused the request: (#100) The parameter recipient is invalid, or the person has blocked "
              "messages from this Page; check the conversation in Meta Business Suite before sending again")
    window.ctx.sender = refusing(window, reason)
    view.composer.edit.setPlainText("Ciao")
    view.composer.send()
    qtbot.waitUntil(lambda: view.thread_view.thread_model.messages()[-1].state == "failed")
    thread = view.thread_view
    index = thread.model().index(thread.model().rowCount() - 1, 0)
    message = thread.thread_model.messages()[-1]
    delegate = thread.message_delegate
    meta = delegate.geometry(QRectF(thread.visualRect(index)), message, thread.font())[3]
    small = delegate._fonts_for(thread.font())[1]
    wrapped = QFontMetrics(small).boundingRect(meta.toRect(), Qt.TextWordWrap | Qt.AlignRight, reason)
    assert wrapped.width() <= meta.width() and wrapped.height() < meta.height()  # every word inside
    assert thread.visualRect(index).bottom() >= meta.bottom() - 1  # and the row is tall enough to show it
    thread.grab().save(str(tmp_path / "failed.png"))


def test_the_reply_window_countdown_moves_by_itself(inbox, qtbot, clock):
    """25 hours later it still said "23 h 15 min more"."""
    from desktop.inbox.composer import WINDOW_TICK_MS
    window, view = inbox
    open_new(view, qtbot, at=NOW - 45 * 60)
    composer = view.composer
    assert "23 h 15 min" in composer.window_label.text()
    assert composer.window_timer.isActive() and composer.window_timer.interval() == WINDOW_TICK_MS
    clock.advance(2 * 3600)
    composer.window_timer.timeout.emit()  # (the timer's half-minute turn, without the wait)
    assert "21 h 15 min" in composer.window_label.text()
    clock.advance(22 * 3600)  # past the 24 hours: a person's reply only, with the tag
    composer.window_timer.timeout.emit()
    assert "HUMAN_AGENT" in composer.window_label.text() and composer.send_button.isEnabled()
    clock.advance(7 * 24 * 3600)
    composer.window_timer.timeout.emit()
    assert "has closed" in composer.window_label.text() and not composer.send_button.isEnabled()
    assert not composer.window_timer.isActive()


def test_a_comment_on_a_post_is_marked_in_the_list(inbox, qtbot, tmp_path):
    """Nothing told a comment on a post from a Messenger thread."""
    window, view = inbox
    comment = make_conversation("Che buona la Norma!", NOW - 60, channel="comment", first="Ada", last="Post")
    thread = make_conversation("Avete tavoli?", NOW - 120, first="Bo", last="Chat")
    view.reload()
    qtbot.waitUntil(lambda: view.model.row_of(comment) >= 0 and view.model.row_of(thread) >= 0)
    spoken = view.model.index(view.model.row_of(comment)).data(Qt.AccessibleTextRole)
    assert "a comment on a post" in spoken
    assert "comment" not in view.model.index(view.model.row_of(thread)).data(Qt.AccessibleTextRole)
    view.list_view.grab().save(str(tmp_path / "comment-mark.png"))


def test_what_is_known_of_a_person_can_be_filled_in_and_corrected(inbox, qtbot):
    """The public-info fields could be neither filled nor corrected by hand."""
    window, view = inbox
    open_new(view, qtbot)
    panel = view.contact_panel
    contact_id = panel.contact_id
    dialog = panel.edit_facts()
    dialog.edits["city"].setText("  Milano ")
    dialog.edits["company"].setText("Studio <b>Verdi</b>")
    dialog.edits["phone"].setText("not a phone")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: "phone" in dialog.problem.text())  # said, and nothing kept
    assert contacts.card(contact_id).city in ("", None) and dialog.isVisible()
    dialog.edits["phone"].setText("333 123 4567")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    card = contacts.card(contact_id)
    assert (card.city, card.company, card.phone) == ("Milano", "Studio <b>Verdi</b>", "+393331234567")
    qtbot.waitUntil(lambda: panel.fields["company"].text() == "Studio <b>Verdi</b>")
    assert panel.fields["company"].textFormat() == Qt.PlainText
    qtbot.waitUntil(lambda: window.toast.can_undo)
    window.undo()  # (Ctrl+Z)
    qtbot.waitUntil(lambda: contacts.card(contact_id).company in ("", None))
    qtbot.waitUntil(lambda: panel.fields["company"].text() == "—")  # and the panel shows it


def test_the_composer_suggests_saved_replies_for_the_message_and_learns_which_was_used(inbox, qtbot):
    """For the customer's question, the saved replies that fit it sit above the text; Alt+1
    inserts the first, personalised; the reply sent remembers it was written from it."""
    from db import replies

    window, view = inbox
    hostile = written(lambda: replies.create("<b>Consegna</b> & zone", "Ciao {first_name}, consegniamo ovunque a Milano!"))
    open_new(view, qtbot, text="Buonasera, fate consegne a domicilio in zona Brera?")
    composer = view.composer
    qtbot.waitUntil(lambda: composer.suggestion_box.isVisibleTo(composer) and bool(composer.suggestions))
    titles = [s.title for s in composer.suggestions]
    assert 1 <= len(titles) <= 3 and "Consegna a domicilio" in titles
    shown = [b for b in composer.suggestion_buttons if b.isVisibleTo(composer)]
    assert len(shown) == len(titles)
    assert "<b>Consegna</b> & zone" in titles  # shown as typed: no markup, no accelerator
    button = shown[titles.index("<b>Consegna</b> & zone")]
    assert button.text() == "<b>Consegna</b> && zone" and "&lt;b&gt;" in button.toolTip()
    first = composer.suggestions[0]
    qtbot.keyClick(composer.edit, Qt.Key_1, Qt.AltModifier)
    text = composer.edit.toPlainText()
    assert text == replies.render(replies.get(first.reply_id).body, replies.personalization(
        composer.contact_id, window.ctx.member_id)) and "Zoe" in text
    assert not composer.suggestion_box.isVisibleTo(composer)  # taken
    conversation = view.open_conversation_id
    composer.send()
    qtbot.waitUntil(lambda: db_inbox.thread(conversation)[-1].direction == "out")
    assert sql("SELECT saved_reply_id FROM message WHERE conversation_id = ? AND direction = 'out'"
               " ORDER BY id DESC LIMIT 1", (conversation,))[0][0] == first.reply_id
    # The last word is ours now: nothing is suggested.
    qtbot.waitUntil(lambda: not composer.suggestions)
    assert not composer.suggestion_box.isVisibleTo(composer)
    # A saved reply deleted meanwhile leaves the reply without one, not refused.
    composer.insert_saved_reply(hostile)
    written(lambda: replies.delete(hostile))
    composer.send()
    qtbot.waitUntil(lambda: sql("SELECT count(*) FROM message WHERE conversation_id = ? AND direction = 'out'",
                                (conversation,))[0][0] == 2)
