"""The database lane: one worker thread runs every service call in order; results come back by signal.

Why one worker and not a pool: the services share one SQLAlchemy engine per login, SQLite allows one
writer at a time, and the order of the desk's actions matters (save, then reload). Serialising all
database work on a single long-lived QThread (as Anki's collection executor does) makes that order
obvious and keeps each connection on the thread that opened it.

Why a generation key: search-as-you-type submits a query per debounce tick. A task submitted with
``key="search"`` supersedes every older task with the same key — an older one still queued is
never run, and one already running has its result dropped — so the list never shows stale rows.

Why database failures are classified here: whatever a task raises from the database reaches the
widgets as a :class:`db.errors.DatabaseProblem` (a translated "what happened, what to do"), never as a
driver's exception. A retryable one (deadlock, serialization failure, a number drawn twice at once) is
run once more at once — only when the task committed nothing, so that nothing is done twice.

Callbacks always run on the GUI thread (the worker only emits a signal; Qt queues it to the
runner's thread). A callback whose ``owner`` widget has been deleted meanwhile is skipped.

Views do not submit here directly: each user action is a typed :class:`desktop.operations.op.Op`, whose
``run_in`` submits it; a :class:`Task` keeps the work's result type up to its success callback.
"""

from __future__ import annotations

import itertools
import linecache
import logging
import queue
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.errors import DomainError
from desktop.core.hetu import redact

logger = logging.getLogger(__name__)

LANE_THREAD_NAME = "palvelutiski-db-lane"

T = TypeVar("T")
ErrorCallback = Callable[[BaseException], object]


class Job(ABC):
    """What the lane and the runner need of a task, whatever its result type: its place (``key``, the
    ``owner`` whose deletion drops the answer), whether it was superseded and, once run, how it ended."""

    def __init__(self, id: int, key: str | None, on_error: ErrorCallback | None, owner: QObject | None) -> None:
        self.id = id
        self.key = key
        self.on_error = on_error
        self.owner = owner
        self.superseded = False
        self.done = threading.Event()
        # Set on the lane before it signals (Qt's queued signal makes it visible to the GUI thread).
        self.error: Exception | None = None

    @abstractmethod
    def run(self) -> None:
        """On the lane: run the work (unless superseded meanwhile) and keep its outcome."""

    @property
    @abstractmethod
    def succeeded(self) -> bool: ...

    @abstractmethod
    def deliver_result(self) -> None:
        """On the GUI thread, after a success: hand the result to the success callback."""


class Task(Job, Generic[T]):
    """One unit of lane work; ``superseded`` is set when a newer task with the same key arrives.

    Generic in the work's result, so that ``on_success`` is checked against what ``fn`` returns."""

    def __init__(self, id: int, key: str | None, fn: Callable[[], T], on_success: Callable[[T], object] | None,
                 on_error: ErrorCallback | None, owner: QObject | None) -> None:
        super().__init__(id, key, on_error, owner)
        self.fn = fn
        self.on_success = on_success
        # The result in a one-tuple (a result may itself be None); None until the work succeeded.
        self.result: tuple[T] | None = None

    def run(self) -> None:
        if self.superseded:
            return  # nobody will look at the answer: do not spend the database's time on it
        try:
            self.result = (run_classified(self.fn),)
        except Exception as exc:  # delivered to the GUI thread, which decides how to show it
            self.error = exc

    @property
    def succeeded(self) -> bool:
        return self.result is not None

    def deliver_result(self) -> None:
        if self.result is not None and self.on_success is not None:
            self.on_success(self.result[0])


# Python's import locks hand a half-initialised module to the second of two threads importing a package
# with circular imports at the same time (SQLAlchemy's: "cannot import name … from partially initialized
# module"). The lane imports the services ahead of need while the login dialog is up
# (desktop.operations.login.warm_up); whatever the GUI thread imports late from the same graph takes turns
# with it through this lock (the GUI waits at most for the rest of the warm-up).
_IMPORTS = threading.RLock()


@contextmanager
def importing() -> Iterator[None]:
    """Hold while importing what the other thread may be importing too (see _IMPORTS).

    On the way out the source lines of what was imported are dropped: PySide6 reads the whole source of
    every module imported after it (shibokensupport's check for ``from __feature__ import``, through
    ``inspect.getsource``), and ``linecache`` kept them, ~20 MiB for SQLAlchemy and the desk.
    """
    with _IMPORTS:
        try:
            yield
        finally:
            linecache.clearcache()


def is_connection_error(exc: BaseException) -> bool:
    """True when the database could not be reached (as opposed to a rule, a full disk or a bug)."""
    # Imported when first needed: SQLAlchemy costs half a second, which the login dialog must not wait for
    # (by then the lane has imported it anyway).
    with importing():
        from desktop.services import failures

    return failures.is_connection_failure(exc)


