"""Letter actions on the database lane, one per step of a letter's life (desktop.services.letters owns
it): generate, preview, fetch for printing, mark printed, mark dispatched.

The printing itself is not here: it runs on a print thread of its own (desktop.operations.printing), so a
batch of letters neither freezes the desk nor holds up the database lane. Only the record of it —
``letter_printed`` in the audit log and the request's move to "printed" — is written on the lane,
after the printer accepted the job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.letters import LetterType
from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.letters import LetterService

OnSuccess = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None


def generate(runner: TaskRunner, session: DeskSession, request_id: int, letter_type: LetterType | str, *,
             on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """A letter about a request (e.g. the acknowledgement of receipt), stored and returned."""
    return runner.submit(lambda: session.service(LetterService).generate(request_id, letter_type),
                         on_success=on_success, on_error=on_error, owner=owner)


def load(runner: TaskRunner, session: DeskSession, letter_id: int, *, on_success: OnSuccess,
         on_error: OnError = None, owner: QObject | None = None) -> Task:
    """One stored letter with its PDF, for the preview."""
    return runner.submit(lambda: session.service(LetterService).preview(letter_id),
                         on_success=on_success, on_error=on_error, owner=owner)


def waiting(runner: TaskRunner, session: DeskSession, *, on_success: OnSuccess, on_error: OnError = None,
            owner: QObject | None = None) -> Task:
    """Letters not printed yet (the batch print list)."""
    return runner.submit(lambda: session.service(LetterService).waiting(),
                         on_success=on_success, on_error=on_error, owner=owner, key="letters.waiting")


def pdfs(runner: TaskRunner, session: DeskSession, letter_ids: list[int], *, on_success: OnSuccess,
         on_error: OnError = None, owner: QObject | None = None) -> Task:
    ids = list(letter_ids)
    return runner.submit(lambda: session.service(LetterService).for_printing(ids),
                         on_success=on_success, on_error=on_error, owner=owner)


def mark_printed(runner: TaskRunner, session: DeskSession, letter_ids: list[int], *, on_success: OnSuccess,
                 on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Record letters the printer accepted. One transaction per letter: each was physically printed,
    so one refused record (say, a request withdrawn meanwhile) must not unrecord the others."""
    ids = list(letter_ids)
    return runner.submit(lambda: session.service(LetterService).mark_printed(ids),
                         on_success=on_success, on_error=on_error, owner=owner)


def dispatch(runner: TaskRunner, session: DeskSession, request_id: int, posting_date: dt.date, *,
             on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The printed letters went to the post on ``posting_date``; a printed reply closes the request."""
    return runner.submit(lambda: session.service(LetterService).mark_dispatched(request_id, posting_date),
                         on_success=on_success, on_error=on_error, owner=owner)
