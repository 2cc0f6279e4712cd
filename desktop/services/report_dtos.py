"""What ReportService returns, and the figures as the rows of the report's table: pure text made from the
figures alone, shared by the screen, the CSV and the PDF (desktop.services.report_output writes the files).
No database and no file here, so a view may import it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.report_charts import month_name

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

Tr = Callable[[str], str]

TITLE = N_("Data protection report {first}–{last}")

HEADER = (N_("Figure"), N_("Month"), N_("Breakdown"), N_("Value"))

CHART_TITLES = (N_("Requests received per month"), N_("Answered on time per month (%)"),
                N_("Days from receipt to the posted reply"))


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %".replace(".", ",")


def _days(value: int | None) -> str:
    return "–" if value is None else str(value)


def rows(figures: ReportFigures, tr: Tr, labels: Mapping[str, Mapping[str, str]]) -> list[tuple[str, str, str, str]]:
    """Every figure as (figure, month, breakdown, value): the CSV's rows and the PDF's tables' source."""
    def label(group: str, code: str) -> str:
        return labels.get(group, {}).get(code, code)

    out: list[tuple[str, str, str, str]] = []
    add = out.append
    for t, c, n in figures.received_by:
        add((tr(N_("Requests received")), "", f"{label('request_type', t)} / {label('channel', c)}", str(n)))
    for m in figures.months:
        month = month_name(m.month)
        add((tr(N_("Requests received")), month, "", str(m.received)))
        add((tr(N_("Replies posted")), month, "", str(m.answered)))
        add((tr(N_("Answered on time %")), month, "", _pct(m.on_time_pct)))
        add((tr(N_("Median days to reply")), month, "", _days(m.median_days)))
        add((tr(N_("90th percentile of days to reply")), month, "", _days(m.p90_days)))
        add((tr(N_("Refusals")), month, "", str(m.refusals)))
        add((tr(N_("Call-recording objections %")), month, "", _pct(_share(m.objections, m.calls))))
    add((tr(N_("Replies posted")), "", "", str(figures.answered)))
    add((tr(N_("Answered on time %")), "", "", _pct(figures.on_time_pct)))
    add((tr(N_("Median days to reply")), "", "", _days(figures.median_days)))
    add((tr(N_("90th percentile of days to reply")), "", "", _days(figures.p90_days)))
    for reason, n in figures.extensions:
        add((tr(N_("Extensions")), "", reason, str(n)))
    add((tr(N_("Requests paused for identity clarification")), "", "", str(figures.paused_requests)))
    add((tr(N_("Days paused")), "", "", str(figures.paused_days)))
    add((tr(N_("Refusals")), "", "", str(figures.refusals)))
    add((tr(N_("Withdrawn")), "", "", str(figures.withdrawals)))
    add((tr(N_("Open at the end of the period")), "", "", str(figures.open_at_end)))
    for p, c, s, d, n in figures.consents:
        add((tr(N_("Prohibitions and consents")), "", " / ".join(
            (label("purpose", p), label("channel", c), label("source", s), label("decision", d))), str(n)))
    add((tr(N_("Calls")), "", "", str(figures.calls)))
    add((tr(N_("Call-recording objections %")), "", "", _pct(figures.objection_pct)))
    if figures.hetu_reveals is not None:
        for who, n in figures.hetu_reveals:
            add((tr(N_("Identity codes revealed")), "", who, str(n)))
    for recipient, n in figures.disclosures:
        add((tr(N_("Disclosures")), "", recipient, str(n)))
    return out


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


# The languages the desk's window can be in: the report on screen carries its code values' labels in each,
# so a change of language redraws it without reading the label files on the GUI thread.
LABEL_LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True, slots=True)
class ReportOnScreen:
    """A report's figures as the reports page shows them, with the labels of the code values (request
    types, channels, purposes…) in each of LABEL_LANGUAGES (read on the database lane)."""

    figures: ReportFigures
    labels: Mapping[str, Mapping[str, Mapping[str, str]]]  # language → group → code → label
