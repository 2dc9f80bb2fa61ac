"""Time rules: what the app does by itself when something has waited too long.

A rule is a trigger with a limit and an action, set in Settings → Time rules without code:

- ``lead_neutral``: a lead in Neutral for N hours without contact (no reply from a person
  to its contact since it entered the stage);
- ``conversation_waiting``: a conversation in the Inbox waiting for a reply for N hours
  (since the customer's first message after the last reply from a person: an automatic
  reply does not stop the wait);
- ``followup_overdue``: a follow-up not done N days after it fell due;

→ ``followup`` (a follow-up for the owner, due now), ``reassign`` (to a team member),
``flag`` (the conversation's flag; a lead gets three stars, so it comes first in its
column) or ``notify`` (a notice on the owner's computer; ``sportello sync`` prints it).

``evaluate`` runs every rule: the window does it every minute on its network worker (not
the DB worker, which runs what the user does), ``sportello sync`` after each sync. What is
due is read without the write lock, then read again and acted on in short transactions.
A rule acts once per wait (``rule_firing``'s unique key is the rule, the subject and when
its wait began), whichever process looks first. Each firing is recorded on its lead or conversation with what it changed, and
``undo`` puts that back — an undone firing stays, so the same wait is not acted on again.

Hours are the clock's hours, not opening hours: "waiting 24 hours" is a day.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

from db.choices import RULE_ACTIONS, RULE_TRIGGERS
from db.clock import DAY, HOUR
from db.database import (TRUE, Prepared, advance_sequences, chunks, database, engine, insert_rows, scalar,
                         slot)
from db.database import rows as db_rows
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.text import display_name
from peewee import EXCLUDED, JOIN, SQL, fn

ACTIONS_FOR = {
    "lead_neutral": ("followup", "reassign", "flag", "notify"),
    "conversation_waiting": ("followup", "reassign", "flag", "notify"),
    "followup_overdue": ("reassign", "flag", "notify"),  # a follow-up for a follow-up helps no one
}
MAX_HOURS = 8760   # a year
MAX_DAYS = 365
FLAG_STARS = 3


class RuleError(UserError):
    pass


def unit_seconds(trigger: str) -> int:
    """The limit's unit: hours, or days for an overdue follow-up."""
    return DAY if trigger == "followup_overdue" else HOUR


@dataclass(frozen=True)
class Rule:
    id: int
    trigger: str
    amount: int
    action: str
    member_id: int | None
    text: str
    enabled: bool
    active_from: int
    created_at: int

    @property
    def limit_seconds(self) -> int:
        return self.amount * unit_seconds(self.trigger)


def _rule_columns():
    from db.models import TimeRule as T
    return (T.id, T.trigger, T.amount, T.action, T.member, T.text, T.enabled, T.active_from, T.created_at)


def _rule_row(rule_id: int) -> tuple | None:
    from db.models import TimeRule
    found = db_rows(TimeRule.select(*_rule_columns()).where(TimeRule.id == rule_id))
    return tuple(found[0]) if found else None


def _rule(row) -> Rule:
    return Rule(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7], row[8])


def rules(enabled_only: bool = False) -> list[Rule]:
    from db.models import TimeRule

    query = TimeRule.select(*_rule_columns())
    if enabled_only:
        query = query.where(TimeRule.enabled == TRUE)
    return [_rule(r) for r in db_rows(query.order_by(TimeRule.id))]


def get(rule_id: int) -> Rule | None:
    row = _rule_row(rule_id)
    return _rule(row) if row else None


def check(trigger: str, amount: int, action: str, member_id: int | None, text: str) -> str:
    """The rule's text as it will be kept, or RuleError saying what is wrong."""
    if trigger not in RULE_TRIGGERS or action not in RULE_ACTIONS:
        raise ValueError(f"unknown rule {trigger!r} → {action!r}")
    if action not in ACTIONS_FOR[trigger]:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "An overdue follow-up cannot make another follow-up."))
    limit = MAX_DAYS if trigger == "followup_overdue" else MAX_HOURS
    if not 1 <= int(amount) <= limit:
        if trigger == "followup_overdue":
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "A rule's limit is from 1 to {limit} days."), limit=MAX_DAYS)
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A rule's limit is from 1 to {limit} hours."), limit=MAX_HOURS)
    if action == "reassign" and not _member_active(member_id):
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "Choose who the rule hands the work to."))
    text = " ".join((text or "").split())[:200]
    if action == "followup" and not text:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A follow-up needs a few words saying what to do."))
    return text


