"""Demo invoices: half a year of bills per site, and the billing summary worked out from them.

Electricity (transmission and sales on one invoice) is billed quarterly for most households and monthly
for the rest and for firms, district heat monthly for firms and quarterly for households, water
quarterly, gas monthly; a site gets one invoice per period on the customer's billing day, with an amount
that follows the season. Invoices due before "today" are paid (most on time, some a few days late); a
few customers leave their latest electricity bills unpaid, and for some of them the older one has gone
to the collection agency. Nothing is dated after "today" except the due dates of invoices still running.
The ``invoice_summary`` row says the same as the invoices (open, overdue, last invoice); its "paid in
the last 12 months" also counts the half year before the desk's copy begins, which the billing system
keeps in its own archive.

Kept cheap on purpose, the 2,000-customer demo is made at the first start (bench/demo_data.py): half a
year, not a whole one, because every invoice row costs about as much to write as any other row and a
year of bills made the demo a third slower; the billing calendar, with its text dates and seasonal
factors, is worked out once per (period, billing day, due days, commodity), and the paid invoices of a
site, most of them, are made in one comprehension.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import lru_cache

from desktop.tooling.demo_chunk import ChunkSpec, Clock, Ids

HISTORY_DAYS = 183  # the desk's copy: the invoices of the last half year
YEAR_DAYS = 365
BILLING_DAYS = 20  # a customer's invoices go out on one of the first 20 days of the month
MONTHLY_HOUSEHOLDS = 0.2  # share of households with a monthly electricity bill
NUMBER_BASE = 1_000_000_000  # invoice numbers are ten digits: this plus the row id
# Per commodity: euros per month (low, spread) and how strongly the bill follows the season.
_PRICE = {"electricity": (30.0, 120.0, 0.35), "district_heat": (60.0, 180.0, 0.7), "water": (15.0, 45.0, 0.0),
          "gas": (40.0, 100.0, 0.5)}
# Month 1 … 12: +1 in mid-winter, -1 in mid-summer.
_SEASON = (1.0, 0.9, 0.6, 0.1, -0.4, -0.9, -1.0, -0.8, -0.3, 0.2, 0.6, 0.9)
_PAID_EARLY, _PAID_LATE = 10, 4  # paid from 10 days before to 4 days after the due date


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
    factor: float  # the commodity's seasonal factor over the months the invoice covers, times 1/100 €
    paid_texts: tuple[str, ...]  # the possible payment days, none after "today"


@lru_cache(maxsize=1024)
def _calendar(today: dt.date, months: int, billing_day: int, due_days: int, swing: float) -> tuple[_Day, ...]:
    """Every ``months``-th billing day of the history, oldest first (quarters start in January)."""
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
            days.append(_Day(day, day.isoformat(), due, due.isoformat(), months * (1 + swing * season),
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
    monthly_electricity = is_company or r() < MONTHLY_HOUSEHOLDS
    roll = r()
    late = 0 if roll < 0.9 else 1 if roll < 0.97 else 2  # the latest past-due electricity bills left unpaid
    collection = late > 0 and r() < 0.3
    invoices = rows["invoice"]
    unpaid_count = overdue = unpaid_cents = paid_cents = 0
    in_collection = False
    last_day: dt.date | None = None
    history_start = today - dt.timedelta(days=HISTORY_DAYS)
    year_ago = today - dt.timedelta(days=YEAR_DAYS)
    for b in billed:
        monthly = monthly_electricity if b.commodity == "electricity" else (
            b.commodity == "gas" or (b.commodity == "district_heat" and is_company))
        low, spread, swing = _PRICE[b.commodity]
        calendar = _calendar(today, 1 if monthly else 3, billing_day, due_days, swing)
        start = b.start + dt.timedelta(days=30)  # the first bill comes a month after moving in
        stop = b.end + dt.timedelta(days=30) if b.end is not None else today
        cents_per_month = (low + r() * spread) * scale  # (85 … 115) below: ±15 %, and euros to cents
        # what was paid in the months of the last year before the history begins (the archive's part)
        archived_days = (min(history_start, stop) - max(year_ago, start)).days
        if archived_days > 0:
            paid_cents += int(cents_per_month * 100 * archived_days / 30.4)
        if start > calendar[0].day or stop < today:
            calendar = tuple(d for d in calendar if start <= d.day <= stop)
        if not calendar:
            continue
        first_id = ids.take_many("invoice", len(calendar))
        contract_id = b.contract_id
        # paid: everything due before today, except the latest ``late`` of the customer's main bills
        due_before = sum(1 for d in calendar if d.due < today)
        paid = max(0, due_before - late) if late and b is billed[0] else due_before
        start_row = len(invoices)
        invoices.extend(
            (first_id + n, cid, contract_id, str(NUMBER_BASE + first_id + n), d.text, d.due_text,
             int(cents_per_month * d.factor * (85 + 30 * r())), "paid", d.paid_texts[int(r() * len(d.paid_texts))])
            for n, d in enumerate(calendar[:paid]))
        paid_cents += sum(row[6] for row in invoices[start_row:])
        for n in range(paid, len(calendar)):
            d = calendar[n]
            cents = int(cents_per_month * d.factor * (85 + 30 * r()))
            state = "open"
            if d.due < today:
                overdue += 1
                # the older of the unpaid ones, if long past due, has gone to collection
                if collection and n == paid and (today - d.due).days > 30:
                    state = "in_collection"
                    in_collection = True
            unpaid_count += 1
            unpaid_cents += cents
            invoices.append((first_id + n, cid, contract_id, str(NUMBER_BASE + first_id + n), d.text, d.due_text,
                             cents, state, None))
        if last_day is None or calendar[-1].day > last_day:
            last_day = calendar[-1].day
    rows["invoice_summary"].append((
        cid, unpaid_count, _euros(unpaid_cents), overdue, int(in_collection),
        spec.collection_agency if in_collection else None, _euros(paid_cents),
        last_day.isoformat() if last_day else None, clock.text(clock.now),
    ))
