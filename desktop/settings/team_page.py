"""Settings → Team: who works here — added, renamed, given a colour, deactivated (their
conversations, leads and open follow-ups handed to someone, with a preview, undoable)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout,
)

from db import team
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


COLOR_NAMES = {  # team.COLORS, in words (a hex code is no colour to a shop owner)
    "#1971C2": QT_TRANSLATE_NOOP("TeamPage", "Blue"), "#2B8A3E": QT_TRANSLATE_NOOP("TeamPage", "Green"),
    "#D9480F": QT_TRANSLATE_NOOP("TeamPage", "Orange"), "#AE3EC9": QT_TRANSLATE_NOOP("TeamPage", "Purple"),
    "#C2255C": QT_TRANSLATE_NOOP("TeamPage", "Raspberry"), "#0C8599": QT_TRANSLATE_NOOP("TeamPage", "Teal"),
    "#5F3DC4": QT_TRANSLATE_NOOP("TeamPage", "Violet"), "#E67700": QT_TRANSLATE_NOOP("TeamPage", "Amber"),
}


def color_name(color: str) -> str:
    name = COLOR_NAMES.get(color.upper())
    return QCoreApplication.translate("TeamPage", name) if name else QCoreApplication.translate(
        "TeamPage", "Own colour")


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TeamPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Team"), self.tr(
            "Everyone who answers customers here. Each chooses who they are on their own computer, at the "
            "bottom right of the window."), parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Team members"))
        self.list.setMaximumHeight(180)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.body.addWidget(self.list)
        form = QFormLayout()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.color = QComboBox()
        for color in team.COLORS:
            self.color.addItem(swatch(color), color_name(color), color)
        for text, widget in ((self.tr("First name"), self.first_name), (self.tr("Last name"), self.last_name),
                             (self.tr("Colour"), self.color)):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.status = label("", "note")
        row.addWidget(self.status, 1)
        self.add_button = QPushButton(self.tr("Add to the team"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        self.body.addLayout(row)

        leaving = QGroupBox(self.tr("Leaving the team"))
        leaving_layout = QVBoxLayout(leaving)
        hand = QHBoxLayout()
        hand.addWidget(label(self.tr("Hand their work to"), wrap=False))
        self.successor = QComboBox()
        self.successor.setAccessibleName(self.tr("Hand their work to"))
        self.successor.currentIndexChanged.connect(lambda _i: self._preview())
        hand.addWidget(self.successor, 1)
        leaving_layout.addLayout(hand)
        self.preview = label("", "note")
        leaving_layout.addWidget(self.preview)
        self.leave_button = QPushButton(self.tr("Deactivate"))
        self.leave_button.clicked.connect(self.toggle_active)
        leaving_layout.addWidget(self.leave_button, 0, Qt.AlignRight)
        self.body.addWidget(leaving)
        self._build_server()
        self.finish()
        self._handover = None
        ctx.changed.connect(lambda what: what.touches(Area.TEAM) and self.load())
        self.load()

    # --- the team's server ------------------------------------------------------------
    SSL_WORDS = (("prefer", QT_TRANSLATE_NOOP("TeamPage", "Encrypted if the server offers it")),
                 ("require", QT_TRANSLATE_NOOP("TeamPage", "Always encrypted")),
                 ("verify-full", QT_TRANSLATE_NOOP("TeamPage", "Always encrypted, the server's certificate checked")),
                 ("disable", QT_TRANSLATE_NOOP("TeamPage", "Not encrypted (a local network only)")))

    def _build_server(self) -> None:
        from PySide6.QtCore import QSettings

        from db import server
        from db.database import database, engine

        box = QGroupBox(self.tr("Working from several computers"))
        box.setObjectName("teamServer")
        layout = QVBoxLayout(box)
        if engine() == "postgresql":
            here = self.tr("This computer works on the team's server at %1.").replace(
                "%1", server.ServerAddress.parse(database.database).key)
        else:
            here = self.tr("This computer works on its own file. For several computers at once, the team keeps "
                           "its data on one PostgreSQL server.")
        layout.addWidget(label(here, "note"))
        form = QFormLayout()
        self.server_host, self.server_port = QLineEdit(), QLineEdit()
        self.server_name, self.server_user, self.server_password = QLineEdit(), QLineEdit(), QLineEdit()
        self.server_password.setEchoMode(QLineEdit.Password)
        self.server_port.setPlaceholderText("5432")
        self.server_host.setPlaceholderText(self.tr("the server's name or address"))
        self.server_ssl = QComboBox()
        for mode, words in self.SSL_WORDS:
            self.server_ssl.addItem(self.tr(words), mode)
        saved = QSettings().value("team/server") or ""
        try:
            address = server.ServerAddress.parse(saved) if saved else None
        except server.ServerError:
            address = None
        address = address or server.ServerAddress("")
        self.server_host.setText(address.host)
        self.server_port.setText(str(address.port))
        self.server_name.setText(address.name)
        self.server_user.setText(address.user)
        self.server_ssl.setCurrentIndex(max(0, self.server_ssl.findData(address.sslmode)))
        for text, widget in ((self.tr("Server"), self.server_host), (self.tr("Port"), self.server_port),
                             (self.tr("Database"), self.server_name), (self.tr("User"), self.server_user),
                             (self.tr("Password"), self.server_password), (self.tr("Encryption"), self.server_ssl)):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.server_status = label("", "note")
        buttons.addWidget(self.server_status, 1)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test_server)
        self.use_button = QPushButton(self.tr("Use it from the next start"))
        self.use_button.clicked.connect(self.use_server)
        self.local_button = QPushButton(self.tr("Use this computer's own file"))
        self.local_button.clicked.connect(self.use_local)
        self.local_button.setVisible(bool(saved))
        for button in (self.test_button, self.use_button, self.local_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(label(self.tr(
            "The password is kept in this computer's password store, never in a file. To bring this computer's "
            "data to a new, empty server: sportello copy-to postgresql://USER@SERVER/DATABASE."), "note"))
        self.body.addWidget(box)

    def _address(self):
        from db import server

        try:
            return server.check(self.server_host.text(), self.server_port.text(), self.server_name.text(),
                                self.server_user.text(), self.server_ssl.currentData())
        except server.ServerError as exc:
            self.say(self.server_status, describe(exc), error=True)
            return None

    def test_server(self) -> None:
        from db import server

        address = self._address()
        if address is None:
            return
        password = self.server_password.text() or server.stored_password(address)
        self.say(self.server_status, self.tr("Connecting…"))
        self.test_button.setEnabled(False)

        def done(version: str) -> None:
            self.test_button.setEnabled(True)
            self.say(self.server_status, self.tr("Connected: %1.").replace("%1", version))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.say(self.server_status, QCoreApplication.translate("Errors", str(exc)), error=True)

        self.ctx.net.run(lambda: server.try_connection(address, password), done, failed)

    def use_server(self) -> None:
        from PySide6.QtCore import QSettings

        from db import server

        address = self._address()
        if address is None:
            return
        try:
            if self.server_password.text():
                server.store_password(address, self.server_password.text())
        except server.ServerError as exc:
            self.say(self.server_status, describe(exc), error=True)
            return
        QSettings().setValue("team/server", address.url())
        self.server_password.clear()
        self.local_button.setVisible(True)
        self.say(self.server_status, self.tr("Sportello opens on the team's server the next time it starts."))

    def use_local(self) -> None:
        from PySide6.QtCore import QSettings

        QSettings().remove("team/server")
        self.local_button.setVisible(False)
        self.say(self.server_status, self.tr("Sportello opens on this computer's own file the next time it starts."))

    # --- reading -----------------------------------------------------------------------
    def load(self) -> None:
        chosen = self.member_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._members = {m.id: m for m in team.members(include_inactive=True)}
        active = {m.id for m in team.members()}
        for m in self._members.values():
            text = m.full_name if m.id in active else self.tr("%1 (not active)").replace("%1", m.full_name)
            item = QListWidgetItem(swatch(m.color), text)
            item.setData(Qt.UserRole, m.id)
            item.setData(Qt.UserRole + 1, m.id in active)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [i for i in range(self.list.count()) if self.list.item(i).data(Qt.UserRole) == chosen]
        self.list.setCurrentRow(rows[0] if rows else (0 if self.list.count() else -1))
        self._selected()

    def member_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "_members") else None
        return item.data(Qt.UserRole) if item is not None else None

    def _active(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(Qt.UserRole + 1))

    def _selected(self) -> None:
        member = self._members.get(self.member_id()) if self.member_id() is not None else None
        self.first_name.setText(member.first_name if member else "")
        self.last_name.setText(member.last_name if member else "")
        if member is not None:
            index = self.color.findData(member.color)
            if index < 0:
                self.color.addItem(swatch(member.color), color_name(member.color), member.color)
                index = self.color.count() - 1
            self.color.setCurrentIndex(index)
        self.save_button.setEnabled(member is not None)
        self.leave_button.setEnabled(member is not None)
        self.leave_button.setText(self.tr("Deactivate") if self._active() or member is None else self.tr("Reactivate"))
        self.successor.blockSignals(True)
        self.successor.clear()
        self.successor.addItem(self.tr("Nobody"), None)
        for m in team.members():
            if member is None or m.id != member.id:
                self.successor.addItem(m.full_name, m.id)
        self.successor.blockSignals(False)
        self.successor.setEnabled(self._active())
        self._preview()

    def _preview(self) -> None:
        member_id = self.member_id()
        if member_id is None or not self._active():
            self.preview.setText("")
            return
        counts = team.handover(member_id)
        to = self.successor.currentText() if self.successor.currentData() is not None else self.tr("nobody")
        self.preview.setText(self.tr("Hands %1 conversation(s), %2 lead(s) and %3 open follow-up(s) to %4.")
                             .replace("%1", str(counts.conversations)).replace("%2", str(counts.leads))
                             .replace("%3", str(counts.follow_ups)).replace("%4", to))

    # --- changing ----------------------------------------------------------------------
    def add(self) -> int:
        first, last, color = self.first_name.text(), self.last_name.text(), self.color.currentData()
        taken = {m.color for m in self._members.values()}
        chosen = None if color in taken else color
        return self.ctx.ops.run(lambda: team.add_member(first, last, chosen), changes=changes(Area.TEAM),
                                on_done=lambda _r: self._say(self.tr("Added.")),
                                on_error=lambda exc: self._say(describe(exc), error=True))

    def save(self) -> int | None:
        member_id = self.member_id()
        if member_id is None:
            return None
        first, last, color = self.first_name.text(), self.last_name.text(), self.color.currentData()

        def work():
            old = team.rename(member_id, first, last)
            old_color = team.set_color(member_id, color)
            return old, old_color

        return self.ctx.ops.run(work, changes=changes(Area.TEAM),
                                notice=lambda _r: self.tr("Saved."),
                                undo=lambda r: (lambda: (team.rename(member_id, *r[0]), team.set_color(member_id, r[1]))),
                                on_error=lambda exc: self._say(describe(exc), error=True))

    def toggle_active(self) -> int | None:
        member_id = self.member_id()
        if member_id is None:
            return None
        if not self._active():
            moved = {"member": member_id, "conversations": [], "leads": [], "reminders": []}
            return self.ctx.ops.run(lambda: team.reactivate(moved), changes=changes(Area.TEAM, Area.INBOX, Area.LEADS))
        successor = self.successor.currentData()
        name = self._members[member_id].full_name
        return self.ctx.ops.run(
            lambda: team.deactivate(member_id, successor),
            changes=changes(Area.TEAM, Area.INBOX, Area.LEADS, Area.REMINDERS),
            notice=lambda _r: self.tr("%1 is no longer on the team.").replace("%1", name),
            undo=lambda moved: (lambda: team.reactivate(moved)),
            on_error=lambda exc: self._say(describe(exc), error=True))
