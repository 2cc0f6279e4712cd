"""User actions on data-subject requests, one typed operation each (desktop.operations.op), run on the
database lane.

Services are built inside the lane work (``session.service``), so their connections stay on the lane
thread; the frozen DTOs they return reach the widget's callbacks on the GUI thread, typed as returned.
"""

from __future__ import annotations

from desktop.core.errors import DomainError
from desktop.core.queue_filter import QueueFilter
from desktop.operations.op import Op
from desktop.operations.session import DeskSession
from desktop.services.letters import GeneratedLetter, LetterService, LetterSummary
from desktop.services.request_claims import ClaimService
from desktop.services.request_queue import RequestQueue
from desktop.services.requests import (
    Intake,
    QueuePage,
    RequestChanged,
    RequestInfo,
    RequestService,
    StaffMember,
)
from desktop.services.search import CustomerSearchService, SearchResult

# RequestChanged is re-exported (the views reload the request when they get it), and so are the types
# of the results, which the views' callbacks name.
__all__ = [
    "GeneratedLetter", "LetterSummary", "QueueAnswer", "QueuePage", "Reassigned", "RequestChanged", "RequestInfo",
    "RequestWithLetters", "SearchResult", "StaffMember", "assignable_staff", "claim", "extend", "intake", "load",
    "match_customer", "needs_clarification", "queue", "reassign", "reassign_many", "record_identity_check", "refuse",
    "release", "search_customers", "sign_off", "transition",
]

SEARCH_LIMIT = 20

# The request with its history, and its letters.
RequestWithLetters = tuple[RequestInfo, list[LetterSummary]]
# A page of the queue, and how many idle claims were released before it was read (0 after the first page).
QueueAnswer = tuple[QueuePage, int]
# The requests reassigned, and the ones refused with why.
Reassigned = tuple[list[RequestInfo], list[tuple[int, DomainError]]]


def search_customers(session: DeskSession, query: str) -> Op[SearchResult]:
    """Find the requester in the register (a newer query supersedes an older one)."""
    return Op(lambda: session.service(CustomerSearchService).search(query, SEARCH_LIMIT), key="requests.search")


def intake(session: DeskSession, data: Intake) -> Op[RequestInfo]:
    return Op(lambda: session.service(RequestService).intake(data))


def load(session: DeskSession, request_id: int) -> Op[RequestWithLetters]:
    """The request with its history and its letters (a newer load of the same request supersedes)."""
    def work() -> RequestWithLetters:
        session.service(ClaimService).release_lapsed()  # an idle claim shows as released, not as held
        return (session.service(RequestService).get(request_id),
                session.service(LetterService).of_request(request_id))

    return Op(work, key=f"requests.load.{request_id}")


def match_customer(session: DeskSession, request_id: int, customer_id: int, *,
                   expected_version: int | None = None) -> Op[RequestInfo]:
    return Op(lambda: session.service(RequestService).match_customer(
        request_id, customer_id, expected_version=expected_version))


def record_identity_check(session: DeskSession, request_id: int, method: str, *,
                          expected_version: int | None = None) -> Op[RequestInfo]:
    return Op(lambda: session.service(RequestService).record_identity_check(
        request_id, method, expected_version=expected_version))


def needs_clarification(session: DeskSession, request_id: int, reason: str, *,
                        expected_version: int | None = None) -> Op[GeneratedLetter]:
    """Pauses the clock and generates the identity clarification letter."""
    return Op(lambda: session.service(RequestService).needs_clarification(
        request_id, reason, expected_version=expected_version))


def transition(session: DeskSession, request_id: int, target: str, reason: str | None, *,
               expected_version: int | None = None) -> Op[RequestInfo]:
    return Op(lambda: session.service(RequestService).transition(
        request_id, target, reason, expected_version=expected_version))


def extend(session: DeskSession, request_id: int, months: int, reason: str, *,
           expected_version: int | None = None) -> Op[GeneratedLetter]:
    """Extends the deadline once and generates the extension notice."""
    return Op(lambda: session.service(RequestService).extend(
        request_id, months, reason, expected_version=expected_version))


def sign_off(session: DeskSession, request_id: int, outcome: str | None = None, *,
             expected_version: int | None = None) -> Op[GeneratedLetter]:
    """Supervisor's approval; the reply is generated (``outcome``: what was done, for the replies other
    than the access reply)."""
    return Op(lambda: session.service(RequestService).sign_off(
        request_id, outcome, expected_version=expected_version))


def refuse(session: DeskSession, request_id: int, reason: str, *,
           expected_version: int | None = None) -> Op[GeneratedLetter]:
    return Op(lambda: session.service(RequestService).refuse(request_id, reason, expected_version=expected_version))


def queue(session: DeskSession, chosen: QueueFilter, *, offset: int = 0) -> Op[QueueAnswer]:
    """A page of the queue from row ``offset``; the first page (offset 0) after idle claims have been
    released and abandoned requests closed."""
    def work() -> QueueAnswer:
        queue = RequestQueue(session.service(RequestService))
        released = 0
        if offset == 0:
            released = session.service(ClaimService).release_lapsed()
            queue.close_abandoned()  # identity never confirmed after the setting's days: closed, reason logged
        page = queue.page(chosen, offset=offset)
        return page, released

    return Op(work, key="requests.queue" if offset == 0 else "requests.queue.more")


def claim(session: DeskSession, request_id: int, *, expected_version: int | None = None) -> Op[RequestInfo]:
    """Take the request to work on it (everyone sees who does)."""
    return Op(lambda: session.service(ClaimService).claim(request_id, expected_version=expected_version))


def release(session: DeskSession, request_id: int, *, expected_version: int | None = None) -> Op[RequestInfo]:
    """Give the request back to the queue."""
    return Op(lambda: session.service(ClaimService).release(request_id, expected_version=expected_version))


def assignable_staff(session: DeskSession) -> Op[list[StaffMember]]:
    """Active agents and supervisors a request can be given to."""
    return Op(lambda: session.service(RequestService).assignable_staff(), key="requests.staff")


def reassign(session: DeskSession, request_id: int, username: str, *,
             expected_version: int | None = None) -> Op[RequestInfo]:
    """``expected_version``: the version the user's screen shows (RequestChanged if a colleague changed it)."""
    return Op(lambda: session.service(RequestService).reassign(
        request_id, username, expected_version=expected_version))


def reassign_many(session: DeskSession, items: list[tuple[int, int]], username: str) -> Op[Reassigned]:
    """Reassign each (request id, version on screen) to ``username``. Each request is its own change (a
    colleague's change to one leaves the others reassigned)."""
    def work() -> Reassigned:
        service = session.service(RequestService)
        done: list[RequestInfo] = []
        failed: list[tuple[int, DomainError]] = []
        for request_id, version in items:
            try:
                done.append(service.reassign(request_id, username, expected_version=version))
            except DomainError as exc:
                failed.append((request_id, exc))
        return done, failed

    return Op(work)
