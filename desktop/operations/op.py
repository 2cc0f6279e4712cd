"""A typed operation: one user action's work on the database lane, and what the window does with its answer.

Why a type and not a function per action taking callbacks: the result crosses the worker thread, and a
callback that accepts anything lets a widget expect a card where the service returns search hits without
anyone noticing until it runs. An ``Op[T]`` carries the work's result type ``T`` through to
``success``, so a type checker holds each widget's callback to the service's return type.

The shape follows Anki's ``QueryOp``/``CollectionOp``: an operation module builds the op (what runs on
the lane, and the key by which a newer one supersedes it); the view adds what to do with the outcome and
the widget it belongs to::

    desk_ops.search(session, text).success(self._show).failure(self._failed).run_in(runner, owner=self)

Everything about running stays with the lane (desktop.operations.runner): the order of submission, a
newer op with the same key dropping an older one, the one retry of a transient database failure, the
database failure reaching ``failure`` as a translated DatabaseProblem, and no callbacks at all once the
owner widget has been deleted. An op without ``failure`` reports to the runner's ``unhandled_error``
(the main window shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject

from desktop.operations.runner import ErrorCallback, Task, TaskRunner

T = TypeVar("T")

__all__ = ["Op"]


class Op(Generic[T]):
    """The work of one user action (``work`` runs on the lane and returns ``T``) and its callbacks.

    ``success`` and ``failure`` return the op itself, so a view writes the whole action as one chain
    ending in :meth:`run_in`. An op is built for one run: each call of an operation function makes a new one.
    """

    __slots__ = ("_key", "_on_failure", "_on_success", "_work")

    def __init__(self, work: Callable[[], T], *, key: str | None = None) -> None:
        self._work = work
        self._key = key
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: ErrorCallback | None = None

    @property
    def key(self) -> str | None:
        """A newer op run with the same key supersedes this one (search as you type, a page reloaded)."""
        return self._key

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Called on the GUI thread with the work's result."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        """Called on the GUI thread with what the work raised (a database failure as a DatabaseProblem)."""
        self._on_failure = callback
        return self

    def run_in(self, runner: TaskRunner, *, owner: QObject | None = None) -> Task[T]:
        """Queue the work on ``runner``'s lane; the callbacks are skipped once ``owner`` has been deleted."""
        return runner.submit(self._work, on_success=self._on_success, on_error=self._on_failure, key=self._key,
                             owner=owner)
