"""Settings → Business: the name, website, country, currency and time zone of the business."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLineEdit, QPushButton

from db import business
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


def choices() -> tuple[list[str], list[str]]:
    """The country codes phone numbers know and the time zones of this computer (read on
    the worker: the two take ~40 ms the first time)."""
    import phonenumbers
    from zoneinfo import available_timezones

    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
    return sorted(phonenumbers.SUPPORTED_REGIONS), zones


def country_names(codes: list[str]) -> list[tuple[str, str]]:
    """(name, code) of each country, in alphabetical order of the names."""
    names = []
    for code in codes:
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.AnyTerritory:
            continue
        names.append((QLocale.territoryToString(territory), code))
    return sorted(names, key=lambda item: item[0].casefold())


class BusinessPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Business"), self.tr(
            "Your business as customers see it. The country is where phone numbers typed without "
            "their country code are from; the time zone is the one of your business hours."), parent)
        self.ctx = ctx
        form = QFormLayout()
        self.name = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://example.com")
        self.country = QComboBox()
        self.country.addItem(self.tr("Not set"), "")
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("EUR")
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.NoInsert)
        self.timezone.completer().setFilterMode(Qt.MatchContains)
        self.timezone.completer().setCompletionMode(QCompleter.PopupCompletion)
        for text, widget in ((self.tr("Name"), self.name), (self.tr("Website"), self.website),
                             (self.tr("Country"), self.country), (self.tr("Currency"), self.currency),
                             (self.tr("Time zone"), self.timezone)):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.timezone.lineEdit().setAccessibleName(self.tr("Time zone"))
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
        self.save_button.setEnabled(False)  # until the lists are there
        ctx.tasks.run(choices, self._fill)

    def _fill(self, found) -> None:
        codes, zones = found
        current = business.profile()
        for name, code in country_names(codes):
            self.country.addItem(f"{name} ({code})", code)
        self.timezone.addItems(zones)
        self.country.setCurrentIndex(max(0, self.country.findData(current.country)))
        self.timezone.setCurrentText(current.timezone)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.save_button.setEnabled(True)

    def load(self) -> None:
        p = business.profile()
        self.name.setText(p.name)
        self.website.setText(p.website)
        self.country.setCurrentIndex(max(0, self.country.findData(p.country)))
        self.currency.setText(p.currency)
        self.timezone.setCurrentText(p.timezone)

    def _country_changed(self, _index: int) -> None:
        code = self.country.currentData() or ""
        if code and not self.currency.text().strip():
            self.currency.setText(business.CURRENCY_OF.get(code, ""))

    def save(self) -> int:
        chosen = business.Profile(self.name.text(), self.website.text(), self.country.currentData() or "",
                                  self.currency.text(), self.timezone.currentText())

        def saved(kept) -> None:
            self.website.setText(kept.website)
            self.currency.setText(kept.currency)
            self._say(self.tr("Saved."))

        return self.ctx.ops.run(lambda: business.save_profile(chosen), changes=changes(Area.SETTINGS),
                                on_done=saved, on_error=lambda exc: self._say(describe(exc), error=True))
