"""Who works on a request: claims, their automatic release, and the four-eyes rule of sign-off.

* A request is worked by one person at a time. Whoever claims it is shown to everyone ("Matti
  käsittelee"); a colleague without the supervisor's rights cannot change it meanwhile. The claimant
  releases it, a supervisor may release it or take it over, and a claim left without activity for
  ``working_days`` working days (setting ``requests.claim_release_working_days``, default 2) is released
  automatically: claimed on Monday and untouched on Tuesday and Wednesday, it is free on Thursday.
* Four eyes: the person who prepared a reply, refusal or erasure (the last to send it for sign-off)
  cannot sign it off or refuse it; another supervisor does. A refusal's reason is printed in its letter.

Pure functions of dates and names; desktop.services.requests applies them.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import deadlines
from desktop.core import request_states as rs
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Permission, Role, can

DEFAULT_RELEASE_WORKING_DAYS = 2
RELEASE_RANGE = range(1, 31)
# Moves that sign a prepared piece of work off: the preparer may not make them.
SIGNING_TARGETS = frozenset({rs.State.READY_TO_PRINT, rs.State.REFUSED})


class ClaimedByOther(DomainError):
    """A colleague is working on the request."""


class FourEyes(DomainError):
    """The preparer of a reply, refusal or erasure tried to sign it off."""


def keeps_claim_from(today: dt.date, working_days: int = DEFAULT_RELEASE_WORKING_DAYS) -> dt.date:
    """The first Finnish day whose activity still holds a claim today; activity before it has lapsed.

    It is the ``working_days``-th working day before ``today``: with 2, on a Thursday it is Tuesday (a claim
    last touched on Monday is released), on a Monday it is the Thursday before.
    """
    day, count = today, working_days
    while count > 0:
        day -= dt.timedelta(days=1)
        if deadlines.is_working_day(day):
            count -= 1
    return day


def is_stale(last_active_on: dt.date, today: dt.date, working_days: int = DEFAULT_RELEASE_WORKING_DAYS) -> bool:
    """Has a claim last active on ``last_active_on`` (a Finnish day) lapsed by ``today``?"""
    return last_active_on < keeps_claim_from(today, working_days)


def may_override_claim(role: Role | str) -> bool:
    """Supervisors release, take over, sign off and refuse whatever a colleague holds."""
    return can(role, Permission.SIGN_OFF)


def check_claim(actor: str, role: Role | str, claimed_by: str | None, claimant_name: str | None = None) -> None:
    """May ``actor`` change a request claimed by ``claimed_by``? Raises ClaimedByOther when not."""
    if claimed_by is None or claimed_by == actor or may_override_claim(role):
        return
    raise ClaimedByOther(N_("{name} is working on this request. Ask them, or a supervisor, to release it."),
                         name=claimant_name or claimed_by)


def check_four_eyes(actor: str, target: rs.State | str, preparers: set[str]) -> None:
    """The preparers (who sent it for sign-off) may not sign off or refuse it."""
    if rs.State(target) in SIGNING_TARGETS and actor in preparers:
        if rs.State(target) is rs.State.REFUSED:
            raise FourEyes(N_("You prepared this request, so another supervisor must decide the refusal "
                              "(four eyes)."))
        raise FourEyes(N_("You prepared this reply, so another supervisor must sign it off (four eyes)."))
