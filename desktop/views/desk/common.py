"""Small helpers the desk widgets share: translation of domain messages, dates, shortcut lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from desktop.core.errors import DomainError
from desktop.core.i18n import CONTEXT
from desktop.core.local_time import format_moment, format_time, to_local
from desktop.i18n_qt import translate


@dataclass(frozen=True, slots=True)
class ShortcutInfo:
    """One line of the F1 overlay: the key sequence as the user sees it and what it does."""

    keys: str
    description: str


def shortcut_info(sequence: QKeySequence | QKeySequence.StandardKey | str, description: str) -> ShortcutInfo:
    seq = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    return ShortcutInfo(seq.toString(QKeySequence.SequenceFormat.NativeText), description)


def translate_domain(message: str) -> str:
    """Messages from the Qt-free layers are English source strings marked N_(); translate at display."""
    return QCoreApplication.translate(CONTEXT, message)


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failed lane task: domain errors (database failures included, see
    db.errors) translated; anything else is a bug, said so without a class name (the log has it)."""
    if isinstance(exc, DomainError):
        return translate(exc.message, **exc.params)
    return QCoreApplication.translate(
        "desk", "The action could not be completed because of an error in Palvelutiski. The details are "
                "in the log file: tell the helpdesk if it happens again.")


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """d.m.yyyy (Finnish style); datetimes as d.m.yyyy HH:MM in Finnish time.

    Stored instants are UTC (db.base.UtcDateTime); a naive one can only be UTC as well.
    """
    return format_moment(value)


def fmt_later(start: dt.datetime, later: dt.datetime | None) -> str:
    """A moment after ``start``: only HH:MM when it is on the same Finnish day (a call's notice, its end)."""
    if later is None:
        return ""
    if to_local(later).date() == to_local(start).date():
        return format_time(later)
    return fmt_date(later)


def fmt_period(start: dt.datetime, end: dt.datetime | None) -> str:
    """``22.11.2026 05:47–05:52``; an open period ends in a dash (a call still going on)."""
    return f"{fmt_date(start)}–{fmt_later(start, end)}"

