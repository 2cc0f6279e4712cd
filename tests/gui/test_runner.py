"""The database lane: order, threads, superseded queries, errors, deleted owners, shutdown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import OperationalError

from desktop.core.errors import DomainError
from desktop.operations.runner import LANE_THREAD_NAME, TaskRunner


def _blocker(runner: TaskRunner) -> threading.Event:
    """Occupy the lane until the returned event is set (waits on a condition, never sleeps)."""
    gate = threading.Event()
    started = threading.Event()

    def hold() -> None:
        started.set()
        assert gate.wait(10), "test never released the lane"

    runner.submit(hold)
    assert started.wait(10)
    return gate


def test_work_runs_on_the_lane_and_callbacks_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work() -> str:
        seen["work"] = threading.current_thread()
        return "done"

    def done(result: str) -> None:
        seen["callback"] = threading.current_thread()
        seen["result"] = result

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(work, on_success=done)
    assert seen["work"].name == LANE_THREAD_NAME
    assert seen["work"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert seen["result"] == "done"


def test_tasks_run_one_at_a_time_in_submission_order(qtbot, runner):
    ran: list[int] = []
    delivered: list[int] = []
    active = []

    def work(n: int) -> int:
        active.append(n)
        assert len(active) == 1, "two tasks ran at the same time"
        ran.append(n)
        active.remove(n)
        return n

    with qtbot.waitSignal(runner.idle, timeout=5000):
        for n in range(20):
            runner.submit(lambda n=n: work(n), on_success=delivered.append)
    assert ran == list(range(20))
    assert delivered == list(range(20))


def test_a_newer_query_drops_queued_and_running_older_ones(qtbot, runner):
    ran: list[str] = []
    shown: list[str] = []
    running_gate = threading.Event()
    running_started = threading.Event()

    def slow_query() -> str:
        running_started.set()
        assert running_gate.wait(10)
        ran.append("mäki")
        return "mäki"

    def query(text: str) -> str:
        ran.append(text)
        return text

    runner.submit(slow_query, on_success=shown.append, key="search")
    assert running_started.wait(10)
    runner.submit(lambda: query("mäkin"), on_success=shown.append, key="search")
    runner.submit(lambda: query("mäkine"), on_success=shown.append, key="search")
    runner.submit(lambda: query("mäkinen"), on_success=shown.append, key="search")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        running_gate.set()
    # The running one finished but was not shown; the queued ones in between never ran.
    assert ran == ["mäki", "mäkinen"]
    assert shown == ["mäkinen"]


def test_other_keys_are_not_superseded(qtbot, runner):
    shown: list[str] = []
    gate = _blocker(runner)
    runner.submit(lambda: "card", on_success=shown.append, key="card")
    runner.submit(lambda: "search", on_success=shown.append, key="search")
    runner.submit(lambda: "plain", on_success=shown.append)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()
    assert shown == ["card", "search", "plain"]


def test_cancel_drops_the_pending_result(qtbot, runner):
    shown: list[str] = []
    gate = _blocker(runner)
    runner.submit(lambda: "rows", on_success=shown.append, key="search")
    runner.cancel("search")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()
    assert shown == []


def test_domain_errors_go_to_on_error_and_bugs_without_handler_to_unhandled_error(qtbot, runner):
    errors: list[BaseException] = []

    def refuse() -> None:
        raise DomainError("Nope for {name}", name="Äijälä")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(refuse, on_success=lambda _: pytest.fail("no success expected"), on_error=errors.append)
    assert isinstance(errors[0], DomainError)
    assert str(errors[0]) == "Nope for Äijälä"

    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    with qtbot.waitSignal(runner.unhandled_error, timeout=5000) as blocker:
        runner.submit(bug)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, runner):
    owner = QWidget()
    called: list[object] = []
    gate = _blocker(runner)
    runner.submit(lambda: 1, on_success=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()
    assert called == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_connection_state_follows_unreachable_database(qtbot, runner):
    def unreachable() -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    with qtbot.waitSignal(runner.connection_changed, timeout=5000) as lost:
        runner.submit(unreachable, on_error=lambda _exc: None)
    assert lost.args == [False]
    assert runner.connected is False
    with qtbot.waitSignal(runner.connection_changed, timeout=5000) as back:
        runner.submit(lambda: None)
    assert back.args == [True]


def test_busy_changes_around_work(qtbot, runner):
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(lambda: None)
        runner.submit(lambda: None)
    assert states == [True, False]
    assert not runner.busy


def test_submit_after_shutdown_is_refused(qapp):
    lane = TaskRunner()
    assert lane.shutdown()
    with pytest.raises(RuntimeError):
        lane.submit(lambda: None)
