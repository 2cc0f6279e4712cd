"""Which stored letters exist and which still wait for the printer: listings for the print views.

Read-only; generating, marking printed and dispatching stay with LetterService and RequestService.
The PDF bytes are left out of the listings (a batch may hold hundreds of letters) and fetched with
:meth:`PrintQueueService.pdfs` only for the letters actually being printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.database import Database
from db.models import Customer, Letter
from db.repositories import letters as repo
from desktop.core import request_states as rs
from desktop.core.roles import Actor, Permission


@dataclass(frozen=True, slots=True)
class LetterSummary:
    id: int
    request_id: int | None
    reference: str
    letter_type: str
    language: str
    customer_id: int | None
    customer_number: str
    customer_name: str
    page_count: int
    created_at: dt.datetime
    printed_at: dt.datetime | None
    printed_by: str | None
    dispatched_on: dt.date | None


@dataclass(frozen=True, slots=True)
class LetterPdf:
    id: int
    reference: str
    letter_type: str
    customer_number: str
    pdf: bytes


def _summary(letter: Letter, customer: Customer | None) -> LetterSummary:
    return LetterSummary(
        letter.id, letter.request_id, letter.reference, letter.letter_type, letter.language, letter.customer_id,
        customer.customer_number if customer else "", customer.display_name if customer else "",
        letter.page_count, letter.created_at, letter.printed_at, letter.printed_by, letter.dispatched_on)


class PrintQueueService:
    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def letters_of_request(self, request_id: int) -> list[LetterSummary]:
        """Every letter of one request, oldest first (the detail view's letter list)."""
        self.actor.require(Permission.HANDLE_REQUEST)
        with self.database.transaction() as session:
            return [_summary(letter, customer) for letter, customer in repo.of_request(session, request_id)]

    def waiting(self) -> list[LetterSummary]:
        """Letters not printed yet, in the order they were made, for the supervisor's batch print.

        Replies appear here only after sign-off (they are generated then); letters of withdrawn
        requests are left out, since nothing should be posted for them any more.
        """
        self.actor.require(Permission.BATCH_PRINT)
        with self.database.transaction() as session:
            return [_summary(letter, customer)
                    for letter, customer in repo.not_printed(session, leave_out_state=rs.State.WITHDRAWN.value)]

    def pdfs(self, letter_ids: list[int]) -> list[LetterPdf]:
        """The stored PDFs of ``letter_ids``, in the order asked for."""
        self.actor.require(Permission.PRINT_LETTER)
        with self.database.transaction() as session:
            found = repo.with_customers(session, letter_ids)
            return [_pdf(*found[i]) for i in letter_ids if i in found]


def _pdf(letter: Letter, customer: Customer | None) -> LetterPdf:
    return LetterPdf(letter.id, letter.reference, letter.letter_type,
                     customer.customer_number if customer else "", letter.pdf)
