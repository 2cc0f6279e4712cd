"""Every instant is shown in Finnish time, with daylight saving, whatever zone the machine is set to."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from desktop.core.local_time import format_moment, format_time, local_date, local_midnight

UTC = dt.UTC


@pytest.fixture
def machine_in_new_york(monkeypatch):
    """The workstation (or terminal server) runs on another zone: nothing may follow it."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("utc", "shown"), [
    # Summer time starts on the last Sunday of March at 03:00 local time (01:00 UTC): 03:00 does not exist.
    (dt.datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "29.3.2026 02:59"),
    (dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "29.3.2026 04:00"),
    # It ends on the last Sunday of October at 04:00 local time (01:00 UTC): 03:xx comes twice.
    (dt.datetime(2026, 10, 25, 0, 59, tzinfo=UTC), "25.10.2026 03:59"),
    (dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC), "25.10.2026 03:00"),
    # Winter UTC+2, summer UTC+3.
    (dt.datetime(2026, 1, 5, 10, 3, tzinfo=UTC), "5.1.2026 12:03"),
    (dt.datetime(2026, 7, 5, 10, 3, tzinfo=UTC), "5.7.2026 13:03"),
    # A naive instant from the database is UTC too.
    (dt.datetime(2026, 7, 5, 10, 3), "5.7.2026 13:03"),
    # Late evening UTC is already the next Finnish day.
    (dt.datetime(2026, 6, 30, 21, 30, tzinfo=UTC), "1.7.2026 00:30"),
])
def test_an_instant_is_shown_in_finnish_time(machine_in_new_york, utc, shown):
    assert format_moment(utc) == shown


def test_the_finnish_day_and_its_midnight_across_the_switch(machine_in_new_york):
    assert local_date(dt.datetime(2026, 3, 28, 22, 30, tzinfo=UTC)) == dt.date(2026, 3, 29)
    assert local_midnight(dt.date(2026, 3, 29)) == dt.datetime(2026, 3, 28, 22, 0, tzinfo=UTC)
    assert local_midnight(dt.date(2026, 3, 30)) == dt.datetime(2026, 3, 29, 21, 0, tzinfo=UTC)  # summer time


def test_dates_seconds_and_the_letter_form():
    moment = dt.datetime(2026, 10, 25, 0, 59, 7, tzinfo=UTC)
    assert format_moment(moment, seconds=True) == "25.10.2026 03:59:07"
    assert format_moment(moment, separator=".") == "25.10.2026 03.59"
    assert format_time(moment) == "03:59"
    assert format_moment(dt.date(2026, 1, 2)) == "2.1.2026"
    assert format_moment(None) == ""
