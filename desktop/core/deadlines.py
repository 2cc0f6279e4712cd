"""Reply deadlines of data-subject requests: GDPR Art. 12(3) counted the Finnish way.

* The month is counted as in EU Regulation 1182/71 Art. 3(2)(c): it starts the day after receipt and ends
  on the same date in the next month; when that date does not exist (31.1 → February) it ends on the last
  day of that month.
* When the last day is a Saturday, Sunday, a Finnish public holiday (pyhäpäivä), Independence Day,
  May Day, Christmas Eve or Midsummer Eve, the deadline moves to the next working day
  (laki määräaikain laskemisesta 150/1930 §5; Reg. 1182/71 Art. 3(4) says the same).
* One extension of at most two further months (Art. 12(3)), decided before the original deadline and
  with a reason that is sent to the customer.
* While the identity of the requester is being clarified the clock is paused; the paused days are added
  to the nominal end before the working-day rule is applied.

Everything here is a pure function of dates so the queue, the letters and the tests use the same rules.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from desktop.core.errors import DomainError
from desktop.core.i18n import N_

REPLY_MONTHS = 1
MAX_EXTENSION_MONTHS = 2


class DeadlineError(DomainError):
    """An extension or pause that the rules do not allow."""


def add_months(start: dt.date, months: int) -> dt.date:
    """The same date ``months`` later; the last day of the month where that date does not exist."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _midsummer_eve(year: int) -> dt.date:
    # Midsummer Day is the Saturday between 20 and 26 June (since 1955); the eve is the Friday before.
    return next(dt.date(year, 6, day) for day in range(19, 26) if dt.date(year, 6, day).weekday() == 4)


def _saturday_from(start: dt.date) -> dt.date:
    """The first Saturday on or after ``start`` (Midsummer Day, All Saints' Day: the Saturday of a week)."""
    return start + dt.timedelta(days=(5 - start.weekday()) % 7)


@lru_cache(maxsize=256)
def non_working_days(year: int) -> frozenset[dt.date]:
    """Holidays of ``year`` that stop a deadline (weekends are checked separately): the Finnish public
    holidays as they have been since 1992, plus May Day, Independence Day, Midsummer and Christmas Eve.

    Written out here rather than taken from the ``holidays`` package, whose import loads the calendars
    of every country (16 MiB of a desk's memory, issue 14); tests/requests/test_deadlines.py checks
    these against ``holidays.FI`` (public category) for 1992-2100. Flag days of the "unofficial"
    category (Runeberg Day …) are working days and are left out.
    """
    from dateutil.easter import easter  # Western Easter; dateutil is small and imported once

    sunday = easter(year)
    days = {
        dt.date(year, 1, 1),  # uudenvuodenpäivä
        dt.date(year, 1, 6),  # loppiainen
        sunday - dt.timedelta(days=2), sunday, sunday + dt.timedelta(days=1),  # pitkäperjantai … 2. pääsiäispäivä
        dt.date(year, 5, 1),  # vappu
        sunday + dt.timedelta(days=39),  # helatorstai
        sunday + dt.timedelta(days=49),  # helluntaipäivä
        _midsummer_eve(year), _saturday_from(dt.date(year, 6, 20)),  # juhannusaatto, juhannuspäivä (20-26 June)
        _saturday_from(dt.date(year, 10, 31)),  # pyhäinpäivä (31 Oct - 6 Nov)
        dt.date(year, 12, 6),  # itsenäisyyspäivä
        dt.date(year, 12, 24), dt.date(year, 12, 25), dt.date(year, 12, 26),  # jouluaatto, joulupäivä, tapaninpäivä
    }
    return frozenset(days)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in non_working_days(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def working_days_after(day: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``day`` (``day`` itself does not count)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def due_within_working_days(due_on: dt.date, today: dt.date, count: int) -> bool:
    """Due (or overdue) by the ``count``-th working day from today: what a supervisor must see first."""
    return due_on <= working_days_after(today, count)


def due_date(received_on: dt.date, *, paused_days: int = 0, extension_months: int = 0) -> dt.date:
    """The last day on which the reply may be sent.

    ``paused_days`` (identity clarification) move the nominal end before the working-day rule;
    ``extension_months`` (0–2) lengthen the one-month period.
    """
    if paused_days < 0:
        raise ValueError("paused_days must not be negative")
    if not 0 <= extension_months <= MAX_EXTENSION_MONTHS:
        raise ValueError("extension_months must be 0, 1 or 2")
    # Art. 12(3): the further months run from the end of the first month (received 31.1.2025: the month
    # ends 28.2, two more end 28.4 — not 30.4 as three months from receipt would).
    first_month = add_months(received_on, REPLY_MONTHS)
    nominal = add_months(first_month, extension_months) + dt.timedelta(days=paused_days)
    return next_working_day(nominal)


def check_extension(received_on: dt.date, decided_on: dt.date, months: int, reason: str | None,
                    *, paused_days: int = 0, already_extended: bool = False) -> dt.date:
    """Validate an extension decision and return the new due date.

    Art. 12(3): one extension, at most two further months, told to the data subject with reasons within
    the first month — so only on or before the original due date.
    """
    if already_extended:
        raise DeadlineError(N_("The deadline has already been extended once."))
    if months not in (1, 2):
        raise DeadlineError(N_("The deadline can be extended by one or two months."))
    if not (reason or "").strip():
        raise DeadlineError(N_("An extension needs a reason; it is sent to the customer."))
    if decided_on < received_on:
        raise DeadlineError(N_("An extension cannot be decided before the request was received ({received})."),
                            received=format_date(received_on))
    original = due_date(received_on, paused_days=paused_days)
    if decided_on > original:
        raise DeadlineError(N_("The deadline can only be extended before it has passed (due {due})."),
                            due=format_date(original))
    return due_date(received_on, paused_days=paused_days, extension_months=months)


def paused_between(paused_since: dt.date, resumed_on: dt.date) -> int:
    """Days the clock stood still: from the day the clarification was asked to the day it was answered."""
    return max(0, (resumed_on - paused_since).days)


def current_due(received_on: dt.date, today: dt.date, *, paused_days: int = 0,
                paused_since: dt.date | None = None, extension_months: int = 0) -> dt.date:
    """Due date as it stands today: an open pause counts up to today."""
    running = paused_days + (paused_between(paused_since, today) if paused_since else 0)
    return due_date(received_on, paused_days=running, extension_months=extension_months)


def days_left(due_on: dt.date, today: dt.date) -> int:
    """Calendar days until the due date: 0 on the due date itself, negative when overdue."""
    return (due_on - today).days


def is_overdue(due_on: dt.date, today: dt.date) -> bool:
    return days_left(due_on, today) < 0


def format_date(day: dt.date) -> str:
    """Finnish date form d.m.yyyy without leading zeros (SFS 4175)."""
    return f"{day.day}.{day.month}.{day.year}"
