"""Issue 10 item 7 (in part): the SQLite file is private to its workstation user, and a login attempt
does the same work and keeps the same memory whether or not the name is a real account.

Attacked as another account on the workstation would (os.stat of the file, its WAL/SHM and backups)
and as someone guessing names would (hasher calls per path, a restart between attempts).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher

from db import migrate
from db.database import Database
from desktop.cli import admin
from desktop.core.roles import Role
from desktop.services import auth
from desktop.services import users as users_module
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import AccountLocked, ConnectionTarget, LoginFailed
from desktop.services.users import UserAdminService
from desktop.tooling.setup import initialise_database
from tests.conftest import MemoryKeyring
from tests.security.conftest import PASSWORD, SETUP

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    # The usual desktop umask: without care every new file would be readable by every account.
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_new_database_file_and_its_wal_and_shm_are_0600_in_a_0700_folder(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "new-folder" / "desk.sqlite3"
    database = Database.connect(str(path))
    try:
        migrate.upgrade(database.engine)
        with database.engine.connect() as conn:  # WAL and SHM exist while a connection is open
            conn.exec_driver_sql("SELECT count(*) FROM staff_user").all()
            assert mode(path.parent) == 0o700
            assert mode(path) == 0o600
            for suffix in ("-wal", "-shm"):
                assert mode(Path(f"{path}{suffix}")) == 0o600, suffix
    finally:
        database.dispose()


def test_a_world_readable_file_of_an_older_version_is_tightened_on_open(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()
    os.chmod(path, 0o644)
    database = Database.connect(str(path))
    try:
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()
        assert mode(path) == 0o600
    finally:
        database.dispose()


def test_the_default_data_folder_is_0700(tmp_path: Path, open_umask: None) -> None:
    from db.engine import default_sqlite_path
    database = Database.connect(None)
    try:
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()
        assert mode(default_sqlite_path().parent) == 0o700
        assert mode(default_sqlite_path()) == 0o600
    finally:
        database.dispose()


def test_a_backup_copy_is_0600(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "desk.sqlite3"
    database = Database.connect(str(path))
    migrate.upgrade(database.engine)
    database.dispose()
    dest = tmp_path / "copies" / "backup.sqlite3"
    dest.parent.mkdir()  # backup writes into an existing folder only (nothing on a missing one)
    assert admin.main(["--db", str(path), "backup", str(dest)]) == 0
    assert mode(dest) == 0o600


class CountingHasher(PasswordHasher):
    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.verifications = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.verifications += 1
        return super().verify(hash, password)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[Database, ConnectionTarget]]:
    path = tmp_path / "desk.sqlite3"
    database = Database.connect(str(path))
    migrate.upgrade(database.engine)
    users = UserAdminService(database, SETUP)
    users.create_user("aino", Role.AGENT, PASSWORD, display_name="Aino A.")
    users.create_user("eero", Role.AGENT, PASSWORD, display_name="Eero E.")
    users.deactivate_user("eero")
    yield database, ConnectionTarget.sqlite(path)
    database.dispose()


def _lock(service: AuthService, target: ConnectionTarget, name: str) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailed):
            service.login(target, name, "wrong password")
    with pytest.raises(AccountLocked):
        service.login(target, name, "wrong password")


def test_every_refusal_costs_exactly_one_argon2_verification(desk: tuple[Database, ConnectionTarget],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _, target = desk
    service = AuthService(clock=lambda: T0)
    _lock(service, target, "aino")
    _lock(service, target, "nobody")
    hasher = CountingHasher()
    monkeypatch.setattr(auth, "PASSWORD_HASHER", hasher)
    work = {}
    for case, name, expected in (("locked real user", "aino", AccountLocked),
                                 ("locked unknown name", "nobody", AccountLocked),
                                 ("inactive user", "eero", LoginFailed),
                                 ("fresh unknown name", "someone", LoginFailed)):
        before = hasher.verifications
        with pytest.raises(expected):
            service.login(target, name, PASSWORD)
        work[case] = hasher.verifications - before
    assert work == dict.fromkeys(work, 1)


def test_an_unknown_names_lock_survives_a_restart(desk: tuple[Database, ConnectionTarget]) -> None:
    _, target = desk
    _lock(AuthService(clock=lambda: T0), target, "nobody")
    # A new program run: a new service object, the same file.
    with pytest.raises(AccountLocked):
        AuthService(clock=lambda: T0 + dt.timedelta(minutes=1)).login(target, "nobody", "another guess")
    # What is kept is not the typed name (often a colleague's password typed in the wrong field).
    files = [Path(target.path), Path(f"{target.path}-wal")]
    assert all(b"nobody" not in path.read_bytes() for path in files if path.exists())
    # The lock runs out as an account's does.
    with pytest.raises(LoginFailed):
        AuthService(clock=lambda: T0 + dt.timedelta(minutes=16)).login(target, "nobody", "x")


def test_a_read_only_uri_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "desk.sqlite3"
    made = Database.connect(str(path))
    migrate.upgrade(made.engine)
    made.dispose()
    monkeypatch.chdir(tmp_path)
    database = Database.connect(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()
    finally:
        database.dispose()
    # Before, the URI was taken as a relative path: a stray "file:" folder appeared in the working folder.
    assert not (tmp_path / "file:").exists()


# --- with the file encrypted at rest (db.at_rest): the name key comes from the keyring -------------------

class CountingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return super().get_password(service, username)


@pytest.fixture
def sealed_desk(tmp_path: Path) -> Iterator[tuple[ConnectionTarget, CountingKeyring]]:
    previous = keyring.get_keyring()
    backend = CountingKeyring()
    keyring.set_keyring(backend)
    path = tmp_path / "sealed.sqlite3"
    database = Database.connect(str(path))
    try:
        initialise_database(database, "keminmaa", "aino", PASSWORD)
    finally:
        database.dispose()
    yield ConnectionTarget.sqlite(path), backend
    keyring.set_keyring(previous)


def test_every_attempt_reads_the_keyring_alike(sealed_desk: tuple[ConnectionTarget, CountingKeyring]) -> None:
    target, backend = sealed_desk
    service = AuthService(clock=lambda: T0)
    _lock(service, target, "aino")
    _lock(service, target, "nobody")
    reads = {}
    for case, name, password in (("locked real user", "aino", PASSWORD), ("locked unknown name", "nobody", "x"),
                                 ("fresh unknown name", "someone", "x"), ("wrong password", "aino", "x")):
        before = backend.reads
        with pytest.raises((LoginFailed, AccountLocked)):
            service.login(target, name, password)
        reads[case] = backend.reads - before
    assert reads == dict.fromkeys(reads, 1)


@pytest.fixture
def costly_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hashing whose cost dominates a login, as production's does (its own settings for the users' hashes too)."""
    hasher = PasswordHasher(time_cost=2, memory_cost=32 * 1024, parallelism=1)
    monkeypatch.setattr(auth, "PASSWORD_HASHER", hasher)
    monkeypatch.setattr(users_module, "PASSWORD_HASHER", hasher)


def test_locked_real_and_unknown_names_answer_in_the_same_time(
        costly_hashing: None, sealed_desk: tuple[ConnectionTarget, CountingKeyring]) -> None:
    """Wall-clock (before: ~25 ms for a locked real user against ~270 ms for a locked unknown name)."""
    target, _backend = sealed_desk
    service = AuthService(clock=lambda: T0)
    _lock(service, target, "aino")
    _lock(service, target, "nobody")
    times: dict[str, list[float]] = {"aino": [], "nobody": []}
    for _ in range(7):
        for name in times:
            started = time.perf_counter()
            with pytest.raises(AccountLocked):
                service.login(target, name, "guess")
            times[name].append(time.perf_counter() - started)
    known, unknown = (statistics.median(times[name]) for name in ("aino", "nobody"))
    assert 0.5 < known / unknown < 2.0, (known, unknown)
