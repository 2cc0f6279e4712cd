"""RequestService: written data-subject requests from intake to the dispatched reply.

Every change is one transaction holding the request row, a ``request_event`` (actor, time, from/to
state, reason) and an audit row; letters generated on the way (identity clarification, extension
notice, access reply, refusal) are written in the same transaction, so a failure leaves nothing
half-done. Deadlines come from desktop.core.deadlines, transitions from desktop.core.request_states.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from db import audit
from db.base import utcnow
from db.database import Database
from db.errors import ConcurrentUpdate
from db.models import DataRequest, RequestEvent
from db.repositories import requests as repo
from desktop.core import deadlines
from desktop.core import letters as letters_spec
from desktop.core import request_states as rs
from desktop.core.i18n import N_
from desktop.core.letters import OUTCOME_REPLIES, REPLY_FOR_REQUEST, LetterType
from desktop.core.local_time import DESK_ZONE
from desktop.core.request_actions import Action
from desktop.core.roles import Actor, Permission, Role
from desktop.services import request_steps as steps
from desktop.services.letters import GeneratedLetter, LetterService
from desktop.services.request_dtos import EventInfo, Intake, QueuePage, QueueRow, RequestInfo, StaffMember
from desktop.services.request_steps import RequestError

if TYPE_CHECKING:
    from db.database import Session

__all__ = ["EventInfo", "Intake", "QueuePage", "QueueRow", "RequestChanged", "RequestError", "RequestInfo", "RequestService",
           "StaffMember"]

HELSINKI = DESK_ZONE  # the desk's zone (desktop.core.local_time)
REQUEST_TYPES = letters_spec.REQUEST_TYPES
CHANNELS = letters_spec.REQUEST_CHANNELS
# How the requester was identified. A photo ID is looked at, never copied (EDPB 01/2022 §78).
IDENTITY_METHODS = ("signature_compared", "photo_id_seen", "address_on_record")
CLARIFICATION = "identity_clarification"
# Who may be put in charge of a request.
ASSIGNABLE_ROLES = (Role.AGENT, Role.SUPERVISOR)


class RequestChanged(RequestError):
    """A colleague changed the request after this user's view of it was loaded; nothing was done.

    The view reloads the request when it gets this, so the message says that it has been reloaded.
    """

    def __init__(self, last: RequestEvent | None) -> None:
        actor = last.actor_username if last is not None else "?"
        if last is not None and last.kind == "state_changed" and last.to_state == rs.State.READY_TO_PRINT:
            super().__init__(N_("A colleague ({actor}) signed this request off a moment ago — it has been "
                                "reloaded."), actor=actor)
        elif last is not None and last.kind == "reassigned":
            super().__init__(N_("A colleague ({actor}) reassigned this request to {username} a moment ago — it "
                                "has been reloaded."), actor=actor, username=(last.detail or {}).get("to") or "?")
        else:
            super().__init__(N_("A colleague ({actor}) changed this request a moment ago — it has been "
                                "reloaded. Check it and try again if it is still needed."), actor=actor)


class RequestService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock
        self.letters = LetterService(database, actor, clock)

    def today(self) -> dt.date:
        return self.clock().astimezone(HELSINKI).date()

    # --- intake and identity ------------------------------------------------------------------------

    def intake(self, data: Intake) -> RequestInfo:
        self.actor.require(Permission.HANDLE_REQUEST)
        if data.request_type not in REQUEST_TYPES:
            raise RequestError(N_("Unknown request type."))
        if data.channel not in CHANNELS:
            raise RequestError(N_("Unknown channel."))
        received = data.received_on or self.today()
        if received > self.today():
            raise RequestError(N_("The received date cannot be in the future."))
        with self.database.transaction() as session:
            if data.customer_id is not None and not repo.customer_exists(session, data.customer_id):
                raise RequestError(N_("Customer {customer_id} does not exist."), customer_id=data.customer_id)
            request = DataRequest(
                reference=repo.next_reference(session, received.year), customer_id=data.customer_id,
                request_type=data.request_type, state=rs.State.RECEIVED.value, channel=data.channel,
                signed=data.signed, received_on=received, due_on=deadlines.due_date(received),
                scan_ref=(data.scan_ref or "").strip() or None, description=(data.description or "").strip() or None,
                created_by=self.actor.username, created_at=self.clock())
            repo.add(session, request)
            self._event(session, request, "created", None, rs.State.RECEIVED, None,
                        {"channel": data.channel, "signed": data.signed})
            audit.append(session, self.actor, "request_created", customer_id=data.customer_id, purpose="request",
                         detail={"reference": request.reference, "request_type": data.request_type,
                                 "channel": data.channel})
            return self._info(session, request)

    def match_customer(self, request_id: int, customer_id: int, *,
                       expected_version: int | None = None) -> RequestInfo:
        with self._changing(request_id, expected_version) as (session, request):
            self._allow(session, request, Action.MATCH_CUSTOMER)
            if not repo.customer_exists(session, customer_id):
                raise RequestError(N_("Customer {customer_id} does not exist."), customer_id=customer_id)
            request.customer_id = customer_id
            self._event(session, request, "customer_matched", None, None, None, {"customer_id": customer_id})
            audit.append(session, self.actor, "request_state_changed", customer_id=customer_id, purpose="request",
                         detail={"reference": request.reference, "event": "customer_matched"})
            return self._info(session, request)

    def record_identity_check(self, request_id: int, method: str, *,
                              expected_version: int | None = None) -> RequestInfo:
        """The requester is identified: resume a paused clock and move on to preparing the reply."""
        if method not in IDENTITY_METHODS:
            raise RequestError(N_("Unknown identity check method."))
        with self._changing(request_id, expected_version) as (session, request):
            self._allow(session, request, Action.RECORD_IDENTITY)
            request.identity_method = method
            request.identity_checked_by = self.actor.username
            request.identity_checked_at = self.clock()
            self._event(session, request, "identity_checked", None, None, None, {"method": method})
            if request.state == rs.State.ON_HOLD:
                self._resume(session, request)
            if request.state == rs.State.RECEIVED:
                self._move(session, request, rs.State.IDENTITY_CHECK)
            if request.state in (rs.State.IDENTITY_CHECK, rs.State.ON_HOLD):
                self._move(session, request, rs.State.IN_PREPARATION)
            return self._info(session, request)

    def needs_clarification(self, request_id: int, reason: str, *,
                            expected_version: int | None = None) -> GeneratedLetter:
        """Ask the requester to prove who they are: the clarification letter goes out and the clock stops."""
        with self._changing(request_id, expected_version) as (session, request):
            self._allow(session, request, Action.CLARIFY)
            if request.state == rs.State.RECEIVED:
                self._move(session, request, rs.State.IDENTITY_CHECK)
            self._move(session, request, rs.State.ON_HOLD, reason, kind=CLARIFICATION)
            request.paused_since = self.today()
            return self.letters.generate_in(session, request, LetterType.IDENTITY_CLARIFICATION, reason=reason)

    # --- workflow -----------------------------------------------------------------------------------

    def transition(self, request_id: int, target: rs.State | str, reason: str | None = None, *,
                   expected_version: int | None = None) -> RequestInfo:
        with self._changing(request_id, expected_version) as (session, request):
            self._allow(session, request, Action.MOVE, target=rs.State(target))
            if request.state == rs.State.ON_HOLD and request.paused_since is not None:
                self._resume(session, request)
            self._move(session, request, rs.State(target), reason)
            return self._info(session, request)

    def extend(self, request_id: int, months: int, reason: str, *,
               expected_version: int | None = None) -> GeneratedLetter:
        with self._changing(request_id, expected_version) as (session, request):
            self._allow(session, request, Action.EXTEND)
            original = request.due_on
            new_due = deadlines.check_extension(request.received_on, self.today(), months, reason,
                                                paused_days=request.paused_days,
                                                already_extended=request.extended_due_on is not None)
            self._move(session, request, rs.State.EXTENDED, reason, detail={"months": months})
            request.extended_due_on = new_due
            request.extension_reason = reason.strip()
            return self.letters.generate_in(session, request, LetterType.EXTENSION_NOTICE, reason=reason,
                                            due_on=new_due, original_due_on=original)

    def sign_off(self, request_id: int, outcome: str | None = None, *,
                 expected_version: int | None = None) -> GeneratedLetter:
        """Supervisor's approval: the reply in the customer's language is generated, ready to print.

        An access request's reply carries the copy of the data; the other types' replies say what was done
        (``outcome``, the handler's words, required), on which day, and the complaint route.
        """
        with self._changing(request_id, expected_version) as (session, request):
            reply = REPLY_FOR_REQUEST[request.request_type]
            # Who may sign off is checked before the missing description, and both before anything is written.
            self._allow(session, request, Action.SIGN_OFF)
            if reply in OUTCOME_REPLIES and not (outcome or "").strip():
                raise RequestError(N_("Describe what was done: the reply tells the customer."))
            self._move(session, request, rs.State.READY_TO_PRINT, (outcome or "").strip() or None)
            return self.letters.generate_in(session, request, reply, outcome=outcome)

    def refuse(self, request_id: int, reason: str, *, expected_version: int | None = None) -> GeneratedLetter:
        with self._changing(request_id, expected_version) as (session, request):
            self._allow(session, request, Action.REFUSE)
            self._move(session, request, rs.State.REFUSED, reason)
            request.outcome_reason = reason.strip()
            return self.letters.generate_in(session, request, LetterType.REFUSAL, reason=reason)

    # --- assignment ---------------------------------------------------------------------------------

    def assignable_staff(self) -> list[StaffMember]:
        """Active agents and supervisors, for the supervisor's "reassign" choice (not the user admin's list)."""
        self.actor.require(Permission.REASSIGN)
        with self.database.transaction() as session:
            rows = repo.active_staff(session, [r.value for r in ASSIGNABLE_ROLES])
            return [StaffMember(username, display_name or username, Role(role))
                    for username, display_name, role in rows]

    def reassign(self, request_id: int, to_username: str, *,
                 expected_version: int | None = None) -> RequestInfo:
        """Put another agent or supervisor in charge of an open request (supervisors only)."""
        self.actor.require(Permission.REASSIGN)
        name = (to_username or "").strip()
        with self._changing(request_id, expected_version) as (session, request):
            staff = repo.staff_role(session, name)
            if staff is None or not staff[1] or staff[0] not in {r.value for r in ASSIGNABLE_ROLES}:
                raise RequestError(N_("{username} is not an active agent or supervisor."), username=name)
            previous = request.assigned_to
            if previous == name:
                raise RequestError(N_("The request is already assigned to {username}."), username=name)
            request.assigned_to = name
            detail: dict[str, object] = {"from": previous, "to": name}
            self._event(session, request, "reassigned", None, None, None, detail)
            audit.append(session, self.actor, "request_reassigned", customer_id=request.customer_id,
                         purpose="request", detail={"reference": request.reference, **detail})
            return self._info(session, request)

    # --- reading ------------------------------------------------------------------------------------

    def get(self, request_id: int) -> RequestInfo:
        self.actor.require(Permission.HANDLE_REQUEST)
        with self.database.transaction() as session:
            return self._info(session, self._get(session, request_id))

    def queue(self, include_closed: bool = False, *, state: str | None = None, offset: int = 0,
              limit: int | None = None) -> list[QueueRow]:
        """Requests by urgency (desktop.services.request_queue)."""
        from desktop.services.request_queue import RequestQueue

        return RequestQueue(self).rows(include_closed, state=state, offset=offset, limit=limit)

    # --- internals ----------------------------------------------------------------------------------

    def _allow(self, session: Session, request: DataRequest, action: Action, *,
               target: rs.State | None = None) -> None:
        steps.allow(session, request, self.actor, action, target=target)

    def _get(self, session: Session, request_id: int) -> DataRequest:
        self.actor.require(Permission.HANDLE_REQUEST)
        request = repo.get(session, request_id)
        if request is None:
            raise RequestError(N_("Request {request_id} does not exist."), request_id=request_id)
        return request

    def _open(self, session: Session, request_id: int, expected_version: int | None = None) -> DataRequest:
        request = self._get(session, request_id)
        if expected_version is not None and request.version != expected_version:
            raise RequestChanged(self._last_event(session, request.id))
        if rs.is_closed(request.state):
            raise RequestError(N_("The request is closed."))
        return request

    @contextmanager
    def _changing(self, request_id: int, expected_version: int | None) -> Iterator[tuple[Session, DataRequest]]:
        """One change of an open request: refused if a colleague changed it since ``expected_version``
        (the version the user's screen shows), also when the colleague's change lands between our read
        and our write (the version counter's UPDATE then matches no row: db.errors.ConcurrentUpdate)."""
        try:
            with self.database.transaction() as session:
                request = self._open(session, request_id, expected_version)
                steps.before_change(session, request, self.actor, self.clock())
                yield session, request
        except ConcurrentUpdate:
            with self.database.transaction() as session:
                raise RequestChanged(self._last_event(session, request_id)) from None

    @staticmethod
    def _last_event(session: Session, request_id: int) -> RequestEvent | None:
        return repo.last_event(session, request_id)

    def _event(self, session: Session, request: DataRequest, kind: str, source: rs.State | None,
               target: rs.State | None, reason: str | None, detail: dict[str, object] | None = None) -> None:
        steps.event(session, request, self.actor, self.clock(), kind, source, target, reason, detail)

    def _move(self, session: Session, request: DataRequest, target: rs.State, reason: str | None = None, *,
              kind: str = "state_changed", detail: dict[str, object] | None = None) -> None:
        steps.move(session, request, self.actor, self.clock(), target, reason, kind=kind, detail=detail)

    def _resume(self, session: Session, request: DataRequest) -> None:
        """End a clarification pause: the paused days are added to the deadline (and to an extension)."""
        if request.paused_since is None:
            return
        paused = deadlines.paused_between(request.paused_since, self.today())
        request.paused_days += paused
        months = steps.extension_months(request)
        request.paused_since = None
        request.outcome_reason = None
        request.due_on = deadlines.due_date(request.received_on, paused_days=request.paused_days)
        if months:
            request.extended_due_on = deadlines.due_date(request.received_on, paused_days=request.paused_days,
                                                         extension_months=months)
        self._event(session, request, "resumed", None, None, None, {"paused_days": paused})

    @staticmethod
    def _current_due(request: DataRequest, today: dt.date) -> dt.date:
        return steps.current_due(request, today)

    def _info(self, session: Session, request: DataRequest) -> RequestInfo:
        return steps.info(session, request, self.actor, self.clock())
