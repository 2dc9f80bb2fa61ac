"""Italian, Romanian and Simplified Chinese: complete, compiled, and every view speaks them."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget, QTabBar

import resources
from desktop.app import install_translators

LANGS = ("it", "ro", "zh_CN")
FOLDER = resources.path("translations")


def lrelease() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated_and_the_qm_is_current(lang, tmp_path):
    ts = FOLDER / f"sportello_{lang}.ts"
    tree = ET.parse(ts)
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    # Real plurals: numerus messages carry forms ("1 messaggio", "3 messaggi").
    numerus = [m for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]
    assert numerus and all(m.find("translation").findall("numerusform") for m in numerus)
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease(), "-nounfinished", str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (FOLDER / f"sportello_{lang}.qm").read_bytes(), \
        "the shipped .qm is older than its .ts: run resources/translations/update.py"


def english_sources(lang: str) -> set[str]:
    """English sources whose translation in ``lang`` is different (so seeing them means English was left)."""
    tree = ET.parse(FOLDER / f"sportello_{lang}.ts")
    out = set()
    for m in tree.getroot().iter("message"):
        source = m.findtext("source")
        translation = m.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if source not in texts:
            out.add(source)
    return out


ALLOWED = {"Sportello", "Messenger"}  # proper nouns


def translations(lang: str) -> set[str]:
    """Every translated text (an Italian "Note" is a translation, not the English "Note")."""
    tree = ET.parse(FOLDER / f"sportello_{lang}.ts")
    out = set()
    for m in tree.getroot().iter("message"):
        translation = m.find("translation")
        out.update(f.text for f in translation.findall("numerusform"))
        if translation.text:
            out.add(translation.text)
    return out


def visible_texts(root):
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root) and w.text():
            yield w.text()
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.text():
            yield w.text()
    for w in root.findChildren(QGroupBox):
        if w.isVisibleTo(root) and w.title():
            yield w.title()
    for w in root.findChildren(QTabBar):
        for i in range(w.count()):
            yield w.tabText(i)
    for w in root.findChildren(QListWidget):
        if w.objectName() in ("navigation", "sections"):
            for i in range(w.count()):
                yield w.item(i).text()


@pytest.mark.parametrize("lang", LANGS)
def test_every_view_is_in_the_language(lang, db_path, make_window, qtbot, tmp_path):
    """Every view, on the demo business of that language (its labels, replies, notes)."""
    from db import demo
    from tests.conftest import NOW

    demo.generate(seed=7, now=NOW, flavour=demo.flavour_for(lang))
    demo_db = db_path
    app = QCoreApplication.instance()
    make_window(demo_db).close()  # the application exists, with the default translators
    installed = install_translators(app, QLocale(lang))
    try:
        window = make_window(demo_db)
        sources = english_sources(lang)
        left_english = set()
        for key in ("inbox", "leads", "calendar", "insights", "settings"):
            view = window.show_view(key)
            if key == "inbox":
                qtbot.waitUntil(lambda: view.model.rowCount() > 0)
                view.open_most_recent()
                qtbot.waitUntil(lambda: view.open_conversation_id is not None)
            if key == "insights":
                qtbot.waitUntil(lambda: view.data is not None, timeout=10000)
            if key == "settings":
                for section in ("replies", "instant", "away", "greeting", "response_time", "mail", "channels",
                                "language"):
                    view.show_section(section)
                    left_english |= {t for t in visible_texts(window) if t in sources and t not in ALLOWED}
            left_english |= {t for t in visible_texts(window) if t in sources and t not in ALLOWED}
            window.grab().save(str(tmp_path / f"{lang}-{key}.png"))
        assert left_english - translations(lang) == set()
        assert window.windowTitle().endswith("Sportello")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
