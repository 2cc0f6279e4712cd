"""The start page's one action: read today's work (desktop.services.worklist) on the database lane.

A newer read supersedes an older one still queued (the page refreshes whenever it is shown and on F5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.worklist import Worklist, WorklistService

__all__ = ["WORKLIST_KEY", "Worklist", "load_worklist"]

WORKLIST_KEY = "start.worklist"


def load_worklist(runner: TaskRunner, session: DeskSession, *, on_success: Callable[[Worklist], None],
                  on_error: Callable[[BaseException], None] | None = None,
                  owner: QObject | None = None) -> Task:
    work: Callable[[], Any] = lambda: session.service(WorklistService).load()  # noqa: E731
    return runner.submit(work, on_success=on_success, on_error=on_error, key=WORKLIST_KEY, owner=owner)
