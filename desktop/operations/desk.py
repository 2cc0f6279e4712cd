"""The desk's user actions, one typed operation each (desktop.operations.op): the service call runs on the
database lane and its result, typed as the service returns it, comes back to the GUI thread.

Services are constructed inside the lane work, so their sessions and connections live on the lane's
thread; only frozen DTOs travel back to the widgets.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.prohibitions import ConsentState
from desktop.operations.op import Op
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.calls import CallInfo, CallService
from desktop.services.consents import ConsentService
from desktop.services.customer_card import CustomerCard
from desktop.services.customer_notes import CustomerNoteService
from desktop.services.customer_records import ConsentEventRow, NoteRow
from desktop.services.customers import ContactChanges, CustomerService, StaleEdit
from desktop.services.search import CustomerSearchService, SearchResult

# Re-exported: the views build ContactChanges, recognise StaleEdit, and name the results' types.
__all__ = [
    "CallInfo", "ConsentEventRow", "ConsentHistory", "ConsentState", "ContactChanges", "CustomerCard", "NoteRow",
    "SearchResult", "StaleEdit", "add_note", "attach_customer", "cancel_search",
    "consent_undo_minutes", "end_call", "link_customer", "load_consents", "mark_notice", "open_card",
    "prohibit_all_direct_marketing", "record_prohibition", "reveal_hetu", "save_contact", "search", "start_call",
    "undo_consent_entry",
]

SEARCH_LIMIT = 50
SEARCH_KEY = "desk.search"

# A customer's prohibitions and consents: the state now and the history it came from, always together.
ConsentHistory = tuple[ConsentState, tuple[ConsentEventRow, ...]]


# -- search and card -------------------------------------------------------------------------

def search(session: DeskSession, query: str) -> Op[SearchResult]:
    """Search as the user types: a newer query supersedes an older one still queued or running."""
    return Op(lambda: session.service(CustomerSearchService).search(query, SEARCH_LIMIT), key=SEARCH_KEY)


def cancel_search(runner: TaskRunner) -> None:
    runner.cancel(SEARCH_KEY)


def open_card(session: DeskSession, customer_id: int, purpose: str) -> Op[CustomerCard]:
    return Op(lambda: session.service(CustomerService).open_card(customer_id, purpose), key="desk.card")


def save_contact(session: DeskSession, customer_id: int, expected_version: int,
                 changes: ContactChanges) -> Op[CustomerCard]:
    return Op(lambda: session.service(CustomerService).update_contact(customer_id, expected_version, changes))


def reveal_hetu(session: DeskSession, customer_id: int, reason: str) -> Op[str]:
    return Op(lambda: session.service(CustomerService).reveal_hetu(customer_id, reason))


# -- calls -----------------------------------------------------------------------------------

def start_call(session: DeskSession, customer_id: int | None) -> Op[CallInfo]:
    return Op(lambda: session.service(CallService).start_call(customer_id))


def attach_customer(session: DeskSession, call_id: int, customer_id: int) -> Op[CallInfo]:
    """The caller was identified after the call started: the call record gets the customer."""
    return Op(lambda: session.service(CallService).attach_customer(call_id, customer_id))


def link_customer(session: DeskSession, call_id: int, customer_id: int) -> Op[CallInfo]:
    """The same caller speaks about another customer (a family member): link them to the call."""
    return Op(lambda: session.service(CallService).link_customer(call_id, customer_id))


def mark_notice(session: DeskSession, call_id: int, accepted: bool) -> Op[CallInfo]:
    return Op(lambda: session.service(CallService).mark_notice(call_id, accepted))


def end_call(session: DeskSession, call_id: int, notes: str) -> Op[CallInfo]:
    return Op(lambda: session.service(CallService).end_call(call_id, notes))


# -- prohibitions and consents ---------------------------------------------------------------

def load_consents(session: DeskSession, customer_id: int) -> Op[ConsentHistory]:
    """Current state and full history together, so the widget never shows one without the other."""
    def work() -> ConsentHistory:
        service = session.service(ConsentService)
        return service.state(customer_id), service.history(customer_id)
    return Op(work, key=f"desk.consents.{customer_id}")


def record_prohibition(session: DeskSession, customer_id: int, purpose: str, channel: str, decision: str,
                       source: str, *, valid_until: dt.date | None = None,
                       call_id: int | None = None) -> Op[ConsentHistory]:
    """Record one decision; the answer is the state and history like :func:`load_consents`."""
    def work() -> ConsentHistory:
        service = session.service(ConsentService)
        state = service.record(customer_id, purpose, channel, decision, source, valid_until=valid_until,
                               call_id=call_id, evidence=_call_evidence(call_id))
        return state, service.history(customer_id)
    return Op(work)


def prohibit_all_direct_marketing(session: DeskSession, customer_id: int, source: str, *,
                                  call_id: int | None = None) -> Op[ConsentHistory]:
    """"No direct marketing of any kind" in one transaction; the answer is the state and history."""
    def work() -> ConsentHistory:
        service = session.service(ConsentService)
        state = service.prohibit_all_direct_marketing(customer_id, source, call_id=call_id,
                                                      evidence=_call_evidence(call_id))
        return state, service.history(customer_id)
    return Op(work)


def undo_consent_entry(session: DeskSession, customer_id: int, *,
                       call_id: int | None = None) -> Op[ConsentHistory]:
    """Take back this user's latest entry (correcting events); the answer is the state and history."""
    def work() -> ConsentHistory:
        service = session.service(ConsentService)
        state = service.undo_last(customer_id, call_id=call_id)
        return state, service.history(customer_id)
    return Op(work)


def consent_undo_minutes(session: DeskSession) -> Op[int]:
    """How long after an entry its author may still take it back."""
    return Op(lambda: session.service(ConsentService).undo_minutes())


# -- customer notes --------------------------------------------------------------------------

def add_note(session: DeskSession, customer_id: int, text: str, *,
             call_id: int | None = None) -> Op[tuple[NoteRow, ...]]:
    """Store a note; the answer is the customer's notes, newest first."""
    return Op(lambda: session.service(CustomerNoteService).add(customer_id, text, call_id=call_id))


def _call_evidence(call_id: int | None) -> str | None:
    return None if call_id is None else f"call {call_id}"
