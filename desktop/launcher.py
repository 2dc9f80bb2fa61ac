"""Open a database and build the main window over it."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from db import clock as db_clock
from db.database import forbid_writes_on_this_thread, open_database
from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.tasks import TaskManager


def open_window(db_path: str | Path, clock: Callable[[], int] = db_clock.now) -> MainWindow:
    """The main window on ``db_path`` (created and migrated if needed); not shown yet."""
    open_database(db_path)
    forbid_writes_on_this_thread()  # every change is an operation on the worker
    tasks = TaskManager()
    ctx = AppContext(tasks, clock)
    window = MainWindow(ctx, str(db_path))
    tasks.setParent(window)
    ctx.setParent(window)
    return window
