"""The first run: no database yet, and four ways in."""
from db.sqlite import sqlite3

from PySide6.QtCore import QSettings, Qt

from desktop.__main__ import after_welcome, start_business
from desktop.welcome import Welcome


def test_starting_a_business_makes_its_database_and_its_first_member(tmp_path, qtbot, make_window):
    from desktop.app import create_application
    create_application()  # (as `sportello` does before the welcome: the settings are the app's)
    dialog = Welcome()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons["start"], Qt.LeftButton)
    assert dialog.stack.currentIndex() == 1 and not dialog.isHidden()
    # What cannot be kept is said before any file is made.
    qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
    assert "name" in dialog.problem.text() and dialog.result() == 0
    dialog.business_name.setText("Gino's <b>Pizza</b>")
    dialog.website.setText("ginos.example")
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    assert dialog.currency.text() == "GBP"
    dialog.timezone.setCurrentText("Europe/London")
    qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
    assert "first name" in dialog.problem.text()
    dialog.first_name.setText("Gino")
    dialog.last_name.setText("Esposito")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
    assert dialog.choice == "start"
    path = tmp_path / "mine.db"
    start_business(path, dialog)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT first_name, last_name FROM team_member").fetchall() == [("Gino", "Esposito")]
        assert dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'business.%'").fetchall()) == {
            "business.name": '"Gino\'s <b>Pizza</b>"', "business.website": '"https://ginos.example"',
            "business.country": '"GB"', "business.currency": '"GBP"', "business.timezone": '"Europe/London"'}
    window = make_window(path)
    # The one who started it works here: the team is not empty and the switch says who.
    assert window.member_box.isEnabled() and window.member_box.currentText() == "Gino Esposito"
    assert int(QSettings().value("team/member")) == window.ctx.member_id
    assert window.brand.text() == "Gino's <b>Pizza</b>" and window.brand.textFormat() == Qt.PlainText


def test_the_other_ways_in_are_one_click(qtbot, db_path, make_window):
    for key in ("demo", "import", "connect"):
        dialog = Welcome()
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.buttons[key], Qt.LeftButton)
        assert dialog.choice == key
    window = make_window(db_path)
    after_welcome(window, "connect")
    assert window.current_view_key() == "settings"
    settings = window.view("settings")
    assert settings._pages["channels"].isVisible()
