"""Letter actions on the database lane, one typed operation per step of a letter's life
(desktop.services.letters owns it): generate, preview, fetch for printing, mark printed, mark dispatched.

The printing itself is not here: it runs on a print thread of its own (desktop.operations.printing), so a
batch of letters neither freezes the desk nor holds up the database lane. Only the record of it —
``letter_printed`` in the audit log and the request's move to "printed" — is written on the lane,
after the printer accepted the job.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.letters import LetterType
from desktop.operations.op import Op
from desktop.operations.session import DeskSession
from desktop.services.letters import GeneratedLetter, LetterPdf, LetterService, LetterSummary
from desktop.services.requests import RequestInfo

__all__ = ["GeneratedLetter", "LetterPdf", "LetterSummary", "RequestInfo", "dispatch", "generate", "load",
           "mark_printed", "pdfs", "waiting"]


def generate(session: DeskSession, request_id: int, letter_type: LetterType | str) -> Op[GeneratedLetter]:
    """A letter about a request (e.g. the acknowledgement of receipt), stored and returned."""
    return Op(lambda: session.service(LetterService).generate(request_id, letter_type))


def load(session: DeskSession, letter_id: int) -> Op[GeneratedLetter]:
    """One stored letter with its PDF, for the preview."""
    return Op(lambda: session.service(LetterService).preview(letter_id))


def waiting(session: DeskSession) -> Op[list[LetterSummary]]:
    """Letters not printed yet (the batch print list)."""
    return Op(lambda: session.service(LetterService).waiting(), key="letters.waiting")


def pdfs(session: DeskSession, letter_ids: list[int]) -> Op[list[LetterPdf]]:
    ids = list(letter_ids)
    return Op(lambda: session.service(LetterService).for_printing(ids))


def mark_printed(session: DeskSession, letter_ids: list[int]) -> Op[list[int]]:
    """Record letters the printer accepted; the answer is their ids. One transaction per letter: each was
    physically printed, so one refused record (say, a request withdrawn meanwhile) must not unrecord the others."""
    ids = list(letter_ids)
    return Op(lambda: session.service(LetterService).mark_printed(ids))


def dispatch(session: DeskSession, request_id: int, posting_date: dt.date) -> Op[RequestInfo]:
    """The printed letters went to the post on ``posting_date``; a printed reply closes the request."""
    return Op(lambda: session.service(LetterService).mark_dispatched(request_id, posting_date))
