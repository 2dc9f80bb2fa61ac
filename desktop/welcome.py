"""The first run: no database yet, so Sportello says what it can start with.

Four ways in, each a click and a sentence: start my business (its name, website, country,
currency, time zone, and me, its first team member), open the demo, import a Messenger
export, connect the Facebook Page. ``run_gui`` (desktop/__main__.py) shows it when the
user's own database does not exist and acts on ``choice`` once it is accepted.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.widgets.text import plain_label, set_window_title

CHOICES = ("start", "demo", "import", "connect")


class Welcome(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        set_window_title(self, self.tr("Welcome to Sportello"))
        self.choice: str | None = None
        self.resize(620, 460)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.stack)
        self.stack.addWidget(self._choices_page())
        self.stack.addWidget(self._business_page())

    # --- the four ways in ------------------------------------------------------------------
    def _choices_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = plain_label(self.tr("Welcome to Sportello"), "sectionTitle")
        layout.addWidget(title)
        layout.addWidget(plain_label(self.tr("Your customers' messages, leads and follow-ups, in one window on "
                                             "this computer. How would you like to begin?"), "note", wrap=True))
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "start": (self.tr("Start my business"),
                      self.tr("Name, website, country and time zone, and you as its first team member.")),
            "demo": (self.tr("Look around a demo business"),
                     self.tr("A pizzeria with its customers, leads and follow-ups, in a folder of its own: "
                             "nothing of yours is touched.")),
            "import": (self.tr("Import a Messenger export"),
                       self.tr("The .zip Facebook gives you from “Download your information”: your Page's "
                               "conversations come in, with their photos.")),
            "connect": (self.tr("Connect my Facebook Page"),
                        self.tr("Messages, comments and lead forms arrive by themselves; you need the Page ID "
                                "and a Page access token.")),
        }
        for key in CHOICES:
            heading, sentence = texts[key]
            button = QPushButton(heading)
            button.setObjectName("primary" if key == "start" else "")
            button.setAccessibleDescription(sentence)
            button.clicked.connect(lambda _c=False, key=key: self.choose(key))
            row = QVBoxLayout()
            row.setSpacing(4)
            row.addWidget(button, 0, Qt.AlignLeft)
            row.addWidget(plain_label(sentence, "note", wrap=True))
            layout.addSpacing(14)
            layout.addLayout(row)
            self.buttons[key] = button
        layout.addStretch(1)
        return page

    def choose(self, key: str) -> None:
        if key == "start":
            self.stack.setCurrentIndex(1)
            self.business_name.setFocus()
            return
        self.choice = key
        self.accept()

    # --- start my business -----------------------------------------------------------------
    def _business_page(self) -> QWidget:
        from desktop.settings.business_page import choices, country_names

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(self.tr("Start my business"), "sectionTitle"))
        form = QFormLayout()
        self.business_name = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://example.com")
        self.country = QComboBox()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.NoInsert)
        codes, zones = choices()
        for name, code in country_names(codes):
            self.country.addItem(f"{name} ({code})", code)
        self.timezone.addItems(zones)
        # Where this computer says it is (else its language's country; else Italy).
        here = [QLocale.territoryToCode(loc.territory()) for loc in (QLocale.system(), QLocale())
                if loc.territory() != QLocale.AnyTerritory]
        found = [self.country.findData(code) for code in [*here, "IT"] if self.country.findData(code) >= 0]
        self.country.setCurrentIndex(found[0] if found else 0)
        from datetime import datetime
        local = getattr(datetime.now().astimezone().tzinfo, "key", "") or ""
        self.timezone.setCurrentText(local if local in zones else "Europe/Rome")
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        from db.business import CURRENCY_OF
        self.currency.setText(CURRENCY_OF.get(self.country.currentData() or "", ""))
        self.country.currentIndexChanged.connect(
            lambda _i: self.currency.setText(CURRENCY_OF.get(self.country.currentData() or "", self.currency.text())))
        for text, widget in ((self.tr("Business name"), self.business_name), (self.tr("Website"), self.website),
                             (self.tr("Country"), self.country), (self.tr("Currency"), self.currency),
                             (self.tr("Time zone"), self.timezone), (self.tr("Your first name"), self.first_name),
                             (self.tr("Your last name"), self.last_name)):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.timezone.lineEdit().setAccessibleName(self.tr("Time zone"))
        layout.addLayout(form)
        self.problem = plain_label("", "error", wrap=True)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return page

    def profile(self):
        from db import business
        return business.Profile(self.business_name.text(), self.website.text(), self.country.currentData() or "",
                                self.currency.text(), self.timezone.currentText())

    def start(self) -> None:
        """Checked here, before any file is made: the database is created only for a
        business that can be kept."""
        from db import business
        from db.errors import UserError
        from desktop.widgets.errors import describe
        try:
            business.check_profile(self.profile())
        except UserError as exc:
            self.problem.setText(describe(exc))
            return
        if not self.first_name.text().strip():
            self.problem.setText(self.tr("Say who you are: your first name."))
            return
        self.choice = "start"
        self.accept()
