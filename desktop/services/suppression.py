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
from itertools import groupby

from sqlalchemy import ColumnElement, select
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
        for c in customers(session, purpose, channel, limit_to_events=default is None):
            verdict = verdicts.get(c.customer_id, default)
            if verdict is not None:
                yield SuppressionRow(c.customer_number, c.name, c.street, c.postcode, c.post_town, c.contacts,
                                     verdict[0], verdict[1])


@dataclass(frozen=True, slots=True)
class Addressee:
    """A customer as a list for post or telephone needs them: the current address and the channel's contacts."""

    customer_id: int
    customer_number: str
    name: str
    street: str
    postcode: str
    post_town: str
    contacts: tuple[str, ...]  # phone numbers (phone, sms) or e-mail addresses (email); none for post


def customer_verdicts(session: Session, purpose: str, channel: str, today: dt.date) -> Iterator[tuple[int, Verdict | None]]:
    """(customer id, (reason, sources) or None when they may be contacted) for every customer with an event
    that bears on this purpose and channel (shared by the suppression list and the marketing export)."""
    relevant = select(ConsentEvent).where(*_bearing_on(purpose, channel)).order_by(
        ConsentEvent.customer_id, ConsentEvent.occurred_at, ConsentEvent.id)
    rows = session.scalars(relevant.execution_options(yield_per=BATCH))
    for customer_id, events in groupby(rows, key=lambda e: e.customer_id):
        state = prohibitions.derive([ConsentEventData(e.purpose, e.channel, e.decision, e.source, e.occurred_at,
                                                      e.valid_until, e.id, e.corrects_id) for e in events], today)
        reason = state.suppression_reason(purpose, channel)
        restriction = state.restriction(purpose, channel)
        yield customer_id, None if reason is None else (reason, restriction.sources if restriction else ())


def customers(session: Session, purpose: str, channel: str, *, limit_to_events: bool) -> Iterator[Addressee]:
    """One pass over the customers (with the current address) in id order, merged with one pass over
    their phones or e-mails in the same order: two streamed queries, whatever the list's size.
    (Batches of ``id IN (…)`` cost more in building the statement than in running it.) With
    ``limit_to_events`` only customers with an event bearing on the purpose are read (a semi-join): the
    only ones on a suppression list when lack of consent does not suppress, or in a consent-based export."""
    customer_query = (
        select(Customer.id, Customer.customer_number, Customer.kind, Customer.last_name, Customer.first_names,
               Customer.company_name, PostalAddress.street, PostalAddress.postcode, PostalAddress.post_town)
        .outerjoin(PostalAddress, (PostalAddress.customer_id == Customer.id) & PostalAddress.valid_to.is_(None))
        .order_by(Customer.id))
    contact_query = (select(ContactPoint.customer_id, ContactPoint.value)
                     .where(ContactPoint.kind == ("email" if channel == "email" else "phone"))
                     .order_by(ContactPoint.customer_id, ContactPoint.id))
    if limit_to_events:
        with_events = select(ConsentEvent.customer_id).where(*_bearing_on(purpose, channel))
        customer_query = customer_query.where(Customer.id.in_(with_events))
        contact_query = contact_query.where(ContactPoint.customer_id.in_(with_events))
    rows = session.execute(customer_query.execution_options(yield_per=BATCH))
    contacts: Iterator[tuple[int, str]] = iter(())
    if channel != "post":
        contacts = iter(session.execute(contact_query.execution_options(yield_per=BATCH)))
    pending = next(contacts, None)
    for c in rows:
        values = []
        while pending is not None and pending[0] <= c.id:
            if pending[0] == c.id:
                values.append(pending[1])
            pending = next(contacts, None)
        name = c.company_name if c.kind == "company" else f"{c.last_name} {c.first_names or ''}".strip()
        yield Addressee(c.id, c.customer_number, name or "", c.street or "", c.postcode or "", c.post_town or "",
                        tuple(values))


def _bearing_on(purpose: str, channel: str) -> tuple[ColumnElement[bool], ...]:
    """The events that can change whether ``purpose`` may be used on ``channel``."""
    return (ConsentEvent.purpose.in_([purpose, prohibitions.ELECTRONIC_MARKETING]),
            ConsentEvent.channel.in_([channel, prohibitions.ANY_CHANNEL]))
