"""The suppression list for the marketing department: who must not be contacted for a purpose on a channel.

A customer is on the list when the derived state (desktop.core.prohibitions) says so on the day of the
export: a prohibition in force from any source, or — for advertising, distance selling and other direct
marketing by e-mail or SMS — no electronic-marketing consent in force. In the latter case nearly every
customer is on the list, so the customers are streamed, never held in memory at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from db import audit
from db.base import utcnow
from db.database import Database, Session
from db.repositories import consents as consent_repository
from db.repositories.consents import BATCH, Addressee
from desktop.core import prohibitions
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import local_date

__all__ = ["BATCH", "Addressee", "SuppressionRow", "SuppressionService", "customer_verdicts"]

Verdict = tuple[str, tuple[str, ...]]  # (reason, sources holding the prohibition)


@dataclass(frozen=True, slots=True)
class SuppressionRow:
    customer_number: str
    name: str
    street: str
    postcode: str
    post_town: str
    contacts: tuple[str, ...]  # the customer's phone numbers (phone, sms) or e-mail addresses (email)
    reason: str  # prohibited, no_consent
    sources: tuple[str, ...]  # who holds the prohibition (empty for no_consent)


class SuppressionService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def export_suppression(self, purpose: str, channel: str, sink: Callable[[SuppressionRow], None]) -> int:
        """Hand every suppressed customer to ``sink`` (in customer id order); return the count.
        Audited as ``export`` with the purpose, channel and count."""
        self.actor.require(Permission.EXPORT_SUPPRESSION)
        if purpose not in prohibitions.PURPOSES:
            raise DomainError(N_("Unknown purpose: {purpose}."), purpose=purpose)
        if channel not in prohibitions.CHANNELS:
            raise DomainError(N_("Unknown channel: {channel}."), channel=channel)
        today = local_date(self.clock())
        needs_consent = purpose in prohibitions.CONSENT_REQUIRED_PURPOSES and channel in prohibitions.ELECTRONIC_CHANNELS
        # Customers without a verdict have no event for this purpose: suppressed only for lack of consent.
        default: Verdict | None = ("no_consent", ()) if needs_consent else None
        count = 0
        with self.database.transaction() as session:
            verdicts = dict(customer_verdicts(session, purpose, channel, today))
            if needs_consent or any(v is not None for v in verdicts.values()):
                for row in self._rows(session, purpose, channel, verdicts, default):
                    sink(row)
                    count += 1
            audit.append(session, self.actor, "export", detail={
                "kind": "suppression", "purpose": purpose, "channel": channel, "rows": count})
        return count

    def _rows(self, session: Session, purpose: str, channel: str, verdicts: dict[int, Verdict | None],
              default: Verdict | None) -> Iterator[SuppressionRow]:
        for c in consent_repository.addressees(session, purpose, channel, limit_to_events=default is None):
            verdict = verdicts.get(c.customer_id, default)
            if verdict is not None:
                yield SuppressionRow(c.customer_number, c.name, c.street, c.postcode, c.post_town, c.contacts,
                                     verdict[0], verdict[1])


def customer_verdicts(session: Session, purpose: str, channel: str, today: dt.date) -> Iterator[tuple[int, Verdict | None]]:
    """(customer id, (reason, sources) or None when they may be contacted) for every customer with an event
    that bears on this purpose and channel (shared by the suppression list and the marketing export)."""
    for customer_id, events in consent_repository.events_bearing_on(session, purpose, channel):
        state = prohibitions.derive(events, today)
        reason = state.suppression_reason(purpose, channel)
        restriction = state.restriction(purpose, channel)
        yield customer_id, None if reason is None else (reason, restriction.sources if restriction else ())
