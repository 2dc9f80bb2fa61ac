"""A time rule and what it did, in the user's language (Settings → Time rules, a lead's
record, the contact panel, the notices), and Undo of what it did. The stage is named as the
business renamed it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import rules as db_rules


def triggers() -> dict[str, str]:
    """The triggers, as the "When" list offers them."""
    from desktop.leads.stages import stage_name
    return {
        "lead_neutral": QCoreApplication.translate("Rules", "A lead stays in %1 without contact").replace(
            "%1", stage_name("neutral")),
        "conversation_waiting": QCoreApplication.translate("Rules", "A conversation waits for a reply"),
        "followup_overdue": QCoreApplication.translate("Rules", "A follow-up is overdue"),
    }


def actions() -> dict[str, str]:
    return {
        "followup": QCoreApplication.translate("Rules", "Make a follow-up for its owner"),
        "reassign": QCoreApplication.translate("Rules", "Hand it to…"),
        "flag": QCoreApplication.translate("Rules", "Flag it (a lead gets three stars)"),
        "notify": QCoreApplication.translate("Rules", "Notify its owner"),
    }


def condition(trigger: str, amount: int) -> str:
    """"In Neutral for 24 hours without contact", "Waiting for a reply for 3 hours"…"""
    from desktop.leads.stages import stage_name
    if trigger == "lead_neutral":
        return QCoreApplication.translate("Rules", "In %1 for %n hour(s) without contact", "", amount).replace(
            "%1", stage_name("neutral"))
    if trigger == "conversation_waiting":
        return QCoreApplication.translate("Rules", "Waiting for a reply for %n hour(s)", "", amount)
    return QCoreApplication.translate("Rules", "A follow-up overdue by %n day(s)", "", amount)


def outcome(action: str, member_name: str = "", on_lead: bool = False) -> str:
    if action == "followup":
        return QCoreApplication.translate("Rules", "follow-up made")
    if action == "reassign":
        return QCoreApplication.translate("Rules", "handed to %1").replace(
            "%1", member_name or QCoreApplication.translate("Rules", "someone who has left"))
    if action == "flag":
        return QCoreApplication.translate("Rules", "three stars") if on_lead else QCoreApplication.translate(
            "Rules", "flagged")
    return QCoreApplication.translate("Rules", "notified")


def rule_summary(rule: db_rules.Rule, member_name: str = "") -> str:
    """One line for the list of rules: "Waiting for a reply for 3 hours → Flag it"."""
    if rule.action == "reassign":
        then = QCoreApplication.translate("Rules", "Hand it to %1").replace(
            "%1", member_name or QCoreApplication.translate("Rules", "someone who has left"))
    elif rule.action == "flag":
        then = QCoreApplication.translate("Rules", "Give it three stars") if rule.trigger == "lead_neutral" else \
            QCoreApplication.translate("Rules", "Flag it")
    else:
        then = actions()[rule.action]
    text = f"{condition(rule.trigger, rule.amount)} → {then}"
    if not rule.enabled:
        text += " · " + QCoreApplication.translate("Rules", "off")
    return text


def firing_text(f: db_rules.Firing) -> str:
    """What a firing did: "In Neutral for 24 hours without contact → follow-up made"."""
    text = f"{condition(f.trigger, f.amount)} → {outcome(f.action, f.member_name, f.lead_id is not None)}"
    if f.undone_at is not None:
        text += " · " + QCoreApplication.translate("Rules", "undone")
    return text


def default_text(trigger: str) -> str:
    """The follow-up's text a new rule offers."""
    if trigger == "lead_neutral":
        return QCoreApplication.translate("Rules", "Contact this new lead: nobody has yet")
    return QCoreApplication.translate("Rules", "Answer this conversation: the customer is waiting")


def acted(count: int) -> str:
    return QCoreApplication.translate("Rules", "The time rules acted %n time(s).", "", count)


def undone(count: int) -> str:
    return QCoreApplication.translate("Rules", "Undone: %n action(s) of the time rules.", "", count)


def record(done: list[db_rules.Firing]) -> tuple[str, list[int]]:
    """What the rules did, a line each ("28 May, 20:26: In Neutral for 24 hours without contact
    → follow-up made"), and the firings not undone yet."""
    from desktop.widgets import timefmt
    return ("\n".join(f"{timefmt.full(f.fired_at)}: {firing_text(f)}" for f in done),
            [f.id for f in done if f.undone_at is None])


def undo_firings(ctx, ids: list[int], *, notice: bool = True, on_done=None, on_error=None) -> int | None:
    """Undo what these firings did: an operation like any other (the DB worker, the views
    told, the toast saying how many)."""
    from desktop.operations import Area, changes
    if not ids:
        return None
    ids, now = list(ids), ctx.now()
    return ctx.ops.run(
        lambda: db_rules.undo(ids, now), changes=changes(Area.LEADS, Area.INBOX, Area.REMINDERS, Area.SETTINGS),
        notice=(lambda r: undone(len(r.firings))) if notice else None,
        on_done=on_done, on_error=on_error)
