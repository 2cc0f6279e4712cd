"""A deadline's reasoning, step by step, always ends on the due date the queue shows."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import deadlines
from desktop.core.deadline_reasoning import explain

D = dt.date


def _text(steps) -> list[str]:
    return [message.format(**params) for message, params in steps]


def test_received_month_extension_pause_and_a_weekend() -> None:
    # Received Friday 30.1.2026: the month ends on Saturday 28.2 (no 30.2); the extension counts from that
    # end (issue 12: not from receipt), one month to Saturday 28.3; paused 5 days → Thursday 2.4, a working day.
    steps = _text(explain(D(2026, 1, 30), D(2026, 3, 1), paused_days=5, extension_months=1))
    assert steps == [
        "Received 30.1.2026.",
        "One month counted from the next day ends 28.2.2026 (EU Regulation 1182/71, Art. 3).",
        "Extended by 1 month(s) (GDPR Art. 12(3)): 28.3.2026.",
        "Clock paused for identity clarification, 5 day(s): 2.4.2026.",
        "Due 2.4.2026.",
    ]
    # A weekend after a pause still moves the day: received 2.1.2026, month ends 2.2, paused 5 → Saturday 7.2.
    steps = _text(explain(D(2026, 1, 2), D(2026, 1, 20), paused_days=5))
    assert steps[-2].startswith("7.2.2026 is a Saturday") and steps[-1] == "Due 9.2.2026."


def test_a_running_pause_counts_up_to_today() -> None:
    steps = _text(explain(D(2026, 3, 2), D(2026, 3, 12), paused_since=D(2026, 3, 9)))
    assert steps[2] == "Clock paused for identity clarification, 3 day(s) so far, still paused: 5.4.2026."
    assert steps[-2].startswith("5.4.2026 is a Sunday") and steps[-1] == "Due 7.4.2026."


@given(st.dates(D(2025, 1, 1), D(2028, 12, 31)), st.integers(0, 40), st.integers(0, 2), st.integers(0, 20))
def test_the_last_step_is_the_due_date(received: dt.date, paused: int, months: int, running: int) -> None:
    today = received + dt.timedelta(days=10 + running)
    since = today - dt.timedelta(days=running) if running else None
    due = deadlines.current_due(received, today, paused_days=paused, paused_since=since, extension_months=months)
    message, params = explain(received, today, paused_days=paused, paused_since=since, extension_months=months)[-1]
    assert message.format(**params) == f"Due {deadlines.format_date(due)}."
