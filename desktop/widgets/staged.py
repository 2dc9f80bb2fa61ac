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


class Steps:
    """Work written as a generator, run a step at a time (``step``) or all at once
    (``finish``). The one stepping machine: views built ahead (``StagedBuild``) and the
    Inbox's conversation parts made after the first paint both use it."""

    def __init__(self, steps: Iterator[None] | None) -> None:
        self._steps = steps

    @property
    def done(self) -> bool:
        return self._steps is None

    def step(self) -> bool:
        """Run one step; False once every step has run."""
        if self._steps is None:
            return False
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            return False
        return True

    def finish(self) -> None:
        while self.step():
            pass


class StagedBuild:
    """Mixin for a QWidget whose construction is the generator ``_build``."""

    _build_steps: Steps = Steps(None)

    def start_build(self, staged: bool) -> None:
        """Called last in ``__init__``: build now, or leave the steps to ``build_step``."""
        self._build_steps = Steps(self._build())
        if not staged:
            self.finish_build()

    def _build(self) -> Iterator[None]:  # pragma: no cover — each view has its own
        raise NotImplementedError
        yield

    @property
    def is_built(self) -> bool:
        return self._build_steps.done

    def build_step(self) -> bool:
        """Run one step; False once the view is fully built."""
        return self._build_steps.step()

    def finish_build(self) -> None:
        self._build_steps.finish()


class QuietReload:
    """Mixin for a view whose ``reload`` is the generator ``_load_steps``: a view that is
    not on screen reloads a step per turn of the event loop (``reload_when_idle``), so a
    burst of changes — the operations queued behind an import committing together — never
    holds the window for the views nobody is looking at. Shown, it finishes at once."""

    _quiet: Steps = Steps(None)
    _quiet_timer = None

    def reload_when_idle(self) -> None:
        if self.isVisible():
            self.reload()
            return
        from PySide6.QtCore import QTimer

        self._quiet = Steps(self._load_steps())  # a newer reload replaces a half-done one
        if self._quiet_timer is None:
            self._quiet_timer = QTimer(self)
            self._quiet_timer.setInterval(0)
            self._quiet_timer.timeout.connect(self._quiet_step)
        self._quiet_timer.start()

    def _quiet_step(self) -> None:
        if not self._quiet.step():
            self._quiet_timer.stop()

    def finish_quiet_reload(self) -> None:
        """Before the view is painted: what is left of a reload runs now."""
        if not self._quiet.done:
            self._quiet.finish()
            self._quiet_timer.stop()

    def cancel_quiet_reload(self) -> None:
        """A full reload ran: the half-done one is not needed."""
        self._quiet = Steps(None)
        if self._quiet_timer is not None:
            self._quiet_timer.stop()
