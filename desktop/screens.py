"""Rendering the main views to pictures (for the README and for looking at them)."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def render_screenshots(db_path: Path, out: Path, views: Iterable[str],
                       size: tuple[int, int] = (1280, 800), language: str | None = None) -> list[Path]:
    from desktop.app import create_application
    from desktop.launcher import open_window

    # A throw-away settings file: taking pictures must not move the user's window.
    QSettings.setDefaultFormat(QSettings.IniFormat)
    settings_dir = tempfile.TemporaryDirectory(prefix="sportello-shots-")  # removed when done
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir.name)
    if language:
        from desktop.app import set_identity
        set_identity()
        QSettings().setValue("ui/language", language)
    app = create_application()
    window = open_window(db_path)
    window.resize(*size)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    inbox = window.view("inbox")
    # The newest conversation waiting for an answer (its suggested replies show), else the newest.
    from db import metrics
    waiting = metrics.waiting_for_reply(window.ctx.now())
    if waiting:
        inbox.open_conversation(max(waiting, key=lambda w: w.received_at).conversation_id)
    else:
        inbox.open_most_recent()
    for key in views:
        window.show_view(key)
        view = window.view(key)
        if key == "inbox":
            _wait(app, lambda: inbox.open_conversation_id is not None)
            _wait(app, lambda: bool(inbox.composer.suggestions), 2000)
        if key == "insights":
            _wait(app, lambda: getattr(view, "data", None) is not None, 20000)
        app.processEvents()
        target = out / f"{key}.png"
        window.grab().save(str(target))
        written.append(target)
    window.close()
    window.ctx.shutdown()
    QSettings().sync()
    settings_dir.cleanup()
    return written


def _wait(app: QApplication, done, limit_ms: int = 5000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(limit_ms)
    while not done() and not deadline.hasExpired():
        app.processEvents(QEventLoop.AllEvents, 50)
