"""Settings that belong to the business, kept in the database as JSON values."""
from __future__ import annotations

import json
from typing import Any

from peewee import EXCLUDED

from db.models import Setting

DEFAULTS: dict[str, Any] = {
    "business.name": "",
    "business.website": "",
    "business.country": "",   # ISO 3166 code: the default region of phone numbers typed without +
    "business.currency": "",  # ISO 4217 code
    "page.name": "",
}

FALLBACK_REGION = "IT"  # a business that has not said where it is (databases from before)


def phone_region() -> str:
    """Where a phone number typed without its country code is read from: the business's
    country (Settings → Business)."""
    return (get("business.country") or FALLBACK_REGION).upper()


def example_phone(region: str | None = None) -> str:
    """A mobile number as one is written where the business is (the phone field's hint):
    "+44 7400 123456" for a London business, not an Italian one."""
    import phonenumbers

    region = region or phone_region()
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def get(key: str, default: Any = None) -> Any:
    row = Setting.select(Setting.value).where(Setting.key == key).tuples().first()
    if row is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row[0])


def put(key: str, value: Any) -> None:
    (Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False))
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: EXCLUDED.value}).execute())
