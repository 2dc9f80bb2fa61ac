import csv

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from desktop.operations import Area, changes
from db import leads as db_leads
from db import mail
from db.database import database
from desktop.leads.board import LeadModel, LeadTableModel, lead_mime
from tests.conftest import NOW
from tests.helpers import drag_and_drop, finished, sql, written


@pytest.fixture
def board(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.show_view("leads")
    view.set_mode(0)
    return window, view


def test_columns_show_each_stage_with_counts(board):
    _, view = board
    counts = db_leads.counts()
    for stage, column in view.columns.items():
        assert column.lead_model.rowCount() == counts[stage]
        assert view.column_titles[stage].text().endswith(f"· {counts[stage]}")


def test_dragging_a_card_to_another_column_changes_its_stage(board, qtbot):
    window, view = board
    source = view.columns["neutral"]
    lead_id = source.lead_model.id_at(0)
    target = view.columns["contacted"]
    before = target.lead_model.rowCount()
    assert drag_and_drop(target.viewport(), target.viewport().rect().center(), lead_mime([lead_id]))
    assert db_leads.lead_rows([lead_id])[lead_id].stage == "contacted"
    history = sql("SELECT from_stage, to_stage, member_id FROM lead_stage_change WHERE lead_id = ?"
                  " ORDER BY id DESC LIMIT 1", (lead_id,))[0]
    assert history == ("neutral", "contacted", window.ctx.member_id)
    assert target.lead_model.rowCount() == before + 1
    assert lead_id in target.card_delegate.flash  # the short animation runs
    qtbot.waitUntil(lambda: lead_id not in target.card_delegate.flash, timeout=3000)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert db_leads.lead_rows([lead_id])[lead_id].stage == "neutral"


def test_keyboard_moves_the_selected_card(board, qtbot):
    _, view = board
    column = view.columns["interested"]
    column.setFocus()
    column.setCurrentIndex(column.lead_model.index(0))
    lead_id = column.lead_model.id_at(0)
    qtbot.keyClick(column, Qt.Key_Right, Qt.ControlModifier)
    assert db_leads.lead_rows([lead_id])[lead_id].stage == "contacted"
    assert view.columns["contacted"].hasFocus()
    qtbot.keyClick(view.columns["contacted"], Qt.Key_Left, Qt.ControlModifier)
    assert db_leads.lead_rows([lead_id])[lead_id].stage == "interested"


def test_filters_and_audiences(board, qtbot, tmp_path):
    window, view = board
    member = window.member_box.itemData(1)
    view.owner_filter.setCurrentIndex(view.owner_filter.findData(member))
    shown = [i for c in view.columns.values() for i in c.lead_model.ids()]
    assert shown and all(db_leads.lead_rows([i])[i].owner_id == member for i in shown)
    view.save_audience("Marco's leads")
    [audience] = [a for a in db_leads.audiences() if a.name == "Marco's leads"]
    assert db_leads.audience_count(audience) == len(shown)
    view.owner_filter.setCurrentIndex(0)
    view._fill_audiences()
    entry = next(a for a in view.audience_menu.actions() if a.text().startswith("Marco's leads"))
    assert entry.text() == f"Marco's leads ({len(shown)})"
    entry.trigger()
    assert view.owner_filter.currentData() == member
    path = tmp_path / "list.csv"
    assert finished(qtbot, view.export("audience", str(path))) == len(shown)
    assert path.read_text().splitlines()[0] == "email,phone,fn,ln,ct,country"
    view.search.setText("zzzz-nobody")
    assert all(c.lead_model.rowCount() == 0 for c in view.columns.values())


def test_an_audience_keeps_its_date_range(board, qtbot):
    """Applied, an audience forgot the dates it was saved with."""
    from PySide6.QtCore import QDate
    window, view = board
    view.created_from.setDate(QDate(2026, 5, 1))
    view.created_to.setDate(QDate(2026, 5, 20))
    saved_filter = view.current_filter()
    shown = sorted(i for c in view.columns.values() for i in c.lead_model.ids())
    view.save_audience("May")
    [audience] = [a for a in db_leads.audiences() if a.name == "May"]
    for edit in (view.created_from, view.created_to):
        edit.setDate(edit.minimumDate())  # "any date"
    assert len([i for c in view.columns.values() for i in c.lead_model.ids()]) >= len(shown)
    view._fill_audiences()
    next(a for a in view.audience_menu.actions() if a.text().startswith("May")).trigger()
    assert (view.created_from.date(), view.created_to.date()) == (QDate(2026, 5, 1), QDate(2026, 5, 20))
    assert view.current_filter() == saved_filter
    qtbot.waitUntil(lambda: sorted(i for c in view.columns.values() for i in c.lead_model.ids()) == shown)


def test_list_sorts_and_changes_many_at_once(board, qtbot):
    window, view = board
    view.set_mode(1)
    view._sort_by(0)  # by name
    names = [view.table_model.index(r, 0).data() for r in range(view.table_model.rowCount())]
    assert names == sorted(names, key=str.lower)
    view.table.selectRow(0)
    view.table.selectionModel().select(view.table_model.index(1, 0),
                                       QItemSelectionModel.Select | QItemSelectionModel.Rows)
    ids = view.selected_ids()
    assert len(ids) == 2
    menu = view.bulk_menu(ids)
    owner_menu = next(a.menu() for a in menu.actions() if a.text() == "Set owner")
    owner_menu.actions()[2].trigger()
    third = window.member_box.itemData(2)
    assert {db_leads.lead_rows([i])[i].owner_id for i in ids} == {third}
    stage_menu = next(a.menu() for a in menu.actions() if a.text() == "Move to stage")
    stage_menu.actions()[3].trigger()
    assert {db_leads.lead_rows([i])[i].stage for i in ids} == {"converted"}


def test_lead_details_validate_and_save(board, qtbot):
    window, view = board
    lead_id = view.columns["neutral"].lead_model.id_at(0)
    dialog = view.open_lead(lead_id)
    dialog.phone.setText("12")
    assert not dialog.save()
    assert "phone" in dialog.error.text()
    dialog.phone.setText("0039 333 765 4321")
    dialog.email.setText("New.Address@Example.com")
    dialog.stage.setCurrentIndex(dialog.stage.findData("interested"))
    assert dialog.save()
    row = db_leads.lead_rows([lead_id])[lead_id]
    assert (row.phone, row.email, row.stage) == ("+393337654321", "New.Address@example.com", "interested")
    dialog.label_input.setText("Sagra")
    dialog.add_label()
    assert "Sagra" in [n for n, _ in db_leads.lead_rows([lead_id])[lead_id].labels]
    dialog.note_input.setPlainText("Wants a quote for 40 people")
    dialog.add_note()
    assert db_leads.lead_notes(lead_id)[0].text == "Wants a quote for 40 people"
    follow = dialog.add_follow_up()
    follow.text.setText("Send the quote")
    follow.date.setDate(QDate(2026, 5, 20))
    follow.save()
    texts = [dialog.reminders.item(i).text() for i in range(dialog.reminders.count())]
    assert any("Send the quote" in t for t in texts)


def test_new_lead_by_hand(board, qtbot):
    _, view = board
    dialog = view.new_lead()
    dialog.first.setText("Zoe")
    dialog.email.setText("zoe@")
    dialog.save()
    assert "e-mail" in dialog.error.text()
    dialog.email.setText("zoe@example.it")
    dialog.save()
    row = db_leads.lead_rows([dialog.created])[dialog.created]
    assert (row.name, row.stage, row.source) == ("Zoe", "neutral", "manual")
    qtbot.waitUntil(lambda: dialog.created in view.columns["neutral"].lead_model.ids())  # the board reloads in steps


def test_import_dialog_maps_checks_and_imports_with_progress(board, qtbot, tmp_path):
    from tests.db.test_leads import META_ROWS, meta_file
    window, view = board
    bad = META_ROWS + [["l:9", "", "", "", "", "", "", "", "", "", "7", "", "", "", "X", "", ""]]
    path = tmp_path / "leads.csv"
    path.write_bytes(meta_file(bad))
    dialog = view.import_file(str(path))
    # The file is read and checked on the worker: the dialog is there at once, and says so.
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: "2 of 3 rows can be imported" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.checked):
        dialog.set_mapping("quante_persone_siete?", "skip")
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    before = sql("SELECT count(*) FROM lead")[0][0]
    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as done:
        dialog.import_button.click()
    assert done.args[0].created == 2
    assert sql("SELECT count(*) FROM lead")[0][0] == before + 2
    assert "quante_persone_siete?" not in db_leads.details(db_leads.lead_ids(db_leads.LeadFilter(text="ada@"))[0]).answers