def _member_active(member_id: int | None) -> bool:
    """The person a rule hands work to is on the team (not gone, not deactivated)."""
    from db.models import TeamMember
    return member_id is not None and TeamMember.select().where(
        (TeamMember.id == member_id) & (TeamMember.active == TRUE)).exists()


class RuleChange(NamedTuple):
    """What saving or removing a rule replaced, for undo: the rule's row before (None: it
    did not exist)."""
    rule_id: int
    before: tuple | None


def save(rule_id: int | None, trigger: str, amount: int, action: str, member_id: int | None, text: str,
         enabled: bool, now: int, *, include_waiting: bool = False) -> RuleChange:
    """Add (``rule_id`` None) or change a rule. It acts on waits that pass its limit from
    now on; ``include_waiting`` also on those already past it (``over_limit`` counts them).
    A changed trigger, limit or action, or a rule switched on, starts again from now."""
    text = check(trigger, amount, action, member_id, text)
    member_id = member_id if action == "reassign" else None
    with database.atomic("IMMEDIATE"):
        old = None if rule_id is None else _rule_row(rule_id)
        if rule_id is not None and old is None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "That rule no longer exists."))
        if include_waiting:
            active_from = 0
        elif old is not None and (old[1], old[2], old[3], bool(old[6])) == (trigger, int(amount), action, True) \
                and enabled:
            active_from = old[7]  # only its text or person changed: it goes on as it was
        else:
            active_from = now
        from db.models import TimeRule

        values = dict(trigger=trigger, amount=int(amount), action=action, member=member_id, text=text,
                      enabled=bool(enabled), active_from=active_from)
        if old is None:
            rule_id = TimeRule.insert(**values, created_at=now).execute()
        else:
            TimeRule.update(**values).where(TimeRule.id == rule_id).execute()
        return RuleChange(rule_id, old)


def remove(rule_id: int) -> RuleChange:
    """Remove a rule. What it did stays recorded (and undoable) on its leads and conversations."""
    with database.atomic("IMMEDIATE"):
        old = _rule_row(rule_id)
        _forget_rule(rule_id)
        return RuleChange(rule_id, old)


def _forget_rule(rule_id: int) -> None:
    from db.models import RuleFiring, TimeRule

    TimeRule.delete().where(TimeRule.id == rule_id).execute()
    RuleFiring.update(rule=None).where(RuleFiring.rule == rule_id).execute()


def restore(change: RuleChange) -> None:
    """Undo save() or remove(): the rule as it was (a rule just added goes away)."""
    with database.atomic("IMMEDIATE"):
        from db.models import TimeRule

        if change.before is None:
            _forget_rule(change.rule_id)
            return
        columns = _rule_columns()
        values = dict(zip(columns, change.before))
        (TimeRule.insert(values)
         .on_conflict(conflict_target=[TimeRule.id], update={c: getattr(EXCLUDED, c.column_name) for c in columns[1:]})
         .execute())


# --- what is over a limit ----------------------------------------------------------------------

def _person_reply(m) -> SQL:
    """A reply from a person (not automatic, not failed) among ``m``'s messages, written out
    in full: SQLite uses the partial index message_person_reply only for a WHERE that names
    its terms as constants (a bound parameter cannot prove them when the query is prepared)."""
    a = m.__dict__['alias']
    return SQL(f"(\"{a}\".\"direction\" = 'out' AND \"{a}\".\"automatic\" IS NULL"
               f" AND \"{a}\".\"state\" != 'failed')")


