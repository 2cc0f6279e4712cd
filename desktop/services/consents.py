"""Recording prohibitions and the electronic-marketing consent as append-only events.

The rules of what an event means and what the state is live in desktop.core.prohibitions; this
service checks a new event against the customer's history, stores it and audits it. A mistaken entry
is taken back within a short window (app setting ``consents.undo_minutes``, default 2) by correcting
events: the ledger stays append-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import audit
from db.base import utcnow
from db.database import Database, Session
from db.repositories import calls as call_repository
from db.repositories import consents as consent_repository
from db.repositories.consents import ConsentEventRow, as_rule_events
from desktop.core import prohibitions
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.prohibitions import ConsentEventData, ConsentState
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import load_customer, local_date

UNDO_MINUTES = "consents.undo_minutes"
DEFAULT_UNDO_MINUTES = 2
# Long enough to notice a slip while the caller is still on the line; not a way to rewrite history later.
_UNDO_RANGE = range(1, 31)


class UndoExpired(DomainError):
    def __init__(self, minutes: int) -> None:
        super().__init__(N_("Nothing you recorded within the undo time ({minutes} min) is left to undo. Record "
                            "the correct decision instead."), minutes=minutes)


class ConsentService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def record(self, customer_id: int, purpose: str, channel: str, decision: str, source: str, *,
               valid_until: dt.date | None = None, evidence: str | None = None,
               call_id: int | None = None) -> ConsentState:
        """Store one decision and return the state it leads to. An ASML prohibition without a validity
        end date gets the service's three years from today."""
        self.actor.require(Permission.RECORD_CONSENT)
        now = self.clock()
        if source == "asml" and decision == "prohibit" and valid_until is None:
            valid_until = prohibitions.asml_valid_until(local_date(now))
        new = ConsentEventData(purpose, channel, decision, source, now, valid_until)
        with self.database.transaction() as session:
            history = self._lock_history(session, customer_id, call_id)
            prohibitions.check_new(as_rule_events(history), new, local_date(now))
            self._store(session, customer_id, [new], evidence, call_id)
            audit.append(session, self.actor, "consent_recorded", customer_id=customer_id, purpose="call"
                         if call_id else None, detail={"purpose": purpose, "channel": channel, "decision": decision,
                                                       "source": source, "events": 1})
            return self._state(session, customer_id, now)

    def prohibit_all_direct_marketing(self, customer_id: int, source: str, *, evidence: str | None = None,
                                      call_id: int | None = None) -> ConsentState:
        """"No direct marketing of any kind": every marketing purpose on every channel, and a consent in
        force withdrawn — one transaction, one audit row (see desktop.core.prohibitions)."""
        self.actor.require(Permission.RECORD_CONSENT)
        now = self.clock()
        with self.database.transaction() as session:
            history = self._lock_history(session, customer_id, call_id)
            before = prohibitions.derive(as_rule_events(history), local_date(now))
            events = prohibitions.no_direct_marketing(before, source, now)
            for event in events:
                prohibitions.validate(event)
            self._store(session, customer_id, events, evidence, call_id)
            audit.append(session, self.actor, "consent_recorded", customer_id=customer_id,
                         purpose="call" if call_id else None,
                         detail={"all_direct_marketing": True, "source": source, "events": len(events)})
            return self._state(session, customer_id, now)

    def undo_minutes(self) -> int:
        """How long after recording an entry its author may take it back (app setting, default 2)."""
        with self.database.transaction() as session:
            value = consent_repository.setting(session, UNDO_MINUTES)
        try:
            minutes = int(value) if value is not None else DEFAULT_UNDO_MINUTES
        except ValueError:
            return DEFAULT_UNDO_MINUTES
        return minutes if minutes in _UNDO_RANGE else DEFAULT_UNDO_MINUTES

    def undo_last(self, customer_id: int, *, call_id: int | None = None) -> ConsentState:
        """Take back this user's latest entry for the customer (every event of it: "no direct marketing"
        is one entry) if it is younger than the undo window: one correcting event per event, one audit
        row. Raises :class:`UndoExpired` when there is nothing to take back."""
        self.actor.require(Permission.RECORD_CONSENT)
        minutes = self.undo_minutes()
        now = self.clock()
        with self.database.transaction() as session:
            history = self._lock_history(session, customer_id, call_id)
            corrected = {e.corrects_id for e in history if e.corrects_id is not None}
            mine = [e for e in history if e.agent_username == self.actor.username and e.corrects_id is None
                    and e.id not in corrected]
            if not mine or now - mine[-1].occurred_at > dt.timedelta(minutes=minutes):
                raise UndoExpired(minutes)
            # One entry is one transaction, and a transaction's events share their instant.
            entry = [e for e in mine if e.occurred_at == mine[-1].occurred_at]
            corrections = [prohibitions.correction_of(event, now) for event in as_rule_events(tuple(entry))]
            self._store(session, customer_id, corrections, "correction", call_id)
            audit.append(session, self.actor, "consent_corrected", customer_id=customer_id,
                         purpose="call" if call_id else None,
                         detail={"corrects": [e.id for e in entry], "events": len(entry)})
            return self._state(session, customer_id, now)

    def state(self, customer_id: int) -> ConsentState:
        self.actor.require(Permission.READ_CUSTOMER)
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            return self._state(session, customer_id, self.clock())

    def history(self, customer_id: int) -> tuple[ConsentEventRow, ...]:
        self.actor.require(Permission.READ_CUSTOMER)
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            return consent_repository.events(session, customer_id, staff=True)

    def _lock_history(self, session: Session, customer_id: int, call_id: int | None) -> tuple[ConsentEventRow, ...]:
        """The history, with the customer's row locked: two agents recording for the same customer at
        once are serialised, so a lift is always checked against what is really there."""
        consent_repository.lock_customer(session, customer_id)
        load_customer(session, customer_id)
        if call_id is not None:
            call = call_repository.get(session, call_id)
            if call is None or (call.customer_id != customer_id
                                and not call_repository.is_linked(session, call_id, customer_id)):
                raise DomainError(N_("The call given as evidence is not a call with this customer."))
        return consent_repository.events(session, customer_id, staff=True)

    def _store(self, session: Session, customer_id: int, events: list[ConsentEventData], evidence: str | None,
               call_id: int | None) -> None:
        consent_repository.add(session, customer_id, events, agent_username=self.actor.username,
                               evidence=(evidence or "").strip()[:200] or None, call_id=call_id)

    def _state(self, session: Session, customer_id: int, now: dt.datetime) -> ConsentState:
        history = consent_repository.events(session, customer_id, staff=True)
        return prohibitions.derive(as_rule_events(history), local_date(now))