def test_import_dialog_asks_what_another_tools_stages_mean(board, qtbot, tmp_path):
    """A CRM's own status words are read as our stages; those it does not know are asked."""
    window, view = board
    path = tmp_path / "crm.csv"
    path.write_text("Name,Email,Lead Status\nAnn Other,ann.other@example.com,Qualified\n"
                    "Ed Sleeper,ed.sleeper@example.com,Sleeping <b>zz</b>\n", encoding="utf-8")
    dialog = view.import_file(str(path))
    qtbot.waitUntil(dialog.import_button.isEnabled)  # nothing rejected for its stage
    assert dialog.stage_table.isVisibleTo(dialog) and dialog.stage_values == ["Qualified", "Sleeping <b>zz</b>"]
    assert dialog.stage_map() == {"Qualified": "interested", "Sleeping <b>zz</b>": ""}  # unknown: kept, asked
    assert dialog.stage_table.cellWidget(1, 0).textFormat() == Qt.PlainText
    with qtbot.waitSignal(dialog.checked):
        dialog.set_stage("Sleeping <b>zz</b>", "contacted")
    qtbot.waitUntil(dialog.import_button.isEnabled)
    dialog.grab().save(str(tmp_path / "import_stages.png"))
    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as done:
        dialog.import_button.click()
    assert done.args[0].created == 2 and done.args[0].left == ()
    stages = {db_leads.details(i).first_name: db_leads.details(i).row.stage
              for i in db_leads.lead_ids(db_leads.LeadFilter(text="example.com")) if db_leads.details(i).first_name
              in ("Ann", "Ed")}
    assert stages == {"Ann": "interested", "Ed": "contacted"}


