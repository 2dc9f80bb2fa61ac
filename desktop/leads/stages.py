"""Stage names in the user's language — or as the business renamed them (Settings → Leads).

The four stages keep their meaning and their mapping to Meta's; only the names shown can be
changed. The renamed names are read with the board (on the worker) and by Settings, and
kept here for every place that names a stage.
"""
from PySide6.QtCore import QCoreApplication

CUSTOM: dict[str, str] = {}  # stage -> the business's own name for it


def default_name(stage: str) -> str:
    names = {
        "neutral": QCoreApplication.translate("Leads", "Neutral"),
        "interested": QCoreApplication.translate("Leads", "Interested"),
        "contacted": QCoreApplication.translate("Leads", "Contacted"),
        "converted": QCoreApplication.translate("Leads", "Converted"),
    }
    return names.get(stage, stage)


def stage_name(stage: str) -> str:
    return CUSTOM.get(stage) or default_name(stage)


def use_names(names: dict[str, str]) -> None:
    CUSTOM.clear()
    CUSTOM.update({k: v for k, v in (names or {}).items() if v})


def stage_hint(stage: str) -> str:
    hints = {
        "neutral": QCoreApplication.translate("Leads", "New, raw leads"),
        "interested": QCoreApplication.translate("Leads", "Qualified"),
        "contacted": QCoreApplication.translate("Leads", "In conversation"),
        "converted": QCoreApplication.translate("Leads", "Customers"),
    }
    return hints.get(stage, "")


def lost_reason_name(reason: str) -> str:
    """A lost reason as shown: the standard ones (db.pipeline.DEFAULT_LOST_REASONS) in the
    user's language, the business's own as written."""
    names = {
        "Too expensive": QCoreApplication.translate("LeadsView", "Too expensive"),
        "Went elsewhere": QCoreApplication.translate("LeadsView", "Went elsewhere"),
        "No answer": QCoreApplication.translate("LeadsView", "No answer"),
        "Not interested": QCoreApplication.translate("LeadsView", "Not interested"),
        "Date not available": QCoreApplication.translate("LeadsView", "Date not available"),
    }
    return names.get(reason, reason)