class Subject(NamedTuple):
    subject_id: int
    since: int                  # when its wait began
    lead_id: int | None         # where the firing is recorded
    conversation_id: int | None
    contact_id: int | None
    owner_id: int | None        # who it belongs to (the follow-up's owner, the notice's reader)
    flag_value: int | None      # the lead's stars or the conversation's flag, now
    who: str


CHUNK = 5000  # subjects read again and acted on per transaction


def _over(trigger: str, limit: int, start: int, now: int, rule_id: int | None,
          member_id: int | None = None, only: Sequence[int] | None = None) -> list[Subject]:
    """What has waited longer than ``limit`` seconds, the wait having passed the limit at or
    after ``start``, and that rule ``rule_id`` has not acted on for this wait (``only``:
    among these subjects; ``rule_id`` None: whether acted on or not)."""
    from peewee import OP, Case, Expression, fn

    from db.models import Contact, Conversation, Lead, Message, Reminder, RuleFiring

    latest, earliest = now - limit, start - limit
    f, ct, c, m = RuleFiring.alias("f"), Contact.alias("ct"), Conversation.alias("c"), Message.alias("m")

    def not_fired(subject, since):
        """This rule has not acted on this subject for this wait."""
        if rule_id is None:
            return SQL("1 = 1")
        return ~fn.EXISTS(f.select(SQL("1")).where(
            (f.rule == rule_id) & (f.subject_id == subject) & (f.since == since)))

    def by_range(column):
        """A column the list is read by through its index; when only given ids are read
        again, ``column + 0`` keeps the planner on their primary keys instead (a range scan
        per batch of ids took the re-reading of 40,000 leads from 0.1 s to 2 s)."""
        return column + 0 if only is not None else column

    def narrowed(query, owner, key):
        if member_id is not None:
            query = query.where(owner.is_null() | (owner != member_id))
        if only is None:
            return query
        # The ids written into the query, not bound one by one: composing 900 parameters cost
        # peewee 20 ms a batch. They are our own integers (int() says so).
        return query.where(Expression(key, OP.IN, SQL("(" + ",".join(str(int(i)) for i in only) + ")")))

    if trigger == "lead_neutral":  # (what was acted on already is set aside before the messages are looked at)
        lead = Lead.alias("l")
        fresh = narrowed(lead.select(lead.id, lead.stage_changed_at, lead.contact, lead.owner, lead.priority).where(
            (lead.stage.concat("") == "neutral" if only is not None else lead.stage == "neutral")
            & lead.lost_at.is_null() & (by_range(lead.stage_changed_at) <= latest)
            & (by_range(lead.stage_changed_at) >= earliest) & not_fired(lead.id, lead.stage_changed_at)),
            lead.owner, lead.id).cte("fresh", materialized=True,
                                     columns=("id", "since", "contact_id", "owner_id", "priority"))
        contacted = fn.EXISTS(c.select(SQL("1")).join(m, on=(m.conversation == c.id)).where(
            (c.contact == fresh.c.contact_id) & _person_reply(m) & (m.sent_at >= fresh.c.since)))
        query = (fresh.select_from(fresh.c.id, fresh.c.since, fresh.c.id, SQL("NULL"), fresh.c.contact_id,
                                   fresh.c.owner_id, fresh.c.priority, ct.first_name, ct.last_name, ct.email)
                 .join(ct, on=(ct.id == fresh.c.contact_id)).where(~contacted))
    elif trigger == "conversation_waiting":
        # The wait began with the customer's first message after the last reply from a person.
        i, a = Message.alias("i"), Message.alias("a")
        last_answer = a.select(fn.MAX(a.sent_at)).where((a.conversation == c.id) & _person_reply(a))
        since = i.select(fn.MIN(i.sent_at)).where(
            (i.conversation == c.id) & (i.direction == "in") & (i.sent_at > fn.COALESCE(last_answer, -1)))
        waiting = narrowed(c.select(c.id, c.contact, c.assignee, c.flagged, since.alias("since")).where(
            (c.folder.concat("") == "inbox" if only is not None else c.folder == "inbox")
            & (by_range(c.last_message_at) >= earliest)), c.assignee, c.id).cte(
            "waiting", materialized=True, columns=("id", "contact_id", "assignee_id", "flagged", "since"))
        query = (waiting.select_from(waiting.c.id, waiting.c.since, SQL("NULL"), waiting.c.id, waiting.c.contact_id,
                                     waiting.c.assignee_id, waiting.c.flagged, ct.first_name, ct.last_name, ct.email)
                 .join(ct, on=(ct.id == waiting.c.contact_id))
                 .where((waiting.c.since <= latest) & (waiting.c.since >= earliest)
                        & not_fired(waiting.c.id, waiting.c.since)))
    elif trigger == "followup_overdue":
        r, lead = Reminder.alias("r"), Lead.alias("l")
        fires = fn.COALESCE(r.snoozed_until, r.due_at)
        newest = c.select(c.id).where(c.contact == r.contact).order_by(c.last_message_at.desc(), c.id.desc()).limit(1)
        flag = c.select(c.flagged.cast("integer")).where(c.contact == r.contact).order_by(  # (a server's boolean)
            c.last_message_at.desc(), c.id.desc()).limit(1)
        query = narrowed(
            r.select(r.id, fires, r.lead, Case(None, [(r.lead.is_null(), newest)]), fn.COALESCE(r.contact, lead.contact),
                     r.owner, Case(None, [(r.lead.is_null(False), lead.priority)], flag),
                     ct.first_name, ct.last_name, fn.COALESCE(ct.email, r.text))
            .join_from(r, lead, JOIN.LEFT_OUTER, on=(lead.id == r.lead))
            .join_from(r, ct, JOIN.LEFT_OUTER, on=(ct.id == fn.COALESCE(r.contact, lead.contact)))
            .where(r.done_at.is_null() & (by_range(r.due_at) <= latest) & (fires <= latest) & (fires >= earliest)
                   & not_fired(r.id, fires)), r.owner, r.id)
    else:
        raise ValueError(f"unknown trigger {trigger!r}")
    # In the order the waits began (the longest first; then by id): the firings, and so the
    # notices, come in that order on either engine, whatever order the plan reads them in.
    rows = sorted(database.execute_sql(*query.sql()), key=lambda row: (row[1], row[0]))
    return [Subject(row[0], row[1], row[2], row[3], row[4], row[5], None if row[6] is None else int(row[6]),
                    display_name(row[7] or "", row[8] or "") or (row[9] or ""))
            for row in rows]  # (peewee's row converters: 1.5 s per 90,000 rows)


