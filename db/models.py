"""The schema's one source: peewee models, with their defaults, checks and indexes.

On PostgreSQL the tables are made from these classes (``create_schema``); on SQLite the
numbered steps in db/migrations made them over the years, and
tests/db/test_database.py checks, column by column and index by index, that the two say
the same. A new step changes both: the migration, and the model it leaves.

Times are integer UTC seconds (see db.clock), BIGINT on PostgreSQL. Views never receive
model instances: the area modules return named tuples or frozen dataclasses.
"""
from __future__ import annotations

from peewee import (
    SQL,
    BigIntegerField,
    BooleanField,
    Check,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from db import choices
from db.database import database

Time = BigIntegerField  # seconds since the epoch: past 2038 on PostgreSQL too


def one_of(column: str, values: tuple[str, ...]) -> Check:
    return Check(f"{column} IN ({', '.join(repr(v) for v in values)})")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class TeamMember(BaseModel):
    first_name = TextField()
    last_name = TextField(default="")
    color = TextField(default="#4C6EF5")
    email = TextField(default="")
    active = BooleanField(default=True)

    @property
    def full_name(self) -> str:
        from db.text import display_name
        return display_name(self.first_name, self.last_name)


class Contact(BaseModel):
    first_name = TextField(default="")
    last_name = TextField(default="")
    city = TextField(default="")
    country = TextField(default="")
    work = TextField(default="")
    company = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    fan_since = Time(null=True)
    has_reviewed = BooleanField(default=False)
    blocked = BooleanField(default=False)
    external_id = TextField(null=True)
    created_at = Time()

    @property
    def full_name(self) -> str:
        from db.text import display_name
        return display_name(self.first_name, self.last_name)


class Conversation(BaseModel):
    contact = ForeignKeyField(Contact, backref="conversations", on_delete="CASCADE")
    channel = TextField(default="messenger", constraints=[one_of("channel", choices.CHANNELS)])
    folder = TextField(default="inbox", constraints=[one_of("folder", choices.FOLDERS)])
    unread = BooleanField(default=False)
    flagged = BooleanField(default=False)
    assignee = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    last_message_at = Time()
    snippet = TextField(default="")
    external_id = TextField(null=True)
    created_at = Time()
    post_id = TextField(default="")


class SavedReply(BaseModel):
    title = TextField()
    shortcut = TextField(default="")
    body = TextField()
    position = IntegerField(default=0)


class Message(BaseModel):
    conversation = ForeignKeyField(Conversation, backref="messages", on_delete="CASCADE")
    direction = TextField(constraints=[one_of("direction", ("in", "out"))])
    author = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    automatic = TextField(null=True, constraints=[one_of("automatic", choices.AUTOMATIC_KINDS)])
    text = TextField(default="")
    sent_at = Time()
    state = TextField(default="sent", constraints=[one_of("state", choices.MESSAGE_STATES)])
    tag = TextField(null=True)
    error = TextField(null=True)
    external_id = TextField(null=True)
    sending_since = Time(null=True)
    saved_reply = ForeignKeyField(SavedReply, null=True, on_delete="SET NULL")


class Attachment(BaseModel):
    message = ForeignKeyField(Message, backref="attachments", on_delete="CASCADE")
    kind = TextField(constraints=[one_of("kind", ("image", "video", "audio", "file"))])
    filename = TextField()
    path = TextField(default="")
    size = BigIntegerField(default=0)
    missing = BooleanField(default=False)
    sent_id = TextField(null=True)


class Label(BaseModel):
    name = TextField()  # unique whatever its case: see NOCASE_UNIQUE
    color = TextField(default="#868E96")


class ContactLabel(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    label = ForeignKeyField(Label, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("contact", "label")


class Lead(BaseModel):
    contact = ForeignKeyField(Contact, backref="leads", on_delete="CASCADE")
    stage = TextField(default="neutral", constraints=[one_of("stage", choices.STAGES)])
    owner = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    creator = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    source = TextField(default="manual", constraints=[one_of("source", choices.LEAD_SOURCES)])
    source_detail = TextField(default="")
    external_id = TextField(null=True)
    answers = TextField(default="{}")
    created_at = Time()
    stage_changed_at = Time()
    profile = TextField(default="{}")
    platform = TextField(default="")
    inbox_url = TextField(default="")
    form_status = TextField(default="")
    priority = IntegerField(default=0, constraints=[Check("priority BETWEEN 0 AND 3")])
    value_cents = BigIntegerField(null=True, constraints=[Check("value_cents IS NULL OR value_cents >= 0")])
    lost_at = Time(null=True)
    lost_reason = TextField(default="")


class LeadLabel(BaseModel):
    lead = ForeignKeyField(Lead, on_delete="CASCADE")
    label = ForeignKeyField(Label, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("lead", "label")


class LeadStageChange(BaseModel):
    lead = ForeignKeyField(Lead, backref="stage_changes", on_delete="CASCADE")
    from_stage = TextField(null=True)
    to_stage = TextField()
    member = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    changed_at = Time()


class Note(BaseModel):
    contact = ForeignKeyField(Contact, null=True, backref="notes", on_delete="CASCADE")
    lead = ForeignKeyField(Lead, null=True, backref="notes", on_delete="CASCADE")
    author = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    text = TextField()
    created_at = Time()
    updated_at = Time()

    class Meta:
        constraints = [Check("contact_id IS NOT NULL OR lead_id IS NOT NULL")]


class Reminder(BaseModel):
    lead = ForeignKeyField(Lead, null=True, backref="reminders", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
    owner = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    text = TextField()
    due_at = Time()
    done_at = Time(null=True)
    snoozed_until = Time(null=True)
    recurrence = TextField(null=True, constraints=[one_of("recurrence", choices.RECURRENCES)])
    created_at = Time()


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class BusinessHours(BaseModel):
    weekday = IntegerField(constraints=[Check("weekday BETWEEN 0 AND 6")])
    start_minute = IntegerField(constraints=[Check("start_minute BETWEEN 0 AND 1440")])
    end_minute = IntegerField(constraints=[Check("end_minute BETWEEN 0 AND 1440")])

    class Meta:
        table_name = "business_hours"
        constraints = [Check("start_minute < end_minute")]


class ClosedDate(BaseModel):
    day = TextField(primary_key=True)
    label = TextField(default="")


class AwayPeriod(BaseModel):
    start_at = Time()
    end_at = Time(null=True)
    source = TextField(constraints=[one_of("source", ("manual", "schedule"))])


class SupportCase(BaseModel):
    conversation = ForeignKeyField(Conversation, backref="cases", on_delete="CASCADE")
    category = TextField(default="product_info", constraints=[one_of("category", choices.CASE_CATEGORIES)])
    status = TextField(default="assisting", constraints=[one_of("status", choices.CASE_STATUSES)])
    product = TextField(default="")
    opened_at = Time()
    updated_at = Time()


class ConversionEvent(BaseModel):
    lead = ForeignKeyField(Lead, on_delete="CASCADE")
    stage_change_id = IntegerField(null=True)
    meta_lead_id = TextField()
    event_name = TextField()
    event_time = Time()
    state = TextField(default="pending", constraints=[one_of("state", ("pending", "sent", "failed"))])
    attempts = IntegerField(default=0)
    error = TextField(null=True)
    sending_since = Time(null=True)
    sent_at = Time(null=True)


class PagePost(BaseModel):
    id = TextField(primary_key=True)
    message = TextField(default="")
    created_at = Time(default=0)


class TimeRule(BaseModel):
    trigger = TextField(constraints=[one_of("trigger", choices.RULE_TRIGGERS)])
    amount = IntegerField(constraints=[Check("amount BETWEEN 1 AND 8760")])
    action = TextField(constraints=[one_of("action", choices.RULE_ACTIONS)])
    member = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    text = TextField(default="")
    enabled = BooleanField(default=True)
    active_from = Time()
    created_at = Time()


class RuleFiring(BaseModel):
    rule = ForeignKeyField(TimeRule, null=True, on_delete="SET NULL")
    trigger = TextField()
    amount = IntegerField()
    action = TextField()
    subject_id = IntegerField()
    since = Time()
    lead = ForeignKeyField(Lead, null=True, on_delete="CASCADE")
    conversation = ForeignKeyField(Conversation, null=True, on_delete="CASCADE")
    made_reminder = ForeignKeyField(Reminder, null=True, on_delete="SET NULL")
    before_value = IntegerField(null=True)
    after_value = IntegerField(null=True)
    fired_at = Time()
    notified_at = Time(null=True)
    undone_at = Time(null=True)


class SavedReplyAttachment(BaseModel):
    saved_reply = ForeignKeyField(SavedReply, backref="attachments", on_delete="CASCADE")
    filename = TextField()
    path = TextField()


class Draft(BaseModel):
    conversation = ForeignKeyField(Conversation, primary_key=True, on_delete="CASCADE")
    text = TextField()
    updated_at = Time()


class Audience(BaseModel):
    name = TextField()  # unique whatever its case: see NOCASE_UNIQUE
    filter = TextField()
    created_at = Time()


ALL_MODELS = (
    TeamMember, Contact, Conversation, SavedReply, Message, Attachment, Label, ContactLabel,
    Lead, LeadLabel, LeadStageChange, Note, Reminder, Setting,
    BusinessHours, ClosedDate, AwayPeriod, SupportCase, ConversionEvent, PagePost,
    TimeRule, RuleFiring, SavedReplyAttachment, Draft, Audience,
)

# Names unique whatever their case: SQLite's column is UNIQUE COLLATE NOCASE, PostgreSQL's
# index is on lower(name).
NOCASE_UNIQUE = (("label", "name"), ("audience", "name"))

# Every index but the primary keys', in SQLite's words: (name, table, unique, columns, where).
# ``X COLLATE NOCASE`` is ``lower(X)`` on PostgreSQL, and a flag compared with 1 is a boolean.
INDEXES = (
    ("contact_external", "contact", True, "external_id", "external_id IS NOT NULL"),
    ("contact_email", "contact", False, "email COLLATE NOCASE", "email != ''"),
    ("contact_phone", "contact", False, "phone", "phone != ''"),
    ("conversation_contact", "conversation", False, "contact_id", None),
    ("conversation_unread", "conversation", False, "folder", "unread = 1"),
    ("conversation_external", "conversation", True, "external_id", "external_id IS NOT NULL"),
    ("conversation_folder_recent", "conversation", False, "folder, last_message_at DESC, id DESC, contact_id", None),
    ("message_conversation_time", "message", False, "conversation_id, sent_at, id", None),
    ("message_external", "message", True, "external_id", "external_id IS NOT NULL"),
    ("message_sent_at", "message", False, "sent_at", None),
    ("message_pending", "message", False, "state", "state = 'pending'"),
    ("message_saved_reply", "message", False, "saved_reply_id", "saved_reply_id IS NOT NULL"),
    ("message_person_reply", "message", False, "conversation_id, sent_at",
     "direction = 'out' AND automatic IS NULL AND state != 'failed'"),
    ("attachment_message", "attachment", False, "message_id", None),
    ("contact_label_label", "contact_label", False, "label_id, contact_id", None),
    ("lead_stage", "lead", False, "stage, stage_changed_at DESC", None),
    ("lead_contact", "lead", False, "contact_id", None),
    ("lead_external", "lead", True, "external_id", "external_id IS NOT NULL"),
    ("lead_owner", "lead", False, "owner_id", None),
    ("lead_created", "lead", False, "created_at", None),
    ("lead_lost", "lead", False, "lost_at", "lost_at IS NOT NULL"),
    ("lead_board", "lead", False, "stage, priority DESC, stage_changed_at DESC, id DESC", "lost_at IS NULL"),
    ("lead_stage_change_lead", "lead_stage_change", False, "lead_id, changed_at", None),
    ("note_contact", "note", False, "contact_id, created_at", None),
    ("note_lead", "note", False, "lead_id, created_at", None),
    ("reminder_open_due", "reminder", False, "due_at", "done_at IS NULL"),
    ("reminder_lead", "reminder", False, "lead_id, done_at", None),
    ("reminder_contact", "reminder", False, "contact_id", None),
    ("away_period_start", "away_period", False, "start_at", None),
    ("support_case_conversation", "support_case", False, "conversation_id", None),
    ("support_case_opened", "support_case", False, "opened_at", None),
    ("saved_reply_attachment_reply", "saved_reply_attachment", False, "saved_reply_id", None),
    ("conversion_event_waiting", "conversion_event", False, "state", "state != 'sent'"),
    ("conversion_event_change", "conversion_event", False, "stage_change_id", None),
    ("rule_firing_once", "rule_firing", True, "rule_id, subject_id, since", None),
    ("rule_firing_lead", "rule_firing", False, "lead_id", None),
    ("rule_firing_conversation", "rule_firing", False, "conversation_id", None),
    ("rule_firing_made", "rule_firing", False, "made_reminder_id", None),
    ("rule_firing_unnotified", "rule_firing", False, "fired_at", "action = 'notify' AND notified_at IS NULL"),
)


def _sql_literal(value) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def sql_default(field) -> str | None:
    """The column's DEFAULT, as the schema writes it (the models' default is the rows')."""
    if field.default is None or callable(field.default) or field.primary_key:
        return None
    return _sql_literal(field.default)


def _for_postgresql(text: str) -> str:
    import re

    text = re.sub(r"(\w+) COLLATE NOCASE", r"lower(\1)", text)
    return text.replace("unread = 1", "unread")


def index_sql(engine: str) -> list[str]:
    """CREATE INDEX statements for ``engine``."""
    statements = []
    for name, table, unique, columns, where in INDEXES:
        sql = (f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON {table}({columns})"
               + (f" WHERE {where}" if where else ""))
        statements.append(_for_postgresql(sql) if engine == "postgresql" else sql)
    if engine == "postgresql":
        statements += [f"CREATE UNIQUE INDEX {table}_{column} ON {table}(lower({column}))"
                       for table, column in NOCASE_UNIQUE]
    return statements


def _complete_fields() -> None:
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField):
                field.index = False  # INDEXES says which foreign keys have one
            default = sql_default(field)
            if default is not None:
                field.constraints = [*(field.constraints or []), SQL(f"DEFAULT {default}")]


_complete_fields()


def create_schema(server) -> None:
    """Every table and index on a new PostgreSQL database, in one transaction (the caller's);
    the search's extension too (contrib's unaccent)."""
    server.execute_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    with server.bind_ctx(ALL_MODELS):
        server.create_tables(ALL_MODELS, safe=False)
    for statement in index_sql("postgresql"):
        server.execute_sql(statement)
    from db import conversions, live, search
    search.postgresql_schema(server)
    conversions.postgresql_schema(server)
    live.postgresql_schema(server)
