"""Errors a user can cause, in words the window can translate.

db/ has no Qt, yet its messages must reach the user in their language. A
``UserError`` keeps its English template and parameters apart; the window
translates the template (context "Errors") and then fills it in.
``QT_TRANSLATE_NOOP`` here only marks templates for pyside6-lupdate.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class UserError(ValueError):
    def __init__(self, template: str, **params) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
