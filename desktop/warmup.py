"""Import the other views' modules in the background once the window is up.

The first switch to Insights would otherwise wait ~0.6 s for pyqtgraph and numpy to
import on the GUI thread. Importing a module creates no widget, so a plain thread can do
it while the user reads the Inbox; Python's import locks make a switch that comes first
simply wait for the module it needs. Errors are left for the view to raise when opened.
"""
from __future__ import annotations

import importlib
import os
import threading

from db.collector import collector_paused
from desktop.interpreter import freeze_loaded

MODULES = (
    "pyqtgraph",
    "desktop.leads.view",
    "desktop.calendar.view",
    "desktop.insights.view",
    "desktop.settings.view",
    # A first import (File → Import, a lead file) starts a process of its own: the modules
    # that start it, loaded ahead rather than on the click.
    "desktop.channels_import",
    "desktop.child_work",
    "multiprocessing.popen_spawn_" + ("win32" if os.name == "nt" else "posix"),
    "desktop.leads.import_dialog",
    "phonenumbers",  # a new lead, an import, Settings → Business read numbers with it
    "db.suggest",  # the first conversation opened ranks its suggested replies with Snowball's stems
    "snowballstemmer",  # (~30 ms: its 30 languages load together)
)


def warm_up(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    def run() -> None:
        # (The short switch interval that keeps the window's waits for the interpreter lock
        # short is the whole session's: desktop/interpreter.py.)
        with collector_paused():  # (a full collection amid the imports held the window ~50 ms)
            for name in modules:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 — the view shows it when it is opened
                    pass
            freeze_loaded()

    # Not a daemon: quitting during an import waits for it (at most a second) rather
    # than tearing the interpreter down under a half-loaded extension module.
    thread = threading.Thread(target=run, name="sportello-warm-up")
    thread.start()
    return thread
