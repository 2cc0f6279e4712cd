"""Queue control: claims (one person at a time, visible to all, released after idle working days, with a
fake clock) and four eyes (the preparer of a reply or refusal cannot sign it off). SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import select

from db.database import Database
from db.models import AppSetting, AuditEvent, StaffUser
from desktop.core import claims
from desktop.core.roles import Actor, Role
from desktop.services.request_claims import ClaimService
from desktop.services.requests import Intake, RequestService

OTHER_AGENT = Actor("matti.agent", Role.AGENT, "Matti Meikäläinen")
OTHER_SUPERVISOR = Actor("olga.super", Role.SUPERVISOR, "Olga Toinen")


@pytest.fixture
def staff(database: Database) -> None:
    with database.transaction() as session:
        session.add_all([StaffUser(username=a.username, display_name=a.display_name, role=a.role.value)
                         for a in (OTHER_AGENT, OTHER_SUPERVISOR)])


def _request(database: Database, data: RequestData, clock: Clock) -> int:
    return RequestService(database, AGENT, clock).intake(Intake("access", "letter", True, data.maija_id)).id


def test_the_release_day_counts_working_days() -> None:
    thursday = dt.date(2026, 3, 12)
    assert claims.keeps_claim_from(thursday) == dt.date(2026, 3, 10)  # Tuesday
    assert claims.is_stale(dt.date(2026, 3, 9), thursday) and not claims.is_stale(dt.date(2026, 3, 10), thursday)
    # Over a weekend: claimed on Thursday, still held on Monday, released on Tuesday.
    assert not claims.is_stale(dt.date(2026, 3, 12), dt.date(2026, 3, 16))
    assert claims.is_stale(dt.date(2026, 3, 12), dt.date(2026, 3, 17))
    # Easter: Good Friday 3.4. and Easter Monday 6.4.2026 do not count.
    assert not claims.is_stale(dt.date(2026, 4, 2), dt.date(2026, 4, 8))
    assert claims.is_stale(dt.date(2026, 4, 2), dt.date(2026, 4, 9))


def test_a_claim_is_shown_to_everyone_and_stops_a_colleague(database: Database, data: RequestData, clock: Clock,
                                                            staff: None) -> None:
    request_id = _request(database, data, clock)
    info = ClaimService(database, OTHER_AGENT, clock).claim(request_id)
    assert (info.claimed_by, info.claimed_by_name) == ("matti.agent", "Matti Meikäläinen")
    assert [r.claimed_by_name for r in RequestService(database, SUPERVISOR, clock).queue()] == ["Matti Meikäläinen"]
    with pytest.raises(claims.ClaimedByOther) as refused:
        RequestService(database, AGENT, clock).record_identity_check(request_id, "signature_compared")
    assert str(refused.value).startswith("Matti Meikäläinen is working on this request")
    with pytest.raises(claims.ClaimedByOther):
        ClaimService(database, AGENT, clock).claim(request_id)
    # The claimant works on; a supervisor may take the request over (recorded), then release it.
    clock.advance(1)
    worked = RequestService(database, OTHER_AGENT, clock).record_identity_check(request_id, "signature_compared")
    assert worked.claim_active_at == clock.now
    taken = ClaimService(database, SUPERVISOR, clock).claim(request_id)
    assert taken.claimed_by == "sanna.super" and [e.kind for e in taken.events[-2:]] == ["claim_taken_over",
                                                                                        "claimed"]
    released = ClaimService(database, SUPERVISOR, clock).release(request_id)
    assert released.claimed_by is None and released.events[-1].detail == {"from": "sanna.super",
                                                                         "automatic": False}
    with database.transaction() as session:
        actions = [a for (a,) in session.execute(select(AuditEvent.action).where(
            AuditEvent.action.like("request_claim%")).order_by(AuditEvent.id))]
    assert actions == ["request_claimed", "request_claimed", "request_claim_released"]


def test_an_idle_claim_is_released_after_two_working_days(database: Database, data: RequestData, clock: Clock,
                                                          staff: None) -> None:
    request_id = _request(database, data, clock)  # Tuesday 10.3.2026
    ClaimService(database, OTHER_AGENT, clock).claim(request_id)
    sweeper = ClaimService(database, SUPERVISOR, clock)
    clock.advance(1)  # Wednesday
    assert sweeper.release_lapsed() == 0
    clock.advance(1)  # Thursday: Wednesday and Thursday are not yet both over
    assert sweeper.release_lapsed() == 0
    clock.advance(1)  # Friday: Wednesday and Thursday passed without activity
    assert sweeper.release_lapsed() == 1
    info = RequestService(database, AGENT, clock).get(request_id)
    assert info.claimed_by is None
    assert (info.events[-1].kind, info.events[-1].detail) == (
        "claim_released", {"from": "matti.agent", "automatic": True, "idle_since": "2026-03-10"})
    with database.transaction() as session:
        row = session.scalars(select(AuditEvent).where(AuditEvent.action == "request_claim_released")).one()
        assert json.loads(row.detail)["automatic"] is True


def test_the_release_setting_and_a_lapsed_claim_met_by_a_change(database: Database, data: RequestData,
                                                                clock: Clock, staff: None) -> None:
    with database.transaction() as session:
        session.add(AppSetting(key="requests.claim_release_working_days", value="5"))
    request_id = _request(database, data, clock)
    ClaimService(database, OTHER_AGENT, clock).claim(request_id)
    clock.advance(3)  # Friday: 5 working days have not passed
    assert ClaimService(database, SUPERVISOR, clock).release_lapsed() == 0
    with pytest.raises(claims.ClaimedByOther):
        RequestService(database, AGENT, clock).record_identity_check(request_id, "signature_compared")
    clock.advance(5)  # the next Wednesday: Wednesday..Tuesday passed idle
    info = RequestService(database, AGENT, clock).record_identity_check(request_id, "signature_compared")
    assert info.claimed_by is None and "claim_released" in [e.kind for e in info.events]


def test_four_eyes_the_preparer_cannot_sign_off_or_refuse(database: Database, data: RequestData,
                                                          clock: Clock, staff: None) -> None:
    request_id = _request(database, data, clock)
    preparer = RequestService(database, SUPERVISOR, clock)
    preparer.record_identity_check(request_id, "signature_compared")
    preparer.transition(request_id, "awaiting_sign_off")
    with pytest.raises(claims.FourEyes, match="another supervisor must sign it off"):
        preparer.sign_off(request_id)
    with pytest.raises(claims.FourEyes, match="another supervisor must decide the refusal"):
        preparer.refuse(request_id, "Pyyntö on ilmeisen perusteeton.")
    other = RequestService(database, OTHER_SUPERVISOR, clock)
    letter = other.refuse(request_id, "Pyyntö on ilmeisen perusteeton.")
    assert letter.letter_type == "refusal"
    info = other.get(request_id)
    assert info.state == "refused" and info.outcome_reason == "Pyyntö on ilmeisen perusteeton."


def test_sending_for_sign_off_hands_the_claim_on(database: Database, data: RequestData, clock: Clock,
                                                 staff: None) -> None:
    request_id = _request(database, data, clock)
    ClaimService(database, AGENT, clock).claim(request_id)
    agent = RequestService(database, AGENT, clock)
    agent.record_identity_check(request_id, "signature_compared")
    info = agent.transition(request_id, "awaiting_sign_off")
    assert info.claimed_by is None
    assert RequestService(database, SUPERVISOR, clock).sign_off(request_id).letter_type == "access_reply"
