"""The suppression list for the marketing department: who must not be contacted for a purpose on a channel.

A customer is on the list when the derived state (desktop.core.prohibitions) says so on the day of the
export: a prohibition in force from any source, or — for advertising, distance selling and other direct
marketing by e-mail or SMS — no electronic-marketing consent in force. In the latter case nearly every
customer is on the list, so the customers are streamed, never held in memory at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.base import utcnow
from db.database import Database
from db.models import ConsentEvent, ContactPoint, Customer, PostalAddress
from desktop.core import prohibitions
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.prohibitions import ConsentEventData
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import local_date

BATCH = 1000


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
        """Hand every suppressed customer to ``sink`` (ordered by customer number); return the count.
        Audited as ``export`` with the purpose, channel and count."""
        self.actor.require(Permission.EXPORT_SUPPRESSION)
        if purpose not in prohibitions.PURPOSES:
            raise DomainError(N_("Unknown purpose: {purpose}."), purpose=purpose)
        if channel not in prohibitions.CHANNELS:
            raise DomainError(N_("Unknown channel: {channel}."), channel=channel)
        today = local_date(self.clock())
        needs_consent = purpose in prohibitions.CONSENT_REQUIRED_PURPOSES and channel in prohibitions.ELECTRONIC_CHANNELS
        count = 0
        with self.database.transaction() as session:
            verdicts = dict(self._verdicts(session, purpose, channel, today))
            # Customers without a verdict have no event for this purpose: suppressed only for lack of consent.
            default = ("no_consent", ()) if needs_consent else None
            ids = (cid for cid in session.scalars(select(Customer.id).order_by(Customer.customer_number)
                                                  .execution_options(yield_per=BATCH))
                   if verdicts.get(cid, default) is not None)
            for batch in _chunks(ids, BATCH):
                for row in self._rows(session, batch, channel, verdicts):
                    sink(row)
                    count += 1
            audit.append(session, self.actor, "export", detail={
                "kind": "suppression", "purpose": purpose, "channel": channel, "rows": count})
        return count

    def _verdicts(self, session: Session, purpose: str, channel: str,
                  today: dt.date) -> Iterator[tuple[int, tuple[str, tuple[str, ...]] | None]]:
        """(customer id, (reason, sources) or None when they may be contacted) for every customer with
        an event that bears on this purpose and channel."""
        relevant = select(ConsentEvent).where(
            ConsentEvent.purpose.in_([purpose, prohibitions.ELECTRONIC_MARKETING]),
            ConsentEvent.channel.in_([channel, prohibitions.ANY_CHANNEL]),
        ).order_by(ConsentEvent.customer_id, ConsentEvent.occurred_at, ConsentEvent.id)
        rows = session.scalars(relevant.execution_options(yield_per=BATCH))
        for customer_id, events in groupby(rows, key=lambda e: e.customer_id):
            state = prohibitions.derive([ConsentEventData(e.purpose, e.channel, e.decision, e.source, e.occurred_at,
                                                          e.valid_until, e.id) for e in events], today)
            reason = state.suppression_reason(purpose, channel)
            restriction = state.restriction(purpose, channel)
            yield customer_id, None if reason is None else (reason, restriction.sources if restriction else ())

    def _rows(self, session: Session, ids: list[int], channel: str,
              verdicts: dict[int, tuple[str, tuple[str, ...]] | None]) -> list[SuppressionRow]:
        customers = session.execute(
            select(Customer.id, Customer.customer_number, Customer.kind, Customer.last_name, Customer.first_names,
                   Customer.company_name, PostalAddress.street, PostalAddress.postcode, PostalAddress.post_town)
            .outerjoin(PostalAddress, (PostalAddress.customer_id == Customer.id) & PostalAddress.valid_to.is_(None))
            .where(Customer.id.in_(ids))
        ).all()
        kind = "email" if channel == "email" else "phone"
        contacts: dict[int, list[str]] = {}
        if channel != "post":
            for cid, value in session.execute(select(ContactPoint.customer_id, ContactPoint.value)
                                              .where(ContactPoint.customer_id.in_(ids), ContactPoint.kind == kind)
                                              .order_by(ContactPoint.id)):
                contacts.setdefault(cid, []).append(value)
        result = []
        for c in sorted(customers, key=lambda r: r.customer_number):
            reason, sources = verdicts.get(c.id) or ("no_consent", ())
            name = c.company_name if c.kind == "company" else f"{c.last_name} {c.first_names or ''}".strip()
            result.append(SuppressionRow(c.customer_number, name or "", c.street or "", c.postcode or "",
                                         c.post_town or "", tuple(contacts.get(c.id, ())), reason, sources))
        return result


def _chunks(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    batch: list[int] = []
    for cid in ids:
        batch.append(cid)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
