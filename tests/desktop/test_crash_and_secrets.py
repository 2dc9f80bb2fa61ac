import sys

from PySide6.QtWidgets import QApplication, QPushButton

from db import mail
from db.database import database
from desktop.crash import CrashDialog, CrashHandler


def test_an_unexpected_error_shows_a_copyable_report_writes_a_log_and_keeps_data(demo_db, qtbot, tmp_path):
    handler = CrashHandler(tmp_path / "logs")
    handler.install()
    try:
        database.execute_sql("INSERT INTO label(name) VALUES ('saved before the crash')")
        try:
            raise RuntimeError("the oven is on fire")
        except RuntimeError:
            handler.handle(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(handler.dialogs) and handler.dialogs[0].isVisible())
        dialog: CrashDialog = handler.dialogs[0]
        assert "the oven is on fire" in dialog.report.toPlainText()
        assert dialog.report.isReadOnly()
        logs = list((tmp_path / "logs").glob("crash-*.txt"))
        assert len(logs) == 1 and "RuntimeError: the oven is on fire" in logs[0].read_text()
        assert (tmp_path / "logs" / "faulthandler.log").exists()
        buttons = [b for b in dialog.findChildren(QPushButton) if b.text() == "Copy report"]
        buttons[0].click()
        assert "the oven is on fire" in QApplication.clipboard().text()
        assert database.execute_sql("SELECT count(*) FROM label WHERE name = 'saved before the crash'").fetchone()[0] == 1
        assert sys.excepthook == handler.handle
        dialog.close()
    finally:
        handler.uninstall()


def test_secrets_never_reach_the_database_logs_or_exports(demo_db, tmp_path, memory_keyring):
    secret = "s3cr3t-smtp-pa55word"
    mail.save_smtp_settings(mail.SmtpSettings("smtp.example.com", 587, "starttls", "giulia", "info@dagino.example"))
    mail.store_password("giulia", secret)
    assert memory_keyring.get_password(mail.KEYRING_SERVICE, "giulia") == secret
    from db import backup, leads_io, privacy
    backup.backup_to(tmp_path / "b.db")
    with open(tmp_path / "leads.csv", "w", encoding="utf-8", newline="") as out:
        leads_io.export_csv(out)
    contact = database.execute_sql("SELECT id FROM contact LIMIT 1").fetchone()[0]
    with open(tmp_path / "contact.json", "w", encoding="utf-8") as out:
        privacy.export_contact_data(contact, out)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [demo_db, tmp_path / "b.db", tmp_path / "leads.csv", tmp_path / "contact.json"]
    files += [p for p in tmp_path.rglob("*.log")] + [p for p in tmp_path.rglob("crash-*.txt")]
    for path in files:
        assert secret.encode() not in path.read_bytes(), path


def test_messenger_import_from_the_window_with_progress(db_path, make_window, qtbot, tmp_path):
    from tests.db.test_messenger_import import PAGE, message, write_thread
    root = tmp_path / "export"
    write_thread(root, "messages", "inbox", "ada_1", ["Ada", PAGE],
                 [[message("Ada", 1_700_000_000_000 + i, f"messaggio {i}") for i in range(200)]])
    from db import settings
    settings.put("page.name", PAGE)  # one thread alone cannot tell who the Page is; Settings can
    window = make_window(db_path)
    job = window.import_messenger(str(root))
    with qtbot.waitSignal(job.finished, timeout=10000) as done:
        pass
    assert done.args[0].messages_added == 200
    inbox = window.view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    job = window.import_messenger(str(root))
    job.token.cancel()
    with qtbot.waitSignal(job.finished, timeout=10000) as done:
        pass
    assert done.args[0] is None and "cancelled" in job.error


def test_an_export_of_one_thread_asks_which_participant_is_the_page(db_path, make_window, qtbot, tmp_path):
    """It dead-ended on "give it with --page NAME", with nowhere to give it."""
    from db import settings
    from tests.db.test_messenger_import import PAGE, message, write_thread
    root = tmp_path / "export"
    write_thread(root, "messages", "inbox", "ada_1", ["Ada", PAGE],
                 [[message("Ada" if i % 2 else PAGE, 1_700_000_000_000 + i, f"messaggio {i}") for i in range(20)]])
    window = make_window(db_path)
    job = window.import_messenger(str(root))
    qtbot.waitUntil(lambda: job.page_question is not None and job.page_question.isVisible(), timeout=15000)
    assert sorted(job.page_question.comboBoxItems()) == sorted(["Ada", PAGE])
    job.page_question.setTextValue(PAGE)
    with qtbot.waitSignal(job.finished, timeout=15000) as done:
        job.page_question.accept()
    assert done.args[0] is not None and done.args[0].messages_added == 20
    qtbot.waitUntil(lambda: settings.get("page.name") == PAGE)  # not asked again next time
    inbox = window.view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
