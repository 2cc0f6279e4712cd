"""Shared fixtures: offscreen Qt, an in-memory keyring, and a fresh migrated database per test.

Every database test runs on SQLite and on PostgreSQL (127.0.0.1:5432, trust auth, or
$PALVELUTISKI_TEST_PG as a base URL). Outside CI a missing PostgreSQL skips those tests; in CI
(CI=true) it is a failure.
"""

from __future__ import annotations

import gc
import os
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import keyring
import psycopg
import psycopg.sql
import pytest
from argon2 import PasswordHasher
from db_templates import migrated_pg_url, migrated_sqlite_url
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from db import migrate
from db.database import Database
from db.engine import make_engine
from desktop.services import auth, users

# The real CUPS queue for printing tests (session fixture ``cups_queue``), see tests/cups_queue.py.
pytest_plugins = ["cups_queue"]

PG_ADMIN_URL = os.environ.get("PALVELUTISKI_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """In CI nothing skips: a skipped test is a failure there (a test about one kind of database chooses
    it with db_templates.ON_SQLITE / ON_POSTGRES instead of skipping the other)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may skip: {report.longrepr}"


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict for the test's lifetime: no test touches the developer's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def no_leaked_connections() -> Iterator[None]:
    """Fail the test that leaves a database connection open (engine not disposed, session not closed).

    Without this, the garbage collector closes the leaked connection later, inside some unrelated
    test, where psycopg's ResourceWarning surfaces as a confusing failure.

    What is still alive after the collection (Qt, the modules, session fixtures) is frozen: the next
    test's collection walks only what that test created (a full walk cost ~0.3 s per test). Frozen
    objects are still freed by reference counting, so a connection dropped later still warns.
    """
    yield
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        gc.collect()
    gc.freeze()
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    if leaks:
        pytest.fail("database connection left open by this test:\n" + "\n".join(leaks[:3]), pytrace=False)


# argon2id at production strength (t=3, 12 MiB, p=1) costs a noticeable fraction of a second per hash on a 2-core machine, and
# most database fixtures create two to four users: tests hash with the same algorithm at minimal cost.
# Tests marked ``production_hashing`` keep the real hasher (tests/security/test_users.py checks its strength).
TEST_PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def fast_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("production_hashing") is None:
        monkeypatch.setattr(users, "PASSWORD_HASHER", TEST_PASSWORD_HASHER)
        monkeypatch.setattr(auth, "PASSWORD_HASHER", TEST_PASSWORD_HASHER)


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("PALVELUTISKI_DB", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _pg_available() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip()


class PostgresServer:
    """Creates uniquely named databases on the test server and drops them afterwards."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.created: list[str] = []

    def url_for(self, name: str) -> str:
        base, _, _ = self.admin_url.rpartition("/")
        return f"{base}/{name}"

    def create_database(self, template: str | None = None) -> str:
        name = f"pt_test_{uuid.uuid4().hex[:12]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{clause}')
        self.created.append(name)
        return self.url_for(name)

    def create_migrated_template(self) -> str:
        """A database at the head revision, copied (CREATE DATABASE … TEMPLATE) for each test that needs
        a migrated one: a copy takes ~0.2 s, running the migrations ~1.2 s. The migrations keep nothing
        outside the database but the cluster-wide desk_* group roles, which every copy shares anyway."""
        name = f"pt_template_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        engine = make_engine(self.url_for(name))
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()  # a template must have no connections while it is copied
        return name

    def drop_template(self, name: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        logins = [login for name in self.created for login in self._staff_logins(name)]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # Staff LOGIN roles are cluster-wide (desktop.services.users); drop those this test created.
            for login in logins:
                conn.execute(psycopg.sql.SQL("DROP ROLE IF EXISTS {}").format(psycopg.sql.Identifier(login)))
        self.created.clear()

    def _staff_logins(self, name: str) -> list[str]:
        """Names in the database's staff_user that are desk LOGIN roles (never a superuser)."""
        query = """SELECT s.username FROM staff_user s JOIN pg_roles r ON r.rolname = s.username
                    WHERE NOT r.rolsuper AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g
                          ON g.oid = m.roleid WHERE m.member = r.oid AND g.rolname ~ '^desk_')"""
        try:
            with psycopg.connect(self.url_for(name), autocommit=True) as conn:
                return [row[0] for row in conn.execute(query)]
        except psycopg.Error:  # no such database, or not migrated (no staff_user)
            return []


@pytest.fixture(scope="session")
def pg_server() -> PostgresServer:
    problem = _pg_available()
    if problem:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI but unreachable at {PG_ADMIN_URL}: {problem}")
        pytest.skip(f"PostgreSQL unreachable: {problem}")
    return PostgresServer(PG_ADMIN_URL)


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """An empty PostgreSQL database, dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_all()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """An empty database of each kind, as a URL (SQLite file or a fresh PostgreSQL database)."""
    if request.param == "sqlite":
        return str(tmp_path / "desk.sqlite3")
    return request.getfixturevalue("pg_url")


# -- migrated databases, copied from one migrated template per session ---------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the head revision; tests get a copy (migrating costs ~0.5 s, copying ~1 ms)."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    engine = make_engine(str(path))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.create_migrated_template()
    yield name
    pg_server.drop_template(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def migrated_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database of each kind at the head revision (no profile, no users), as a URL."""
    if request.param == "sqlite":
        return migrated_sqlite_url(request, tmp_path / "desk.sqlite3")
    return migrated_pg_url(request)


@pytest.fixture
def database(migrated_db_url: str) -> Iterator[Database]:
    """A migrated, empty database of each kind (schema at head, no profile, no users)."""
    db = Database(make_engine(migrated_db_url))
    yield db
    db.dispose()
