"""Validating and normalising what people type about a contact: e-mail and phone."""
from __future__ import annotations

from db.errors import QT_TRANSLATE_NOOP, UserError


class FactError(UserError):
    pass


def normalize_email(text: str) -> str:
    """A valid address in its normal form, or "" for blank. No DNS look-ups (offline)."""
    from email_validator import EmailNotValidError, validate_email

    text = (text or "").strip()
    if not text:
        return ""
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
