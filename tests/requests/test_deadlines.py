"""Deadline engine: Reg. 1182/71 month counting, Finnish non-working days, extension and pause."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import deadlines as dl

D = dt.date
dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31))


@pytest.mark.parametrize(("received", "due"), [
    # ordinary: same date next month, a working day
    (D(2026, 3, 10), D(2026, 4, 10)),
    # the month ends on a Sunday → Monday
    (D(2026, 1, 15), D(2026, 2, 16)),
    # 31 January → last day of February, common and leap years
    (D(2025, 1, 31), D(2025, 2, 28)),
    (D(2024, 1, 31), D(2024, 2, 29)),
    (D(2023, 1, 29), D(2023, 2, 28)),
    (D(2024, 1, 29), D(2024, 2, 29)),
    (D(2023, 1, 30), D(2023, 2, 28)),
    # 31 → 30-day month
    (D(2026, 3, 31), D(2026, 4, 30)),
    (D(2026, 8, 31), D(2026, 9, 30)),
    # leap day received: 29.3.2024 is Good Friday, then Easter weekend and Easter Monday
    (D(2024, 2, 29), D(2024, 4, 2)),
    # Easter 2026: Good Friday 3.4, Easter Monday 6.4
    (D(2026, 3, 3), D(2026, 4, 7)),
    (D(2026, 3, 6), D(2026, 4, 7)),
    # vappu 1.5.2026 is a Friday
    (D(2026, 4, 1), D(2026, 5, 4)),
    # vappu on a Wednesday (2024)
    (D(2024, 4, 1), D(2024, 5, 2)),
    # helatorstai (Ascension) 14.5.2026
    (D(2026, 4, 14), D(2026, 4 + 1, 15)),
    # juhannusaatto 19.6.2026 (Friday), juhannuspäivä Saturday → Monday 22.6
    (D(2026, 5, 19), D(2026, 6, 22)),
    (D(2026, 5, 20), D(2026, 6, 22)),
    # itsenäisyyspäivä 6.12.2027 is a Monday
    (D(2027, 11, 6), D(2027, 12, 7)),
    # jouluaatto Wednesday 2025: 24, 25, 26 and the weekend → Monday 29.12
    (D(2025, 11, 24), D(2025, 12, 29)),
    # jouluaatto Thursday 2026 → Monday 28.12
    (D(2026, 11, 24), D(2026, 12, 28)),
    # 23.12.2026 is an ordinary Wednesday
    (D(2026, 11, 23), D(2026, 12, 23)),
    # over the year end: 31.1.2026 is a Saturday
    (D(2025, 12, 31), D(2026, 2, 2)),
    # uudenvuodenpäivä 1.1.2026 (Thursday) and loppiainen 6.1.2026 (Tuesday)
    (D(2025, 12, 1), D(2026, 1, 2)),
    (D(2025, 12, 6), D(2026, 1, 7)),
])
def test_due_date_examples(received: dt.date, due: dt.date) -> None:
    assert dl.due_date(received) == due


def test_flag_days_are_working_days() -> None:
    # Runeberg Day and svenska dagen are flag days, not holidays: a deadline may end on them.
    assert dl.is_working_day(D(2026, 2, 5))
    assert dl.is_working_day(D(2026, 11, 6))
    assert dl.due_date(D(2026, 1, 5)) == D(2026, 2, 5)


@pytest.mark.parametrize("year", range(2000, 2101))
def test_eves_and_national_days_never_working(year: int) -> None:
    days = dl.non_working_days(year)
    assert D(year, 12, 24) in days and D(year, 12, 6) in days and D(year, 5, 1) in days
    eve = next(d for d in days if d.month == 6 and d.weekday() == 4)
    assert 19 <= eve.day <= 25
    assert eve + dt.timedelta(days=1) in days  # juhannuspäivä the next day


def test_the_holidays_are_those_of_the_holidays_package() -> None:
    """The desk writes the Finnish holidays out (desktop.core.deadlines: the package's import costs 16 MiB);
    they must be the same days as ``holidays.FI``'s public holidays, plus the days the law adds."""
    import holidays

    for year in range(1992, 2101):
        theirs = set(holidays.country_holidays("FI", years=year, categories=("public",)))
        theirs |= {D(year, 12, 24), D(year, 12, 6), D(year, 5, 1)}
        assert dl.non_working_days(year) == theirs, year


def test_extension_examples() -> None:
    received = D(2026, 3, 10)
    assert dl.due_date(received, extension_months=2) == D(2026, 6, 10)
    # 10.5.2026 is a Sunday
    assert dl.due_date(received, extension_months=1) == D(2026, 5, 11)
    assert dl.check_extension(received, D(2026, 4, 10), 2, "Many years of recordings") == D(2026, 6, 10)


@pytest.mark.parametrize(("months", "reason", "decided", "extended", "message"), [
    (2, "complex", D(2026, 4, 11), False, "before it has passed"),
    (3, "complex", D(2026, 3, 20), False, "one or two months"),
    (0, "complex", D(2026, 3, 20), False, "one or two months"),
    (2, "   ", D(2026, 3, 20), False, "needs a reason"),
    (2, None, D(2026, 3, 20), False, "needs a reason"),
    (1, "complex", D(2026, 3, 20), True, "already been extended"),
])
def test_extension_refused(months: int, reason: str | None, decided: dt.date, extended: bool,
                           message: str) -> None:
    with pytest.raises(dl.DeadlineError) as info:
        dl.check_extension(D(2026, 3, 10), decided, months, reason, already_extended=extended)
    assert message in str(info.value)


def test_extension_deadline_counts_pause() -> None:
    # 10.4.2026 + 5 paused days = 15.4; deciding on 14.4 is still in time.
    assert dl.check_extension(D(2026, 3, 10), D(2026, 4, 14), 1, "x", paused_days=5) == D(2026, 5, 15)


def test_pause_moves_deadline() -> None:
    assert dl.due_date(D(2026, 3, 10), paused_days=5) == D(2026, 4, 15)
    # 10.4 + 1 = Saturday 11.4 → Monday 13.4
    assert dl.due_date(D(2026, 3, 10), paused_days=1) == D(2026, 4, 13)
    assert dl.paused_between(D(2026, 3, 20), D(2026, 3, 27)) == 7
    assert dl.paused_between(D(2026, 3, 20), D(2026, 3, 20)) == 0


def test_current_due_counts_open_pause() -> None:
    received = D(2026, 3, 10)
    assert dl.current_due(received, D(2026, 3, 25), paused_since=D(2026, 3, 20)) == D(2026, 4, 15)
    assert dl.current_due(received, D(2026, 3, 25), paused_days=2, paused_since=D(2026, 3, 20)) == \
        dl.due_date(received, paused_days=7)


def test_days_left_and_overdue() -> None:
    due = D(2026, 4, 10)
    assert dl.days_left(due, D(2026, 4, 1)) == 9
    assert dl.days_left(due, due) == 0 and not dl.is_overdue(due, due)
    assert dl.days_left(due, D(2026, 4, 13)) == -3 and dl.is_overdue(due, D(2026, 4, 11))


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="paused_days"):
        dl.due_date(D(2026, 1, 1), paused_days=-1)
    with pytest.raises(ValueError, match="extension_months"):
        dl.due_date(D(2026, 1, 1), extension_months=3)


