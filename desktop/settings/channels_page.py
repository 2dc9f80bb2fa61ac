"""Settings → Channels: connect the Facebook Page (Page ID, token in the keyring), sync now."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton

from db import graph
from desktop.operations import Area, changes
from desktop.context import AppContext
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


class ChannelsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Channels"), self.tr(
            "Connect your Facebook Page to bring its Messenger conversations in and send replies out. "
            "The Page access token is kept in this computer's password store (keyring)."), parent)
        self.ctx = ctx
        form = QFormLayout()
        self.page_id = QLineEdit()
        self.page_id.setPlaceholderText("123456789012345")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.Password)
        self.token.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("Page ID"), self.page_id)
        form.addRow(self.tr("Page access token"), self.token)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.status = label("", "note")
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save and connect"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.finish()
        connection = graph.PageConnection.load()
        if connection:
            self.page_id.setText(connection.page_id)
        self.sync_button.setEnabled(connection is not None)

    def save(self) -> bool:
        page_id = self.page_id.text().strip()
        if not page_id.isdigit():
            self.status.setText(self.tr("The Page ID is the number in your Page's About section."))
            return False
        try:
            if self.token.text():
                graph.store_token(page_id, self.token.text().strip())
        except graph.GraphError as exc:
            self.status.setText(describe(exc))
            return False
        old = graph.PageConnection.load()
        connection = graph.PageConnection(page_id, old.base if old else graph.DEFAULT_BASE)
        self.token.clear()

        def saved(_r) -> None:
            self.sync_button.setEnabled(True)
            self.status.setText(self.tr("Connected. New messages are fetched when you press Sync now."))

        now = self.ctx.now()
        self.ctx.ops.run(lambda: connection.save(now), changes=changes(Area.CHANNELS), on_done=saved,
                         on_error=lambda exc: self.status.setText(describe(exc)))
        return True

    def sync_now(self) -> None:
        from desktop.channels import client_for
        client = client_for()
        if client is None:
            self.status.setText(self.tr("Connect the Page first (Page ID and token)."))
            return
        now = self.ctx.now()
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        # On the network worker: the database's work never queues behind Meta's servers
        # (the messages it stores wait for the write lock there, tried again if need be).
        self.ctx.net.run(lambda: graph.sync_all(client, now), self._synced, self._failed, retry_locked=True)

    def _synced(self, result) -> None:
        self.sync_button.setEnabled(True)
        text = self.tr("%n new message(s).", "", result.new_messages)
        if result.new_comments:
            text += " " + self.tr("%n new comment(s) on the Page's posts.", "", result.new_comments)
        if result.new_leads or result.merged_leads:
            text += " " + self.tr("%n new lead(s) from the Page's forms.", "", result.new_leads)
        if result.stopped_by is not None:
            text += " " + describe(result.stopped_by)
        self.status.setText(text)
        self.ctx.changed.emit(changes(Area.INBOX, Area.LEADS))
        from desktop.channels import send_waiting
        send_waiting(self.ctx)  # the automatic replies the new messages called for

    def _failed(self, exc) -> None:
        self.sync_button.setEnabled(True)
        self.status.setText(describe(exc))
