"""The Settings view: a list of sections, one page each, built when first opened."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QSettings, QSize, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from desktop.context import AppContext
from desktop.widgets.staged import StagedBuild

SECTIONS = (
    ("business", QT_TRANSLATE_NOOP("SettingsView", "Business"), "desktop.settings.business_page:BusinessPage"),
    ("team", QT_TRANSLATE_NOOP("SettingsView", "Team"), "desktop.settings.team_page:TeamPage"),
    ("pipeline", QT_TRANSLATE_NOOP("SettingsView", "Leads"), "desktop.settings.pipeline_page:PipelinePage"),
    ("rules", QT_TRANSLATE_NOOP("SettingsView", "Time rules"), "desktop.settings.rules_page:RulesPage"),
    ("replies", QT_TRANSLATE_NOOP("SettingsView", "Saved replies"), "desktop.settings.replies_page:SavedRepliesPage"),
    ("instant", QT_TRANSLATE_NOOP("SettingsView", "Instant reply"), "desktop.settings.automation_pages:InstantReplyPage"),
    ("away", QT_TRANSLATE_NOOP("SettingsView", "Away"), "desktop.settings.automation_pages:AwayPage"),
    ("greeting", QT_TRANSLATE_NOOP("SettingsView", "Greeting"), "desktop.settings.automation_pages:GreetingPage"),
    ("response_time", QT_TRANSLATE_NOOP("SettingsView", "Response time"),
     "desktop.settings.automation_pages:ResponseTimePage"),
    ("mail", QT_TRANSLATE_NOOP("SettingsView", "E-mail"), "desktop.settings.mail_page:MailPage"),
    ("channels", QT_TRANSLATE_NOOP("SettingsView", "Channels"), "desktop.settings.channels_page:ChannelsPage"),
    ("language", QT_TRANSLATE_NOOP("SettingsView", "Language"), "desktop.settings.language_page:LanguagePage"),
)
SECTION_KEYS = tuple(s[0] for s in SECTIONS)


class SettingsView(StagedBuild, QWidget):
    def __init__(self, ctx: AppContext, parent=None, *, staged: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self._pages: dict[str, QWidget] = {}
        self.start_build(staged)

    def _build(self):
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setFixedWidth(190)
        self.sections.setAccessibleName(self.tr("Settings sections"))
        for key, title, _ in SECTIONS:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(170, 36))
            self.sections.addItem(item)
        self.stack = QStackedWidget()
        for _ in SECTIONS:
            self.stack.addWidget(QWidget())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)
        self.sections.currentRowChanged.connect(self._show_row)
        yield
        last = QSettings().value("settings/section", "replies")
        self.show_section(last if last in SECTION_KEYS else "replies")
        self.ensurePolished()  # (the style sheet's work, done now rather than at the first show)

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            index = SECTION_KEYS.index(key)
            module, cls = SECTIONS[index][2].split(":")
            widget = getattr(importlib.import_module(module), cls)(self.ctx)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = widget
        return self._pages[key]

    def show_section(self, key: str) -> QWidget:
        index = SECTION_KEYS.index(key)
        if self.sections.currentRow() != index:
            self.sections.setCurrentRow(index)
        else:
            self._show_row(index)
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = SECTION_KEYS[row]
        self.stack.setCurrentWidget(self.page(key))
        QSettings().setValue("settings/section", key)
