"""Settings → Language: the app's language, applied at the next start."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from desktop.app import LANGUAGES
from desktop.context import AppContext
from desktop.settings.common import SettingsPage, label


class LanguagePage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Language"), self.tr(
            "The language of Sportello's windows, dates and numbers. It applies the next time "
            "Sportello starts."), parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.combo.addItem(self.tr("System language") if not code else name, code)
        current = QSettings().value("ui/language", "") or ""
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.currentIndexChanged.connect(self._chosen)
        self.body.addWidget(self.combo)
        self.note = label("", "note")
        self.body.addWidget(self.note)
        self.finish()

    def _chosen(self, _index: int) -> None:
        QSettings().setValue("ui/language", self.combo.currentData())
        self.note.setText(self.tr("Restart Sportello to see it in the new language."))
