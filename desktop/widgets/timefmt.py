"""Times shown to people: local time, the locale's formats, relative when recent."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

def local(ts: int) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(ts)).toLocalTime()


def relative(ts: int, now: int) -> str:
    """'now', '5 min', '3 h', 'Yesterday', a weekday, or a date — like a chat list."""
    delta = max(0, now - ts)
    if delta < 60:
        return QCoreApplication.translate("Time", "now")
    if delta < 3600:
        minutes = delta // 60
        return QCoreApplication.translate("Time", "%n min", "", minutes)
    when = local(ts)
    today = local(now).date()
    if when.date() == today:
        hours = delta // 3600
        return QCoreApplication.translate("Time", "%n h", "", hours)
    if when.date() == today.addDays(-1):
        return QCoreApplication.translate("Time", "Yesterday")
    locale = QLocale()
    if when.date() > today.addDays(-7):
        return locale.dayName(when.date().dayOfWeek(), QLocale.ShortFormat)
    if when.date().year() == today.year():
        return locale.toString(when.date(), "d MMM")
    return locale.toString(when.date(), "d MMM yyyy")


def day_heading(ts: int, now: int) -> str:
    day = local(ts).date()
    today = local(now).date()
    if day == today:
        return QCoreApplication.translate("Time", "Today")
    if day == today.addDays(-1):
        return QCoreApplication.translate("Time", "Yesterday")
    return QLocale().toString(day, QLocale.LongFormat)


def when(ts: int, now: int) -> str:
    """A moment near now: "09:10", "tomorrow 09:10", "Friday 09:10", or a date and time."""
    moment = local(ts)
    today = local(now).date()
    time_text = clock(ts)
    if moment.date() == today:
        return time_text
    if moment.date() == today.addDays(1):
        return QCoreApplication.translate("Time", "tomorrow %1").replace("%1", time_text)
    if today < moment.date() < today.addDays(7):
        day = QLocale().dayName(moment.date().dayOfWeek(), QLocale.LongFormat)
        return f"{day} {time_text}"
    return full(ts)


def duration(seconds: float | None) -> str:
    """"45 s", "4 min", "1 h 20 min", "—"."""
    if seconds is None:
        return "—"
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("Time", "%n s", "", seconds)
    if seconds < 3600:
        minutes = seconds // 60
        return QCoreApplication.translate("Time", "%n min", "", minutes)
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    text = QCoreApplication.translate("Time", "%n h", "", hours)
    if minutes:
        text += " " + QCoreApplication.translate("Time", "%n min", "", minutes)
    return text


def short_when(ts: int, now: int) -> str:
    """As short as it can be: "14:00" today, "tomorrow", "Fri", "18 Nov"."""
    moment = local(ts)
    today = local(now).date()
    if moment.date() == today:
        return clock(ts)
    if moment.date() == today.addDays(1):
        return QCoreApplication.translate("Time", "tomorrow")
    if moment.date() == today.addDays(-1):
        return QCoreApplication.translate("Time", "yesterday")
    if today < moment.date() < today.addDays(7):
        return QLocale().dayName(moment.date().dayOfWeek(), QLocale.ShortFormat)
    return QLocale().toString(moment.date(), "d MMM")


def clock(ts: int) -> str:
    return QLocale().toString(local(ts).time(), QLocale.ShortFormat)


def month_year(ts: int) -> str:
    """"Oct 2026", "ott 2026", "2026年10月": in the interface's language (QDate.toString
    names the month in English whatever the language)."""
    locale = QLocale()
    if locale.language() == QLocale.Chinese:
        return locale.toString(local(ts).date(), "yyyy年M月")
    return locale.toString(local(ts).date(), "MMM yyyy")


def full(ts: int) -> str:
    """"18 Nov 2026, 15:15" — or the locale's own short date ("18/11/26", "2026/11/18") and clock."""
    moment = local(ts)
    locale = QLocale()
    if locale.language() in (QLocale.C, QLocale.English):
        day = locale.toString(moment.date(), "d MMM yyyy")
    else:
        day = locale.toString(moment.date(), QLocale.ShortFormat)
    return day + ", " + clock(ts)


def same_day(a: int, b: int) -> bool:
    return local(a).date() == local(b).date()


__all__ = ["relative", "day_heading", "clock", "full", "same_day", "local", "QDate", "Qt"]


_tz_cache: dict = {}


def local_tz():
    """The system's time zone as a tzinfo that knows its DST rules (IANA via Qt).

    Asking Qt costs ~5 ms, and views ask on every reload: the answer is kept per value
    of TZ (Qt itself reads the system zone once per process)."""
    import os

    key = os.environ.get("TZ")
    if key not in _tz_cache:
        _tz_cache[key] = _system_tz()
    return _tz_cache[key]


def _system_tz():
    from datetime import datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from PySide6.QtCore import QTimeZone

    try:
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        if name:
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, UnicodeDecodeError):
        pass
    return datetime.now().astimezone().tzinfo
