"""The start page's actions on the database lane: read today's work (desktop.services.worklist), and a
supervisor's release of a login whose identity-code searches were suspended.

A newer read supersedes an older one still queued (the page refreshes whenever it is shown and on F5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.hetu_lookups import HetuLookupService
from desktop.services.worklist import Worklist, WorklistService

__all__ = ["WORKLIST_KEY", "Worklist", "load_worklist", "release_hetu_lookups"]

WORKLIST_KEY = "start.worklist"


def load_worklist(runner: TaskRunner, session: DeskSession, *, on_success: Callable[[Worklist], None],
                  on_error: Callable[[BaseException], None] | None = None,
                  owner: QObject | None = None) -> Task:
    work: Callable[[], Any] = lambda: session.service(WorklistService).load()  # noqa: E731
    return runner.submit(work, on_success=on_success, on_error=on_error, key=WORKLIST_KEY, owner=owner)


def release_hetu_lookups(runner: TaskRunner, session: DeskSession, username: str, *,
                         on_success: Callable[[bool], None], on_error: Callable[[BaseException], None] | None = None,
                         owner: QObject | None = None) -> Task:
    work: Callable[[], Any] = lambda: session.service(HetuLookupService).release(username)  # noqa: E731
    return runner.submit(work, on_success=on_success, on_error=on_error, owner=owner)
