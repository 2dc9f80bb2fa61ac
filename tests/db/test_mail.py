
import pytest

from db import leads, mail
from db.database import database
from db.mail import MailError, SmtpSettings

NOW = 1_780_000_000


@pytest.fixture
def shop(any_db, smtp_server):
    from db.models import TeamMember

    assert TeamMember.insert(first_name="Giulia", last_name="Rossi").execute() == 1
    mail.save_smtp_settings(SmtpSettings("127.0.0.1", smtp_server.port, "none", "giulia", "info@dagino.example",
                                         "Pizzeria Da Gino"))
    mail.store_password("giulia", "segreta")
    ada = leads.new_lead("Ada", "Neri", "ada@example.com", "", 1, NOW)
    bo = leads.new_lead("Bo", "Refuse", "refuse@example.com", "", 1, NOW)
    nomail = leads.new_lead("Cy", "Phone", "", "+393331234567", 1, NOW)
    return dict(server=smtp_server, ada=ada, bo=bo, nomail=nomail)


def test_personalised_mail_reaches_the_server_and_the_history(shop):
    with_mail, without = mail.recipients_for_leads([shop["ada"], shop["bo"], shop["nomail"]])
    assert [r.name for r in without] == ["Cy Phone"]
    outcomes = mail.send(with_mail, "Novità per {first_name}", "Ciao {first_name}, sono {agent_first_name}.", 1, NOW)
    assert [(o.recipient.email, o.sent) for o in outcomes] == [("ada@example.com", True), ("refuse@example.com", False)]
    assert "550" in outcomes[1].error
    [(sender, to, content)] = shop["server"].messages
    assert sender == "info@dagino.example" and to == ["ada@example.com"]
    import email
    parsed = email.message_from_string(content, policy=email.policy.default)
    assert parsed["Subject"] == "Novità per Ada"
    assert "Ciao Ada, sono Giulia." in content
    # The history shows the one that went, not the one that was refused.
    rows = database.execute_sql("SELECT ct.first_name, m.text FROM message m JOIN conversation c ON c.id = m.conversation_id"
                                " JOIN contact ct ON ct.id = c.contact_id WHERE c.channel = 'email'").fetchall()
    assert rows == [("Ada", "Novità per Ada\n\nCiao Ada, sono Giulia.")]


def test_wrong_password_is_a_clear_error_and_nothing_is_recorded(shop):
    mail.store_password("giulia", "sbagliata")
    with_mail, _ = mail.recipients_for_leads([shop["ada"]])
    with pytest.raises(MailError, match="refused the user name or password"):
        mail.send(with_mail, "Hi", "Body", 1, NOW)
    assert shop["server"].messages == []
    assert database.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 0


def test_unreachable_server_and_missing_settings(shop):
    mail.save_smtp_settings(SmtpSettings("127.0.0.1", 1, "none", "", "info@dagino.example"))
    with_mail, _ = mail.recipients_for_leads([shop["ada"]])
    with pytest.raises(MailError, match="Cannot reach"):
        mail.send(with_mail, "Hi", "Body", 1, NOW, timeout=2)
    with pytest.raises(MailError, match="server's name"):
        mail.save_smtp_settings(SmtpSettings("", 25, "none", "", "a@b.example"))


def test_the_password_lives_only_in_the_keyring(shop, memory_keyring, any_db):
    assert memory_keyring.secrets[(mail.KEYRING_SERVICE, "giulia")] == "segreta"
    settings = database.execute_sql("SELECT key, value FROM setting").fetchall()
    assert settings and not any("segreta" in str(value) for _key, value in settings)
    if isinstance(any_db, str):
        return  # a server's files are its own; what it holds is its tables
    db_path = any_db
    database.close()
    assert b"segreta" not in db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or b"segreta" not in wal.read_bytes()


def test_no_keyring_is_a_clear_message(db_path, monkeypatch):
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(MailError, match="no password store"):
        mail.store_password("giulia", "x")