def test_import_can_be_cancelled_and_leaves_nothing(board, qtbot, tmp_path):
    from tests.db.test_leads import meta_file
    _, view = board
    rows = [[f"l:{i}", "", "", "", "", "", "", "", "", "", "0", "", "", "", f"Person {i}",
             f"p{i}@example.com", ""] for i in range(3000)]
    from tests.db.test_leads import META_HEADER
    path = tmp_path / "many.csv"
    path.write_bytes(meta_file(rows, header=META_HEADER))
    dialog = view.import_file(str(path))
    qtbot.waitUntil(dialog.import_button.isEnabled)
    before = sql("SELECT count(*) FROM lead")[0][0]
    dialog.start()
    dialog.cancel()
    with qtbot.waitSignal(dialog.finished_import, timeout=20000) as done:
        pass
    assert done.args[0] is None and "cancelled" in dialog.summary.text()
    assert sql("SELECT count(*) FROM lead")[0][0] == before


def test_exports_from_the_window(board, tmp_path, qtbot):
    _, view = board
    path = tmp_path / "all.csv"
    count = finished(qtbot, view.export("csv", str(path)))
    with open(path, encoding="utf-8") as f:
        assert len(list(csv.reader(f))) == count + 1
    vcf = tmp_path / "x.vcf"
    view.set_mode(1)
    view.table.selectRow(0)
    assert finished(qtbot, view.export("vcf", str(vcf))) == 1
    assert vcf.read_text().startswith("BEGIN:VCARD")


def test_email_to_leads_reports_each_recipient(board, qtbot, smtp_server):
    window, view = board
    written(lambda: mail.save_smtp_settings(mail.SmtpSettings("127.0.0.1", smtp_server.port, "none", "",
                                                              "info@dagino.example")))
    good, bad, none = written(lambda: (db_leads.new_lead("Ada", "Neri", "ada@example.com", "", 1, NOW),
                                       db_leads.new_lead("Bo", "X", "refuse@example.com", "", 1, NOW),
                                       db_leads.new_lead("Cy", "Z", "", "+393331234567", 1, NOW)))
    dialog = view.compose_email([good, bad, none])
    assert "1 lead without an e-mail address" in "".join(
        w.text() for w in dialog.findChildren(type(dialog.status)))
    dialog.subject.setText("Menu d'autunno")
    dialog.editor.set_text("Ciao {first_name}!")
    with qtbot.waitSignal(dialog.sent, timeout=10000):
        dialog.send_button.click()
    assert dialog.status.text() == "Sent 1 of 2."
    assert "refuse@example.com" in dialog.results.item(0).text()
    assert len(smtp_server.messages) == 1 and "Ciao Ada!" in smtp_server.messages[0][2]


def test_models_pass_the_model_tester(demo_db, qtmodeltester, clock):
    model = LeadModel()
    model.set_ids(db_leads.lead_ids())
    qtmodeltester.check(model)
    table = LeadTableModel(clock)
    table.set_ids(db_leads.lead_ids())
    qtmodeltester.check(table)


