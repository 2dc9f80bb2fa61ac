"""Edit → Find duplicate contacts: the groups, the preview, the merge, and Undo."""
from PySide6.QtCore import Qt

from db.database import database
from tests.conftest import NOW

HOSTILE = '<img src="file:///etc/hostname"> & <b>Ada</b>'


def add(sql, params=()):
    return database.execute_sql(sql, params).lastrowid


def test_a_customer_who_wrote_and_filled_a_form_is_merged_with_a_preview_and_undo(db_path, make_window, qtbot):
    messenger = add("INSERT INTO contact(first_name, last_name, external_id, created_at) VALUES (?, 'Rossi', 'psid:1', 0)",
                    (HOSTILE,))
    form = add("INSERT INTO contact(first_name, last_name, email, city, created_at) VALUES (?, 'Rossi', 'ada@x.example',"
               " 'Milano', 0)", (HOSTILE,))
    other = add("INSERT INTO contact(first_name, last_name, city, created_at) VALUES ('Bo', 'Bianchi', 'Roma', 0)")
    conv = add("INSERT INTO conversation(contact_id, last_message_at, snippet, created_at) VALUES (?, ?, 'Ciao', 0)",
               (messenger, NOW))
    add("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', 'Ciao', ?)", (conv, NOW))
    lead = add("INSERT INTO lead(contact_id, source, created_at, stage_changed_at) VALUES (?, 'form', 0, 0)", (form,))
    add("INSERT INTO contact(first_name, last_name, email, created_at) VALUES ('Bo', 'Bianchi', 'bo@x.example', 0)")
    window = make_window(db_path)
    dialog = window.open_duplicates()
    qtbot.waitUntil(lambda: dialog.groups.count() == 2 and dialog.preview is not None)  # Ada twice; Bo twice
    row = next(i for i in range(dialog.groups.count()) if messenger in dialog.groups.item(i).data(Qt.UserRole))
    ada = dialog.groups.item(row)
    assert HOSTILE in ada.text() and "same name, nothing different" in ada.text()
    if dialog.groups.currentRow() != row:
        with qtbot.waitSignal(dialog.preview_shown):
            dialog.groups.setCurrentRow(row)
    assert dialog.merge_button.isEnabled()
    texts = [w.text() for w in dialog.preview_box.findChildren(type(dialog.status))]
    assert any("1 lead" in t for t in texts)  # what moves, said before
    # Keep the one from the form; its e-mail and city stay (nothing differs but the Meta id).
    dialog.keep_group.button(form).setChecked(True)
    assert dialog.keep_group.button(form).text().startswith("<img")  # plain: no accelerator eaten, no markup
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        dialog.merge_button.click()
    people = database.execute_sql("SELECT id, email, city, external_id FROM contact WHERE last_name = 'Rossi'").fetchall()
    assert people == [(form, "ada@x.example", "Milano", "psid:1")]
    assert database.execute_sql("SELECT contact_id FROM conversation WHERE id = ?", (conv,)).fetchone()[0] == form
    assert database.execute_sql("SELECT contact_id FROM lead WHERE id = ?", (lead,)).fetchone()[0] == form
    qtbot.waitUntil(lambda: window._toast is not None and window._toast.can_undo)
    window.undo()
    qtbot.waitUntil(lambda: database.execute_sql("SELECT count(*) FROM contact WHERE last_name = 'Rossi'").fetchone()[0] == 2)
    assert database.execute_sql("SELECT contact_id FROM conversation WHERE id = ?", (conv,)).fetchone()[0] == messenger
    assert other


def test_no_duplicates_says_so(db_path, make_window, qtbot):
    add("INSERT INTO contact(first_name, last_name, created_at) VALUES ('Ada', 'Rossi', 0)")
    window = make_window(db_path)
    dialog = window.open_duplicates()
    qtbot.waitSignal(dialog.loaded)
    qtbot.waitUntil(lambda: "No duplicates" in dialog.status.text())
    assert dialog.groups.count() == 0 and not dialog.merge_button.isEnabled()
