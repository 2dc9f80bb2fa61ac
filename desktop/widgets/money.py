"""Amounts in the business's currency, written as the interface's locale writes them."""
from __future__ import annotations

from PySide6.QtCore import QLocale

SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "RON": "lei", "CNY": "¥", "CHF": "CHF", "JPY": "¥"}


def money(cents: int | None, currency: str | None) -> str:
    """"€1,250.50", "1.250,50 €", "¥1,250.50": the locale's own pattern and separators."""
    if cents is None:
        return ""
    symbol = SYMBOLS.get((currency or "").upper(), (currency or "").upper())
    whole = cents % 100 == 0
    return QLocale().toCurrencyString(cents / 100, symbol, 0 if whole else 2)


def separators() -> tuple[str, str]:
    """The locale's decimal point and digit-group separator, for reading a typed amount."""
    locale = QLocale()
    return locale.decimalPoint(), locale.groupSeparator()
