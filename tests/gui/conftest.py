"""GUI test fixtures: the no-SQL-on-the-GUI-thread guard, the database lane, translations.

The guard is autouse for every test under tests/gui: any SQL statement that SQLAlchemy executes on
the main (GUI) thread fails the test. Fixtures and the test's own checks that need the database
directly wrap themselves in ``with sql_guard.allowed():`` — the application code never may.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event

from desktop.i18n_qt import TRANSLATIONS_DIR, Translations
from desktop.operations.runner import TaskRunner


class SqlOnGuiThreadGuard:
    def __init__(self) -> None:
        self.violations: list[str] = []
        self._allowed = 0

    @contextmanager
    def allowed(self) -> Iterator[None]:
        self._allowed += 1
        try:
            yield
        finally:
            self._allowed -= 1

    def before_cursor_execute(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if threading.current_thread() is threading.main_thread() and not self._allowed:
            where = "".join(traceback.format_stack(limit=12)[:-1])
            self.violations.append(f"{statement.strip()[:120]}\n{where}")


@pytest.fixture(autouse=True)
def sql_guard() -> Iterator[SqlOnGuiThreadGuard]:
    guard = SqlOnGuiThreadGuard()
    event.listen(Engine, "before_cursor_execute", guard.before_cursor_execute)
    yield guard
    event.remove(Engine, "before_cursor_execute", guard.before_cursor_execute)
    if guard.violations:
        pytest.fail(f"{len(guard.violations)} SQL statement(s) ran on the GUI thread; the first:\n"
                    + guard.violations[0], pytrace=False)


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    lane = TaskRunner()
    yield lane
    assert lane.shutdown(), "the database lane did not stop"


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """The .qm files are build output (gitignored): compile them once if the sources are newer."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    stale = [ts for ts in TRANSLATIONS_DIR.glob("*.ts")
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        build_translations.compile_qm()


@pytest.fixture
def translations(qapp, compiled_translations) -> Iterator[Translations]:
    """Installed translators for the test; English again afterwards so no test leaks its language."""
    tr = Translations(qapp)
    yield tr
    tr.switch("en")
