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
    _finishing = False  # the rest of the build runs now, in one go (no event loop between steps)

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
        self._finishing = True
        self._build_steps.finish()


class _IdleSteps:
    """The one queue of background reloads: a step of one of them per turn of the event loop
    (two views' steps in the same turn would add up to a stall)."""

    def __init__(self) -> None:
        self._queue: dict[int, tuple[object, Steps]] = {}
        self._timer = None

    def put(self, owner, steps: Steps) -> None:
        self._queue.pop(id(owner), None)  # a newer reload replaces a half-done one, at the back
        self._queue[id(owner)] = (owner, steps)
        if self._timer is None:
            from PySide6.QtCore import QTimer

            self._timer = QTimer()
            # 1 ms, not 0: Qt runs a zero timer again before timers that fell due meanwhile
            # (the window's own, a paint), so the steps would follow each other unbroken.
            self._timer.setInterval(1)
            self._timer.timeout.connect(self._step)
        self._timer.start()

    def take(self, owner) -> Steps | None:
        entry = self._queue.pop(id(owner), None)
        return entry[1] if entry else None

    def _step(self) -> None:
        if not self._queue:
            self._timer.stop()
            return
        key = next(iter(self._queue))
        owner, steps = self._queue[key]
        try:
            alive = steps.step()
        except RuntimeError:  # the view was deleted meanwhile
            alive = False
        if not alive:
            self._queue.pop(key, None)
        if not self._queue:
            self._timer.stop()


IDLE_STEPS = _IdleSteps()


class QuietReload:
    """Mixin for a view whose ``reload`` is the generator ``_load_steps``: told of a change,
    the view reloads a step per turn of the event loop (``reload_when_idle``; one step of
    one view per turn, through ``IDLE_STEPS``), so a burst of changes — the operations
    queued behind an import committing together — never holds the window: the board's four
    columns are four short steps, not one 40 ms stall. A view about to be shown, or
    reloaded at once, finishes or drops what is left first."""

    _reads = 0  # reloads asked for; an answer from the worker for an older one is dropped

    def _read_for_reload(self):
        """The view's reading, as a function for the DB worker; its result is handed to
        ``_load_steps(known)``."""
        raise NotImplementedError

    def _first_load(self):
        """The build's last steps: the first reading on the worker while the view is built
        ahead (the window serves the user meanwhile; a month of follow-ups read here held
        it ~40 ms), or here and now once the build is finished in one go."""
        self._reads += 1
        known: list = []
        if not getattr(self, "_finishing", True):
            self.ctx.tasks.run(self._read_for_reload(), known.append)
            while not known and not self._finishing:
                yield
        yield from self._load_steps(known[0] if known else None)

    def reload(self) -> None:
        """Read and show now (a filter the user changed, the view being built)."""
        self._reads += 1  # an answer still on its way is old now
        self.cancel_quiet_reload()
        for _ in self._load_steps():
            pass

    def reload_when_idle(self) -> None:
        """After a change: read on the worker (behind the commit that made it), then show a
        step per turn of the event loop."""
        self._reads += 1
        generation = self._reads

        def got(known) -> None:
            if generation == self._reads:
                IDLE_STEPS.put(self, Steps(self._load_steps(known)))

        self.ctx.tasks.run(self._read_for_reload(), got)

    def showEvent(self, event) -> None:
        self.finish_quiet_reload()
        super().showEvent(event)

    def finish_quiet_reload(self) -> None:
        """Before the view is painted: what is left of a reload runs now."""
        steps = IDLE_STEPS.take(self)
        if steps is not None:
            steps.finish()

    def cancel_quiet_reload(self) -> None:
        """A full reload ran: the half-done one is not needed."""
        IDLE_STEPS.take(self)