def over_limit(trigger: str, amount: int, now: int) -> int:
    """How many are past this limit already (what "also those waiting now" would act on)."""
    return len(_over(trigger, int(amount) * unit_seconds(trigger), 0, now, None))


# --- acting ------------------------------------------------------------------------------------

@dataclass
class Evaluation:
    """What one evaluation did."""
    firings: list[int] = field(default_factory=list)
    by_action: dict[str, int] = field(default_factory=dict)
    leads: set[int] = field(default_factory=set)
    conversations: set[int] = field(default_factory=set)
    reminders: bool = False

    def __bool__(self) -> bool:
        return bool(self.firings)


def _flag_target(s: Subject) -> tuple[str, int] | None:
    """What "flag" changes: the lead's stars, or the conversation's flag."""
    if s.lead_id is not None:
        return "lead", s.lead_id
    if s.conversation_id is not None:
        return "conversation", s.conversation_id
    return None


def _reassign_target(trigger: str, s: Subject) -> tuple[str, int]:
    return {"lead_neutral": ("lead", s.subject_id), "conversation_waiting": ("conversation", s.subject_id),
            "followup_overdue": ("reminder", s.subject_id)}[trigger]


_OWNER_COLUMN = {"lead": "owner_id", "conversation": "assignee_id", "reminder": "owner_id"}
_FLAG_COLUMN = {"lead": "priority", "conversation": "flagged"}
_FLAG_VALUE = {"lead": FLAG_STARS, "conversation": 1}


def _next_id(model) -> int:
    return (scalar(model.select(fn.MAX(model.id))) or 0) + 1


