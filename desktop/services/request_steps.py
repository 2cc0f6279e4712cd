"""The steps every change of a request is made of, inside the caller's transaction: the claim's part
(a lapsed claim released, a colleague's respected, the activity time moved on), the rule of the action
(desktop.core.request_actions), the state move with its event and audit row, and the request read back as
the frozen RequestInfo the desk shows.

Shared by the services that change requests — RequestService (the workflow), ClaimService (claims) and
LetterService (a letter printed or posted moves its request) — so each step exists once, and none of
them imports another to reach it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db import audit
from db.models import DataRequest
from db.repositories import letters as letters_repo
from db.repositories import requests as repo
from desktop.core import claims, deadlines, request_actions
from desktop.core import request_states as rs
from desktop.core.errors import DomainError
from desktop.core.local_time import DESK_ZONE, local_date
from desktop.core.request_actions import Action
from desktop.core.roles import Actor
from desktop.services.request_dtos import EventInfo, RequestInfo

if TYPE_CHECKING:
    from db.database import Session

CLAIM_RELEASE_WORKING_DAYS = "requests.claim_release_working_days"


class RequestError(DomainError):
    """The request cannot be handled as asked."""


def today(now: dt.datetime) -> dt.date:
    """The desk's day (Helsinki) at ``now``."""
    return now.astimezone(DESK_ZONE).date()


# --- claims ------------------------------------------------------------------------------------------

def release_working_days(session: Session) -> int:
    """The setting (working days without activity before a claim is released), default 2."""
    value = repo.setting(session, CLAIM_RELEASE_WORKING_DAYS)
    try:
        days = int(value) if value is not None else claims.DEFAULT_RELEASE_WORKING_DAYS
    except ValueError:
        return claims.DEFAULT_RELEASE_WORKING_DAYS
    return days if days in claims.RELEASE_RANGE else claims.DEFAULT_RELEASE_WORKING_DAYS


def release(session: Session, request: DataRequest, actor: Actor, now: dt.datetime, *, automatic: bool) -> None:
    """Free the request; ``automatic``: its claim lapsed (the history and the audit row say so)."""
    detail: dict[str, object] = {"from": request.claimed_by, "automatic": automatic}
    if automatic and request.claim_active_at is not None:
        detail["idle_since"] = local_date(request.claim_active_at).isoformat()
    request.claimed_by = request.claimed_at = request.claim_active_at = None
    repo.add_event(session, request.id, now, actor.username, "claim_released", detail=detail)
    audit.append(session, actor, "request_claim_released", customer_id=request.customer_id,
                 purpose="request", detail={"reference": request.reference, **detail})


def before_change(session: Session, request: DataRequest, actor: Actor, now: dt.datetime) -> None:
    """Inside a change of ``request`` by ``actor``: lapsed claim released, a colleague's respected, activity."""
    if request.claimed_by is None or request.claim_active_at is None:
        return
    if claims.is_stale(local_date(request.claim_active_at), local_date(now), release_working_days(session)):
        release(session, request, actor, now, automatic=True)
        return
    names = repo.display_names(session, {request.claimed_by})
    claims.check_claim(actor.username, actor.role, request.claimed_by, names.get(request.claimed_by))
    request.claim_active_at = now


# --- the rule of an action -----------------------------------------------------------------------------

def facts(session: Session, request: DataRequest) -> request_actions.RequestFacts:
    """What desktop.core.request_actions decides from, as the request stands in this transaction."""
    letters, to_post = letters_repo.counts_of_request(session, request.id)
    claimant = request.claimed_by
    return request_actions.RequestFacts(
        request.state, request.customer_id, request.extended_due_on is not None, claimant,
        repo.display_names(session, {claimant}).get(claimant) if claimant else None,
        repo.preparer(session, request.id), letters, to_post)


def allow(session: Session, request: DataRequest, actor: Actor, action: Action, *,
          target: rs.State | None = None) -> None:
    """The rule the request detail showed the user (desktop.core.request_actions), enforced."""
    try:
        request_actions.check(action, facts(session, request), actor, target=target)
    except request_actions.ActionNotAvailable as refused:
        raise RequestError(refused.message, **refused.params) from None


# --- moves ---------------------------------------------------------------------------------------------

def event(session: Session, request: DataRequest, actor: Actor, now: dt.datetime, kind: str,
          source: rs.State | None = None, target: rs.State | None = None, reason: str | None = None,
          detail: dict[str, object] | None = None) -> None:
    repo.add_event(session, request.id, now, actor.username, kind, from_state=source.value if source else None,
                   to_state=target.value if target else None, reason=reason, detail=detail)


def move(session: Session, request: DataRequest, actor: Actor, now: dt.datetime, target: rs.State,
         reason: str | None = None, *, kind: str = "state_changed", detail: dict[str, object] | None = None) -> None:
    """One state move: the workflow and four eyes checked, the claim ended where the move ends it, the
    reason kept where the state needs one, the event and the audit row written."""
    source = rs.State(request.state)
    rs.check_transition(source, target, actor.role, reason)
    if target in claims.SIGNING_TARGETS:
        prepared_by = repo.preparer(session, request.id)
        claims.check_four_eyes(actor.username, target, {prepared_by} if prepared_by else set())
    request.state = target.value
    if target is rs.State.AWAITING_SIGN_OFF or rs.is_closed(target):  # the signer takes over, or it is done
        request.claimed_by = request.claimed_at = request.claim_active_at = None
    if target in (rs.State.ON_HOLD, rs.State.WITHDRAWN, rs.State.ABANDONED):
        request.outcome_reason = (reason or "").strip()
    event(session, request, actor, now, kind, source, target, (reason or "").strip() or None, detail)
    audit.append(session, actor, "request_state_changed", customer_id=request.customer_id,
                 purpose="request", detail={"reference": request.reference, "from": source.value,
                                            "to": target.value})
    session.flush()


# --- reading back --------------------------------------------------------------------------------------

def extension_months(request: DataRequest) -> int:
    """0, 1 or 2: recovered from the stored dates (the extension is always computed by core.deadlines)."""
    if request.extended_due_on is None:
        return 0
    one = deadlines.due_date(request.received_on, paused_days=request.paused_days, extension_months=1)
    return 1 if request.extended_due_on <= one else 2


def current_due(request: DataRequest, day: dt.date) -> dt.date:
    return deadlines.current_due(request.received_on, day, paused_days=request.paused_days,
                                 paused_since=request.paused_since, extension_months=extension_months(request))


def info(session: Session, request: DataRequest, actor: Actor, now: dt.datetime) -> RequestInfo:
    """The request as ``actor`` sees it at ``now``: deadline as it stands, history, what they may do."""
    session.flush()
    day = today(now)
    due = current_due(request, day)
    known = facts(session, request)
    return RequestInfo(
        request.id, request.reference, request.customer_id, request.request_type, request.state,
        request.channel, request.signed, request.received_on, due, deadlines.days_left(due, day),
        request.paused_since, request.paused_days, request.extended_due_on is not None, request.identity_method,
        request.outcome_reason, request.dispatched_on, repo.open_duplicates(session, request, rs.CLOSED_VALUES),
        tuple(EventInfo(e.occurred_at, e.actor_username, e.kind, e.from_state, e.to_state, e.reason, e.detail)
              for e in repo.events(session, request.id)), request.assigned_to, request.version, request.claimed_by,
        known.claimant_name, request.claim_active_at, extension_months(request),
        request_actions.decide(known, actor))
