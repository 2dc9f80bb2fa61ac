"""Compose an e-mail to leads, personalised, sent on the worker with a result per recipient."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLineEdit, QListWidget, QProgressBar, QPushButton, QVBoxLayout,
)

from db import mail
from db import replies
from desktop.operations import Area, changes
from desktop.tasks import CancelToken
from desktop.widgets.errors import describe
from desktop.widgets.field_editor import TemplateEditor
from desktop.widgets.text import plain_label, set_window_title


class EmailDialog(QDialog):
    sent = Signal(list)  # outcomes

    def __init__(self, ctx, lead_ids: list[int], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recipients, self.without = mail.recipients_for_leads(lead_ids)
        self.outcomes: list[mail.Outcome] | None = None
        self.token: CancelToken | None = None
        set_window_title(self, self.tr("E-mail %n lead(s)", "", len(self.recipients)))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        to = plain_label(self.tr("To: %1").replace("%1", ", ".join(r.name or r.email for r in self.recipients[:6])
                                                   + (" …" if len(self.recipients) > 6 else "")))
        to.setTextFormat(Qt.PlainText)
        to.setWordWrap(True)
        layout.addWidget(to)
        if self.without:
            missing = plain_label(self.tr("%n lead(s) without an e-mail address will be left out.", "", len(self.without)))
            missing.setObjectName("muted")
            layout.addWidget(missing)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.subject.setAccessibleName(self.tr("Subject"))
        layout.addWidget(self.subject)
        sample = self.recipients[0] if self.recipients else None
        first, _, last = (sample.name if sample else "Maria Rossi").partition(" ")
        member = replies.personalization(None, ctx.member_id)
        self.editor = TemplateEditor(limit=None, sample=replies.Personalization(
            first, last, member.agent_first_name, member.agent_last_name, member.website))
        self.editor.edit.setMaximumHeight(220)
        layout.addWidget(self.editor, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = plain_label()
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.hide()
        layout.addWidget(self.results)
        row = QHBoxLayout()
        row.addStretch(1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        self.send_button.setEnabled(bool(self.recipients))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self._close)
        row.addWidget(self.send_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        if not mail.smtp_settings().configured:
            self.status.setText(self.tr("Set up the e-mail server in Settings → E-mail before sending."))
            self.send_button.setEnabled(False)

    def send(self) -> None:
        subject, body = self.subject.text(), self.editor.text()
        recipients, member, now = list(self.recipients), self.ctx.member_id, self.ctx.now()
        token = CancelToken()
        self.token = token
        self.send_button.setEnabled(False)
        self.progress.setRange(0, len(recipients))
        self.progress.show()
        self.status.setText(self.tr("Sending…"))
        self._done = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.progress.setValue(self._done))
        self._timer.start(100)

        def progress(done: int, _total: int) -> None:
            self._done = done

        # SMTP on the network worker; what was sent is recorded by an operation afterwards.
        self._member, self._now = member, now
        self.ctx.net.run(lambda: mail.send(recipients, subject, body, member, now, progress=progress,
                                           cancelled=lambda: token.cancelled, record=False),
                         self._finished, self._failed)

    def _finished(self, outcomes) -> None:
        self._timer.stop()
        self.token = None
        self.outcomes = outcomes
        self.progress.setValue(self.progress.maximum())
        ok = [o for o in outcomes if o.sent]
        failed = [o for o in outcomes if not o.sent]
        self.status.setText(self.tr("Sent %1 of %2.").replace("%1", str(len(ok))).replace("%2", str(len(outcomes))))
        self.results.clear()
        for o in failed:
            self.results.addItem(f"{o.recipient.name} <{o.recipient.email}>: {o.error}")
        self.results.setVisible(bool(failed))
        member, now = self._member, self._now
        self.ctx.ops.run(lambda: mail.record_sent(outcomes, member, now), changes=changes(Area.INBOX),
                         on_done=lambda _n: self.sent.emit(outcomes))

    def _failed(self, exc) -> None:
        self._timer.stop()
        self.token = None
        self.progress.hide()
        self.send_button.setEnabled(True)
        self.status.setText(describe(exc))
        self.sent.emit([])

    def _close(self) -> None:
        if self.token is not None:
            self.token.cancel()
        self.reject()
