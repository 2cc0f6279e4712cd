"""GUI test fixtures: the no-SQL-on-the-GUI-thread guard, the database lane, translations.

The guard is autouse for every test under tests/gui: any SQL statement that a database driver executes
on the main (GUI) thread fails the test. Fixtures and the test's own checks that need the database
directly wrap themselves in ``with sql_guard.allowed():`` — the application code never may.
"""

from __future__ import annotations

import sqlite3
import threading
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import keyring
import pytest
from db_templates import migrated_pg_url, migrated_sqlite_url
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import event, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import Pool

from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent
from desktop.core.roles import Actor, Role
from desktop.i18n_qt import TRANSLATIONS_DIR, Translations
from desktop.operations.runner import TaskRunner
from desktop.services.auth_dtos import ConnectionTarget
from desktop.services.users import UserAdminService
from desktop.tooling.setup import initialise_database
from desktop.views import style
from desktop.views.shell_settings import ShellSettings


class SqlOnGuiThreadGuard:
    """Hooks the drivers themselves, so statements that bypass SQLAlchemy (db.direct) are caught too.

    Every connection a pool hands out gets a statement hook: sqlite3's trace callback, or for psycopg
    a cursor class that reports each execute. Both run on the thread that executes the statement.
    """

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

    def statement(self, statement: object) -> None:
        if threading.current_thread() is threading.main_thread() and not self._allowed:
            where = "".join(traceback.format_stack(limit=12)[:-1])
            self.violations.append(f"{str(statement).strip()[:120]}\n{where}")

    def on_checkout(self, dbapi_connection, _record, _proxy) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.set_trace_callback(self.statement)
        elif getattr(dbapi_connection.cursor_factory, "guard", None) is not self:
            # A pooled connection may still carry an earlier test's guard: replace it, do not stack them.
            factory = dbapi_connection.cursor_factory
            dbapi_connection.cursor_factory = self._guarded(getattr(factory, "unguarded", factory))

    def _guarded(self, cursor_class: type) -> type:
        guard = self

        class GuardedCursor(cursor_class):
            def execute(self, query, params=None, **kwargs):
                guard.statement(query)
                return super().execute(query, params, **kwargs)

            def executemany(self, query, params_seq, **kwargs):
                guard.statement(query)
                return super().executemany(query, params_seq, **kwargs)

        GuardedCursor.guard = guard
        GuardedCursor.unguarded = cursor_class
        return GuardedCursor


@pytest.fixture(autouse=True)
def sql_guard(request: pytest.FixtureRequest) -> Iterator[SqlOnGuiThreadGuard]:
    # The session's migrated template is made by the first test that needs a database: that is the
    # test's own setup, not the application, so it happens before the guard starts watching.
    if "migrated_db_url" in request.fixturenames:
        request.getfixturevalue("migrated_db_url")
    guard = SqlOnGuiThreadGuard()
    event.listen(Pool, "checkout", guard.on_checkout)
    yield guard
    event.remove(Pool, "checkout", guard.on_checkout)
    if guard.violations:
        pytest.fail(f"{len(guard.violations)} SQL statement(s) ran on the GUI thread; the first:\n"
                    + guard.violations[0], pytrace=False)


_LIVE_LANES: list[TaskRunner] = []


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    lane = TaskRunner()
    _LIVE_LANES.append(lane)
    yield lane
    _LIVE_LANES.remove(lane)
    assert lane.shutdown(), "the database lane did not stop"


@pytest.fixture
def database(migrated_db_url: str, sql_guard) -> Iterator[Database]:
    """The shared ``database`` fixture (a copy of the migrated template; see tests/conftest.py).

    Before the engine is disposed, every lane finishes its queued work: a task still running on the
    lane would otherwise hold a connection past the end of the test.
    """
    db = Database(make_engine(migrated_db_url))
    yield db
    for lane in list(_LIVE_LANES):
        assert lane.shutdown(), "the database lane did not stop"
    db.dispose()


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


@pytest.fixture(scope="session", autouse=True)
def english_as_the_program_shows_it(qapp, compiled_translations) -> None:
    """The program installs its English translation too (the plural forms: "1 customer", "2 customers");
    the widget tests see English as users do."""
    Translations(qapp).switch("en")


