"""Limits of the free text the desk keeps: call notes and customer notes.

The same numbers size the database columns (db.models.activity) and the counters the agent sees, so
what can be typed can always be stored.
"""

from __future__ import annotations

from desktop.core.errors import DomainError
from desktop.core.i18n import N_

CALL_NOTES_MAX = 4000
CUSTOMER_NOTE_MAX = 2000


class NoteTooLong(DomainError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(N_("The text is {length} characters long; at most {limit} fit. Shorten it and try again."),
                         length=length, limit=limit)


def clean_note(text: str | None, limit: int) -> str | None:
    """The text as stored: surrounding blanks removed, None when empty; raises NoteTooLong."""
    cleaned = (text or "").strip()
    if len(cleaned) > limit:
        raise NoteTooLong(len(cleaned), limit)
    return cleaned or None
