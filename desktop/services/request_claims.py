"""Claims on requests: take one to work on it, release it, and the automatic release of idle claims.

The rules are desktop.core.claims; RequestService calls :func:`before_change` inside every change of a
request (a lapsed claim is released first, a colleague's live claim stops an agent, the claim's activity
time moves on) and :func:`check_four_eyes` before a sign-off or refusal. Every claim, release and
take-over is a request event (the history shows it) and an audit row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from db import audit
from db.base import utcnow
from db.database import Database
from db.models import DataRequest
from db.repositories import requests as repo
from desktop.core import claims
from desktop.core import request_states as rs
from desktop.core.local_time import local_date, local_midnight
from desktop.core.request_actions import Action
from desktop.core.roles import Actor, Permission
from desktop.services.request_dtos import RequestInfo

if TYPE_CHECKING:
    from db.database import Session

CLAIM_RELEASE_WORKING_DAYS = "requests.claim_release_working_days"
# A session only needs the few requests a desk can have claimed; more is left for the next sweep.
SWEEP_LIMIT = 500


def release_working_days(session: Session) -> int:
    """The setting (working days without activity before a claim is released), default 2."""
    value = repo.setting(session, CLAIM_RELEASE_WORKING_DAYS)
    try:
        days = int(value) if value is not None else claims.DEFAULT_RELEASE_WORKING_DAYS
    except ValueError:
        return claims.DEFAULT_RELEASE_WORKING_DAYS
    return days if days in claims.RELEASE_RANGE else claims.DEFAULT_RELEASE_WORKING_DAYS


def _event(session: Session, request: DataRequest, actor: Actor, now: dt.datetime, kind: str,
           detail: dict[str, object]) -> None:
    repo.add_event(session, request.id, now, actor.username, kind, detail=detail)


def release(session: Session, request: DataRequest, actor: Actor, now: dt.datetime, *, automatic: bool) -> None:
    """Free the request; ``automatic``: its claim lapsed (the history and the audit row say so)."""
    detail: dict[str, object] = {"from": request.claimed_by, "automatic": automatic}
    if automatic and request.claim_active_at is not None:
        detail["idle_since"] = local_date(request.claim_active_at).isoformat()
    request.claimed_by = request.claimed_at = request.claim_active_at = None
    _event(session, request, actor, now, "claim_released", detail)
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


def after_move(request: DataRequest, target: rs.State) -> None:
    """Sent for sign-off (the signer takes over) or closed: nobody holds the request any more."""
    if target is rs.State.AWAITING_SIGN_OFF or rs.is_closed(target):
        request.claimed_by = request.claimed_at = request.claim_active_at = None


def check_four_eyes(session: Session, request: DataRequest, actor: Actor, target: rs.State) -> None:
    if target in claims.SIGNING_TARGETS:
        prepared_by = repo.preparer(session, request.id)
        claims.check_four_eyes(actor.username, target, {prepared_by} if prepared_by else set())


class ClaimService:
    """Claim, release and the sweep of lapsed claims (run before the queue or a request is read)."""

    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        from desktop.services.requests import RequestService

        self.database = database
        self.actor = actor
        self.clock = clock
        self.requests = RequestService(database, actor, clock)

    def claim(self, request_id: int, *, expected_version: int | None = None) -> RequestInfo:
        """Take the request: shown to everyone as being worked on by this user. A supervisor may take over
        a colleague's claim (recorded as such); an agent cannot (core.claims.ClaimedByOther)."""
        self.actor.require(Permission.HANDLE_REQUEST)
        with self.requests._changing(request_id, expected_version) as (session, request):
            now = self.clock()
            self.requests._allow(session, request, Action.CLAIM)
            if request.claimed_by is not None:
                detail: dict[str, object] = {"from": request.claimed_by}
                _event(session, request, self.actor, now, "claim_taken_over", detail)
            request.claimed_by, request.claimed_at, request.claim_active_at = self.actor.username, now, now
            _event(session, request, self.actor, now, "claimed", {"to": self.actor.username})
            audit.append(session, self.actor, "request_claimed", customer_id=request.customer_id, purpose="request",
                         detail={"reference": request.reference})
            return self.requests._info(session, request)

    def release(self, request_id: int, *, expected_version: int | None = None) -> RequestInfo:
        """Give the request back to the queue (its claimant, or a supervisor)."""
        self.actor.require(Permission.HANDLE_REQUEST)
        with self.requests._changing(request_id, expected_version) as (session, request):
            self.requests._allow(session, request, Action.RELEASE)
            release(session, request, self.actor, self.clock(), automatic=False)
            return self.requests._info(session, request)

    def release_lapsed(self) -> int:
        """Release every claim idle for the setting's working days; how many were released."""
        if not self.actor.can(Permission.HANDLE_REQUEST):
            return 0
        now = self.clock()
        with self.database.transaction() as session:
            keep_from = claims.keeps_claim_from(local_date(now), release_working_days(session))
            lapsed = repo.lapsed_claims(session, local_midnight(keep_from), SWEEP_LIMIT)
            for request in lapsed:
                release(session, request, self.actor, now, automatic=True)
            return len(lapsed)
