"""Reports for supervisors and the data protection officer: counts over a period and per month, never
names of customers. The database does the counting (db.repositories.reports); this module only adds the
aggregate rows up, and finds the median and 90th percentile of the days to reply from their histogram
(nearest rank: the smallest day count that at least half, or 90 %, of the replies took at most).

Hetu reveals per supervisor come from the audit log, which only the data protection officer may read:
a supervisor's report leaves them out (``hetu_reveals`` is None) and says so. Every run is audited
(``report_run``: the period and what was made of it, screen, PDF or CSV).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import reports as repo
from desktop.core.i18n import N_
from desktop.core.local_time import local_midnight
from desktop.core.report_charts import month_name, short_month
from desktop.core.roles import Actor, Permission
from desktop.services.report_dtos import MAX_MONTHS, OUTPUTS, MonthRow, ReportError, ReportFigures, percent


def nearest_rank(histogram: Iterable[tuple[int, int]], fraction: float) -> int | None:
    """The ``fraction`` percentile (nearest rank) of values given as (value, how many)."""
    ordered = sorted(histogram)
    total = sum(n for _v, n in ordered)
    if total == 0:
        return None
    rank, seen = max(1, math.ceil(fraction * total)), 0
    for value, count in ordered:
        seen += count
        if seen >= rank:
            return value
    return ordered[-1][0]


def months_of(first: dt.date, last: dt.date) -> list[repo.Month]:
    """Each month the period touches: (label, first day in the period, the day after its last)."""
    months, start = [], first
    while start <= last:
        next_month = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        end = min(next_month, last + dt.timedelta(days=1))
        months.append((f"{start.year}-{start.month:02d}", start, end))
        start = next_month
    return months


class ReportService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def run(self, first: dt.date, last: dt.date, output: str = "screen") -> ReportFigures:
        """The figures of the period ``first``..``last`` (inclusive), audited as one report run."""
        self.actor.require(Permission.RUN_REPORTS)
        if output not in OUTPUTS:
            raise ReportError(N_("Unknown report format."))
        if last < first:
            raise ReportError(N_("The report period ends before it begins."))
        months = months_of(first, last)
        if len(months) > MAX_MONTHS:
            raise ReportError(N_("A report covers at most {count} months."), count=MAX_MONTHS)
        starts = [(label, local_midnight(start)) for label, start, _end in months]
        starts.append(("", local_midnight(last + dt.timedelta(days=1))))
        start, end = starts[0][1], starts[-1][1]
        with self.database.transaction() as session:
            received = repo.received(session, first, last, months)
            replies = repo.replies(session, first, last, months)
            events = repo.state_events(session, starts, ("refused", "withdrawn"))
            calls = repo.calls(session, starts)
            figures = ReportFigures(
                first=first, last=last, made_at=self.clock(), made_by=self.actor.display_name or self.actor.username,
                months=_monthly(months, received, replies, events, calls),
                received_by=_summed(((t, c), n) for _m, t, c, n in received),
                received_by_month=tuple(sorted(_summed(((m, t), n) for m, t, _c, n in received))),
                answered=sum(n for *_x, n in replies), on_time=sum(n for _m, _d, ok, n in replies if ok),
                median_days=nearest_rank(_histogram(replies), 0.5), p90_days=nearest_rank(_histogram(replies), 0.9),
                days_histogram=tuple(sorted(_histogram(replies))),
                extensions=tuple(repo.extensions(session, first, last)),
                paused_requests=(paused := repo.pauses(session, first, last))[0], paused_days=paused[1],
                refusals=sum(n for _m, s, n in events if s == "refused"),
                withdrawals=sum(n for _m, s, n in events if s == "withdrawn"),
                open_at_end=repo.open_at(session, last, end),
                consents=tuple(sorted(repo.consents(session, start, end))),
                calls=sum(n for _m, n, _o in calls), objections=sum(o for _m, _n, o in calls),
                hetu_reveals=(tuple(repo.hetu_reveals(session, start, end))
                              if self.actor.can(Permission.READ_AUDIT) else None),
                disclosures=tuple(repo.disclosures(session, first, last)),
            )
            audit.append(session, self.actor, "report_run", purpose="report",
                         detail={"from": first.isoformat(), "to": last.isoformat(), "output": output})
        return figures


def _summed(pairs: Iterable[tuple[tuple[str, str], int]]) -> tuple[tuple[str, str, int], ...]:
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for key, count in pairs:
        totals[key] += count
    return tuple((a, b, n) for (a, b), n in sorted(totals.items()))


def _histogram(replies: Iterable[tuple[str, int, bool, int]]) -> list[tuple[int, int]]:
    days: dict[int, int] = defaultdict(int)
    for _month, d, _ok, n in replies:
        days[d] += n
    return list(days.items())


def _monthly(months: list[repo.Month], received: list[tuple[str, str, str, int]],
             replies: list[tuple[str, int, bool, int]], events: list[tuple[str, str, int]],
             calls: list[tuple[str, int, int]]) -> tuple[MonthRow, ...]:
    rows = []
    for label, _start, _end in months:
        mine = [(d, n) for m, d, _ok, n in replies if m == label]
        rows.append(MonthRow(
            label, sum(n for m, _t, _c, n in received if m == label), sum(n for _d, n in mine),
            sum(n for m, _d, ok, n in replies if m == label and ok), nearest_rank(mine, 0.5),
            nearest_rank(mine, 0.9), sum(n for m, s, n in events if m == label and s == "refused"),
            sum(n for m, n, _o in calls if m == label), sum(o for m, _n, o in calls if m == label)))
    return tuple(rows)


__all__ = [
    "OUTPUTS",
    "MonthRow",
    "ReportError",
    "ReportFigures",
    "ReportService",
    "month_name",
    "months_of",
    "nearest_rank",
    "percent",
    "short_month",
]
