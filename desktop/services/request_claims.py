"""Claims on requests: take one to work on it, release it, and the automatic release of idle claims.

The rules are desktop.core.claims (and desktop.core.request_actions for what the user is offered); the
claim's part of every change of a request (a lapsed claim released first, a colleague's live claim
stopping an agent, the activity time moving on) is desktop.services.request_steps.before_change. Every
claim, release and take-over is a request event (the history shows it) and an audit row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import requests as repo
from desktop.core import claims
from desktop.core.local_time import local_date, local_midnight
from desktop.core.request_actions import Action
from desktop.core.roles import Actor, Permission
from desktop.services import request_steps as steps
from desktop.services.request_dtos import RequestInfo
from desktop.services.request_steps import CLAIM_RELEASE_WORKING_DAYS, release_working_days
from desktop.services.requests import RequestService

__all__ = ["CLAIM_RELEASE_WORKING_DAYS", "SWEEP_LIMIT", "ClaimService", "release_working_days"]

# A session only needs the few requests a desk can have claimed; more is left for the next sweep.
SWEEP_LIMIT = 500


class ClaimService:
    """Claim, release and the sweep of lapsed claims (run before the queue or a request is read)."""

    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
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
            steps.allow(session, request, self.actor, Action.CLAIM)
            if request.claimed_by is not None:
                steps.event(session, request, self.actor, now, "claim_taken_over",
                            detail={"from": request.claimed_by})
            request.claimed_by, request.claimed_at, request.claim_active_at = self.actor.username, now, now
            steps.event(session, request, self.actor, now, "claimed", detail={"to": self.actor.username})
            audit.append(session, self.actor, "request_claimed", customer_id=request.customer_id, purpose="request",
                         detail={"reference": request.reference})
            return steps.info(session, request, self.actor, now)

    def release(self, request_id: int, *, expected_version: int | None = None) -> RequestInfo:
        """Give the request back to the queue (its claimant, or a supervisor)."""
        self.actor.require(Permission.HANDLE_REQUEST)
        with self.requests._changing(request_id, expected_version) as (session, request):
            steps.allow(session, request, self.actor, Action.RELEASE)
            steps.release(session, request, self.actor, self.clock(), automatic=False)
            return steps.info(session, request, self.actor, self.clock())

    def release_lapsed(self) -> int:
        """Release every claim idle for the setting's working days; how many were released."""
        if not self.actor.can(Permission.HANDLE_REQUEST):
            return 0
        now = self.clock()
        with self.database.transaction() as session:
            keep_from = claims.keeps_claim_from(local_date(now), release_working_days(session))
            lapsed = repo.lapsed_claims(session, local_midnight(keep_from), SWEEP_LIMIT)
            for request in lapsed:
                steps.release(session, request, self.actor, now, automatic=True)
            return len(lapsed)
