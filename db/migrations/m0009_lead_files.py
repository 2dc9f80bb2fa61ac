"""Lead files as Meta writes them, and imports that do not scan the inbox.

- ``lead.profile``: the standard answers of Meta's lead forms that have no column of
  the contact's (state, zip code, date of birth, ...), under Meta's own field names.
- ``lead.platform`` ('facebook' / 'instagram'), ``lead.inbox_url`` (the lead's thread in
  Meta's inbox) and ``lead.form_status`` (Meta's ``lead_status``: whether the form was
  completed, not a stage of ours).
- Indexes on the contact's e-mail (case-folded) and phone: an imported row finds the
  person already here without reading every contact.
"""
from db.migrations import run_script

SCHEMA = """
ALTER TABLE lead ADD COLUMN profile TEXT NOT NULL DEFAULT '{}';
ALTER TABLE lead ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE lead ADD COLUMN inbox_url TEXT NOT NULL DEFAULT '';
ALTER TABLE lead ADD COLUMN form_status TEXT NOT NULL DEFAULT '';
CREATE INDEX contact_email ON contact(email COLLATE NOCASE) WHERE email != '';
CREATE INDEX contact_phone ON contact(phone) WHERE phone != '';
"""


def up(conn):
    run_script(conn, SCHEMA)
