"""Request workflow: every (state, state, role) combination checked against the rules."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.request_states import (
    CLOSED,
    NEEDS_REASON,
    TRANSITIONS,
    ReasonRequired,
    State,
    TransitionForbidden,
    TransitionNotAllowed,
    allowed_targets,
    check_transition,
    is_closed,
)
from desktop.core.roles import Role

MAIN_PATH = [State.RECEIVED, State.IDENTITY_CHECK, State.IN_PREPARATION, State.AWAITING_SIGN_OFF,
             State.READY_TO_PRINT, State.PRINTED, State.DISPATCHED]
SUPERVISOR_ONLY = {(State.AWAITING_SIGN_OFF, State.READY_TO_PRINT), (State.AWAITING_SIGN_OFF, State.IN_PREPARATION),
                   (State.READY_TO_PRINT, State.IN_PREPARATION)}


def _expected_allowed(src: State, dst: State, role: Role) -> bool:
    """The rules written out independently of the table."""
    if src in CLOSED or src == dst:
        return False
    if role in (Role.ADMIN, Role.AUDITOR):
        return False  # neither handles requests
    main = {(a, b) for a, b in itertools.pairwise(MAIN_PATH)}
    legal = (
        (src, dst) in main
        or (src, dst) in SUPERVISOR_ONLY
        or (dst == State.WITHDRAWN and src != State.PRINTED)
        or (dst == State.REFUSED and src in {State.RECEIVED, State.IDENTITY_CHECK, State.IN_PREPARATION,
                                             State.EXTENDED, State.ON_HOLD, State.AWAITING_SIGN_OFF})
        or (dst == State.ON_HOLD and src in {State.RECEIVED, State.IDENTITY_CHECK, State.IN_PREPARATION,
                                             State.EXTENDED})
        or (src == State.ON_HOLD and dst in {State.IDENTITY_CHECK, State.IN_PREPARATION, State.EXTENDED})
        or (dst == State.EXTENDED and src in {State.RECEIVED, State.IDENTITY_CHECK, State.IN_PREPARATION})
        or (src == State.EXTENDED and dst == State.AWAITING_SIGN_OFF)
        or (src == State.REFUSED and dst == State.PRINTED)
        or (src == State.ON_HOLD and dst == State.ABANDONED)  # identity never confirmed: closed
    )
    if not legal:
        return False
    supervisor_needed = dst in (State.REFUSED, State.ABANDONED) or (src, dst) in SUPERVISOR_ONLY
    return role == Role.SUPERVISOR or not supervisor_needed


@pytest.mark.parametrize(("src", "dst", "role"), list(itertools.product(State, State, Role)))
def test_every_combination(src: State, dst: State, role: Role) -> None:
    reason = "because"
    if _expected_allowed(src, dst, role):
        transition = check_transition(src, dst, role, reason)
        assert (transition.source, transition.target) == (src, dst)
        assert dst in allowed_targets(src, role)
    else:
        with pytest.raises((TransitionNotAllowed, TransitionForbidden)):
            check_transition(src, dst, role, reason)
        assert dst not in allowed_targets(src, role)


def test_table_has_no_extra_entries() -> None:
    for (src, dst) in TRANSITIONS:
        assert _expected_allowed(src, dst, Role.SUPERVISOR), (src, dst)


@pytest.mark.parametrize("dst", sorted(NEEDS_REASON))
def test_reason_required(dst: State) -> None:
    src = State.ON_HOLD if dst is State.ABANDONED else State.IN_PREPARATION
    for blank in (None, "", "  \n"):
        with pytest.raises(ReasonRequired):
            check_transition(src, dst, Role.SUPERVISOR, blank)
    check_transition(src, dst, Role.SUPERVISOR, "asked by the customer")


def test_agent_told_sign_off_is_for_supervisors() -> None:
    with pytest.raises(TransitionForbidden, match="supervisor"):
        check_transition(State.AWAITING_SIGN_OFF, State.READY_TO_PRINT, Role.AGENT)
    with pytest.raises(TransitionForbidden, match="supervisor"):
        check_transition(State.IN_PREPARATION, State.REFUSED, "agent", "no data")


def test_not_allowed_message_names_states() -> None:
    with pytest.raises(TransitionNotAllowed) as info:
        check_transition(State.RECEIVED, State.PRINTED, Role.SUPERVISOR)
    assert "Received" in str(info.value) and "Printed" in str(info.value)


def test_every_state_reachable_and_every_open_state_can_close() -> None:
    reach = {State.RECEIVED}
    frontier = [State.RECEIVED]
    while frontier:
        for nxt in allowed_targets(frontier.pop()):
            if nxt not in reach:
                reach.add(nxt)
                frontier.append(nxt)
    assert reach == set(State)
    for state in State:
        if is_closed(state):
            assert allowed_targets(state) == []
        else:
            seen, todo = {state}, [state]
            while todo:
                for nxt in allowed_targets(todo.pop()):
                    if nxt not in seen:
                        seen.add(nxt)
                        todo.append(nxt)
            assert seen & CLOSED, state
