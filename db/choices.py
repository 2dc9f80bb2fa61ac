"""The values the schema's enumerated columns allow (their CHECK constraints).

Kept apart from db.models so that an area module can name them without building
the peewee model classes, which no screen needs.
"""

FOLDERS = ("inbox", "done", "archived", "spam")
STAGES = ("neutral", "interested", "contacted", "converted")
CHANNELS = ("messenger", "comment", "email")
AUTOMATIC_KINDS = ("instant", "away", "greeting")
MESSAGE_STATES = ("sent", "pending", "failed", "unsent")
LEAD_SOURCES = ("form", "ad", "campaign", "organic", "manual", "import")
CASE_CATEGORIES = ("product_info", "site_info", "contact_info", "site_problem", "other")
CASE_STATUSES = ("assisting", "resolved", "waiting")
RECURRENCES = ("weekly", "monthly")
RULE_TRIGGERS = ("lead_neutral", "conversation_waiting", "followup_overdue")
RULE_ACTIONS = ("followup", "reassign", "flag", "notify")