def _database_problem() -> type[BaseException]:
    with importing():
        from desktop.services.failures import DatabaseProblem

    return DatabaseProblem


def run_classified(fn: Callable[[], T]) -> T:
    """Run ``fn``; a database failure leaves as a DatabaseProblem, a retryable one after one more try."""
    with importing():
        from desktop.services import failures

    for attempt in (1, 2):
        committed = failures.commit_count()
        try:
            return fn()
        except Exception as exc:
            problem = failures.classify(exc)
            if problem is None:
                raise
            if attempt == 1 and problem.retryable and failures.commit_count() == committed:
                logger.info("retrying after a transient database failure: %s",
                            redact(repr(problem.original or problem)))
                continue
            if problem is exc:
                raise
            raise problem from exc
    raise AssertionError("unreachable")


class _Lane(QThread):
    """The worker: takes tasks from a queue one at a time until it receives ``None``."""

    completed = Signal(object)  # the Job, its outcome kept on it

    def __init__(self) -> None:
        super().__init__()
        self.jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self.setObjectName(LANE_THREAD_NAME)

    def run(self) -> None:
        threading.current_thread().name = LANE_THREAD_NAME
        while (job := self.jobs.get()) is not None:
            job.run()
            self.completed.emit(job)


class TaskRunner(QObject):
    """Submit callables to the lane from the GUI thread; get the outcome back on the GUI thread.

    Signals (for the status bar and for tests, which wait on them instead of sleeping):
    ``finished(task)`` after each task's callbacks ran (or were skipped), ``busy_changed(bool)``,
    ``idle()`` when nothing is queued or running, ``connection_changed(bool)`` when a call failed
    because the database was unreachable or later succeeded again, and ``unhandled_error(exc)``
    for failures of tasks submitted without ``on_error``.
    """

    finished = Signal(object)
    busy_changed = Signal(bool)
    idle = Signal()
    connection_changed = Signal(bool)
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._latest: dict[str, Job] = {}
        self._pending = 0
        self._connected = True
        self._lane = _Lane()
        self._lane.completed.connect(self._deliver)
        self._lane.start()

    # -- submitting ---------------------------------------------------------------------------

    def submit(self, fn: Callable[[], T], *, on_success: Callable[[T], object] | None = None,
               on_error: ErrorCallback | None = None, key: str | None = None,
               owner: QObject | None = None) -> Task[T]:
        """Queue ``fn`` on the lane. ``key`` makes this task supersede older ones with that key."""
        if not self._lane.isRunning():
            raise RuntimeError("the database lane has been shut down")
        task = Task(next(self._ids), key, fn, on_success, on_error, owner)
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.superseded = True
            self._latest[key] = task
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._lane.jobs.put(task)
        return task

    def cancel(self, key: str) -> None:
        """Drop the outcome of the newest task with ``key`` (e.g. the search field was cleared)."""
        task = self._latest.pop(key, None)
        if task is not None:
            task.superseded = True

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def connected(self) -> bool:
        return self._connected

    # -- delivering (GUI thread) --------------------------------------------------------------

    @Slot(object)
    def _deliver(self, task: Job) -> None:
        try:
            self._dispatch(task)
        finally:
            task.done.set()
            if task.key is not None and self._latest.get(task.key) is task:
                del self._latest[task.key]
            self._pending -= 1
            self.finished.emit(task)
            if self._pending == 0:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _dispatch(self, task: Job) -> None:
        ok, error = task.succeeded, task.error
        if ok or error is not None:
            # An answer from the database, even a refusal, shows that it is reachable.
            self._set_connected(error is None or not is_connection_error(error))
        if error is not None and isinstance(error, _database_problem()):
            # Not a bug, but IT may need to know (a full disk, a read-only file): the driver's own words.
            logger.warning("lane task %d: %s (%s)", task.id, type(error).__name__,
                           redact(repr(getattr(error, "original", None))))
        elif error is not None and not isinstance(error, DomainError):
            # Logged even when nobody waits for the answer any more: it may be a bug.
            logger.error("lane task %d failed: %s", task.id, redact(repr(error)), exc_info=error)
        if task.superseded or (task.owner is not None and not shiboken6.isValid(task.owner)):
            return
        if ok:
            task.deliver_result()
            return
        if error is None:
            return
        if task.on_error is not None:
            task.on_error(error)
        else:
            self.unhandled_error.emit(error)

    def _set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            self.connection_changed.emit(connected)

    # -- shutting down ------------------------------------------------------------------------

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Let the queued work finish (its callbacks are no longer delivered) and stop the thread."""
        for task in self._latest.values():
            task.superseded = True
        if self._lane.isRunning():
            self._lane.jobs.put(None)
            if not self._lane.wait(timeout_ms):
                logger.warning("the database lane did not stop within %d ms", timeout_ms)
                return False
        return True
