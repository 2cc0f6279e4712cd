"""Consents and prohibitions as stored: the append-only event ledger, and the streamed reads of the lists.

The rules of what an event means live in desktop.core.prohibitions; desktop.services.consents records
events, desktop.services.suppression and desktop.services.marketing_export derive the lists. Here only
the queries: one customer's history, the customer row lock that serialises two agents recording for the
same customer, and two streamed passes for the lists (the events bearing on a purpose, and the
customers with their current address and contacts), never holding a million customers in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from db.models import AppSetting, ConsentEvent, ContactPoint, Customer, PostalAddress
from desktop.core import prohibitions
from desktop.core.prohibitions import ConsentEventData

BATCH = 1000  # rows fetched at a time by the streamed reads


@dataclass(frozen=True, slots=True)
class ConsentEventRow:
    id: int
    purpose: str
    channel: str
    decision: str
    source: str
    valid_until: dt.date | None
    agent_username: str | None  # None without staff
    occurred_at: dt.datetime
    evidence: str | None
    call_id: int | None
    corrects_id: int | None = None  # a correcting event: the mistaken event it takes back


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


def events(session: Session, customer_id: int, *, staff: bool) -> tuple[ConsentEventRow, ...]:
    """The full history, oldest first, as recorded (the rules in desktop.core.prohibitions replay it).
    Without ``staff`` the agent's name is left out (the access reply)."""
    rows = session.scalars(select(ConsentEvent).where(ConsentEvent.customer_id == customer_id)
                           .order_by(ConsentEvent.occurred_at, ConsentEvent.id))
    return tuple(ConsentEventRow(e.id, e.purpose, e.channel, e.decision, e.source, e.valid_until,
                                 e.agent_username if staff else None, e.occurred_at, e.evidence, e.call_id,
                                 e.corrects_id)
                 for e in rows)


def as_rule_events(rows: Sequence[ConsentEventRow]) -> list[ConsentEventData]:
    """The rows as the rules of desktop.core.prohibitions take them."""
    return [ConsentEventData(e.purpose, e.channel, e.decision, e.source, e.occurred_at, e.valid_until, e.id,
                             e.corrects_id) for e in rows]


def lock_customer(session: Session, customer_id: int) -> None:
    """Lock the customer's row until the transaction ends: two agents recording for the same customer at
    once are serialised on PostgreSQL (FOR UPDATE). SQLite has no row locks and needs none: its write
    transaction already serialises every writer, so the clause is left out there."""
    session.execute(select(Customer.id).where(Customer.id == customer_id).with_for_update())


def add(session: Session, customer_id: int, new: Sequence[ConsentEventData], *, agent_username: str,
        evidence: str | None, call_id: int | None) -> None:
    """Append the events (never an update: a mistake is taken back by a correcting event)."""
    for e in new:
        session.add(ConsentEvent(customer_id=customer_id, purpose=e.purpose, channel=e.channel,
                                 decision=e.decision, source=e.source, valid_until=e.valid_until,
                                 agent_username=agent_username, occurred_at=e.occurred_at,
                                 evidence=evidence, call_id=call_id, corrects_id=e.corrects_id))
    session.flush()


def setting(session: Session, key: str) -> str | None:
    """An app_setting value as stored (text), or None when it is not set."""
    return session.scalar(select(AppSetting.value).where(AppSetting.key == key))


def events_bearing_on(session: Session, purpose: str,
                      channel: str) -> Iterator[tuple[int, list[ConsentEventData]]]:
    """(customer id, their events that can change whether ``purpose`` may be used on ``channel``, oldest
    first) for every customer with such an event, in customer id order; streamed."""
    relevant = select(ConsentEvent).where(*_bearing_on(purpose, channel)).order_by(
        ConsentEvent.customer_id, ConsentEvent.occurred_at, ConsentEvent.id)
    rows = session.scalars(relevant.execution_options(yield_per=BATCH))
    for customer_id, found in groupby(rows, key=lambda e: e.customer_id):
        yield customer_id, [ConsentEventData(e.purpose, e.channel, e.decision, e.source, e.occurred_at,
                                             e.valid_until, e.id, e.corrects_id) for e in found]


def addressees(session: Session, purpose: str, channel: str, *, limit_to_events: bool) -> Iterator[Addressee]:
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