def test_five_thousand_leads_stay_lazy(db_path, make_window, qtbot):
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    conn = database.connection()
    conn.executemany("INSERT INTO contact(id, first_name, last_name, created_at) VALUES (?, 'Lead', ?, 0)",
                     [(i, str(i)) for i in range(1, 5001)])
    conn.executemany("INSERT INTO lead(contact_id, stage, created_at, stage_changed_at) VALUES (?, ?, 0, ?)",
                     [(i, ("neutral", "interested", "contacted", "converted")[i % 4], i) for i in range(1, 5001)])
    window = make_window(db_path)
    view = window.show_view("leads")
    fetched = []
    for column in view.columns.values():
        original = column.lead_model._fetch_rows
        column.lead_model._fetch_rows = lambda ids, o=original: fetched.append(len(ids)) or o(ids)
        column.lead_model.invalidate()
    window.grab()
    assert sum(c.lead_model.rowCount() for c in view.columns.values()) == 5000
    assert sum(fetched) <= 4 * 100  # only the visible block of each column was read


def test_a_board_built_in_steps_shows_what_a_direct_build_shows(demo_db, make_window, qtbot):
    from desktop.leads.view import LeadsView
    window = make_window(demo_db)
    staged = LeadsView(window.ctx, staged=True)
    qtbot.addWidget(staged)
    assert not staged.is_built
    steps = []

    def built() -> bool:  # a step per turn of the event loop, as the window builds it ahead
        if staged.build_step():
            steps.append(1)
            return False
        return True

    qtbot.waitUntil(built)
    assert len(steps) > 4  # a step at a time, not one long build
    direct = LeadsView(window.ctx)
    qtbot.addWidget(direct)
    assert [t.text() for t in staged.column_titles.values()] == [t.text() for t in direct.column_titles.values()]
    assert staged.columns["neutral"].lead_model.ids() == direct.columns["neutral"].lead_model.ids()


def test_a_lead_added_while_the_board_is_half_built_is_on_it(demo_db, make_window, qtbot, clock):
    from desktop.leads.view import LeadsView
    window = make_window(demo_db)
    view = LeadsView(window.ctx, staged=True)
    qtbot.addWidget(view)
    # Build until the first column has read its leads, then add one to that column.

    def first_column_read() -> bool:  # (the board's ids are read on the worker meanwhile)
        assert view.build_step()
        return view.columns["neutral"].lead_model.rowCount() > 0 if getattr(view, "columns", None) else False

    qtbot.waitUntil(first_column_read)
    before = view.columns["neutral"].lead_model.rowCount()
    lead_id = written(lambda: db_leads.new_lead("Zeno", "Half", "zeno@example.com", "", window.ctx.member_id, clock()))
    window.ctx.changed.emit(changes("leads"))
    view.finish_build()
    assert view.columns["neutral"].lead_model.rowCount() == before + 1
    assert lead_id in view.columns["neutral"].lead_model.ids()
    assert view.column_titles["neutral"].text().endswith(f"· {before + 1}")


def test_a_card_shows_what_changed_on_its_lead_and_the_passing_days(board, qtbot, clock):
    """Cards are repainted from pictures kept while they show the same thing: a rename, a
    label or a day more in the stage is drawn anew."""
    from db.clock import DAY

    window, view = board
    column = view.columns["neutral"]
    lead_id = column.lead_model.id_at(0)

    def card():
        rect = column.visualRect(column.lead_model.index(0, 0))
        return column.viewport().grab(rect).toImage()

    first = card()
    assert card() == first  # the same card, the same picture
    row = db_leads.lead_rows([lead_id])[lead_id]
    city = db_leads.details(lead_id).city
    written(lambda: db_leads.update_contact(lead_id, first_name="Zoe", last_name="Renamed", email=row.email, phone="",
                                            city=city))
    window.ctx.changed.emit(changes("leads"))
    qtbot.waitUntil(lambda: column.lead_model.row(0) is not None and column.lead_model.row(0).name == "Zoe Renamed")
    renamed = card()
    assert renamed != first
    clock.advance(3 * DAY)
    column.viewport().update()
    assert card() != renamed  # "n days in stage" moved on


