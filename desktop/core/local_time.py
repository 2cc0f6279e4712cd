"""The one way an instant becomes text: Finnish time (Europe/Helsinki, with daylight saving).

Instants are stored in UTC (db.base.UtcDateTime); a naive one can only be UTC as well. Every view,
letter, receipt and export shows them through this module, whatever zone the workstation (or a
terminal server) is set to — an instant shown with the machine's zone on one tab and Finnish time on
another once made the same call read 11:03 and 13:03.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

DESK_ZONE = ZoneInfo("Europe/Helsinki")


def to_local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in the desk's zone (naive means UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(DESK_ZONE)


def local_date(moment: dt.datetime) -> dt.date:
    """The Finnish calendar day of an instant (deadlines and validity are Finnish days)."""
    return to_local(moment).date()


def local_midnight(day: dt.date) -> dt.datetime:
    """The UTC instant a Finnish calendar day begins."""
    return dt.datetime.combine(day, dt.time(), DESK_ZONE).astimezone(dt.UTC)


def format_day(day: dt.date) -> str:
    """Finnish date form d.m.yyyy without leading zeros (SFS 4175)."""
    return f"{day.day}.{day.month}.{day.year}"


def format_time(moment: dt.datetime, *, seconds: bool = False, separator: str = ":") -> str:
    """HH:MM (or HH:MM:SS) in Finnish time; letters use "." as Finnish print does (13.03)."""
    local = to_local(moment)
    text = f"{local:%H}{separator}{local:%M}"
    return f"{text}{separator}{local:%S}" if seconds else text


def format_moment(moment: dt.datetime | dt.date | None, *, seconds: bool = False, separator: str = ":") -> str:
    """d.m.yyyy HH:MM in Finnish time; a date alone as d.m.yyyy; None as ""."""
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        return f"{format_day(local_date(moment))} {format_time(moment, seconds=seconds, separator=separator)}"
    return format_day(moment)