def test_format_date() -> None:
    assert dl.format_date(D(2026, 1, 5)) == "5.1.2026"
    assert dl.format_date(D(2026, 12, 24)) == "24.12.2026"


# --- properties over 2000–2100 -----------------------------------------------------------------------

@given(dates)
def test_due_is_working_day_within_a_week_of_the_month(received: dt.date) -> None:
    due = dl.due_date(received)
    month_end = dl.add_months(received, 1)
    assert dl.is_working_day(due)
    assert month_end <= due < month_end + dt.timedelta(days=7)
    assert due > received + dt.timedelta(days=27)
    # nothing between the nominal end and the due date is a working day
    day = month_end
    while day < due:
        assert not dl.is_working_day(day)
        day += dt.timedelta(days=1)


@given(dates, dates)
def test_due_is_monotone(a: dt.date, b: dt.date) -> None:
    first, second = sorted((a, b))
    assert dl.due_date(first) <= dl.due_date(second)


@given(dates, st.integers(min_value=1, max_value=2))
def test_extension_at_most_three_months(received: dt.date, months: int) -> None:
    extended = dl.due_date(received, extension_months=months)
    assert dl.is_working_day(extended)
    assert dl.due_date(received) < extended
    assert extended < dl.add_months(received, 3) + dt.timedelta(days=7)
    assert dl.check_extension(received, dl.due_date(received), months, "reason") == extended


@given(dates, st.integers(min_value=0, max_value=120))
def test_pause_never_shortens(received: dt.date, paused: int) -> None:
    due = dl.due_date(received, paused_days=paused)
    assert due >= dl.due_date(received)
    assert due >= dl.add_months(received, 1) + dt.timedelta(days=paused)
    assert dl.is_working_day(due)


@given(dates, st.integers(min_value=0, max_value=11))
def test_add_months_keeps_day_or_clamps(start: dt.date, months: int) -> None:
    result = dl.add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day == start.day or (result.day < start.day and (result + dt.timedelta(days=1)).day == 1)


@given(dates)
@settings(max_examples=200)
def test_next_working_day_is_identity_on_working_days(day: dt.date) -> None:
    nxt = dl.next_working_day(day)
    assert dl.is_working_day(nxt) and nxt >= day
    assert (nxt == day) == dl.is_working_day(day)


def test_due_within_working_days_skips_weekends_and_holidays() -> None:
    # Tuesday 22.12.2026: 23rd, (Christmas Eve, Christmas, the weekend off) 28th, 29th, 30th, 31st.
    assert dl.working_days_after(D(2026, 12, 22), 5) == D(2026, 12, 31)
    assert dl.due_within_working_days(D(2026, 12, 31), D(2026, 12, 22), 5)
    assert not dl.due_within_working_days(D(2027, 1, 2), D(2026, 12, 22), 5)
    assert dl.due_within_working_days(D(2026, 12, 1), D(2026, 12, 22), 5)  # overdue counts too
