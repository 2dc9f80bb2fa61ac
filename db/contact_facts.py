"""Validating and normalising what people type about a contact: e-mail and phone."""
from __future__ import annotations

import re

from db.errors import QT_TRANSLATE_NOOP, UserError

# The everyday address (ASCII letters, digits, . _ % + - before the @; a domain of plain
# labels and a letters-only top level): read here, ~30x quicker than email_validator,
# which gives every other address its full check. A test holds the two to the same
# answers; the special-use top levels it refuses (.local, .test, ...) go to it, and so do
# domains with "--" in a label.
_PLAIN_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)@"
    r"(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?P<tld>[A-Za-z]{2,63}))")
_SPECIAL_TLDS = {"arpa", "invalid", "local", "localhost", "onion", "test", "home", "lan", "internal", "corp",
                 "example", "intranet", "private"}


class FactError(UserError):
    pass


def normalize_email(text: str) -> str:
    """A valid address in its normal form, or "" for blank. No DNS look-ups (offline)."""
    text = (text or "").strip()
    if not text:
        return ""
    plain = _PLAIN_EMAIL.fullmatch(text)
    # (a label with "--" goes to the full check too: RFC 5890 reserves "ab--" for Punycode)
    if (plain and len(text) <= 254 and len(plain["local"]) <= 64
            and plain["tld"].lower() not in _SPECIAL_TLDS and "--" not in plain["domain"]):
        return f"{plain['local']}@{plain['domain'].lower()}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise FactError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid e-mail address."), value=text) from None


def normalize_phone(text: str, region: str = "IT") -> str:
    """E.164 ("+393331234567"), or "" for blank; a number without + is read as ``region``'s."""
    import phonenumbers

    text = (text or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise FactError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a phone number."), value=text) from None
    if not phonenumbers.is_valid_number(number):
        raise FactError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid phone number."), value=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def split_name(full: str) -> tuple[str, str]:
    parts = (full or "").split()
    if not parts:
        return "", ""
    return parts[0], " ".join(parts[1:])
