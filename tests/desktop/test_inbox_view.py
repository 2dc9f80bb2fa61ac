from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from db import inbox as db_inbox
from db.database import database
from desktop.inbox.conversation_list import ConversationModel
from desktop.inbox.thread import ThreadModel
from desktop.widgets.lazy_model import IdRole, RowRole

HOSTILE = '<img src="file:///etc/hostname"> <b>bold</b>'


def loaded_inbox(window, qtbot):
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    return inbox


def test_list_shows_the_folder_newest_first(demo_db, make_window, qtbot):
    inbox = loaded_inbox(make_window(demo_db), qtbot)
    expected = db_inbox.conversation_ids("inbox")
    assert inbox.model.ids() == expected
    first = inbox.model.index(0).data(RowRole)
    assert first.last_message_at == max(r.last_message_at for r in db_inbox.conversation_rows(expected).values())


def test_folder_and_filter_switches_reload_the_list(demo_db, make_window, qtbot):
    inbox = loaded_inbox(make_window(demo_db), qtbot)
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.set_folder("done")
    assert inbox.model.ids() == db_inbox.conversation_ids("done")
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.set_folder("inbox")
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.set_filter("unread")
    assert inbox.model.ids() == db_inbox.conversation_ids("inbox", "unread")
    assert all(inbox.model.index(r).data(RowRole).unread for r in range(inbox.model.rowCount()))


def test_clicking_a_conversation_opens_it_and_marks_it_read(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = loaded_inbox(window, qtbot)
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.set_filter("unread")
    before = db_inbox.unread_counts()["inbox"]
    index = inbox.model.index(1)
    conversation_id = index.data(IdRole)
    rect = inbox.list_view.visualRect(index)
    with qtbot.waitSignal(inbox.conversation_opened) as opened:
        qtbot.mouseClick(inbox.list_view.viewport(), Qt.LeftButton, pos=rect.center())
    assert opened.args == [conversation_id]
    shown = [m.text for m in inbox.thread_view.thread_model.messages()]
    assert shown == [m.text for m in db_inbox.thread(conversation_id)]
    assert db_inbox.unread_counts()["inbox"] == before - 1
    qtbot.waitUntil(lambda: window.navigation.item(0).data(Qt.UserRole + 10) == before - 1)  # (counted on the worker)


def test_customer_text_is_plain_text_everywhere(db_path, make_window, qtbot):
    database.execute_sql("INSERT INTO contact(id, first_name, last_name, city, created_at) VALUES (1, ?, ?, ?, 0)",
                         (HOSTILE, "<i>x</i>", HOSTILE))
    database.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, snippet, created_at, unread)"
                         " VALUES (1, 1, 10, ?, 0, 1)", (HOSTILE,))
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (1, 'in', ?, 10)",
                         (HOSTILE,))
    window = make_window(db_path)
    inbox = loaded_inbox(window, qtbot)
    inbox.open_conversation(1)
    qtbot.waitUntil(lambda: inbox.open_conversation_id == 1)
    assert HOSTILE in inbox.model.index(0).data(Qt.DisplayRole)
    assert HOSTILE in inbox.thread_view.thread_model.index(1).data(Qt.DisplayRole)
    # Every label that shows the customer's words shows them as the characters they are.
    showing = [label for label in window.findChildren(QLabel) if HOSTILE in label.text()]
    assert len(showing) >= 3  # thread title, panel name, city
    assert all(label.textFormat() == Qt.PlainText for label in showing)
    window.grab()  # painting hostile text must not try to load anything


def test_item_models_pass_the_model_tester(demo_db, qtmodeltester, clock):
    model = ConversationModel()
    model.set_ids(db_inbox.conversation_ids("inbox"))
    qtmodeltester.check(model)
    thread = ThreadModel(clock)
    thread.set_messages(db_inbox.thread(db_inbox.conversation_ids("inbox")[0]))
    qtmodeltester.check(thread)


def test_the_list_fetches_rows_a_block_at_a_time(db_path, clock):
    calls = []
    model = ConversationModel()
    original = model._fetch_rows
    model._fetch_rows = lambda ids: calls.append(len(ids)) or original(ids)
    model.set_ids(list(range(1, 1001)))  # ids that need not exist: rows come back empty
    for row in range(0, 250):
        model.index(row).data(RowRole)
    assert calls == [100, 100, 100]


