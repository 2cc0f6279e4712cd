"""Why a reply is due on its day, step by step, as desktop.core.deadlines counts it:
received → the month's end → extension → pauses → the next working day → due.

Each step is a translatable source (``N_``) with its parameters; the request detail shows them on
request (the deadline line's "Why this date?").
"""

from __future__ import annotations

import datetime as dt

from desktop.core import deadlines
from desktop.core.i18n import N_

Step = tuple[str, dict[str, object]]


def _day(day: dt.date) -> str:
    return deadlines.format_date(day)


def _why_not_working(day: dt.date) -> str:
    if day.weekday() == 5:
        return N_("a Saturday")
    if day.weekday() == 6:
        return N_("a Sunday")
    return N_("a public holiday or an eve the offices are closed")


def explain(received_on: dt.date, today: dt.date, *, paused_days: int = 0, paused_since: dt.date | None = None,
            extension_months: int = 0) -> list[Step]:
    """The steps from receipt to the due date as it stands today (an open pause counted up to today)."""
    steps: list[Step] = [(N_("Received {day}."), {"day": _day(received_on)})]
    month_end = deadlines.add_months(received_on, deadlines.REPLY_MONTHS)
    steps.append((N_("One month counted from the next day ends {day} (EU Regulation 1182/71, Art. 3)."),
                  {"day": _day(month_end)}))
    nominal = month_end
    if extension_months:
        nominal = deadlines.add_months(month_end, extension_months)  # from the first month's end, as due_date
        steps.append((N_("Extended by {months} month(s) (GDPR Art. 12(3)): {day}."),
                      {"months": extension_months, "day": _day(nominal)}))
    running = paused_days + (deadlines.paused_between(paused_since, today) if paused_since else 0)
    if running:
        nominal += dt.timedelta(days=running)
        text = (N_("Clock paused for identity clarification, {days} day(s) so far, still paused: {day}.")
                if paused_since else N_("Clock paused for identity clarification, {days} day(s): {day}."))
        steps.append((text, {"days": running, "day": _day(nominal)}))
    due = deadlines.next_working_day(nominal)
    if due != nominal:
        steps.append((N_("{day} is {why}: the deadline moves to the next working day (Act 150/1930, §5)."),
                      {"day": _day(nominal), "why": _why_not_working(nominal)}))
    steps.append((N_("Due {day}."), {"day": _day(due)}))
    return steps
