"""The desk's user actions, one small function each: the service call runs on the database lane and the
outcome comes back to the GUI thread through ``on_success`` / ``on_error`` (see operations.runner).

Services are constructed inside the lane task, so their sessions and connections live on the lane's
thread; only frozen DTOs travel back to the widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.prohibitions import ConsentState
from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.calls import CallService
from desktop.services.consents import ConsentService
from desktop.services.customer_notes import CustomerNoteService
from desktop.services.customer_records import ConsentEventRow
from desktop.services.customers import ContactChanges, CustomerService, StaleEdit
from desktop.services.search import CustomerSearchService

# ContactChanges and StaleEdit are re-exported: the views build the one and recognise the other.
__all__ = [
    "ContactChanges", "StaleEdit", "add_note", "attach_customer", "cancel_search", "end_call", "link_customer",
    "load_consents", "mark_notice", "open_card", "prohibit_all_direct_marketing", "record_prohibition",
    "reveal_hetu", "save_contact", "search", "start_call", "undo_consent_entry",
]

SEARCH_LIMIT = 50
SEARCH_KEY = "desk.search"

OnSuccess = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None


def _run(runner: TaskRunner, fn: Callable[[], Any], on_success: OnSuccess, on_error: OnError,
         owner: QObject | None, key: str | None = None) -> Task:
    return runner.submit(fn, on_success=on_success, on_error=on_error, key=key, owner=owner)


# -- search and card -------------------------------------------------------------------------

def search(runner: TaskRunner, session: DeskSession, query: str, *, on_success: OnSuccess, on_error: OnError = None,
           owner: QObject | None = None) -> Task:
    """Search as the user types: a newer query supersedes an older one still queued or running."""
    return _run(runner, lambda: session.service(CustomerSearchService).search(query, SEARCH_LIMIT),
                on_success, on_error, owner, key=SEARCH_KEY)


def cancel_search(runner: TaskRunner) -> None:
    runner.cancel(SEARCH_KEY)


def open_card(runner: TaskRunner, session: DeskSession, customer_id: int, purpose: str, *, on_success: OnSuccess,
              on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(CustomerService).open_card(customer_id, purpose),
                on_success, on_error, owner, key="desk.card")


def save_contact(runner: TaskRunner, session: DeskSession, customer_id: int, expected_version: int, changes: ContactChanges, *,
                 on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(CustomerService).update_contact(
        customer_id, expected_version, changes), on_success, on_error, owner)


def reveal_hetu(runner: TaskRunner, session: DeskSession, customer_id: int, reason: str, *, on_success: OnSuccess,
                on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(CustomerService).reveal_hetu(customer_id, reason),
                on_success, on_error, owner)


# -- calls -----------------------------------------------------------------------------------

def start_call(runner: TaskRunner, session: DeskSession, customer_id: int | None, *, on_success: OnSuccess, on_error: OnError = None,
               owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(CallService).start_call(customer_id),
                on_success, on_error, owner)


def attach_customer(runner: TaskRunner, session: DeskSession, call_id: int, customer_id: int, *,
                    on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The caller was identified after the call started: the call record gets the customer."""
    return _run(runner, lambda: session.service(CallService).attach_customer(call_id, customer_id),
                on_success, on_error, owner)


def link_customer(runner: TaskRunner, session: DeskSession, call_id: int, customer_id: int, *,
                  on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The same caller speaks about another customer (a family member): link them to the call."""
    return _run(runner, lambda: session.service(CallService).link_customer(call_id, customer_id),
                on_success, on_error, owner)


def mark_notice(runner: TaskRunner, session: DeskSession, call_id: int, accepted: bool, *, on_success: OnSuccess,
                on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(CallService).mark_notice(call_id, accepted),
                on_success, on_error, owner)


def end_call(runner: TaskRunner, session: DeskSession, call_id: int, notes: str, *, on_success: OnSuccess, on_error: OnError = None,
             owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(CallService).end_call(call_id, notes),
                on_success, on_error, owner)


# -- prohibitions and consents ---------------------------------------------------------------

def load_consents(runner: TaskRunner, session: DeskSession, customer_id: int, *, on_success: OnSuccess, on_error: OnError = None,
                  owner: QObject | None = None) -> Task:
    """Current state and full history together, so the widget never shows one without the other."""
    def fn() -> tuple[ConsentState, tuple[ConsentEventRow, ...]]:
        service = session.service(ConsentService)
        return service.state(customer_id), service.history(customer_id)
    return _run(runner, fn, on_success, on_error, owner, key=f"desk.consents.{customer_id}")


def record_prohibition(runner: TaskRunner, session: DeskSession, customer_id: int, purpose: str, channel: str,
                       decision: str, source: str, *, valid_until: dt.date | None = None,
                       call_id: int | None = None, on_success: OnSuccess, on_error: OnError = None,
                       owner: QObject | None = None) -> Task:
    """Record one decision; the answer is (state, history) like :func:`load_consents`."""
    def fn() -> tuple[ConsentState, tuple[ConsentEventRow, ...]]:
        service = session.service(ConsentService)
        state = service.record(customer_id, purpose, channel, decision, source, valid_until=valid_until,
                               call_id=call_id, evidence=_call_evidence(call_id))
        return state, service.history(customer_id)
    return _run(runner, fn, on_success, on_error, owner)


def prohibit_all_direct_marketing(runner: TaskRunner, session: DeskSession, customer_id: int, source: str, *,
                                  call_id: int | None = None, on_success: OnSuccess,
                                  on_error: OnError = None, owner: QObject | None = None) -> Task:
    """"No direct marketing of any kind" in one transaction; the answer is (state, history)."""
    def fn() -> tuple[ConsentState, tuple[ConsentEventRow, ...]]:
        service = session.service(ConsentService)
        state = service.prohibit_all_direct_marketing(customer_id, source, call_id=call_id,
                                                      evidence=_call_evidence(call_id))
        return state, service.history(customer_id)
    return _run(runner, fn, on_success, on_error, owner)


def undo_consent_entry(runner: TaskRunner, session: DeskSession, customer_id: int, *, call_id: int | None = None,
                       on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Take back this user's latest entry (correcting events); the answer is (state, history)."""
    def fn() -> tuple[ConsentState, tuple[ConsentEventRow, ...]]:
        service = session.service(ConsentService)
        state = service.undo_last(customer_id, call_id=call_id)
        return state, service.history(customer_id)
    return _run(runner, fn, on_success, on_error, owner)


def consent_undo_minutes(runner: TaskRunner, session: DeskSession, *, on_success: OnSuccess,
                         on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(ConsentService).undo_minutes(), on_success, on_error, owner)


# -- customer notes --------------------------------------------------------------------------

def add_note(runner: TaskRunner, session: DeskSession, customer_id: int, text: str, *, call_id: int | None = None,
             on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Store a note; the answer is the customer's notes, newest first."""
    return _run(runner, lambda: session.service(CustomerNoteService).add(customer_id, text, call_id=call_id),
                on_success, on_error, owner)


def _call_evidence(call_id: int | None) -> str | None:
    return None if call_id is None else f"call {call_id}"