def test_before_a_conversation_opens_its_places_say_what_will_show_there(demo_db, make_window, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    inbox = loaded_inbox(make_window(demo_db), qtbot)
    # Nothing to answer yet: no reply box, no empty contact form, the actions greyed out.
    assert inbox.thread_empty.isVisible() and inbox.side_empty.isVisible()
    assert "Sender info" in [label.text() for label in inbox.side_empty.findChildren(QLabel)]
    assert not [edit for edit in inbox.findChildren(QPlainTextEdit) if edit.isVisible()]
    assert not inbox.more_button.isEnabled()
    # What an open conversation needs is made while the user reads the list.
    qtbot.waitUntil(lambda: inbox.parts_built)
    assert not inbox.composer.isVisible() and not inbox.contact_panel.isVisible()

    index = inbox.model.index(0)
    row = index.data(RowRole)
    with qtbot.waitSignal(inbox.conversation_opened):
        qtbot.mouseClick(inbox.list_view.viewport(), Qt.LeftButton, pos=inbox.list_view.visualRect(index).center())
    assert inbox.composer.isVisible() and inbox.composer.edit.isVisible() and inbox.more_button.isEnabled()
    assert inbox.contact_panel.isVisible() and not inbox.side_empty.isVisible()
    assert inbox.contact_panel.name.text() == row.contact_name


def test_a_long_inbox_shows_its_first_rows_in_the_paint_after_they_load(db_path, make_window, qtbot):
    from PySide6.QtCore import QPoint

    people = 30_000
    database.execute_sql("BEGIN")
    database.cursor().executemany("INSERT INTO contact(id, first_name, created_at) VALUES (?, ?, 0)",
                                  [(i, f"Person {i}") for i in range(1, people + 1)])
    database.cursor().executemany(
        "INSERT INTO conversation(contact_id, last_message_at, created_at) VALUES (?, ?, 0)",
        [(i, i) for i in range(1, people + 1)])
    database.execute_sql("COMMIT")
    window = make_window(db_path)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == people)
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.reload()  # (as after any change in the inbox)
    # The paint that comes next, no turn of the event loop in between: the newest
    # person's avatar is there.
    image = inbox.list_view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    at = lambda x, y: image.pixelColor(QPoint(x, y) * ratio)  # noqa: E731
    assert at(17, 36) != at(2, 70), "the first row is not painted"
    assert inbox.model.index(0).data(RowRole).contact_name == f"Person {people}"


