"""Objection to processing other than direct marketing (GDPR Art. 21(1)): a supervisor's decision.

The customer's objection request must be being prepared (identity checked). The supervisor names the
processing objected to and decides: upheld (the processing stops for this customer: the decision names
what stops, desktop.core.rights.OBJECTION_STOPS, and the export and disclosure recording enforce it) or rejected
(compelling legitimate grounds that override the customer's interests, or legal claims), always with
reasons; the objection reply prints the decision. An objection to direct marketing is not decided: it is
the absolute prohibition (Ctrl+Shift+M on the card).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import objections as repository
from desktop.core import rights
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.core.text import check_typed_text
from desktop.services.customer_card import load_customer


class ObjectionService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def open_request(self, customer_id: int) -> str | None:
        """The reference of the customer's objection request being prepared, if any."""
        self.actor.require(Permission.HANDLE_REQUEST)
        with self.database.transaction() as session:
            found = repository.open_objection(session, customer_id)
        return found[1] if found else None

    def decide(self, customer_id: int, processing: str, upheld: bool, reasons: str, stops: str = "other") -> str:
        """Record the decision for the customer's objection request; returns its reference. Upheld, ``stops``
        says what stops in the register from now on."""
        self.actor.require(Permission.SIGN_OFF)
        if stops not in rights.OBJECTION_STOPS:
            raise DomainError(N_("Choose what the upheld objection stops."))
        what = check_typed_text(processing, limit=400)
        why = check_typed_text(reasons, limit=2000, multiline=True)
        if not what:
            raise DomainError(N_("Name the processing the customer objects to."))
        if len(why) < 10:
            raise DomainError(N_("Write the reasons for the decision: the reply tells them to the customer."))
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            request = repository.open_objection(session, customer_id)
            if request is None:
                raise DomainError(N_("The customer has no objection request being prepared: register the letter "
                                     "and check the identity first."))
            decision_id = repository.add_decision(session, request[0], customer_id, what, upheld, why, stops,
                                                  self.clock(), self.actor.username)
            audit.append(session, self.actor, "objection_decided", customer_id=customer_id, purpose="request",
                         detail={"decision_id": decision_id, "request": request[1], "upheld": upheld,
                                 "stops": stops if upheld else None})
            return request[1]
