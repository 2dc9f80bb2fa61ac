"""The cycle collector at rest while a piece of bulk work runs.

A full collection walks every object alive: in the middle of an import that is every row
read so far, and it finds nothing (an import's rows are freed by reference counting as
they go). Measured on a 50,000-lead Meta download: ~10 % of the import's time. The lead
and Messenger imports rest it themselves (db/leads_io.py, db/messenger_import.py),
wherever they run — the command line, the window's DB worker (desktop/tasks.py rests it
around each job), the child process of a long write (desktop/child_work.py).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_pausing = 0         # how many pieces of work have the collector resting now
_was_enabled = True  # the collector's state when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection while this runs (in any thread); the collector is
    back as it was once the last such piece of work ends. What cycles the work leaves
    wait for the next collection."""
    global _pausing, _was_enabled
    with _lock:
        if _pausing == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _lock:
            _pausing -= 1
            if _pausing == 0 and _was_enabled:
                gc.enable()
