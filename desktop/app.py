"""The QApplication: identity, theme, translations, where the database lives."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import pyside_hook

pyside_hook.install()  # before the imports below: each of them passes through the hook

import resources  # noqa: E402
from desktop import theme  # noqa: E402
from desktop.interpreter import tune_interpreter  # noqa: E402

APP_NAME = "Sportello"
ORG_NAME = "Sportello"
DB_FILENAME = "sportello.db"


def data_dir() -> Path:
    """The platform's app-data folder (created on first use)."""
    location = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def set_identity() -> None:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion("0.1.0")


LANGUAGES = (("", "System language"), ("en", "English"), ("it", "Italiano"), ("ro", "Română"),
             ("zh_CN", "简体中文"))


def chosen_locale() -> QLocale:
    """The language chosen in Settings (QSettings ui/language), or the system's."""
    from PySide6.QtCore import QSettings
    code = QSettings().value("ui/language", "") or ""
    return QLocale(code) if code else QLocale.system()


def demo_flavour() -> str:
    """The demo business for the chosen language (Pizzeria Da Gino in Italian, and so on)."""
    from db.demo import flavour_for
    return flavour_for(chosen_locale().name())


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and Sportello's translations for ``locale`` (the chosen language by default)."""
    locale = locale or chosen_locale()
    QLocale.setDefault(locale)
    translators = []
    ours = str(resources.path("translations"))
    # English first: it holds the plural forms ("1 message", "3 messages") and
    # stands behind any language that lacks a string. Installed later = asked first.
    english = QTranslator(app)
    if english.load("sportello_en", ours):
        app.installTranslator(english)
        translators.append(english)
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("sportello", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and translator.language() != "en":
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, themed for the system's light or dark scheme."""
    tune_interpreter()
    set_identity()
    app = QApplication.instance()
    if app is None:
        # Fusion through Qt's own -style option: QApplication.setStyle hands the style back
        # to Python, and PySide then builds every enum of QStyle (~10 ms of start-up).
        argv = list(argv if argv is not None else sys.argv[:1])
        app = QApplication([*argv[:1], "-style", "fusion", *argv[1:]])
    else:
        app.setStyle("Fusion")
    QGuiApplication.setDesktopFileName("sportello")
    app.setWindowIcon(theme.icon("sportello", size=256))
    if not app.property("sportello_translated"):
        # Once per application: installed again, the English plural forms would stand in
        # front of a language chosen later ("3 days" in a Chinese window).
        install_translators(app)
        app.setProperty("sportello_translated", True)
    theme.apply(app)
    return app
