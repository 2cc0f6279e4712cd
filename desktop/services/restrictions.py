"""Restriction of processing (GDPR Art. 18) and disclosures recorded from the card.

A restriction is recorded with a reason and an end (or "until lifted"), optionally for the request that
asked for it; a supervisor lifts it with a reason (Art. 18(3): the customer is told before). While it
holds, the customer is left out of marketing exports (desktop.services.marketing_export), a disclosure is
refused unless Art. 18(2) allows it (a legal claim: debt collection), and a contact edit needs a reason.

Each step is one transaction with its audit row (never the reason text: it may hold personal data) and
answers with the card read again, so the screen shows what the register now holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import objections as objection_repository
from db.repositories import restrictions as repository
from desktop.core import rights
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.core.text import check_typed_text
from desktop.services.customer_card import CustomerCard, load_card, load_customer, local_date


class Restricted(DomainError):
    """The customer's processing is restricted: the step is not allowed while it holds."""


class RestrictionService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def record(self, customer_id: int, reason: str, ends_on: dt.date | None, *,
               request_id: int | None = None) -> CustomerCard:
        self.actor.require(Permission.RESTRICT_PROCESSING)
        text = check_typed_text(reason, limit=rights.RESTRICTION_REASON_MAX, multiline=True)
        if not text:
            raise DomainError(N_("Write the reason for the restriction (e.g. the customer disputes the accuracy "
                                 "of the address)."))
        now = self.clock()
        today = local_date(now)
        if ends_on is not None and ends_on < today:
            raise DomainError(N_("The restriction cannot end before today."))
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            if repository.holding(session, customer_id, today) is not None:
                raise DomainError(N_("Processing of this customer is already restricted; lift that restriction "
                                     "first to record another."))
            restriction_id = repository.add(session, customer_id, text, ends_on, request_id, now, self.actor.username)
            audit.append(session, self.actor, "restriction_recorded", customer_id=customer_id, purpose="request",
                         detail={"restriction_id": restriction_id, "ends_on": ends_on, "request_id": request_id})
            return load_card(session, customer_id, self.actor, today)

    def lift(self, customer_id: int, reason: str) -> CustomerCard:
        self.actor.require(Permission.LIFT_RESTRICTION)
        text = check_typed_text(reason, limit=rights.RESTRICTION_REASON_MAX, multiline=True)
        if not text:
            raise DomainError(N_("Write why the restriction is lifted (the customer has been told beforehand)."))
        now = self.clock()
        today = local_date(now)
        with self.database.transaction() as session:
            restriction = repository.holding(session, customer_id, today)
            if restriction is None:
                raise DomainError(N_("Processing of this customer is not restricted."))
            repository.lift(session, restriction, text, now, self.actor.username)
            audit.append(session, self.actor, "restriction_lifted", customer_id=customer_id, purpose="request",
                         detail={"restriction_id": restriction.id})
            return load_card(session, customer_id, self.actor, today)


class DisclosureService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def record(self, customer_id: int, recipient: str, basis: str, data_description: str,
               disclosed_on: dt.date) -> CustomerCard:
        """Record one disclosure (recipient, legal basis code of desktop.core.rights, what data, when)."""
        self.actor.require(Permission.RECORD_DISCLOSURE)
        who = check_typed_text(recipient, limit=rights.RECIPIENT_MAX)
        what = check_typed_text(data_description, limit=rights.DISCLOSURE_TEXT_MAX, multiline=True)
        if not who:
            raise DomainError(N_("Write who received the data."))
        if not what:
            raise DomainError(N_("Write what data was disclosed."))
        if basis not in rights.DISCLOSURE_BASES:
            raise DomainError(N_("Choose the legal basis of the disclosure."))
        now = self.clock()
        today = local_date(now)
        if disclosed_on > today:
            raise DomainError(N_("A disclosure is recorded after it happened: the date cannot be in the future."))
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            if repository.holding(session, customer_id, today) is not None and \
                    not rights.allowed_while_restricted(basis):
                raise Restricted(N_("Processing of this customer is restricted (GDPR Art. 18): the data may not be "
                                    "disclosed on this basis. Only a legal claim (collection of an unpaid invoice) "
                                    "is allowed while the restriction holds."))
            if "disclosures" in objection_repository.stopped(session, customer_id) and \
                    not rights.disclosure_allowed_after_objection(basis):
                raise Restricted(N_("The customer's objection was upheld (GDPR Art. 21(1)): their data are no longer "
                                    "disclosed on this basis. Only legal claims (collection of an unpaid invoice) and "
                                    "statutory duties remain."))
            disclosure_id = repository.add_disclosure(session, customer_id, who, basis, what, disclosed_on,
                                                      self.actor.username)
            audit.append(session, self.actor, "disclosure_recorded", customer_id=customer_id,
                         detail={"disclosure_id": disclosure_id, "basis": basis})
            return load_card(session, customer_id, self.actor, today)
