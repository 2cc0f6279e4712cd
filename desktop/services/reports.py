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
from dataclasses import dataclass

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import reports as repo
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.local_time import local_midnight
from desktop.core.roles import Actor, Permission

OUTPUTS = ("screen", "pdf", "csv")
MAX_MONTHS = 36


class ReportError(DomainError):
    """The report cannot be made for the period asked."""


@dataclass(frozen=True, slots=True)
class MonthRow:
    month: str  # "2026-03"
    received: int
    answered: int  # replies posted in the month
    on_time: int
    median_days: int | None
    p90_days: int | None
    refusals: int
    calls: int
    objections: int  # calls whose caller objected to the recording

    @property
    def on_time_pct(self) -> float | None:
        return percent(self.on_time, self.answered)


@dataclass(frozen=True, slots=True)
class ReportFigures:
    first: dt.date
    last: dt.date
    made_at: dt.datetime
    made_by: str
    months: tuple[MonthRow, ...]
    received_by: tuple[tuple[str, str, int], ...]  # (request type, channel, count)
    received_by_month: tuple[tuple[str, str, int], ...]  # (month, request type, count): the volume chart
    answered: int
    on_time: int
    median_days: int | None
    p90_days: int | None
    days_histogram: tuple[tuple[int, int], ...]  # (days to reply, replies)
    extensions: tuple[tuple[str, int], ...]  # (reason, count)
    paused_requests: int
    paused_days: int
    refusals: int
    withdrawals: int
    open_at_end: int
    consents: tuple[tuple[str, str, str, str, int], ...]  # (purpose, channel, source, decision, count)
    calls: int
    objections: int
    hetu_reveals: tuple[tuple[str, int], ...] | None  # (staff user, count); None: not this role's to see
    disclosures: tuple[tuple[str, int], ...]  # (recipient, count)

    @property
    def received(self) -> int:
        return sum(n for _t, _c, n in self.received_by)

    @property
    def on_time_pct(self) -> float | None:
        return percent(self.on_time, self.answered)

    @property
    def objection_pct(self) -> float | None:
        return percent(self.objections, self.calls)


def percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


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


def short_month(label: str) -> str:
    """"2026-03" → "3/26": a year of months fits under a chart."""
    year, month = label.split("-")
    return f"{int(month)}/{year[2:]}"


def month_name(label: str, names: tuple[str, ...] | None = None) -> str:
    """"2026-03" → "3/2026" (or with ``names``, the twelve month names: "maalis 2026")."""
    year, month = (int(part) for part in label.split("-"))
    return f"{names[month - 1]} {year}" if names else f"{month}/{year}"


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
