"""peewee models over the schema that db/migrations creates.

The migrations own the schema; these classes only describe it, so they never
create tables themselves. Times are integer UTC seconds (see db.clock).
Views never receive model instances: the area modules return named tuples or frozen
dataclasses.
"""
from __future__ import annotations

from peewee import (
    BooleanField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from db.database import database


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
    fan_since = IntegerField(null=True)
    has_reviewed = BooleanField(default=False)
    blocked = BooleanField(default=False)
    external_id = TextField(null=True)
    created_at = IntegerField()

    @property
    def full_name(self) -> str:
        from db.text import display_name
        return display_name(self.first_name, self.last_name)


class Conversation(BaseModel):
    contact = ForeignKeyField(Contact, backref="conversations", on_delete="CASCADE")
    channel = TextField(default="messenger")
    folder = TextField(default="inbox")
    unread = BooleanField(default=False)
    flagged = BooleanField(default=False)
    assignee = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    last_message_at = IntegerField()
    snippet = TextField(default="")
    external_id = TextField(null=True)
    created_at = IntegerField()
    post_id = TextField(default="")


class SavedReply(BaseModel):
    title = TextField()
    shortcut = TextField(default="")
    body = TextField()
    position = IntegerField(default=0)


class Message(BaseModel):
    conversation = ForeignKeyField(Conversation, backref="messages", on_delete="CASCADE")
    direction = TextField()
    author = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    automatic = TextField(null=True)
    text = TextField(default="")
    sent_at = IntegerField()
    state = TextField(default="sent")
    tag = TextField(null=True)
    error = TextField(null=True)
    external_id = TextField(null=True)
    sending_since = IntegerField(null=True)
    saved_reply = ForeignKeyField(SavedReply, null=True, on_delete="SET NULL")


class Attachment(BaseModel):
    message = ForeignKeyField(Message, backref="attachments", on_delete="CASCADE")
    kind = TextField()
    filename = TextField()
    path = TextField(default="")
    size = IntegerField(default=0)
    missing = BooleanField(default=False)
    sent_id = TextField(null=True)


class Label(BaseModel):
    name = TextField(unique=True)
    color = TextField(default="#868E96")


class ContactLabel(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    label = ForeignKeyField(Label, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("contact", "label")


class Lead(BaseModel):
    contact = ForeignKeyField(Contact, backref="leads", on_delete="CASCADE")
    stage = TextField(default="neutral")
    owner = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    creator = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    source = TextField(default="manual")
    source_detail = TextField(default="")
    external_id = TextField(null=True)
    answers = TextField(default="{}")
    created_at = IntegerField()
    stage_changed_at = IntegerField()
    profile = TextField(default="{}")
    platform = TextField(default="")
    inbox_url = TextField(default="")
    form_status = TextField(default="")
    priority = IntegerField(default=0)
    value_cents = IntegerField(null=True)
    lost_at = IntegerField(null=True)
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
    changed_at = IntegerField()


class Note(BaseModel):
    contact = ForeignKeyField(Contact, null=True, backref="notes", on_delete="CASCADE")
    lead = ForeignKeyField(Lead, null=True, backref="notes", on_delete="CASCADE")
    author = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    text = TextField()
    created_at = IntegerField()
    updated_at = IntegerField()


class Reminder(BaseModel):
    lead = ForeignKeyField(Lead, null=True, backref="reminders", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
    owner = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    text = TextField()
    due_at = IntegerField()
    done_at = IntegerField(null=True)
    snoozed_until = IntegerField(null=True)
    recurrence = TextField(null=True)
    created_at = IntegerField()


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class BusinessHours(BaseModel):
    weekday = IntegerField()
    start_minute = IntegerField()
    end_minute = IntegerField()

    class Meta:
        table_name = "business_hours"


class ClosedDate(BaseModel):
    day = TextField(primary_key=True)
    label = TextField(default="")


class AwayPeriod(BaseModel):
    start_at = IntegerField()
    end_at = IntegerField(null=True)
    source = TextField()


class SupportCase(BaseModel):
    conversation = ForeignKeyField(Conversation, backref="cases", on_delete="CASCADE")
    category = TextField(default="product_info")
    status = TextField(default="assisting")
    product = TextField(default="")
    opened_at = IntegerField()
    updated_at = IntegerField()


class ConversionEvent(BaseModel):
    lead = ForeignKeyField(Lead, on_delete="CASCADE")
    stage_change_id = IntegerField(null=True)
    meta_lead_id = TextField()
    event_name = TextField()
    event_time = IntegerField()
    state = TextField(default="pending")
    attempts = IntegerField(default=0)
    error = TextField(null=True)
    sending_since = IntegerField(null=True)
    sent_at = IntegerField(null=True)


class PagePost(BaseModel):
    id = TextField(primary_key=True)
    message = TextField(default="")
    created_at = IntegerField(default=0)


class TimeRule(BaseModel):
    trigger = TextField()
    amount = IntegerField()
    action = TextField()
    member = ForeignKeyField(TeamMember, null=True, on_delete="SET NULL")
    text = TextField(default="")
    enabled = IntegerField(default=1)
    active_from = IntegerField()
    created_at = IntegerField()


class RuleFiring(BaseModel):
    rule = ForeignKeyField(TimeRule, null=True, on_delete="SET NULL")
    trigger = TextField()
    amount = IntegerField()
    action = TextField()
    subject_id = IntegerField()
    since = IntegerField()
    lead = ForeignKeyField(Lead, null=True, on_delete="CASCADE")
    conversation = ForeignKeyField(Conversation, null=True, on_delete="CASCADE")
    made_reminder = ForeignKeyField(Reminder, null=True, on_delete="SET NULL")
    before_value = IntegerField(null=True)
    after_value = IntegerField(null=True)
    fired_at = IntegerField()
    notified_at = IntegerField(null=True)
    undone_at = IntegerField(null=True)


ALL_MODELS = (
    TeamMember, Contact, Conversation, Message, Attachment, Label, ContactLabel,
    Lead, LeadLabel, LeadStageChange, Note, SavedReply, Reminder, Setting,
    BusinessHours, ClosedDate, AwayPeriod, SupportCase, ConversionEvent, PagePost,
    TimeRule, RuleFiring,
)
