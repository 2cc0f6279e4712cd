"""How the report's charts look, the same on screen (Qt Charts) and in the PDF (ReportLab): the colours,
the bins of the days-to-reply distribution and the months' short names. Pure: the views and the PDF
writer both draw from here."""

from __future__ import annotations

from collections.abc import Iterable

# Days from receipt to the posted reply, in the bins of the distribution chart (the month is 28–31 days).
DAY_BINS: tuple[tuple[int, int | None], ...] = ((0, 7), (8, 14), (15, 21), (22, 28), (29, 31), (32, 45),
                                                (46, 60), (61, 92), (93, None))

PALETTE = ("#1f5f8b", "#e07b39", "#4f9d69", "#b5445b", "#7d6bb3", "#8c8c8c")


def day_bins(days_histogram: Iterable[tuple[int, int]]) -> list[tuple[str, int]]:
    """The days-to-reply histogram ((days, replies) pairs, ReportFigures.days_histogram) in DAY_BINS:
    ("0–7", count) …, the last "93+"."""
    histogram = tuple(days_histogram)
    rows = []
    for low, high in DAY_BINS:
        count = sum(n for d, n in histogram if d >= low and (high is None or d <= high))
        rows.append((f"{low}–{high}" if high is not None else f"{low}+", count))
    return rows


def short_month(label: str) -> str:
    """"2026-03" → "3/26": a year of months fits under a chart."""
    year, month = label.split("-")
    return f"{int(month)}/{year[2:]}"


def month_name(label: str, names: tuple[str, ...] | None = None) -> str:
    """"2026-03" → "3/2026" (or with ``names``, the twelve month names: "maalis 2026")."""
    year, month = (int(part) for part in label.split("-"))
    return f"{names[month - 1]} {year}" if names else f"{month}/{year}"