def test_stars_lost_and_value_from_the_board_each_undoable(board, qtbot):
    """Keys 0-3 star a card (starred first in its column); Mark lost asks why and takes the
    card off the board, the Lost filter shows it and Restore puts it back where it was; a
    value typed as the locale writes it sums at the column's head."""
    from db import pipeline
    window, view = board
    column = view.columns["neutral"]
    last = column.lead_model.rowCount() - 1
    lead_id = column.lead_model.id_at(last)
    column.setFocus()
    column.setCurrentIndex(column.lead_model.index(last))
    qtbot.keyClick(column, Qt.Key_3)
    qtbot.waitUntil(lambda: column.lead_model.id_at(0) == lead_id)  # starred first
    assert db_leads.lead_rows([lead_id])[lead_id].priority == 3
    row = column.lead_model.index(0).data(Qt.AccessibleTextRole)
    assert "3 stars" in row
    window.undo()
    qtbot.waitUntil(lambda: db_leads.lead_rows([lead_id])[lead_id].priority == 0)
    # A value, typed as it is written here (the test's locale: C, "1250.50"), summed at the head.
    from desktop.widgets.money import money
    view.set_value(lead_id, "1250.50")
    head = pipeline.column_heads(view.current_filter(with_stage=False), NOW)["neutral"].value_cents
    assert head >= 125050
    qtbot.waitUntil(lambda: money(head, "EUR") in view.column_hints["neutral"].text())
    view.set_value(lead_id, "twelve")  # said back, nothing kept
    assert db_leads.lead_rows([lead_id])[lead_id].value_cents == 125050
    # Lost, with a reason from the list or a new one.
    dialog = view.mark_lost_dialog([lead_id])
    assert dialog.comboBoxItems() == pipeline.lost_reasons()  # the business's own list (the demo's Italian)
    dialog.setTextValue("Chose <b>the bakery</b>")
    dialog.accept()
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) < 0)
    assert "Chose <b>the bakery</b>" in pipeline.lost_reasons()  # the list learns it
    view.lost_button.click()
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) >= 0)
    assert "lost: Chose <b>the bakery</b>" in column.lead_model.index(column.lead_model.row_of(lead_id)).data(
        Qt.AccessibleTextRole)
    column.setCurrentIndex(column.lead_model.index(column.lead_model.row_of(lead_id)))
    menu = view.card_menu([lead_id])
    restore = next(a for a in menu.actions() if a.text() == "Restore to the board")
    restore.trigger()
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) < 0)  # back on the board, off the Lost list
    view.lost_button.click()
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) >= 0)
    assert db_leads.lead_rows([lead_id])[lead_id].stage == "neutral"


def test_lost_the_lost_filter_and_the_value_have_keys_of_their_own(board, qtbot):
    """Ctrl+L marks the selected card lost (asking why) and, in the Lost filter, restores it;
    Ctrl+Shift+L shows and hides the lost leads; Ctrl+Shift+V asks the card's value."""
    from PySide6.QtWidgets import QInputDialog
    window, view = board
    column = view.columns["neutral"]
    lead_id = column.lead_model.id_at(0)
    column.setFocus()
    column.setCurrentIndex(column.lead_model.index(0))
    qtbot.keyClick(column, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    value = next(w for w in view.findChildren(QInputDialog) if w.isVisible())
    assert value.windowTitle() == "Expected value"
    value.setTextValue("80")
    value.accept()
    qtbot.waitUntil(lambda: db_leads.lead_rows([lead_id])[lead_id].value_cents == 8000)
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) >= 0 and not window.ctx.ops.pending)
    window.activateWindow()  # (the dialog gone, the window has the keyboard again)
    qtbot.waitUntil(window.isActiveWindow)
    column.setFocus()
    column.setCurrentIndex(column.lead_model.index(column.lead_model.row_of(lead_id)))
    qtbot.keyClick(column, Qt.Key_L, Qt.ControlModifier)
    why = next(w for w in view.findChildren(QInputDialog) if w.isVisible() and w.windowTitle() == "Mark lost")
    why.setTextValue("No answer")
    why.accept()
    qtbot.waitUntil(lambda: db_leads.lead_rows([lead_id])[lead_id].lost_reason == "No answer")
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) < 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    column.setFocus()
    qtbot.keyClick(column, Qt.Key_L, Qt.ControlModifier | Qt.ShiftModifier)
    assert view.lost_button.isChecked()
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) >= 0)
    column.setFocus()
    column.setCurrentIndex(column.lead_model.index(column.lead_model.row_of(lead_id)))
    qtbot.keyClick(column, Qt.Key_L, Qt.ControlModifier)  # restore
    qtbot.waitUntil(lambda: db_leads.lead_rows([lead_id])[lead_id].lost_at is None)
    qtbot.keyClick(column, Qt.Key_L, Qt.ControlModifier | Qt.ShiftModifier)
    assert not view.lost_button.isChecked()
    qtbot.waitUntil(lambda: column.lead_model.row_of(lead_id) >= 0)
    assert "Ctrl+Shift+L" in view.lost_button.toolTip()


