"""Settings that belong to the business, kept in the database as JSON values."""
from __future__ import annotations

import json
from typing import Any

from db.database import database

DEFAULTS: dict[str, Any] = {
    "business.name": "",
    "business.website": "",
    "page.name": "",
}


def get(key: str, default: Any = None) -> Any:
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row[0])


def put(key: str, value: Any) -> None:
    database.execute_sql(
        "INSERT INTO setting(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
