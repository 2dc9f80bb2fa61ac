"""The interpreter, tuned for a window beside worker threads (set at application start,
desktop/app.py ``create_application``):

- The window's thread waits for the interpreter lock each time it comes back from Qt,
  while the DB worker, the network worker or the warm-up import hold it. A switch every
  0.5 ms instead of 5 keeps those waits short (measured while the views imported in the
  background: the longest pause while scrolling fell from ~200 ms to ~65 ms).
- The cycle collector pauses whichever thread it runs in, holding the lock: a full
  collection in the middle of an import or of the views' imports held the window 20–50 ms
  (and found nothing: an import's rows are freed as they go). It rests while the workers
  run (``collector_paused``, around each job: desktop/tasks.py) and while the views'
  modules import, and wakes when they end.
- Once the views' modules are loaded (desktop/warmup.py) they stay for the session: the
  collector is told not to walk them again (a full collection over every module's objects
  paused the window ~0.1–0.2 s).
"""
from __future__ import annotations

import gc
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

SWITCH_INTERVAL_S = 0.0005

_lock = threading.Lock()
_pausing = 0         # how many pieces of work have the collector resting now
_was_enabled = True  # the collector's state when the first of them began


def tune_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_loaded() -> None:
    gc.freeze()


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