def test_a_card_leads_to_its_persons_conversation(board, qtbot):
    window, view = board
    lead_id = next(lid for lid in db_leads.lead_ids() if sql(
        "SELECT 1 FROM conversation c JOIN lead l ON l.contact_id = c.contact_id WHERE l.id = ?", (lid,)))
    menu = view.card_menu([lead_id])
    inbox = window.view("inbox")
    action = next(a for a in menu.actions() if a.text() == "Open the conversation")
    action.trigger()
    contact = db_leads.lead_rows([lead_id])[lead_id].contact_id
    qtbot.waitUntil(lambda: window.current_view_key() == "inbox" and inbox.open_conversation_id is not None)
    assert inbox.contact_panel.contact_id == contact


def test_quick_create_at_the_head_of_a_column(board, qtbot):
    window, view = board
    field = view.quick_adds["contacted"]
    column = view.columns["contacted"]
    before = column.lead_model.rowCount()
    qtbot.keyClicks(field, "Solo Nome")
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.text() == "Solo Nome"  # no phone or e-mail: said, and the text stays
    qtbot.waitUntil(lambda: window._toast is not None and "phone" in window._toast.label.text())
    field.clear()
    qtbot.keyClicks(field, "Ada Nuova 333 123 4567")
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.text() == ""
    qtbot.waitUntil(lambda: column.lead_model.rowCount() == before + 1)
    lead_id = db_leads.lead_ids(db_leads.LeadFilter(text="Ada Nuova"))[0]
    row = db_leads.lead_rows([lead_id])[lead_id]
    assert (row.stage, row.phone, row.name) == ("contacted", "+393331234567", "Ada Nuova")
    qtbot.waitUntil(lambda: window._toast is not None and window._toast.can_undo)
    window.undo()
    qtbot.waitUntil(lambda: column.lead_model.rowCount() == before)
    assert not db_leads.lead_ids(db_leads.LeadFilter(text="Ada Nuova"))
    assert not database.execute_sql("SELECT 1 FROM contact WHERE first_name = 'Ada' AND last_name = 'Nuova'").fetchone()


def test_a_new_lead_from_a_form_counts_down_to_its_first_contact(db_path, make_window, qtbot, clock):
    """Speed to lead: a form's new lead says how long is left to contact it (5 minutes by
    default), then how late it is; it waits in the "new leads" list until a person answers."""
    from db import outbox, pipeline
    contact = database.execute_sql("INSERT INTO contact(first_name, last_name, created_at) VALUES ('Ada', 'Form', 0)"
                                   ).lastrowid
    lead = database.execute_sql("INSERT INTO lead(contact_id, source, created_at, stage_changed_at)"
                                " VALUES (?, 'form', ?, ?)", (contact, NOW - 60, NOW - 60)).lastrowid
    conv = database.execute_sql("INSERT INTO conversation(contact_id, last_message_at, created_at) VALUES (?, ?, 0)",
                                (contact, NOW - 60)).lastrowid
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', 'Info?', ?)",
                         (conv, NOW - 60))
    window = make_window(db_path)
    view = window.show_view("leads")
    view.set_mode(0)
    qtbot.waitUntil(lambda: view.waiting_button.isVisible())
    assert "1 new lead waiting" in view.waiting_button.text()
    column = view.columns["neutral"]
    spoken = column.lead_model.index(0).data(Qt.AccessibleTextRole)
    assert "4 min to contact" in spoken
    clock.advance(10 * 60)
    assert "6 min late" in column.lead_model.index(0).data(Qt.AccessibleTextRole)
    view.waiting_menu.aboutToShow.emit()
    assert [a.text() for a in view.waiting_menu.actions()] == ["Ada Form · ⚡ 6 min late"]
    # A person answers: the lead has had its first contact.
    outbox.send_reply(conv, "Ciao Ada!", None, clock())
    window.ctx.emit_changes(changes(Area.INBOX, conversations=[conv]))
    qtbot.waitUntil(lambda: not view.waiting_button.isVisible())
    assert "contact" not in column.lead_model.index(0).data(Qt.AccessibleTextRole)
    assert pipeline.waiting_new_leads(clock()) == [] and lead
