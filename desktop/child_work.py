"""A long write in a process of its own, so that the window never shares the interpreter
with it.

A Messenger export of 100,000 messages is seconds of Python: reading JSON, building rows.
On a thread beside the window it holds the interpreter lock most of that time, and every
return of the window's thread from Qt waits for it (opening a conversation during such an
import took 50 ms instead of 10). In a child process it runs beside the window, not on it.

``run_in_child(fn, database_path, progress=…, cancelled=…, **kwargs)`` is called on a
worker thread and waits there (on a pipe, without the lock) for the child, which opens the
same database and calls ``fn(**kwargs, progress=…, cancelled=…)``. Progress comes back a
few times a second; Cancel reaches the child at its next check; the result or the error
(a ``UserError`` with its template, to be translated) comes back as if raised here. The
write stays one transaction in the child: a child that is cancelled, fails or dies leaves
the database as it was. The window's own writes meanwhile wait for the child's commit
(desktop/tasks.py, ``retry_locked``).
"""
from __future__ import annotations

import importlib
import multiprocessing
import time
import traceback
from typing import Any, Callable

from db.errors import QT_TRANSLATE_NOOP, UserError

PROGRESS_EVERY_S = 0.1
STOP_WAIT_S = 10.0


class ChildStopped(UserError):
    pass


def run_in_child(fn: Callable[..., Any], database_path: str, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, **kwargs) -> Any:
    """``fn(**kwargs, progress=…, cancelled=…)`` in a child process on ``database_path``;
    blocks the calling thread until it ends. ``fn`` must be a module-level function."""
    context = multiprocessing.get_context("spawn")  # no copy of the window's threads or Qt
    receive, send = context.Pipe(duplex=False)
    stop = context.Event()
    child = context.Process(target=_child_main, name="sportello-work", daemon=True,
                            args=(database_path, fn.__module__, fn.__qualname__, kwargs, send, stop))
    child.start()
    send.close()  # the child holds the only writing end: its exit ends the pipe
    try:
        while True:
            if cancelled is not None and cancelled():
                stop.set()
            if not receive.poll(0.05):
                continue
            try:
                kind, *payload = receive.recv()
            except EOFError:
                break
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "done":
                return payload[0]
            else:
                raise _rebuilt(*payload)
        child.join(STOP_WAIT_S)
        raise ChildStopped(QT_TRANSLATE_NOOP(
            "Errors", "The work stopped unexpectedly (exit status {status}); nothing of it was written."),
            status=child.exitcode)
    finally:
        receive.close()
        if child.is_alive():
            stop.set()
            child.join(STOP_WAIT_S)
        if child.is_alive():
            child.terminate()
            child.join()


def _child_main(database_path: str, module: str, name: str, kwargs: dict, send, stop) -> None:
    last = [0.0]

    def progress(done: int, total: int = 0) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            send.send(("progress", done, total))

    try:
        from db.database import close_database, open_database

        open_database(database_path)
        fn = importlib.import_module(module)
        for part in name.split("."):
            fn = getattr(fn, part)
        try:
            result = fn(**kwargs, progress=progress, cancelled=stop.is_set)
        finally:
            close_database()
        send.send(("done", result))
    except BaseException as exc:  # sent back whole: the parent raises it as its own
        send.send(("error", type(exc).__module__, type(exc).__qualname__, str(exc),
                   getattr(exc, "template", None), getattr(exc, "params", None), traceback.format_exc()))
    finally:
        send.close()


def _rebuilt(module: str, name: str, text: str, template: str | None, params: dict | None,
             child_traceback: str) -> BaseException:
    """The child's error as the parent's: the same class where it can be had (a UserError
    keeps its template and parameters, for translation), a RuntimeError otherwise."""
    cls: Any = None
    try:
        cls = importlib.import_module(module)
        for part in name.split("."):
            cls = getattr(cls, part)
    except (ImportError, AttributeError):
        cls = None
    if isinstance(cls, type) and issubclass(cls, UserError):
        exc = cls.__new__(cls)
        Exception.__init__(exc, text)
        exc.template, exc.params = template or text, params or {}
    else:
        try:  # InterruptedError (a cancel), sqlite3's errors (a lock is retried), OSError, …
            exc = cls(text) if isinstance(cls, type) and issubclass(cls, Exception) else None
        except TypeError:
            exc = None
        if exc is None:
            exc = RuntimeError(f"{name}: {text}")
    exc.child_traceback = child_traceback
    return exc