@pytest.fixture
def translations(qapp, compiled_translations) -> Iterator[Translations]:
    """Installed translators for the test; English again afterwards so no test leaks its language."""
    tr = Translations(qapp)
    yield tr
    tr.switch("en")


# -- databases with staff users, for the login dialog and the main window ---------------------------


@dataclass
class DeskDatabase:
    """An initialised database (Keminmaa profile) with an agent and a supervisor whose names have ä and ö.

    ``admin`` is the database handle the test itself may use (inside ``sql_guard.allowed()``).
    """

    kind: str
    target: ConnectionTarget
    admin: Database
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def agent(self) -> str:
        return next(name for name in self.passwords if name.startswith("aino"))

    @property
    def supervisor(self) -> str:
        return next(name for name in self.passwords if name.startswith("orjan"))

    def audit_actions(self, guard: SqlOnGuiThreadGuard) -> list[tuple[str, str]]:
        with guard.allowed(), self.admin.transaction() as session:
            rows = session.execute(select(AuditEvent.actor, AuditEvent.action).order_by(AuditEvent.id)).all()
        return [(actor, action) for actor, action in rows]


def _seed_users(database: Database, suffix: str) -> dict[str, str]:
    # Login roles are cluster-wide on PostgreSQL: a suffix keeps parallel or leftover names apart.
    users = {f"aino_{suffix}": ("Aino Äijälä", Role.AGENT, "Kesä-Äijälä-2024"),
             f"orjan_{suffix}": ("Örjan Sjöström", Role.SUPERVISOR, "Höstlöv-Åbo-77")}
    admin = UserAdminService(database, Actor("setup", Role.ADMIN))
    for name, (display, role, password) in users.items():
        admin.create_user(name, role, password, display_name=display)
    return {name: password for name, (_d, _r, password) in users.items()}


def _desk_database(kind: str, request: pytest.FixtureRequest, tmp_path) -> DeskDatabase:
    if kind == "sqlite":
        path = tmp_path / "desk.sqlite3"
        database = Database.connect(migrated_sqlite_url(request, path))
        target = ConnectionTarget.sqlite(path)
    else:
        url = migrated_pg_url(request)
        parsed = make_url(url)
        database = Database.connect(url)
        target = ConnectionTarget.postgres(parsed.host or "127.0.0.1", parsed.database or "", parsed.port or 5432)
    suffix = uuid.uuid4().hex[:6]
    initialise_database(database, "keminmaa", f"admin_{suffix}", "Ylläpitäjä-2024")
    return DeskDatabase(kind, target, database, _seed_users(database, suffix))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def desk_db(request: pytest.FixtureRequest, tmp_path, sql_guard: SqlOnGuiThreadGuard) -> Iterator[DeskDatabase]:
    """A migrated database of each kind with an agent and a supervisor (names with ä and ö)."""
    with sql_guard.allowed():
        db = _desk_database(request.param, request, tmp_path)
    yield db
    db.admin.dispose()


@pytest.fixture
def sqlite_desk_db(request, tmp_path, sql_guard: SqlOnGuiThreadGuard) -> Iterator[DeskDatabase]:
    with sql_guard.allowed():
        db = _desk_database("sqlite", request, tmp_path)
    yield db
    db.admin.dispose()


@pytest.fixture
def pg_desk_db(request, tmp_path, sql_guard: SqlOnGuiThreadGuard) -> Iterator[DeskDatabase]:
    with sql_guard.allowed():
        db = _desk_database("postgresql", request, tmp_path)
    yield db
    db.admin.dispose()


@pytest.fixture
def styled(qapp):
    """The desk's own style (fonts, palette, style sheet) for the test, the previous one back afterwards."""
    before = (qapp.styleSheet(), qapp.font(), qapp.palette())
    style.apply(qapp)
    yield qapp
    qapp.setStyleSheet(before[0])
    qapp.setFont(before[1])
    qapp.setPalette(before[2])


@pytest.fixture
def shell_settings(tmp_path) -> ShellSettings:
    return ShellSettings(tmp_path / "desk.ini")


@pytest.fixture
def failing_keyring() -> Iterator[None]:
    """A machine without any keyring backend (keyring's own ``fail`` backend, as on a bare server)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)