def _model(table: str):
    from db.models import Conversation, Lead, Reminder
    return {"lead": Lead, "conversation": Conversation, "reminder": Reminder}[table]


def _set_column(table: str, column: str) -> Prepared:
    """UPDATE table SET column = slot 0 WHERE id = slot 1 (for executemany), one per engine."""
    key = (table, column)
    made = _SETTERS.get(key)
    if made is None:
        model = _model(table)
        field = model._meta.columns[column]
        made = _SETTERS[key] = Prepared(lambda: model.update({field: slot("0")}).where(model.id == slot("1")))
    return made


_SETTERS: dict = {}


def _flag(table: str, value):
    """A flag's value as the column holds it: a conversation's flag is a boolean on PostgreSQL."""
    return bool(value) if table == "conversation" and value is not None and engine() == "postgresql" else value


def _act(rule: Rule, subjects: list[Subject], now: int, result: Evaluation) -> None:
    """Do the rule's action on every subject, and record each firing: a few statements run
    over all of them (acting on 40,000 waiting leads at once took 2.8 s row by row)."""
    if not subjects:
        return
    from db.models import Reminder, RuleFiring

    made: list[int | None] = [None] * len(subjects)
    before: list[int | None] = [None] * len(subjects)
    after: list[int | None] = [None] * len(subjects)
    if rule.action == "followup":
        first = _next_id(Reminder)
        made = [first + i for i in range(len(subjects))]
        insert_rows(Reminder, ("id", "lead", "contact", "owner", "text", "due_at", "created_at"),
                    [(made[i], s.lead_id, None if s.lead_id is not None else s.contact_id, s.owner_id,
                      rule.text or "…", now, now) for i, s in enumerate(subjects)])
        advance_sequences(Reminder)
        result.reminders = True
    elif rule.action == "reassign":
        table = _reassign_target(rule.trigger, subjects[0])[0]
        before, after = [s.owner_id for s in subjects], [rule.member_id] * len(subjects)
        _set_column(table, _OWNER_COLUMN[table]).executemany(
            [(rule.member_id, _reassign_target(rule.trigger, s)[1]) for s in subjects])
        result.reminders = result.reminders or table == "reminder"
    elif rule.action == "flag":
        updates: dict[str, list] = {}
        for i, s in enumerate(subjects):
            target = _flag_target(s)
            if target is not None:
                table, row_id = target
                before[i], after[i] = s.flag_value, _FLAG_VALUE[table]
                updates.setdefault(table, []).append((after[i], row_id))
        for table, rows in updates.items():
            _set_column(table, _FLAG_COLUMN[table]).executemany([(_flag(table, v), i) for v, i in rows])
    first = _next_id(RuleFiring)
    insert_rows(RuleFiring, ("id", "rule", "trigger", "amount", "action", "subject_id", "since", "lead",
                             "conversation", "made_reminder", "before_value", "after_value", "fired_at"),
                [(first + i, rule.id, rule.trigger, rule.amount, rule.action, s.subject_id, s.since, s.lead_id,
                  s.conversation_id, made[i], before[i], after[i], now) for i, s in enumerate(subjects)])
    advance_sequences(RuleFiring)
    result.firings.extend(range(first, first + len(subjects)))
    result.by_action[rule.action] = result.by_action.get(rule.action, 0) + len(subjects)
    result.leads.update(s.lead_id for s in subjects if s.lead_id is not None)
    result.conversations.update(s.conversation_id for s in subjects if s.conversation_id is not None)


def _due(rule: Rule, now: int, only: Sequence[int] | None = None) -> list[Subject]:
    return _over(rule.trigger, rule.limit_seconds, rule.active_from, now, rule.id,
                 rule.member_id if rule.action == "reassign" else None, only)


