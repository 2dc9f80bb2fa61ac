"""Errors from db/ in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.errors import UserError


def describe(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return QCoreApplication.translate("Errors", exc.template).format(**exc.params)
    return str(exc)
