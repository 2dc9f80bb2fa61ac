"""Stage names in the user's language."""
from PySide6.QtCore import QCoreApplication


def stage_name(stage: str) -> str:
    names = {
        "neutral": QCoreApplication.translate("Leads", "Neutral"),
        "interested": QCoreApplication.translate("Leads", "Interested"),
        "contacted": QCoreApplication.translate("Leads", "Contacted"),
        "converted": QCoreApplication.translate("Leads", "Converted"),
    }
    return names.get(stage, stage)


def stage_hint(stage: str) -> str:
    hints = {
        "neutral": QCoreApplication.translate("Leads", "New, raw leads"),
        "interested": QCoreApplication.translate("Leads", "Qualified"),
        "contacted": QCoreApplication.translate("Leads", "In conversation"),
        "converted": QCoreApplication.translate("Leads", "Customers"),
    }
    return hints.get(stage, "")
