"""Settings → E-mail: the SMTP server; the password goes to the system keyring."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox

from db import mail
from desktop.operations import Area, changes
from desktop.context import AppContext
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


class MailPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("E-mail"), self.tr(
            "The server your business sends e-mail through. The password is kept in this computer's "
            "password store (keyring), never in Sportello's database."), parent)
        self.ctx = ctx
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for key, text in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS"), ("none", self.tr("None (not encrypted)"))):
            self.security.addItem(text, key)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.sender = QLineEdit()
        self.sender.setPlaceholderText("info@example.com")
        self.sender_name = QLineEdit()
        for text, widget in ((self.tr("Server"), self.host), (self.tr("Port"), self.port),
                             (self.tr("Security"), self.security), (self.tr("User name"), self.user),
                             (self.tr("Password"), self.password), (self.tr("From address"), self.sender),
                             (self.tr("From name"), self.sender_name)):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.status = label("", "note")
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.finish()
        self.load()

    def load(self) -> None:
        s = mail.smtp_settings()
        self.host.setText(s.host)
        self.port.setValue(s.port)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.user.setText(s.user)
        self.sender.setText(s.sender)
        self.sender_name.setText(s.sender_name)

    def save(self) -> int | None:
        """The password goes to the keyring here; the settings are stored by an operation."""
        s = mail.SmtpSettings(self.host.text(), self.port.value(), self.security.currentData(), self.user.text(),
                              self.sender.text(), self.sender_name.text())
        try:
            if self.password.text():
                mail.store_password(s.user.strip(), self.password.text())
        except mail.MailError as exc:
            self._say(describe(exc), error=True)
            return None
        self.password.clear()

        return self.ctx.ops.run(lambda: mail.save_smtp_settings(s), changes=changes(Area.SETTINGS),
                                on_done=lambda _r: self._say(self.tr("Saved.")),
                                on_error=lambda exc: self._say(describe(exc), error=True))