def evaluate(now: int) -> Evaluation:
    """Run every rule that is on: act on what has passed its limit since the rule was set.

    What is due is read first, without the write lock (the whole database, ~0.5 s at
    50,000 leads: the other writers go on meanwhile); then, in short transactions of
    CHUNK subjects each, the subjects found are read again — someone may have answered
    since — and acted on. Between two of them the window's own writes go through (acting
    on 90,000 waiting at once holds the lock a few seconds in all, never all at once). A
    second process evaluating at the same time acts on nothing twice, and a minute with
    nothing due takes no lock at all."""
    result = Evaluation()
    found = {rule.id: subjects for rule in rules(enabled_only=True)
             if (rule.action != "reassign" or _member_active(rule.member_id)) and (subjects := _due(rule, now))}
    for rule_id, subjects in found.items():
        ids = [s.subject_id for s in subjects]
        for start in range(0, len(ids), CHUNK):
            with database.atomic("IMMEDIATE"):
                rule = get(rule_id)  # (changed or removed meanwhile: as it is now)
                if rule is None or not rule.enabled:
                    break
                if rule.action == "reassign" and not _member_active(rule.member_id):
                    break  # the person it handed work to has left: the rule waits to be set again
                _act(rule, _due(rule, now, ids[start:start + CHUNK]), now, result)
    return result


def undo(firing_ids: Sequence[int], now: int) -> Evaluation:
    """Put back what these firings changed (where no one has changed it since): the follow-up
    made goes, the work goes back to who had it, the flag or stars as they were. The
    firings stay recorded, as undone."""
    from db.models import Reminder, RuleFiring

    result = Evaluation()
    with database.atomic("IMMEDIATE"):
        for chunk in chunks(firing_ids):
            F = RuleFiring
            rows = db_rows(F.select(F.id, F.trigger, F.action, F.subject_id, F.lead, F.conversation, F.made_reminder,
                                    F.before_value, F.after_value).where(F.undone_at.is_null(), F.id.in_(chunk)))
            for fid, trigger, action, subject_id, lead_id, conversation_id, made, before, after in rows:
                s = Subject(subject_id, 0, lead_id, conversation_id, None, None, None, "")
                if action == "followup" and made is not None:
                    Reminder.delete().where(Reminder.id == made).execute()
                    result.reminders = True
                elif action == "reassign":
                    table, row_id = _reassign_target(trigger, s)
                    model = _model(table)
                    column = model._meta.columns[_OWNER_COLUMN[table]]
                    unchanged = column.is_null() if after is None else column == after
                    model.update({column: before}).where(model.id == row_id, unchanged).execute()
                    result.reminders = result.reminders or table == "reminder"
                elif action == "flag" and (target := _flag_target(s)) is not None and before is not None:
                    table, row_id = target
                    model = _model(table)
                    column = model._meta.columns[_FLAG_COLUMN[table]]
                    model.update({column: _flag(table, before)}).where(
                        model.id == row_id, column == _flag(table, after)).execute()
                F.update(undone_at=now).where(F.id == fid).execute()
                result.firings.append(fid)
                result.by_action[action] = result.by_action.get(action, 0) + 1
                if lead_id is not None:
                    result.leads.add(lead_id)
                if conversation_id is not None:
                    result.conversations.add(conversation_id)
    return result


# --- what the rules did --------------------------------------------------------------------------

class Firing(NamedTuple):
    id: int
    rule_id: int | None
    trigger: str
    amount: int
    action: str
    fired_at: int
    undone_at: int | None
    lead_id: int | None
    conversation_id: int | None
    member_name: str       # reassign: who it was handed to
    who: str               # the lead's or the conversation's person
    text: str              # the rule's text (the follow-up made, the notice)


