import ast
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.operations import changes
from db import inbox as db_inbox
from db import leads as db_leads
from desktop.main_window import BadgeRole, VIEW_KEYS
from tests.helpers import written


def nav_rect(window, key):
    return window.navigation.visualItemRect(window.navigation.item(VIEW_KEYS.index(key)))


def test_every_view_is_reachable_by_mouse(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    for key in ("leads", "calendar", "insights", "settings", "inbox"):
        qtbot.mouseClick(window.navigation.viewport(), Qt.LeftButton, pos=nav_rect(window, key).center())
        assert window.current_view_key() == key
        assert window.stack.currentWidget() is window.view(key)
        assert window.stack.currentWidget().isVisible()


def test_views_are_built_ahead_and_the_switch_shows_them(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    window.start_warm_up()
    qtbot.waitUntil(window.prebuilt, timeout=30000)
    window.warm_up_thread.join()
    assert window.current_view_key() == "inbox"  # built off screen: the user still reads the Inbox
    leads = window.stack.widget(VIEW_KEYS.index("leads"))
    assert leads.is_built and not leads.isVisible()
    assert leads.size() == window.stack.currentWidget().size()  # laid out at the window's size
    counts = db_leads.counts()
    assert leads.column_titles["neutral"].text().endswith(f"· {counts['neutral']}")
    assert window.show_view("leads") is leads and leads.isVisible()
    calendar = window.stack.widget(VIEW_KEYS.index("calendar"))
    assert calendar.is_built and window.show_view("calendar") is calendar
    assert calendar.grid.items  # the month's follow-ups were read ahead


def test_insights_is_drawn_ahead_and_recomputed_when_shown_after_changes(demo_db, make_window, qtbot, clock):
    from db import incoming

    window = make_window(demo_db)
    window.start_warm_up()
    qtbot.waitUntil(window.prebuilt, timeout=30000)
    insights = window.stack.widget(VIEW_KEYS.index("insights"))
    assert insights.is_built and not insights.isVisible()
    assert insights.data is not None and insights.waiting.list.count() > 0  # drawn off screen
    assert insights.rate_chart.plot.getPlotItem().listDataItems()

    # A new customer writes while the user reads the Inbox: the hidden page is not
    # recomputed at each message, but when it is shown.
    written(lambda: incoming.receive_message(incoming.new_contact("Zelda", "Nuova", clock()), "Avete posto stasera?",
                                             clock()))
    window.ctx.changed.emit(changes("inbox"))
    assert insights.status.text() != "Computing…"
    assert "Zelda Nuova" not in [w.contact_name for w in insights.data.waiting]
    with qtbot.waitSignal(insights.loaded, timeout=10000):
        assert window.show_view("insights") is insights
    assert "Zelda Nuova" in [w.contact_name for w in insights.data.waiting]

    # Figures "as of now" shown again an hour later are recomputed as of then.
    window.show_view("inbox")
    clock.advance(3600)
    with qtbot.waitSignal(insights.loaded, timeout=10000):
        window.show_view("insights")
    assert insights.data.as_of == clock()


def test_insights_says_when_its_figures_cannot_be_computed(demo_db, make_window, qtbot, monkeypatch):
    def broken(*_args):
        raise OSError("disk I/O error")

    monkeypatch.setattr("desktop.insights.view.gather", broken)
    window = make_window(demo_db)
    view = window.show_view("insights")
    qtbot.waitUntil(lambda: "disk I/O error" in view.status.text())
    assert view.status.text().startswith("The figures could not be computed")
    assert view.ready_to_paint  # building ahead does not wait for figures that will not come


def test_a_switch_before_the_view_is_built_ahead_finishes_it(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    window._create_view("leads", staged=True)  # as the first step ahead does
    leads = window.stack.widget(VIEW_KEYS.index("leads"))
    assert not leads.is_built
    assert window.show_view("leads") is leads
    assert leads.is_built and leads.columns["neutral"].lead_model.rowCount() > 0


def test_every_view_is_reachable_by_keyboard(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    for number, key in enumerate(VIEW_KEYS, start=1):
        qtbot.keyClick(window.navigation, Qt.Key(Qt.Key_0 + number), Qt.ControlModifier)
        assert window.current_view_key() == key
    # And with the arrow keys in the navigation list.
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key_Up)
    assert window.current_view_key() == VIEW_KEYS[-2]


def test_inbox_badge_counts_unread_conversations(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    item = window.navigation.item(VIEW_KEYS.index("inbox"))
    expected = db_inbox.unread_counts()["inbox"]
    assert expected > 0
    assert item.data(BadgeRole) == expected
    assert str(expected) in item.data(Qt.AccessibleTextRole)
    from db.models import Conversation
    written(lambda: Conversation.update(unread=False).execute())
    window.ctx.changed.emit(changes("inbox"))
    qtbot.waitUntil(lambda: item.data(BadgeRole) == 0)  # (counted again on the worker)


def test_status_bar_switches_the_working_member_and_remembers(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    box = window.member_box
    assert box.count() == 3
    assert window.ctx.member_id == box.itemData(0)
    with qtbot.waitSignal(window.ctx.member_changed):
        box.setCurrentIndex(2)
    chosen = box.itemData(2)
    assert window.ctx.member_id == chosen
    window.close()
    again = make_window(demo_db)
    assert again.ctx.member_id == chosen
    assert again.member_box.currentText() == box.itemText(2)


def test_away_switch_follows_manual_away_period(demo_db, make_window, clock):
    from desktop import theme

    window = make_window(demo_db)
    window.show()

    def switch_color() -> str:
        image = window.away_switch.grab().toImage()
        return image.pixelColor(4 * image.devicePixelRatio(), image.height() // 2).name().upper()

    colors = theme.colors()
    assert "Available" in window.away_switch.text()
    assert switch_color() == colors["success_soft"].upper()
    from db.models import AwayPeriod
    written(lambda: AwayPeriod.insert(start_at=clock() - 60, end_at=clock() + 3600, source="manual").execute())
    window.ctx.changed.emit(changes("away"))
    assert "Away" in window.away_switch.text()
    assert switch_color() == colors["warning_soft"].upper()
    clock.advance(3601)
    window.refresh_away()
    assert "Available" in window.away_switch.text()
    assert switch_color() == colors["success_soft"].upper()


def test_geometry_and_last_view_are_remembered(demo_db, make_window):
    window = make_window(demo_db)
    window.resize(1111, 777)
    window.show_view("calendar")
    window.close()
    assert QSettings().value("window/view") == "calendar"
    again = make_window(demo_db)
    assert again.current_view_key() == "calendar"
    assert (again.width(), again.height()) == (1111, 777)


def test_window_title_names_the_business(demo_db, make_window):
    window = make_window(demo_db)
    assert window.windowTitle() == "Pizzeria Da Gino — Sportello"
    assert not window.windowIcon().isNull() or not QApplication.windowIcon().isNull()


def test_empty_database_opens_with_sensible_empty_states(db_path, make_window, qtbot):
    window = make_window(db_path)
    inbox = window.view("inbox")
    qtbot.waitSignal(inbox.ids_loaded, timeout=3000)
    qtbot.waitUntil(lambda: inbox.list_stack.currentWidget() is inbox.list_empty)
    assert inbox.list_empty.isVisible()
    assert not window.member_box.isEnabled()


STARTUP_PROBE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop.app import create_application
from desktop.launcher import open_window
app = create_application()
w = open_window(sys.argv[1]); w.show(); app.processEvents()
w.view("inbox")
print("pyqtgraph" in sys.modules, "numpy" in sys.modules)
w.ctx.tasks.shutdown()
"""


def test_start_up_does_not_import_pyqtgraph(demo_db, tmp_path):
    out = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(demo_db)], capture_output=True,
                         text=True, timeout=60, env={**__import__("os").environ, "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_start_up_does_not_import_the_network_stack(demo_db, tmp_path):
    probe = STARTUP_PROBE.replace('print("pyqtgraph" in sys.modules, "numpy" in sys.modules)',
                                  'print("urllib.request" in sys.modules, "db.graph" in sys.modules)')
    out = subprocess.run([sys.executable, "-c", probe, str(demo_db)], capture_output=True,
                         text=True, timeout=60, env={**__import__("os").environ, "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_a_new_application_has_the_fusion_style_and_skips_the_server_driver(demo_db, tmp_path):
    """The style sheet is written for Fusion, which the app asks for on Qt's command line,
    whatever the desktop's default; a workstation's own file does not load PostgreSQL's
    driver (psycopg, 200 ms, which peewee would import as it loads)."""
    probe = STARTUP_PROBE.replace('print("pyqtgraph" in sys.modules, "numpy" in sys.modules)',
                                  'app.setStyleSheet(""); print(app.style().name(), "psycopg" in sys.modules)')
    out = subprocess.run([sys.executable, "-c", probe, str(demo_db)], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "HOME": str(tmp_path), "QT_STYLE_OVERRIDE": "windows"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["fusion", "False"]


WARM_UP_PROBE = r"""
import os, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import qInstallMessageHandler
complaints = []
qInstallMessageHandler(lambda kind, context, text: complaints.append(text))
from desktop.app import create_application
from desktop.launcher import open_window
app = create_application()
w = open_window(sys.argv[1]); w.show(); app.processEvents()
before = "pyqtgraph" in sys.modules or "desktop.insights.view" in sys.modules
w.start_warm_up()
assert w.warm_up_thread is not threading.main_thread()
w.warm_up_thread.join(60)
from desktop.main_window import VIEWS
modules = [spec.split(":")[0] for _, _, _, spec in VIEWS]
import gc
print(before, all(m in sys.modules for m in modules + ["pyqtgraph"]) and gc.get_freeze_count() > 0,
      repr(complaints))
w.ctx.tasks.shutdown()
"""


def test_views_are_imported_in_the_background_after_start(demo_db, tmp_path):
    """The first switch to Insights finds pyqtgraph loaded, by a thread, without Qt warnings;
    what was loaded is then left out of the collector's full passes."""
    out = subprocess.run([sys.executable, "-c", WARM_UP_PROBE, str(demo_db)], capture_output=True,
                         text=True, timeout=90, env={**__import__("os").environ, "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    before, loaded, complaints = out.stdout.split(" ", 2)
    assert (before, loaded) == ("False", "True")
    assert not [c for c in ast.literal_eval(complaints) if "plugin does not support" not in c]
