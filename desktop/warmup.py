"""Import the other views' modules in the background once the window is up.

The first switch to Insights would otherwise wait ~0.6 s for pyqtgraph and numpy to
import on the GUI thread. Importing a module creates no widget, so a plain thread can do
it while the user reads the Inbox; Python's import locks make a switch that comes first
simply wait for the module it needs. Errors are left for the view to raise when opened.
"""
from __future__ import annotations

import gc
import importlib
import sys
import threading

MODULES = (
    "pyqtgraph",
    "desktop.leads.view",
    "desktop.calendar.view",
    "desktop.insights.view",
    "desktop.settings.view",
)


def warm_up(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    def run() -> None:
        # The window's thread waits for the interpreter lock each time it comes back from
        # Qt; a short switch interval while importing keeps those waits short (measured:
        # the longest pause while scrolling falls from ~200 ms to ~65 ms).
        interval = sys.getswitchinterval()
        sys.setswitchinterval(0.0005)
        try:
            for name in modules:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 — the view shows it when it is opened
                    pass
        finally:
            sys.setswitchinterval(interval)
        # What is loaded now stays for the session: the collector need not walk it again
        # (a full collection over every module's objects pauses the window ~0.1–0.2 s).
        gc.freeze()

    # Not a daemon: quitting during an import waits for it (at most a second) rather
    # than tearing the interpreter down under a half-loaded extension module.
    thread = threading.Thread(target=run, name="sportello-warm-up")
    thread.start()
    return thread
