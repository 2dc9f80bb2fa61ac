"""Settings → Channels: connect the Facebook Page (Page ID, token in the keyring), how often it
syncs by itself, when it last did, Sync now."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from db import graph
from desktop.operations import Area, changes
from desktop.context import AppContext
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


SYNC_CHOICES = (1, 5, 15, 30, 60)


class ChannelsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Channels"), self.tr(
            "Connect your Facebook Page to bring its Messenger conversations in and send replies out. "
            "The Page access token is kept in this computer's password store (keyring)."), parent)
        self.ctx = ctx
        ctx.page_sync.finished.connect(self._synced)
        ctx.page_sync.started.connect(lambda: self.status.setText(self.tr("Syncing…")))
        form = QFormLayout()
        self.page_id = QLineEdit()
        self.page_id.setPlaceholderText("123456789012345")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.Password)
        self.token.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("Page ID"), self.page_id)
        form.addRow(self.tr("Page access token"), self.token)
        self.every = QComboBox()
        self.every.addItem(self.tr("only when I press Sync now"), 0)
        for minutes in SYNC_CHOICES:
            self.every.addItem(self.tr("every %n minute(s)", "", minutes), minutes)
        self.every.setAccessibleName(self.tr("Sync by itself"))
        current = self.ctx.page_sync.minutes()
        if self.every.findData(current) < 0:
            self.every.addItem(self.tr("every %n minute(s)", "", current), current)
        self.every.setCurrentIndex(self.every.findData(current))
        self.every.currentIndexChanged.connect(lambda _i: self._save_minutes(self.every.currentData()))
        self.every.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        form.addRow(self.tr("Sync by itself"), self.every)
        self.last = label("", "note")
        form.addRow(self.tr("Last synced"), self.last)
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
        self._build_conversions()
        self.finish()
        connection = graph.PageConnection.load()
        if connection:
            self.page_id.setText(connection.page_id)
        self.sync_button.setEnabled(connection is not None)
        self._show_last()

    # --- stages back to Meta (the Conversions API for CRM) ------------------------------
    def _build_conversions(self) -> None:
        from db import conversions

        box = QGroupBox(self.tr("Stages back to Meta (Conversions API)"))
        layout = QVBoxLayout(box)
        layout.addWidget(label(self.tr(
            "Each stage a lead from a Meta form reaches is sent to the dataset you connect here, so that "
            "Meta's ads find more people like the ones who became customers. Events Manager gives the "
            "dataset ID and its access token; the token is kept in the keyring."), "note"))
        form = QFormLayout()
        self.dataset = QLineEdit(conversions.dataset() or "")
        self.dataset.setPlaceholderText("1234567890123456")
        self.dataset_token = QLineEdit()
        self.dataset_token.setEchoMode(QLineEdit.Password)
        self.dataset_token.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("Dataset ID"), self.dataset)
        form.addRow(self.tr("Dataset access token"), self.dataset_token)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.events_status = label("", "note")
        row.addWidget(self.events_status, 1)
        self.dataset_button = QPushButton(self.tr("Save dataset"))
        self.dataset_button.clicked.connect(self.save_dataset)
        row.addWidget(self.dataset_button)
        layout.addLayout(row)
        self.body.addWidget(box)
        self.ctx.page_sync.finished.connect(lambda _r: self.show_events())
        self.show_events()

    def show_events(self) -> None:
        """What was sent and what failed, read on the worker."""
        from db import conversions

        def shown(state) -> None:
            if not conversions.dataset() and not (state.waiting or state.sent or state.failed):
                self.events_status.setText(self.tr("No dataset connected: nothing is sent."))
                return
            text = self.tr("%1 waiting, %2 sent, %3 failed.").replace("%1", str(state.waiting)).replace(
                "%2", str(state.sent)).replace("%3", str(state.failed))
            if state.last_error:
                text += " " + self.tr("Last refusal: %1").replace("%1", state.last_error)
            self.events_status.setText(text)

        self.ctx.tasks.run(conversions.queue_state, shown)

    def save_dataset(self) -> bool:
        from db import conversions

        dataset_id, token = self.dataset.text().strip(), self.dataset_token.text().strip()
        if dataset_id and not dataset_id.isdigit():
            self.events_status.setText(self.tr("The dataset ID is the number Events Manager shows for it."))
            return False
        try:
            if dataset_id and token:
                conversions.store_token(dataset_id, token)
        except graph.GraphError as exc:
            self.events_status.setText(describe(exc))
            return False
        self.dataset_token.clear()
        self.ctx.ops.run(lambda: conversions.connect(dataset_id or None), changes=changes(Area.CHANNELS),
                         on_done=lambda _r: self.show_events(),
                         on_error=lambda exc: self.events_status.setText(describe(exc)))
        return True

    def _show_last(self) -> None:
        from desktop.widgets.timefmt import full
        last = self.ctx.page_sync.last_success()
        self.last.setText(full(last) if last else self.tr("never"))

    def _save_minutes(self, minutes: int) -> None:
        from db import settings
        sync = self.ctx.page_sync
        self.ctx.ops.run(lambda: settings.put("graph.sync_minutes", minutes), changes=changes(Area.SETTINGS),
                         on_done=lambda _r: sync._schedule())

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
            self.status.setText(self.tr("Connected. New messages come in by themselves, and when you press "
                                        "Sync now."))

        now = self.ctx.now()
        self.ctx.ops.run(lambda: connection.save(now), changes=changes(Area.CHANNELS), on_done=saved,
                         on_error=lambda exc: self.status.setText(describe(exc)))
        return True

    def sync_now(self) -> None:
        from desktop.channels import client_for
        if client_for() is None:
            self.status.setText(self.tr("Connect the Page first (Page ID and token)."))
            return
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        self.ctx.page_sync.sync_now()  # (one already running tells this page when it ends)

    def _synced(self, result) -> None:
        self.sync_button.setEnabled(True)
        self._show_last()
        if isinstance(result, BaseException):
            self.status.setText(describe(result))
            return
        text = ""
        if result.new_messages or result.stopped_by is None:
            text = self.tr("%n new message(s).", "", result.new_messages)
        if result.new_comments:
            text += " " + self.tr("%n new comment(s) on the Page's posts.", "", result.new_comments)
        if result.new_leads or result.merged_leads:
            text += " " + self.tr("%n new lead(s) from the Page's forms.", "", result.new_leads)
        if result.stopped_by is not None:
            text += " " + describe(result.stopped_by)
            delay = self.ctx.page_sync.next_delay_ms()
            if delay is not None and result.stopped_by.transient:
                text += " " + self.tr("Next try in %n minute(s).", "", delay // 60_000)
        self.status.setText(text.strip())
