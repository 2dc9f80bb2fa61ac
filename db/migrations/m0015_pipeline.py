"""The pipeline's own facts about a lead:

- ``priority``: none to three stars (starred cards come first in their column);
- ``value_cents``: the expected value, in the business's currency's minor units;
- ``lost_at`` / ``lost_reason``: a lead marked lost leaves the board (its stage is kept,
  so Restore puts it back where it was). Won is the Converted stage, dated by its change.
"""
from db.migrations import run_script

SCHEMA = """
ALTER TABLE lead ADD COLUMN priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3);
ALTER TABLE lead ADD COLUMN value_cents INTEGER CHECK (value_cents IS NULL OR value_cents >= 0);
ALTER TABLE lead ADD COLUMN lost_at INTEGER;
ALTER TABLE lead ADD COLUMN lost_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX lead_lost ON lead(lost_at) WHERE lost_at IS NOT NULL;
CREATE INDEX lead_board ON lead(stage, priority DESC, stage_changed_at DESC, id DESC) WHERE lost_at IS NULL;
"""


def up(conn):
    run_script(conn, SCHEMA)
