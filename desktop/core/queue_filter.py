"""What the supervisor's queue shows: a filter the database applies (db.repositories.requests), so a
queue of 50,000 requests is filtered before a page of it is read. Saved views are named filters.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace

UNASSIGNED = "-"  # ``assignee`` value: requests nobody has been put in charge of
DUE_CHOICES = ("overdue", "week")
DEFAULT_ABANDONED_AFTER_DAYS = 60  # overdue; due within 7 days (overdue included)
LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True, slots=True)
class QueueFilter:
    include_closed: bool = False
    state: str | None = None
    request_type: str | None = None
    channel: str | None = None
    assignee: str | None = None  # a username, UNASSIGNED, or None for anyone
    due: str | None = None  # one of DUE_CHOICES
    language: str | None = None  # the customer's language
    # Unverified requests (on hold, waiting for the requester to confirm their identity after the clarification
    # letter; the clock is paused) are hidden unless asked for. After requests.abandoned_after_days they are
    # closed as abandoned (desktop.services.request_queue).
    include_abandoned: bool = False

    def with_(self, **changes: object) -> QueueFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> QueueFilter:
        """A saved view; unknown keys (a newer desk's) are left out, a broken one gives the default."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
