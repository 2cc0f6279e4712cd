"""The typed operation (desktop.operations.op): the result reaches ``success`` as the work returned it,
failures reach ``failure`` (or the runner's unhandled_error), a newer op with the same key supersedes an
older one, and a deleted owner gets no callbacks — all on the one database lane."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.core.errors import DomainError
from desktop.operations.op import Op
from desktop.operations.runner import LANE_THREAD_NAME, TaskRunner

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Hit:
    name: str


def _hold_lane(runner: TaskRunner) -> threading.Event:
    """Occupy the lane until the returned event is set (waits on a condition, never sleeps)."""
    gate, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        assert gate.wait(10), "the test never released the lane"

    Op(hold).run_in(runner)
    assert started.wait(10)
    return gate


def test_the_result_reaches_success_on_the_gui_thread_as_the_work_returned_it(qtbot, runner):
    hits = (Hit("Äijälä"), Hit("Mäki"))
    seen: dict[str, object] = {}

    def work() -> tuple[Hit, ...]:
        seen["work"] = threading.current_thread().name
        return hits

    def show(result: tuple[Hit, ...]) -> None:
        seen["callback"] = threading.current_thread()
        seen["result"] = result

    with qtbot.waitSignal(runner.idle, timeout=5000):
        task = Op(work).success(show).run_in(runner)
    assert seen["work"] == LANE_THREAD_NAME
    assert seen["callback"] is threading.main_thread()
    assert seen["result"] is hits
    assert task.done.is_set()


def test_a_work_that_returns_none_still_reports_success(qtbot, runner):
    done: list[None] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        Op(lambda: None).success(done.append).failure(lambda exc: pytest_fail(exc)).run_in(runner)
    assert done == [None]


def pytest_fail(exc: BaseException) -> None:
    raise AssertionError(f"no failure expected: {exc!r}")


def test_a_refusal_reaches_failure_and_not_success(qtbot, runner):
    errors: list[BaseException] = []

    def refuse() -> int:
        raise DomainError("The request was changed by {name}", name="Äijälä")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        Op(refuse).success(lambda _n: pytest_fail(AssertionError("success"))).failure(errors.append).run_in(runner)
    assert [str(e) for e in errors] == ["The request was changed by Äijälä"]


def test_a_failure_without_a_handler_goes_to_unhandled_error(qtbot, runner):
    def bug() -> int:
        return 1 // 0

    with qtbot.waitSignal(runner.unhandled_error, timeout=5000) as blocker:
        Op(bug).success(lambda _n: pytest_fail(AssertionError("success"))).run_in(runner)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_a_newer_op_with_the_same_key_supersedes_the_older_one(qtbot, runner):
    ran: list[str] = []
    shown: list[str] = []

    def query(text: str) -> Op[str]:
        def work() -> str:
            ran.append(text)
            return text
        return Op(work, key="search")

    gate = _hold_lane(runner)
    for text in ("m", "mä", "mäk"):
        query(text).success(shown.append).run_in(runner)
    Op(lambda: "card", key="card").success(shown.append).run_in(runner)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()
    assert ran == ["mäk"]  # the superseded ones never reached the database
    assert shown == ["mäk", "card"]


def test_an_op_whose_owner_was_deleted_calls_nothing_back(qtbot, runner):
    owner = QWidget()
    called: list[object] = []
    gate = _hold_lane(runner)
    Op(lambda: 1).success(called.append).failure(called.append).run_in(runner, owner=owner)
    Op(lambda: 1 // 0).success(called.append).failure(called.append).run_in(runner, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()
    assert called == []


def test_a_callback_of_the_wrong_type_is_a_type_error(tmp_path):
    """The point of the type: mypy holds a view's callback to what the operation's work returns."""
    # Imported here: a checkout whose .venv predates mypy in the test extras still collects the rest.
    mypy_api = pytest.importorskip("mypy.api", reason="mypy comes with the test extras: ./dev setup")
    snippet = tmp_path / "view_snippet.py"
    snippet.write_text(
        "from desktop.operations.op import Op\n"
        "from desktop.operations.runner import TaskRunner\n"
        "def count() -> Op[int]:\n"
        "    return Op(lambda: 3)\n"
        "def show_name(name: str) -> None: ...\n"
        "def show_count(n: int) -> None: ...\n"
        "def act(runner: TaskRunner) -> None:\n"
        "    count().success(show_count).run_in(runner)\n"
        "    count().success(show_name).run_in(runner)\n",
        encoding="utf-8")
    out, _err, status = mypy_api.run(["--strict", "--follow-imports=silent", "--no-incremental",
                                      "--config-file", str(ROOT / "pyproject.toml"), str(snippet)])
    assert status == 1, out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1, out
    assert ":9:" in errors[0] and '"Callable[[str], None]"' in errors[0], out
    assert '"Callable[[int], object]"' in errors[0], out