def _firings_query(*where):
    """The firings with who they were handed to, their person, and the rule's text."""
    from db.models import Contact, Conversation, Lead, Reminder, RuleFiring, TeamMember, TimeRule

    f, tm, lead, c, ct = RuleFiring, TeamMember, Lead, Conversation, Contact
    r, mr, sr = TimeRule.alias(), Reminder.alias(), Reminder.alias()
    person = fn.COALESCE(lead.contact, c.contact)
    query = (f.select(f.id, f.rule, f.trigger, f.amount, f.action, f.fired_at, f.undone_at, f.lead, f.conversation,
                      tm.first_name, tm.last_name, ct.first_name, ct.last_name, ct.email,
                      fn.COALESCE(r.text, mr.text, ""))
             .join_from(f, tm, JOIN.LEFT_OUTER, on=((f.action == "reassign") & (tm.id == f.after_value)))
             .join_from(f, lead, JOIN.LEFT_OUTER, on=(lead.id == f.lead))
             .join_from(f, c, JOIN.LEFT_OUTER, on=(c.id == f.conversation))
             .join_from(f, ct, JOIN.LEFT_OUTER, on=(ct.id == person))
             .join_from(f, r, JOIN.LEFT_OUTER, on=(r.id == f.rule))
             .join_from(f, mr, JOIN.LEFT_OUTER, on=(mr.id == f.made_reminder)))
    return query, sr


def _notice_conditions(query, sr, member_id: int | None):
    """The notices not yet shown, of ``member_id`` or of work nobody owns."""
    from db.models import Conversation, Lead, RuleFiring as f

    owner = fn.COALESCE(sr.owner, Lead.owner, Conversation.assignee)
    theirs = owner.is_null() if member_id is None else (owner.is_null() | (owner == member_id))
    return (query.join_from(f, sr, JOIN.LEFT_OUTER, on=((f.trigger == "followup_overdue") & (sr.id == f.subject_id)))
            .where(f.action == "notify", f.notified_at.is_null(), f.undone_at.is_null(), theirs))


def _firing(r) -> Firing:
    return Firing(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], display_name(r[9] or "", r[10] or ""),
                  display_name(r[11] or "", r[12] or "") or (r[13] or ""), r[14])


def firings(*, lead_id: int | None = None, conversation_id: int | None = None, contact_id: int | None = None,
            limit: int = 200) -> list[Firing]:
    """What the rules did, newest first: on a lead, a conversation, a person, or anywhere."""
    from db.models import Conversation, Lead, RuleFiring as f

    query, _sr = _firings_query()
    if lead_id is not None:
        query = query.where(f.lead == lead_id)
    elif conversation_id is not None:
        query = query.where(f.conversation == conversation_id)
    elif contact_id is not None:
        lead, c = Lead.alias(), Conversation.alias()
        query = query.where(f.lead.in_(lead.select(lead.id).where(lead.contact == contact_id))
                            | f.conversation.in_(c.select(c.id).where(c.contact == contact_id)))
    return [_firing(r) for r in db_rows(query.order_by(f.fired_at.desc(), f.id.desc()).limit(limit))]


def notices(member_id: int | None, limit: int = 50) -> list[Firing]:
    """The notices not yet shown to ``member_id``: theirs, and those of work nobody owns."""
    from db.models import RuleFiring as f

    query, sr = _firings_query()
    rows = db_rows(_notice_conditions(query, sr, member_id).order_by(f.fired_at, f.id).limit(limit))
    return [_firing(r) for r in rows]


def mark_notified(firing_ids: Sequence[int], now: int) -> None:
    if not firing_ids:
        return  # (no write lock taken for nothing, every minute)
    from db.models import RuleFiring as f

    with database.atomic("IMMEDIATE"):
        for chunk in chunks(list(firing_ids)):
            f.update(notified_at=now).where(f.id.in_(chunk), f.notified_at.is_null()).execute()


def take_notices(member_id: int | None, now: int, shown: int = 50) -> tuple[list[Firing], int]:
    """All the notices waiting for ``member_id``, marked shown: the first ``shown`` of them
    and how many there were (a rule set on 40,000 waiting leads is one notice window with
    a count, not 50 more every minute for a day)."""
    first = notices(member_id, shown)
    if not first:
        return [], 0
    from db.models import Conversation, Lead, Reminder, RuleFiring as f

    query = (f.select(f.id).join_from(f, Lead, JOIN.LEFT_OUTER, on=(Lead.id == f.lead))
             .join_from(f, Conversation, JOIN.LEFT_OUTER, on=(Conversation.id == f.conversation)))
    ids = [r[0] for r in db_rows(_notice_conditions(query, Reminder.alias(), member_id))]
    mark_notified(ids, now)
    return first, len(ids)