def test_rows_show_which_is_selected_and_which_is_under_the_pointer(demo_db, make_window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from desktop import theme

    window = make_window(demo_db)
    window.show()
    inbox = loaded_inbox(window, qtbot)
    view = inbox.list_view
    view.setCurrentIndex(inbox.model.index(0))

    def background(row: int):
        # Right of the avatar, above the snippet's line: only the row's background there.
        rect = view.visualRect(inbox.model.index(row))
        image = view.viewport().grab().toImage()
        return image.pixelColor(QPoint(rect.left() + 64, rect.top() + 4) * image.devicePixelRatio()).name().upper()

    colors = theme.colors()
    assert background(0) == colors["accent_soft"].upper()
    assert background(2) == colors["surface"].upper()
    QTest.mouseMove(view.viewport(), view.visualRect(inbox.model.index(2)).center())
    qtbot.waitUntil(lambda: background(2) == colors["hover"].upper())
    assert background(1) == colors["surface"].upper()


def test_a_person_with_two_conversations_is_one_row_that_reaches_both(db_path, make_window, qtbot):
    """As in Meta's inbox: one row per person, the newest conversation in front, the others
    a click away from the contact panel and from the row's menu."""
    database.execute_sql("INSERT INTO contact(id, first_name, last_name, created_at) VALUES (1, 'Ada', 'Rossi', 0),"
                         " (2, 'Bo', 'Bianchi', 0)")
    database.execute_sql("INSERT INTO page_post(id, message) VALUES ('p_1', ?)", ("Menu <b>estate</b> & vini",))
    database.execute_sql(
        "INSERT INTO conversation(id, contact_id, channel, post_id, last_message_at, snippet, created_at) VALUES"
        " (1, 1, 'comment', 'p_1', 100, 'Quanto costa?', 0), (2, 1, 'messenger', '', 300, 'Ci vediamo & grazie', 0),"
        " (3, 2, 'messenger', '', 200, 'Buongiorno', 0)")
    for cid, text, at in ((1, "Quanto costa?", 100), (2, "Ci vediamo & grazie", 300), (3, "Buongiorno", 200)):
        database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', ?, ?)",
                             (cid, text, at))
    window = make_window(db_path)
    inbox = loaded_inbox(window, qtbot)
    assert inbox.model.ids() == [2, 3]  # Ada once, by her newest
    ada = inbox.model.index(0)
    assert ada.data(RowRole).others == 1
    assert "1 other conversation" in ada.data(Qt.DisplayRole)
    # The row's menu lists her other conversation, "&" shown as typed.
    inbox.open_conversation(2)
    qtbot.waitUntil(lambda: inbox.open_conversation_id == 2)
    menu = inbox.build_menu([2])
    others = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "menu_others")
    assert [a.text() for a in others.actions()] and "Quanto costa?" in others.actions()[0].text()
    # Opening it from the contact panel: it takes Ada's row, and the thread says which post.
    panel = inbox.contact_panel
    assert panel.others.count() == 1
    item = panel.others.item(0)
    with qtbot.waitSignal(inbox.conversation_opened, timeout=5000) as opened:
        panel.others.itemClicked.emit(item)
    assert opened.args == [1]
    qtbot.waitUntil(lambda: inbox.model.ids() == [1, 3])
    assert inbox.list_view.currentIndex().data(IdRole) == 1
    assert not inbox.comment_banner.isHidden()
    assert "Menu <b>estate</b> & vini" in inbox.comment_banner.text()
    assert inbox.comment_banner.textFormat() == Qt.PlainText
    # Picking another person puts Ada's newest back in front at the next reload.
    inbox.open_conversation(3)
    qtbot.waitUntil(lambda: inbox.open_conversation_id == 3)
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.reload()
    assert inbox.model.ids() == [2, 3]


def test_the_list_counts_down_the_reply_window_of_each_waiting_message(db_path, make_window, qtbot, clock):
    """The countdown showed only inside the open conversation: now each waiting Messenger row
    says how long is left of the 24 hours, in red for the last two, and moves by itself."""
    from PySide6.QtCore import QEvent, QObject

    from tests.conftest import NOW
    database.execute_sql("INSERT INTO contact(id, first_name, created_at) VALUES (1, 'Ada', 0), (2, 'Bo', 0)")
    database.execute_sql(
        "INSERT INTO conversation(id, contact_id, last_message_at, snippet, created_at) VALUES"
        " (1, 1, ?, 'Avete posto stasera?', 0), (2, 2, ?, 'Grazie!', 0)", (NOW - 3600, NOW - 60))
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES"
                         " (1, 'in', 'Avete posto stasera?', ?), (2, 'in', 'A che ora?', ?)", (NOW - 3600, NOW - 600))
    database.execute_sql("INSERT INTO message(conversation_id, direction, author_id, automatic, text, sent_at)"
                         " VALUES (1, 'out', NULL, 'instant', 'Grazie, a presto', ?)", (NOW - 3590,))
    database.execute_sql("INSERT INTO message(conversation_id, direction, author_id, text, sent_at)"
                         " VALUES (2, 'out', NULL, 'Alle 19', ?)", (NOW - 60,))
    window = make_window(db_path)
    inbox = loaded_inbox(window, qtbot)
    waiting, answered = (inbox.model.index(inbox.model.row_of(i)) for i in (1, 2))
    assert "23 h left to reply" in waiting.data(Qt.DisplayRole)  # (an automatic reply answers nothing)
    assert "left" not in answered.data(Qt.DisplayRole)
    clock.advance(22 * 3600 + 30 * 60)
    assert "30 min left to reply" in waiting.data(Qt.DisplayRole)

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    inbox.list_view.viewport().installEventFilter(paints)
    inbox.list_tick.setInterval(20)
    qtbot.waitUntil(lambda: Paints.count >= 2)  # the rows are painted again by themselves
    clock.advance(3600)
    assert "left" not in waiting.data(Qt.DisplayRole)  # past 24 hours: a tagged reply, no countdown
    inbox.list_view.viewport().removeEventFilter(paints)
