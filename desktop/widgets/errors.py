"""Errors from db/ in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.errors import UserError


def describe(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return QCoreApplication.translate("Errors", exc.template).format(**exc.params)
    if server_lost(exc):
        return server_lost_text()
    return str(exc)


def server_lost(exc: BaseException) -> bool:
    """The team's server went away (or the network to it): psycopg's error, through peewee."""
    from db.database import engine

    if engine() != "postgresql":
        return False
    import peewee

    if isinstance(exc, (peewee.InterfaceError, peewee.OperationalError)):
        text = str(exc).lower()
        return any(words in text for words in (
            "server closed", "connection", "terminating", "could not receive", "could not send", "eof",
            "shutting down", "the database system is"))
    return False


def server_lost_text() -> str:
    return QCoreApplication.translate(
        "Errors", "The team's server cannot be reached, so this was not saved. Sportello reconnects by itself: "
                  "try again in a moment.")
