"""Demo invoices: a year of bills per site, and the billing summary worked out from them.

Electricity (transmission and sales on one invoice) is billed monthly or quarterly, district heat
monthly for firms and quarterly for households, water quarterly; a site gets one invoice per period on
the customer's billing day, with an amount that follows the season. Invoices due before "today" are
paid (most on time, some a few days late); a few customers leave the latest electricity bills unpaid,
and for some of them the older one has gone to the collection agency. Nothing is dated after "today"
except the due dates of invoices still running. The ``invoice_summary`` row says the same as the
invoices (open, overdue, paid in the last 12 months, last invoice).

Kept cheap on purpose, the 2,000-customer demo is made at the first start (bench/demo_data.py): the
billing calendar of the year is worked out once per (period, billing day), not per invoice.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the row factory imports this module; only the types go the other way
    from desktop.services.demo_rows import ChunkSpec, Clock, Ids

HISTORY_DAYS = 365
BILLING_DAYS = 20  # a customer's invoices go out on one of the first 20 days of the month
# Per commodity: euros per month (low, spread) and how strongly the bill follows the season.
_PRICE = {"electricity": (30.0, 120.0, 0.35), "district_heat": (60.0, 180.0, 0.7), "water": (15.0, 45.0, 0.0),
          "gas": (40.0, 100.0, 0.5)}
# Month 1 … 12: +1 in mid-winter, -1 in mid-summer.
_SEASON = (1.0, 0.9, 0.6, 0.1, -0.4, -0.9, -1.0, -0.8, -0.3, 0.2, 0.6, 0.9)
_PAID_EARLY, _PAID_LATE = 10, 4  # paid from 10 days before to 4 days after the due date
_UNPAID = ("open", "in_collection")


@dataclass(frozen=True, slots=True)
class Billed:
    """One site's commodity and the contract its invoices bill."""

    commodity: str
    contract_id: int
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class _Day:
    """One billing day of the calendar, with its text forms ready for the rows."""

    day: dt.date
    text: str
    due: dt.date
    due_text: str
    season: float  # the mean of _SEASON over the months the invoice covers
    paid_texts: tuple[str, ...]  # the possible payment days, none after "today"


@lru_cache(maxsize=256)
def _calendar(today: dt.date, months: int, billing_day: int, due_days: int) -> tuple[_Day, ...]:
    """Every ``months``-th billing day of the last year, oldest first (quarters start in January)."""
    first = today - dt.timedelta(days=HISTORY_DAYS)
    year, month = first.year, first.month
    if months == 3:
        month = ((month - 1) // 3) * 3 + 1
    days = []
    while (day := dt.date(year, month, billing_day)) <= today:
        if day >= first:
            due = day + dt.timedelta(days=due_days)
            paid = sorted({max(day, min(today, due + dt.timedelta(days=k))) for k in range(-_PAID_EARLY, _PAID_LATE)})
            season = sum(_SEASON[(day.month - 2 - k) % 12] for k in range(months)) / months
            days.append(_Day(day, day.isoformat(), due, due.isoformat(), season,
                             tuple(p.isoformat() for p in paid)))
        month += months
        if month > 12:
            year, month = year + 1, month - 12
    return tuple(days)


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def invoice_rows(rng: random.Random, spec: ChunkSpec, ids: Ids, clock: Clock, rows: dict[str, list[tuple]],
                 cid: int, is_company: bool, billed: list[Billed]) -> None:
    """The customer's invoices of the last year and their ``invoice_summary`` row."""
    r = rng.random
    today = clock.today
    billing_day = 1 + int(r() * BILLING_DAYS)
    due_days = 21 if is_company else 14
    scale = 4.0 if is_company else 1.0
    monthly_electricity = is_company or r() < 0.4
    roll = r()
    late = 0 if roll < 0.9 else 1 if roll < 0.97 else 2  # the latest past-due electricity bills left unpaid
    collection = late > 0 and r() < 0.3
    invoices = rows["invoice"]
    unpaid_count = overdue = unpaid_cents = paid_year_cents = 0
    in_collection = False
    last_day: dt.date | None = None
    for b in billed:
        monthly = monthly_electricity if b.commodity == "electricity" else (
            b.commodity == "gas" or (b.commodity == "district_heat" and is_company))
        months = 1 if monthly else 3
        low, spread, swing = _PRICE[b.commodity]
        per_period = (low + r() * spread) * scale * months
        calendar = _calendar(today, months, billing_day, due_days)
        start = b.start + dt.timedelta(days=30)  # the first bill comes a month after moving in
        stop = b.end + dt.timedelta(days=30) if b.end is not None else today
        if start > calendar[0].day or stop < today:
            calendar = tuple(d for d in calendar if start <= d.day <= stop)
        if not calendar:
            continue
        unpaid_from = len(calendar)
        if late and b is billed[0]:  # the last ``late`` invoices already due stay unpaid
            due_before = sum(1 for d in calendar if d.due < today)
            unpaid_from = max(0, due_before - late)
        for n, d in enumerate(calendar):
            cents = int(per_period * (1 + swing * d.season) * (85 + 30 * r()))
            paid_on = None
            if d.due >= today:
                state = "open"
            elif n >= unpaid_from:
                # the older of the unpaid ones, if long past due, has gone to collection
                state = "in_collection" if collection and n == unpaid_from and (today - d.due).days > 30 else "open"
                overdue += 1
            else:
                state = "paid"
                paid_on = d.paid_texts[int(r() * len(d.paid_texts))]
                paid_year_cents += cents  # the history is one year long: every payment is within it
            if state in _UNPAID:
                unpaid_count += 1
                unpaid_cents += cents
                in_collection = in_collection or state == "in_collection"
            invoice_id = ids.take("invoice")
            invoices.append((invoice_id, cid, b.contract_id, str(1_000_000_000 + invoice_id), d.text, d.due_text,
                             cents, state, paid_on))
        if last_day is None or calendar[-1].day > last_day:
            last_day = calendar[-1].day
    rows["invoice_summary"].append((
        cid, unpaid_count, _euros(unpaid_cents), overdue, int(in_collection),
        spec.collection_agency if in_collection else None, _euros(paid_year_cents),
        last_day.isoformat() if last_day else None, clock.text(clock.now),
    ))
