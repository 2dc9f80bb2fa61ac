"""Views built in steps, so that the window can build them while the user reads the Inbox.

A view's ``_build()`` is a generator: it creates its widgets and reads its data, yielding
between pieces of work that each take a few milliseconds. Built directly, a view runs
every step at once (``finish_build``), exactly as a plain constructor would. The main
window instead creates the views the user has not opened yet with ``staged=True`` and
runs one step at a time while nothing else is waiting (see ``MainWindow.prebuild``), so
the first switch to Leads or Calendar shows a finished view: no step holds the window
long enough to be felt, where building a whole view at the switch held it ~150 ms.
"""
from __future__ import annotations

from typing import Iterator


class StagedBuild:
    """Mixin for a QWidget whose construction is the generator ``_build``."""

    _steps: Iterator[None] | None = None

    def start_build(self, staged: bool) -> None:
        """Called last in ``__init__``: build now, or leave the steps to ``build_step``."""
        self._steps = self._build()
        if not staged:
            self.finish_build()

    def _build(self) -> Iterator[None]:  # pragma: no cover — each view has its own
        raise NotImplementedError
        yield

    @property
    def is_built(self) -> bool:
        return self._steps is None

    def build_step(self) -> bool:
        """Run one step; False once the view is fully built."""
        if self._steps is None:
            return False
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            return False
        return True

    def finish_build(self) -> None:
        while self.build_step():
            pass
