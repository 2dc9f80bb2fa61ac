"""The business itself: its name, website, country, currency and time zone (Settings →
Business). The country is where a phone number typed without its country code is read
from (db/settings.py ``phone_region``); the time zone is the business hours'."""
from __future__ import annotations

from typing import NamedTuple

from db import settings
from db.errors import QT_TRANSLATE_NOOP, UserError

CURRENCY_OF = {"IT": "EUR", "FR": "EUR", "DE": "EUR", "ES": "EUR", "PT": "EUR", "NL": "EUR", "BE": "EUR",
               "AT": "EUR", "IE": "EUR", "GR": "EUR", "GB": "GBP", "RO": "RON", "CN": "CNY", "US": "USD",
               "CH": "CHF", "PL": "PLN", "MD": "MDL", "HU": "HUF", "CZ": "CZK", "SE": "SEK", "DK": "DKK",
               "NO": "NOK", "CA": "CAD", "AU": "AUD", "JP": "JPY", "IN": "INR", "BR": "BRL", "MX": "MXN"}


class Profile(NamedTuple):
    name: str
    website: str
    country: str
    currency: str
    timezone: str


def profile() -> Profile:
    return Profile(settings.get("business.name") or "", settings.get("business.website") or "",
                   settings.get("business.country") or "", settings.get("business.currency") or "",
                   settings.get("business.timezone") or "")


def save_profile(p: Profile) -> Profile:
    """Check and keep the profile; UserError says what cannot be kept, and nothing is."""
    kept = check_profile(p)
    for key, value in zip(("name", "website", "country", "currency", "timezone"), kept):
        settings.put(f"business.{key}", value)
    return kept


def check_profile(p: Profile) -> Profile:
    """The profile as it would be kept (tidied), or UserError saying what is wrong. Reads
    and writes nothing: the first run checks it before any database exists."""
    import phonenumbers

    name, website = " ".join(p.name.split()), p.website.strip()
    country, currency, zone = p.country.strip().upper(), p.currency.strip().upper(), p.timezone.strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The business needs a name."))
    if website and not website.lower().startswith(("http://", "https://")):
        website = "https://" + website
    if country and country not in phonenumbers.SUPPORTED_REGIONS:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a country code such as IT or GB."),
                        value=country)
    if currency and not (len(currency) == 3 and currency.isalpha()):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a currency code such as EUR or GBP."),
                        value=currency)
    if zone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time zone such as Europe/Rome."),
                            value=zone) from None
    return Profile(name, website, country, currency or CURRENCY_OF.get(country, ""), zone)


def start_business(p: Profile, first_name: str, last_name: str = "") -> int:
    """A new business on an empty database: its profile and its first team member (the
    person starting it). The member's id; UserError, and nothing kept, when either is wrong."""
    from db import team
    from db.database import database
    from db.models import TeamMember

    first, last = " ".join(first_name.split()), " ".join(last_name.split())
    if not first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Say who you are: your first name."))
    with database.atomic("IMMEDIATE"):
        save_profile(p)
        return TeamMember.insert(first_name=first, last_name=last, color=team.COLORS[0]).execute()
