"""desktop.core.request_actions: which actions a request allows whom, and the reason for the others.

Pure; the request detail shows exactly this and RequestService refuses exactly what it refuses (the last
tests: the DTO the service returns and the service itself agree, on SQLite and PostgreSQL).
"""

from __future__ import annotations

import pytest
from request_fixtures import AGENT as DESK_AGENT
from request_fixtures import SUPERVISOR as DESK_SUPERVISOR
from request_fixtures import Clock, RequestData

from db.database import Database
from desktop.core import claims
from desktop.core import request_states as rs
from desktop.core.request_actions import Action, ActionNotAvailable, RequestFacts, check, decide
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.letters import LetterService
from desktop.services.request_claims import ClaimService
from desktop.services.requests import Intake, RequestError, RequestService

AGENT = Actor("anna.agent", Role.AGENT)
COLLEAGUE = Actor("bertil.agent", Role.AGENT)
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR)
AUDITOR = Actor("olli.auditor", Role.AUDITOR)


def facts(state: str = "received", **kw: object) -> RequestFacts:
    values: dict[str, object] = {"customer_id": 7, "extended": False}
    values.update(kw)
    return RequestFacts(state, **values)  # type: ignore[arg-type]


def test_a_new_unmatched_request_offers_matching_but_no_identity_check_or_letter() -> None:
    actions = decide(facts(customer_id=None), AGENT)
    assert actions.allows(Action.MATCH_CUSTOMER)
    assert not actions.allows(Action.RECORD_IDENTITY) and not actions.allows(Action.ACKNOWLEDGE)
    assert str(actions.why_not[Action.RECORD_IDENTITY]) == "Match the request to a customer before checking the identity."
    assert rs.State.ON_HOLD in actions.moves and rs.State.EXTENDED not in actions.moves  # extension: its own button


def test_a_matched_request_offers_the_identity_check_and_clarification() -> None:
    actions = decide(facts(), AGENT)
    assert {Action.RECORD_IDENTITY, Action.CLARIFY, Action.ACKNOWLEDGE, Action.EXTEND} <= actions.allowed
    assert not actions.allows(Action.MATCH_CUSTOMER)
    assert not actions.allows(Action.SIGN_OFF)
    assert str(actions.why_not[Action.SIGN_OFF]) == "A request cannot move from “Received” to “Ready to print”."
    waiting = decide(facts("awaiting_sign_off"), AGENT).why_not[Action.SIGN_OFF]
    assert str(waiting) == "Only a supervisor may sign off or refuse a request."


def test_on_hold_the_identity_may_be_recorded_but_no_second_clarification_asked() -> None:
    actions = decide(facts("on_hold"), AGENT)
    assert actions.allows(Action.RECORD_IDENTITY) and not actions.allows(Action.CLARIFY)
    assert not decide(facts("in_preparation"), AGENT).allows(Action.RECORD_IDENTITY)


def test_an_extension_is_offered_once() -> None:
    assert decide(facts("in_preparation"), AGENT).allows(Action.EXTEND)
    actions = decide(facts("in_preparation", extended=True), AGENT)
    assert not actions.allows(Action.EXTEND)
    assert str(actions.why_not[Action.EXTEND]) == "The deadline has already been extended once."


def test_sign_off_and_refusal_are_a_second_supervisors() -> None:
    waiting = facts("awaiting_sign_off", prepared_by=SUPERVISOR.username)
    mine = decide(waiting, SUPERVISOR)
    assert not mine.allows(Action.SIGN_OFF) and not mine.allows(Action.REFUSE)
    assert isinstance(mine.why_not[Action.REFUSE], claims.FourEyes)
    other = decide(waiting, Actor("sirkka.super", Role.SUPERVISOR))
    assert other.allows(Action.SIGN_OFF) and other.allows(Action.REFUSE)
    assert rs.State.IN_PREPARATION in other.moves  # sent back for more work
    with pytest.raises(claims.FourEyes):
        check(Action.SIGN_OFF, waiting, SUPERVISOR)


