"""Erasure (GDPR Art. 17): the plan shown before anything happens, and carrying it out.

``plan`` reads the customer's facts and returns what would be deleted, anonymised and kept (and why, and
until when: desktop.core.erasure). ``carry_out`` is one transaction signed off by a supervisor: it needs
the customer's open erasure request with the identity checked, refuses a plan that changed since the
supervisor read it, deletes what the plan deletes, records the plan as executed (``erasure_record``, no
content) and audits the counts. The name and the current address stay until the reply is posted; the
nightly retention run then anonymises them. The reply to the request prints the executed plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import erasure as repository
from desktop.core import erasure as rules
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import load_customer, local_date
from desktop.services.erasure_dtos import ErasureView

# The request has passed its identity check and is being prepared: an erasure may be carried out.
READY_STATES = ("in_preparation", "awaiting_sign_off", "extended")


class ErasureService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def plan(self, customer_id: int) -> ErasureView:
        self.actor.require(Permission.HANDLE_REQUEST)
        today = local_date(self.clock())
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            return self._view(session, customer_id, today)

    def carry_out(self, customer_id: int, seen_digest: str) -> ErasureView:
        """Carry out the plan the supervisor saw (``seen_digest``); returns the executed plan."""
        self.actor.require(Permission.CARRY_OUT_ERASURE)
        now = self.clock()
        today = local_date(now)
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            view = self._view(session, customer_id, today)
            request = repository.open_erasure_request(session, customer_id)
            if request is None:
                raise DomainError(N_("The customer has no open erasure request: register the letter first (Ctrl+N)."))
            if not view.request_ready:
                raise DomainError(N_("Check the requester's identity before carrying out the erasure of {reference}."),
                                  reference=request[1])
            if view.plan.digest() != seen_digest:
                raise DomainError(N_("The customer's data changed after the plan was shown: read the new plan and "
                                     "carry it out again."))
            record_id = repository.carry_out(session, customer_id, view.plan, request[0], now, self.actor.username)
            deleted = {i.category: i.count for i in view.plan.items if i.action == rules.DELETE}
            audit.append(session, self.actor, "erasure_carried_out", customer_id=customer_id, purpose="request",
                         detail={"erasure_id": record_id, "request": request[1], "deleted": deleted,
                                 "kept": sorted(i.category for i in view.plan.items if i.action == rules.KEEP),
                                 "full_anonymisation": view.plan.full_anonymisation})
            return ErasureView(customer_id, view.plan, request[1], True, True)

    def _view(self, session: Any, customer_id: int, today: dt.date) -> ErasureView:
        plan = rules.plan(repository.facts(session, customer_id, today))
        request = repository.open_erasure_request(session, customer_id)
        return ErasureView(customer_id, plan, request[1] if request else None,
                           request is not None and request[2] in READY_STATES,
                           repository.has_record(session, customer_id))
