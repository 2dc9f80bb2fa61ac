"""The interpreter, tuned for a window beside worker threads (set at application start,
desktop/app.py ``create_application``):

- The window's thread waits for the interpreter lock each time it comes back from Qt,
  while the DB worker, the network worker or the warm-up import hold it. A switch every
  0.5 ms instead of 5 keeps those waits short (measured while the views imported in the
  background: the longest pause while scrolling fell from ~200 ms to ~65 ms).
- The cycle collector pauses whichever thread it runs in, holding the lock: a full
  collection in the middle of an import or of the views' imports held the window 20–50 ms
  (and found nothing: an import's rows are freed as they go). It rests while the workers
  run (``collector_paused``, db/collector.py, around each job: desktop/tasks.py) and while the views'
  modules import, and wakes when they end.
- Once the views' modules are loaded (desktop/warmup.py) they stay for the session: the
  collector is told not to walk them again (a full collection over every module's objects
  paused the window ~0.1–0.2 s).
"""
from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.0005


def tune_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_loaded() -> None:
    gc.freeze()
