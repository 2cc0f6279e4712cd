"""Which actions one request allows one user, and why not: the one rule behind both the request detail's
buttons (what it offers, with the reason as a tooltip where it offers nothing) and RequestService (what it
does: every action is checked with :func:`check` before anything is written).

What decides: the request's state and the workflow (desktop.core.request_states), the user's role,
whether the request is matched to a customer, whether its deadline was extended, who works on it (a
colleague's claim stops an agent: desktop.core.claims), who prepared it (four eyes), and its letters
(something to preview and print, something printed to mark posted). What the user types (a reason, the
outcome, a posting date) is checked when the action is taken, not here.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core import claims
from desktop.core import request_states as rs
from desktop.core.deadlines import DeadlineError
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission, PermissionDenied


class Action(enum.StrEnum):
    MATCH_CUSTOMER = "match_customer"
    RECORD_IDENTITY = "record_identity"
    CLARIFY = "clarify"  # ask the requester to prove who they are: letter, and the clock stops
    MOVE = "move"  # a plain move to another state (``target``)
    SIGN_OFF = "sign_off"
    REFUSE = "refuse"
    EXTEND = "extend"
    ACKNOWLEDGE = "acknowledge"  # the acknowledgement-of-receipt letter
    CLAIM = "claim"
    RELEASE = "release"
    PRINT = "print"  # preview and print the request's letters
    DISPATCH = "dispatch"  # mark the printed letters posted


# Moves with an action (and a button) of their own, or done by printing and posting.
SPECIAL_TARGETS = frozenset({rs.State.READY_TO_PRINT, rs.State.REFUSED, rs.State.EXTENDED, rs.State.PRINTED,
                             rs.State.DISPATCHED})
IDENTITY_STATES = frozenset({rs.State.RECEIVED, rs.State.IDENTITY_CHECK, rs.State.ON_HOLD})
# Actions that change the request itself: refused on a closed request and while a colleague holds it.
_CHANGES = frozenset({Action.MATCH_CUSTOMER, Action.RECORD_IDENTITY, Action.CLARIFY, Action.MOVE, Action.SIGN_OFF,
                      Action.REFUSE, Action.EXTEND, Action.CLAIM, Action.RELEASE})


class ActionNotAvailable(DomainError):
    """The request, as it stands, does not allow the action."""


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the rule needs to know about one request (read by the service inside its transaction)."""

    state: rs.State | str
    customer_id: int | None
    extended: bool
    claimed_by: str | None = None
    claimant_name: str | None = None
    prepared_by: str | None = None  # who last sent it for sign-off (four eyes)
    letters: int = 0
    letters_to_post: int = 0  # printed and not yet marked posted


@dataclass(frozen=True, slots=True)
class RequestActions:
    """What the user may do with the request now: ``moves`` are the plain moves offered (workflow order),
    ``allowed`` the other actions; ``why_not`` says, for an action not allowed, the reason the service
    would give (only where the user's role has the action at all)."""

    moves: tuple[rs.State, ...] = ()
    allowed: frozenset[Action] = frozenset()
    why_not: Mapping[Action, DomainError] = field(default_factory=dict)

    def allows(self, action: Action) -> bool:
        return action in self.allowed


def check(action: Action, facts: RequestFacts, actor: Actor, *, target: rs.State | str | None = None) -> None:
    """Raise the DomainError that stops ``actor`` from taking ``action`` on the request; return when they may.

    ``target``: the state of a MOVE. A user may lack the permission (PermissionDenied), the request may be
    closed, held by a colleague (claims.ClaimedByOther), not matched, in the wrong state, or prepared by
    this user (claims.FourEyes).
    """
    state = rs.State(facts.state)
    if action in (Action.PRINT, Action.DISPATCH):
        actor.require(Permission.PRINT_LETTER)
        if action is Action.PRINT and not facts.letters:
            raise ActionNotAvailable(N_("The request has no letters yet."))
        if action is Action.DISPATCH and not facts.letters_to_post:
            raise ActionNotAvailable(N_("No printed letter of this request is waiting for posting."))
        return
    actor.require(Permission.HANDLE_REQUEST)
    if rs.is_closed(state):
        raise ActionNotAvailable(N_("The request is closed."))
    if action in _CHANGES and action is not Action.CLAIM:
        claims.check_claim(actor.username, actor.role, facts.claimed_by, facts.claimant_name)
    if action is Action.MATCH_CUSTOMER:
        if facts.customer_id is not None:
            raise ActionNotAvailable(N_("The request is already matched to a customer."))
    elif action in (Action.RECORD_IDENTITY, Action.CLARIFY, Action.ACKNOWLEDGE):
        if facts.customer_id is None:
            raise ActionNotAvailable(N_("Match the request to a customer before checking the identity.")
                                     if action is Action.RECORD_IDENTITY else
                                     N_("The request is not matched to a customer yet; no letter can be sent."))
        if action is not Action.ACKNOWLEDGE and state not in IDENTITY_STATES:
            raise ActionNotAvailable(N_("The identity has been checked already."))
        if action is Action.CLARIFY:
            rs.check_transition(state, rs.State.ON_HOLD, actor.role, reason="-")
    elif action in (Action.MOVE, Action.SIGN_OFF, Action.REFUSE, Action.EXTEND):
        goal = {Action.SIGN_OFF: rs.State.READY_TO_PRINT, Action.REFUSE: rs.State.REFUSED,
                Action.EXTEND: rs.State.EXTENDED}.get(action, rs.State(target) if target is not None else None)
        if goal is None:
            raise ValueError("a move needs its target state")
        if action is Action.EXTEND and facts.extended:  # said before "cannot move from Extended to Extended"
            raise DeadlineError(N_("The deadline has already been extended once."))
        rs.check_transition(state, goal, actor.role, reason="-")  # the reason is asked for when acting
        claims.check_four_eyes(actor.username, goal, {facts.prepared_by} if facts.prepared_by else set())
    elif action is Action.CLAIM:
        if facts.claimed_by == actor.username:
            raise claims.ClaimedByOther(N_("You are already working on this request."))
        claims.check_claim(actor.username, actor.role, facts.claimed_by, facts.claimant_name)
    elif action is Action.RELEASE and facts.claimed_by is None:
        raise claims.ClaimedByOther(N_("Nobody is working on this request."))


def decide(facts: RequestFacts, actor: Actor) -> RequestActions:
    """Every action :func:`check` lets ``actor`` take, and the reasons for the others (as the DTO carries them)."""
    allowed: set[Action] = set()
    why_not: dict[Action, DomainError] = {}
    for action in Action:
        if action is Action.MOVE:
            continue
        try:
            check(action, facts, actor)
        except PermissionDenied:
            continue  # not this role's action at all: nothing to explain
        except DomainError as refused:
            why_not[action] = refused
        else:
            allowed.add(action)
    moves = []
    for target in rs.allowed_targets(facts.state, actor.role):
        if target in SPECIAL_TARGETS:
            continue
        try:
            check(Action.MOVE, facts, actor, target=target)
        except DomainError:
            continue
        moves.append(target)
    return RequestActions(tuple(moves), frozenset(allowed), why_not)
