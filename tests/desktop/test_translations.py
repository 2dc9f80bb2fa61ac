"""Italian, Romanian and Simplified Chinese: complete, compiled, and every view speaks them."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QGroupBox, QLabel, QListWidget, QTabBar

import resources
from desktop.app import install_translators
from tests.helpers import SETTINGS_SECTIONS, each_view

LANGS = ("it", "ro", "zh_CN")
FOLDER = resources.path("translations")


def lrelease() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")


def test_the_translation_sources_hold_every_string_of_the_code(tmp_path):
    """A string added to the code and never collected into the .ts shows in English to an
    Italian user, and no other check sees it: lupdate over the code must find nothing new."""
    from resources.translations import update

    fresh = tmp_path / "fresh.ts"
    subprocess.run([update.tool("lupdate"), "-no-obsolete", "-locations", "none", *update.sources(),
                    "-ts", str(fresh)], cwd=update.ROOT, check=True, capture_output=True)

    def sources(ts):
        return {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
                for m in c.iter("message")}

    missing = sources(fresh) - sources(FOLDER / "sportello_it.ts")
    assert not missing, f"run resources/translations/update.py: {sorted(missing)[:5]}"


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
        for key, view in each_view(window, qtbot):
            if key == "settings":
                for section in SETTINGS_SECTIONS:
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


def cut_off(window, combos: bool = False):
    """Visible buttons and tabs that are clipped: narrower than their text needs, or
    reaching past the window's edge; with ``combos``, drop-down lists whose shown choice is
    cut ("Qualsiasi re" for "Qualsiasi responsabile")."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QComboBox

    inside = QRect(0, 0, window.width(), window.height())
    found = []
    for w in window.findChildren(QAbstractButton):
        if not w.isVisibleTo(window) or not w.text() or w.window() is not window:
            continue
        rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        visible_parent = w.parentWidget()
        while visible_parent is not None and visible_parent is not window:
            if not visible_parent.isVisible():
                break
            visible_parent = visible_parent.parentWidget()
        if visible_parent is not window:
            continue  # on a page of a stack that is not shown
        scrolled = False  # in a scrolling page, below the fold is not cut off
        parent = w.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if w.width() < w.minimumSizeHint().width() - 1 or not (scrolled or inside.contains(rect)):
            found.append(f"{type(w).__name__} {w.text()!r} {rect.getRect()}")
    for combo in window.findChildren(QComboBox) if combos else ():
        if combo.isVisible() and not combo.isEditable() and combo.currentText():
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 28  # text, padding, arrow
            if combo.width() < needed:
                found.append(f"list {combo.currentText()!r} shown in {combo.width()} px of {needed}")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.count() and bar.tabRect(bar.count() - 1).right() > bar.width():
            found.append(f"tabs {bar.tabText(0)!r}…: the last tab is hidden")
        for i in range(bar.count() if bar.isVisible() else 0):  # a name shortened to "Arhi…"
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width():  # squeezed below what its name needs
                found.append(f"tab {bar.tabText(i)!r} is elided")
    return found


@pytest.mark.parametrize("lang", ("en",) + LANGS)
def test_nothing_is_cut_off_in_the_smallest_or_the_default_window(lang, db_path, make_window, qtbot, tmp_path):
    """At the minimum size — a 1920×1200 screen at 200 % — every view keeps its buttons
    whole and on screen: the sidebar keeps only icons, the sender info steps aside, the
    calendar's side columns narrow, long tab names tighten. At the default size too."""
    from db import demo
    from tests.conftest import NOW

    demo.generate(seed=7, now=NOW, flavour=demo.flavour_for(lang))
    app = QCoreApplication.instance()
    make_window(db_path).close()
    installed = install_translators(app, QLocale(lang)) if lang != "en" else []
    try:
        window = make_window(db_path)
        window.resize(window.minimumSize())
        qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
        assert window.navigation.itemDelegate().compact and window.sidebar.width() < 100
        problems = {}
        for key, view in each_view(window, qtbot):
            if key == "inbox":
                assert not view.side_pane.isVisible()
            if key == "calendar":
                grid = view.grid
                assert grid.mapTo(window, grid.rect().bottomRight()).x() < window.width()
            if key == "leads":
                assert not any(c.horizontalScrollBar().isVisible() for c in view.columns.values())
                if lang != "en":  # the painted cards' words, as a screen reader hears them
                    from PySide6.QtCore import Qt
                    spoken = [c.lead_model.index(0).data(Qt.AccessibleTextRole) for c in view.columns.values()
                              if c.lead_model.rowCount()]
                    assert spoken and not [t for t in spoken if "in stage" in t or "owner " in t], spoken
            window.grab().save(str(tmp_path / f"{lang}-{key}-small.png"))
            problems[key] = cut_off(window, combos=True)
            if lang != "en":  # plurals too: "3 days in stage" is English in any other window
                problems[key] += [t for t in visible_texts(window) if any(
                    word in t for word in (" days in stage", " messages", " message(s)"))]
        # And at the default size, with the full sidebar and the sender info beside the thread.
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: not window.navigation.itemDelegate().compact)
        for key, view in each_view(window, qtbot):
            window.grab().save(str(tmp_path / f"{lang}-{key}-default.png"))
            problems[f"{key} (default size)"] = cut_off(window, combos=True)
        assert not any(problems.values()), problems
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())


def test_the_sidebar_and_sender_info_come_back_in_a_wide_window(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.view("inbox")
    assert inbox.side_pane.isVisible() and not window.navigation.itemDelegate().compact
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.navigation.itemDelegate().compact)
    assert not inbox.side_pane.isVisible() and not window.brand.isVisible()
    assert window.navigation.item(0).toolTip() == "Inbox"
    inbox.panel_button.click()  # still there on demand
    assert inbox.side_pane.isVisible()
    inbox.panel_button.click()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not window.navigation.itemDelegate().compact)
    assert inbox.side_pane.isVisible()  # the choice made while wide is kept
    assert window.brand.isVisible() and window.sidebar.width() == 200


@pytest.mark.parametrize("lang, expected", [("it", "ott 2025"), ("ro", "oct. 2025"), ("zh_CN", "2025年10月"),
                                            ("en", "Oct 2025")])
def test_the_contact_panel_names_the_month_in_the_interface_language(lang, expected):
    """"Segue la Pagina da Oct 2026": the month was English in every language."""
    from desktop.widgets import timefmt

    QLocale.setDefault(QLocale(lang))
    try:
        assert timefmt.month_year(1760500000) == expected  # mid-October 2025
    finally:
        QLocale.setDefault(QLocale.c())


def test_no_tr_inside_an_f_string():
    """pyside6-lupdate does not look into f-strings: a self.tr() written inside one is never
    offered for translation, and shows in English in every language ("(nobody)" on the
    Italian lead's follow-ups did)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "desktop"
    found = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                            and inner.func.attr in ("tr", "translate"):
                        found.append(f"{path.relative_to(root.parent)}:{inner.lineno}")
    assert found == []