def test_a_colleagues_claim_stops_an_agent_but_not_a_supervisor() -> None:
    held = facts("in_preparation", claimed_by=COLLEAGUE.username, claimant_name="Bertil Åkerman")
    agent = decide(held, AGENT)
    assert agent.moves == () and not agent.allows(Action.RECORD_IDENTITY) and not agent.allows(Action.CLAIM)
    assert str(agent.why_not[Action.CLAIM]).startswith("Bertil Åkerman is working on this request.")
    supervisor = decide(held, SUPERVISOR)
    assert supervisor.allows(Action.CLAIM) and supervisor.allows(Action.RELEASE) and supervisor.moves
    own = decide(facts("in_preparation", claimed_by=AGENT.username), AGENT)
    assert own.allows(Action.RELEASE) and not own.allows(Action.CLAIM)


def test_a_closed_request_allows_nothing_but_its_letters() -> None:
    actions = decide(facts("dispatched", letters=2, letters_to_post=0), SUPERVISOR)
    assert actions.moves == () and actions.allowed == {Action.PRINT}
    assert str(actions.why_not[Action.SIGN_OFF]) == "The request is closed."
    with pytest.raises(ActionNotAvailable):
        check(Action.MOVE, facts("withdrawn"), AGENT, target="in_preparation")


def test_letters_to_print_and_to_post() -> None:
    assert not decide(facts(), AGENT).allows(Action.PRINT)
    printed = decide(facts("printed", letters=1, letters_to_post=1), AGENT)
    assert printed.allows(Action.PRINT) and printed.allows(Action.DISPATCH)
    assert rs.State.DISPATCHED not in printed.moves  # posting is its own action


def test_an_auditor_is_offered_nothing_and_told_nothing() -> None:
    actions = decide(facts(letters=1), AUDITOR)
    assert actions.moves == () and actions.allowed == frozenset() and actions.why_not == {}
    with pytest.raises(PermissionDenied):
        check(Action.RECORD_IDENTITY, facts(), AUDITOR)


def test_the_service_refuses_what_the_request_dto_does_not_offer(database: Database, data: RequestData,
                                                                  clock: Clock) -> None:
    agent = RequestService(database, DESK_AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id))
    assert info.actions.allows(Action.RECORD_IDENTITY) and not info.actions.allows(Action.MATCH_CUSTOMER)
    with pytest.raises(RequestError, match="already matched"):
        agent.match_customer(info.id, data.maija_id)
    checked = agent.record_identity_check(info.id, "signature_compared")
    assert checked.state == "in_preparation" and not checked.actions.allows(Action.RECORD_IDENTITY)
    with pytest.raises(RequestError, match="checked already"):
        agent.record_identity_check(info.id, "photo_id_seen")
    assert not checked.actions.allows(Action.DISPATCH)
    with pytest.raises(RequestError, match="No printed letter"):
        LetterService(database, DESK_AGENT, clock).mark_dispatched(info.id, clock().date())


def test_a_colleagues_claim_is_in_the_dto_and_in_the_service(database: Database, data: RequestData,
                                                             clock: Clock) -> None:
    agent = RequestService(database, DESK_AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id))
    ClaimService(database, COLLEAGUE, clock).claim(info.id)
    seen = agent.get(info.id)
    assert seen.actions.moves == () and not seen.actions.allows(Action.EXTEND)
    assert isinstance(seen.actions.why_not[Action.EXTEND], claims.ClaimedByOther)
    with pytest.raises(claims.ClaimedByOther):
        agent.transition(info.id, "identity_check")
    supervisor = RequestService(database, DESK_SUPERVISOR, clock).get(info.id)
    assert rs.State.IDENTITY_CHECK in supervisor.actions.moves  # a supervisor overrides the claim
