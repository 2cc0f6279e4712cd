"""User actions on data-subject requests, one small function each, run on the database lane.

Services are built inside the lane task (``session.service``), so their connections stay on the lane
thread; the frozen DTOs they return reach the widget's callbacks on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.errors import DomainError
from desktop.core.queue_filter import QueueFilter
from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.letters import LetterService
from desktop.services.request_claims import ClaimService
from desktop.services.request_queue import RequestQueue
from desktop.services.requests import Intake, RequestChanged, RequestService
from desktop.services.search import CustomerSearchService

# RequestChanged is re-exported: the views reload the request when they get it.
__all__ = [
    "RequestChanged", "assignable_staff", "claim", "extend", "intake", "load", "match_customer", "needs_clarification",
    "queue", "reassign", "reassign_many", "record_identity_check", "refuse", "release", "search_customers", "sign_off", "transition",
]

OnSuccess = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None
SEARCH_LIMIT = 20


def search_customers(runner: TaskRunner, session: DeskSession, query: str, *, on_success: OnSuccess,
                     on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Find the requester in the register (a newer query supersedes an older one)."""
    return runner.submit(lambda: session.service(CustomerSearchService).search(query, SEARCH_LIMIT),
                         on_success=on_success, on_error=on_error, owner=owner, key="requests.search")


def intake(runner: TaskRunner, session: DeskSession, data: Intake, *, on_success: OnSuccess,
           on_error: OnError = None, owner: QObject | None = None) -> Task:
    return runner.submit(lambda: session.service(RequestService).intake(data),
                         on_success=on_success, on_error=on_error, owner=owner)


def load(runner: TaskRunner, session: DeskSession, request_id: int, *, on_success: OnSuccess,
         on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The request with its history and its letters: ``(RequestInfo, [LetterSummary])``."""
    def fn() -> tuple[Any, Any]:
        session.service(ClaimService).release_lapsed()  # an idle claim shows as released, not as held
        return (session.service(RequestService).get(request_id),
                session.service(LetterService).of_request(request_id))

    return runner.submit(fn, on_success=on_success, on_error=on_error, owner=owner,
                         key=f"requests.load.{request_id}")


def match_customer(runner: TaskRunner, session: DeskSession, request_id: int, customer_id: int, *,
                   on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None,
                   expected_version: int | None = None) -> Task:
    return runner.submit(lambda: session.service(RequestService).match_customer(
        request_id, customer_id, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def record_identity_check(runner: TaskRunner, session: DeskSession, request_id: int, method: str, *,
                          on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None,
                          expected_version: int | None = None) -> Task:
    return runner.submit(lambda: session.service(RequestService).record_identity_check(
        request_id, method, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def needs_clarification(runner: TaskRunner, session: DeskSession, request_id: int, reason: str, *,
                        on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None,
                        expected_version: int | None = None) -> Task:
    """Pauses the clock and generates the identity clarification letter (returned)."""
    return runner.submit(lambda: session.service(RequestService).needs_clarification(
        request_id, reason, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def transition(runner: TaskRunner, session: DeskSession, request_id: int, target: str, reason: str | None, *,
               on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None,
               expected_version: int | None = None) -> Task:
    return runner.submit(lambda: session.service(RequestService).transition(
        request_id, target, reason, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def extend(runner: TaskRunner, session: DeskSession, request_id: int, months: int, reason: str, *,
           on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None,
           expected_version: int | None = None) -> Task:
    """Extends the deadline once and generates the extension notice (returned)."""
    return runner.submit(lambda: session.service(RequestService).extend(
        request_id, months, reason, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def sign_off(runner: TaskRunner, session: DeskSession, request_id: int, outcome: str | None = None, *,
             on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None,
             expected_version: int | None = None) -> Task:
    """Supervisor's approval; the reply is generated and returned (``outcome``: what was done, for the
    replies other than the access reply)."""
    return runner.submit(lambda: session.service(RequestService).sign_off(
        request_id, outcome, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def refuse(runner: TaskRunner, session: DeskSession, request_id: int, reason: str, *, on_success: OnSuccess,
           on_error: OnError = None, owner: QObject | None = None, expected_version: int | None = None) -> Task:
    return runner.submit(lambda: session.service(RequestService).refuse(
        request_id, reason, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def queue(runner: TaskRunner, session: DeskSession, chosen: QueueFilter, *, offset: int = 0, on_success: OnSuccess,
          on_error: OnError = None, owner: QObject | None = None) -> Task:
    """A page of the queue (``QueuePage``) from row ``offset``; the first page (offset 0) after idle claims
    have been released: ``(page, how many claims were released)``."""
    def fn() -> tuple[Any, int]:
        queue = RequestQueue(session.service(RequestService))
        released = 0
        if offset == 0:
            released = session.service(ClaimService).release_lapsed()
            queue.close_abandoned()  # identity never confirmed after the setting's days: closed, reason logged
        page = queue.page(chosen, offset=offset)
        return page, released

    key = "requests.queue" if offset == 0 else "requests.queue.more"
    return runner.submit(fn, on_success=on_success, on_error=on_error, owner=owner, key=key)


def claim(runner: TaskRunner, session: DeskSession, request_id: int, *, on_success: OnSuccess,
          on_error: OnError = None, owner: QObject | None = None, expected_version: int | None = None) -> Task:
    """Take the request to work on it (everyone sees who does); returns the RequestInfo."""
    return runner.submit(lambda: session.service(ClaimService).claim(request_id, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def release(runner: TaskRunner, session: DeskSession, request_id: int, *, on_success: OnSuccess,
            on_error: OnError = None, owner: QObject | None = None, expected_version: int | None = None) -> Task:
    """Give the request back to the queue; returns the RequestInfo."""
    return runner.submit(lambda: session.service(ClaimService).release(request_id, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)



def assignable_staff(runner: TaskRunner, session: DeskSession, *, on_success: OnSuccess, on_error: OnError = None,
                     owner: QObject | None = None) -> Task:
    """Active agents and supervisors a request can be given to (``[StaffMember]``)."""
    return runner.submit(lambda: session.service(RequestService).assignable_staff(),
                         on_success=on_success, on_error=on_error, owner=owner, key="requests.staff")


def reassign(runner: TaskRunner, session: DeskSession, request_id: int, username: str, *, on_success: OnSuccess,
             on_error: OnError = None, owner: QObject | None = None, expected_version: int | None = None) -> Task:
    """``expected_version``: the version the user's screen shows (RequestChanged if a colleague changed it)."""
    return runner.submit(lambda: session.service(RequestService).reassign(
        request_id, username, expected_version=expected_version),
                         on_success=on_success, on_error=on_error, owner=owner)


def reassign_many(runner: TaskRunner, session: DeskSession, items: list[tuple[int, int]], username: str, *,
                  on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Reassign each (request id, version on screen) to ``username``: ``(RequestInfos done, [(id, error)])``.
    Each request is its own change (a colleague's change to one leaves the others reassigned)."""
    def fn() -> tuple[list[Any], list[tuple[int, DomainError]]]:
        service = session.service(RequestService)
        done, failed = [], []
        for request_id, version in items:
            try:
                done.append(service.reassign(request_id, username, expected_version=version))
            except DomainError as exc:
                failed.append((request_id, exc))
        return done, failed

    return runner.submit(fn, on_success=on_success, on_error=on_error, owner=owner)
