"""Workflow of a data-subject request: states, allowed transitions and who may make each.

Main path: received → identity_check → in_preparation → awaiting_sign_off → ready_to_print → printed →
dispatched (closed). Side states: on_hold (identity clarification or another stated reason; the deadline
clock is paused), extended (in preparation with the deadline extended once), refused (a supervisor's
decision with reasons; the refusal letter is then printed and dispatched like a reply), withdrawn
(the customer took the request back; closed).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Permission, Role, can


class State(enum.StrEnum):
    RECEIVED = "received"
    IDENTITY_CHECK = "identity_check"
    IN_PREPARATION = "in_preparation"
    AWAITING_SIGN_OFF = "awaiting_sign_off"
    READY_TO_PRINT = "ready_to_print"
    PRINTED = "printed"
    DISPATCHED = "dispatched"
    ON_HOLD = "on_hold"
    EXTENDED = "extended"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    ABANDONED = "abandoned"  # the requester never confirmed their identity after the clarification letter


STATE_LABELS = {
    State.RECEIVED: N_("Received"),
    State.IDENTITY_CHECK: N_("Identity check"),
    State.IN_PREPARATION: N_("In preparation"),
    State.AWAITING_SIGN_OFF: N_("Awaiting sign-off"),
    State.READY_TO_PRINT: N_("Ready to print"),
    State.PRINTED: N_("Printed"),
    State.DISPATCHED: N_("Dispatched"),
    State.ON_HOLD: N_("On hold"),
    State.EXTENDED: N_("Deadline extended"),
    State.REFUSED: N_("Refused"),
    State.WITHDRAWN: N_("Withdrawn"),
    State.ABANDONED: N_("Closed: identity not confirmed"),
}

CLOSED = frozenset({State.DISPATCHED, State.WITHDRAWN, State.ABANDONED})
CLOSED_VALUES = frozenset(s.value for s in CLOSED)  # as stored, for queries
# States in which the reply is still being worked on and the deadline is running (or paused).
OPEN = frozenset(State) - CLOSED
# Until the reply has left the house the customer may still withdraw.
_WITHDRAWABLE = frozenset(State) - CLOSED - {State.PRINTED}

_H, _S, _P = Permission.HANDLE_REQUEST, Permission.SIGN_OFF, Permission.PRINT_LETTER

TRANSITIONS: dict[tuple[State, State], Permission] = {
    (State.RECEIVED, State.IDENTITY_CHECK): _H,
    (State.IDENTITY_CHECK, State.IN_PREPARATION): _H,
    (State.IN_PREPARATION, State.AWAITING_SIGN_OFF): _H,
    (State.EXTENDED, State.AWAITING_SIGN_OFF): _H,
    (State.AWAITING_SIGN_OFF, State.READY_TO_PRINT): _S,
    # a supervisor may send a draft back for more work
    (State.AWAITING_SIGN_OFF, State.IN_PREPARATION): _S,
    (State.READY_TO_PRINT, State.IN_PREPARATION): _S,
    (State.READY_TO_PRINT, State.PRINTED): _P,
    (State.PRINTED, State.DISPATCHED): _P,
    # extension: once, while the reply is still being prepared
    (State.RECEIVED, State.EXTENDED): _H,
    (State.IDENTITY_CHECK, State.EXTENDED): _H,
    (State.IN_PREPARATION, State.EXTENDED): _H,
    (State.ON_HOLD, State.EXTENDED): _H,
    # hold and resume; resuming goes back to the identity check or the preparation
    (State.RECEIVED, State.ON_HOLD): _H,
    (State.IDENTITY_CHECK, State.ON_HOLD): _H,
    (State.IN_PREPARATION, State.ON_HOLD): _H,
    (State.EXTENDED, State.ON_HOLD): _H,
    (State.ON_HOLD, State.IDENTITY_CHECK): _H,
    (State.ON_HOLD, State.IN_PREPARATION): _H,
    # refusal is a supervisor's decision; its letter is printed and dispatched like a reply
    (State.RECEIVED, State.REFUSED): _S,
    (State.IDENTITY_CHECK, State.REFUSED): _S,
    (State.IN_PREPARATION, State.REFUSED): _S,
    (State.EXTENDED, State.REFUSED): _S,
    (State.ON_HOLD, State.REFUSED): _S,
    (State.AWAITING_SIGN_OFF, State.REFUSED): _S,
    (State.REFUSED, State.PRINTED): _P,
    # the requester never confirmed their identity: closed with the reason logged (a supervisor, or the
    # queue's sweep after the setting requests.abandoned_after_days)
    (State.ON_HOLD, State.ABANDONED): _S,
    **{(state, State.WITHDRAWN): _H for state in _WITHDRAWABLE},
}

# Transitions that must carry a reason (shown in the history, and in letters where one is sent).
NEEDS_REASON = frozenset({State.ON_HOLD, State.EXTENDED, State.REFUSED, State.WITHDRAWN, State.ABANDONED})


class TransitionNotAllowed(DomainError):
    """The requested state change is not part of the workflow."""


class TransitionForbidden(DomainError):
    """The workflow allows the change, but not for this role."""


class ReasonRequired(DomainError):
    """Hold, extension, refusal and withdrawal are recorded with a reason."""


@dataclass(frozen=True, slots=True)
class Transition:
    source: State
    target: State
    permission: Permission


def allowed_targets(source: State | str, role: Role | str | None = None) -> list[State]:
    """States reachable from ``source`` (for ``role`` when given), in workflow order."""
    src = State(source)
    return [target for (s, target), perm in TRANSITIONS.items()
            if s == src and (role is None or can(role, perm))]


def check_transition(source: State | str, target: State | str, role: Role | str,
                     reason: str | None = None) -> Transition:
    """Validate one state change; raise a DomainError explaining why it cannot be done."""
    src, dst = State(source), State(target)
    permission = TRANSITIONS.get((src, dst))
    if permission is None:
        raise TransitionNotAllowed(N_("A request cannot move from “{source}” to “{target}”."),
                                   source=STATE_LABELS[src], target=STATE_LABELS[dst])
    if not can(role, permission):
        if permission is Permission.SIGN_OFF:
            raise TransitionForbidden(N_("Only a supervisor may sign off or refuse a request."))
        raise TransitionForbidden(N_("Your role may not move a request to “{target}”."),
                                  target=STATE_LABELS[dst])
    if dst in NEEDS_REASON and not (reason or "").strip():
        raise ReasonRequired(N_("Give a reason for “{target}”."), target=STATE_LABELS[dst])
    return Transition(src, dst, permission)


def is_closed(state: State | str) -> bool:
    return State(state) in CLOSED
