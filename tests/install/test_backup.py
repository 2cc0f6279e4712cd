"""Backups that restore (issue 14): one clear line and nothing half-written on a missing folder, a full
disk or Ctrl+C; pg_dump -Fc with the desk roles listed; a restore into a new database after which the
audit chain verifies and a desk login signs in and searches."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from db import backup as db_backup
from db.database import Database
from desktop.core.roles import Actor, Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import ConnectionTarget
from desktop.services.connection import sign_in
from desktop.services.search import CustomerSearchService
from desktop.services.users import UserAdminService
from desktop.tooling import backup as backup_service
from desktop.tooling import demo_data
from desktop.tooling.backup import BackupRefused
from desktop.tooling.setup import initialise_database

ADMIN = Path(sys.executable).with_name("palvelutiski-admin")
PASSWORD = "Varmuuskopio-2026"
SETUP = Actor("setup", Role.ADMIN, "Initial setup")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")} | {"LANG": "en_US.UTF-8"}
    return subprocess.run([str(ADMIN), *args], input=stdin, capture_output=True, text=True, timeout=300,
                          check=False, env=env)


def init_desk(db: str, agent: str, customers: int = 40) -> None:
    """An initialised register with an agent and demo customers (in-process: the commands are slow to start)."""
    database = Database.connect(db)
    try:
        initialise_database(database, "keminmaa", f"adm_{agent}", PASSWORD)
        UserAdminService(database, SETUP).create_user(agent, Role.AGENT, PASSWORD)
        demo_data.generate(database, customers, 1, actor=SETUP, workers=1)
    finally:
        database.dispose()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def blob_database(path: Path, megabytes: int) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (b BLOB)")
        conn.executemany("INSERT INTO t VALUES (randomblob(65536))", [()] * (megabytes * 16))
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs: a real full disk (the tests run as root in CI, which may mount it)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    folder = tmp_path / "small"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


# --- SQLite ----------------------------------------------------------------------------------------

def test_a_missing_folder_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    source = blob_database(tmp_path / "desk.sqlite3", 1)
    result = run("--db", str(source), "backup", str(tmp_path / "no" / "such" / "copy.sqlite3"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "does not exist, so nothing was written" in result.stderr
    assert leftovers(tmp_path) == ["desk.sqlite3"]


def test_a_disk_too_small_is_said_before_copying(tmp_path: Path, small_disk: Path) -> None:
    source = blob_database(tmp_path / "desk.sqlite3", 2)
    result = run("--db", str(source), "backup", str(small_disk / "copy.sqlite3"))
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0
    assert "not enough space" in result.stderr
    assert leftovers(small_disk) == []
    # The rerun is not blocked by anything: it goes to a disk with room.
    assert run("--db", str(source), "backup", str(tmp_path / "copy.sqlite3")).returncode == 0


def test_a_disk_that_fills_during_the_copy_leaves_nothing(tmp_path: Path, small_disk: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    source = blob_database(tmp_path / "desk.sqlite3", 2)
    # Another program takes the space after the check: the copy itself meets the full disk.
    monkeypatch.setattr(backup_service.shutil, "disk_usage", lambda _folder: SimpleNamespace(free=1 << 40))
    with pytest.raises(BackupRefused) as refused:
        backup_service.backup(str(source), small_disk / "copy.sqlite3")
    assert "became full during the copy" in str(refused.value)
    assert leftovers(small_disk) == []


def test_ctrl_c_during_the_copy_leaves_nothing(tmp_path: Path) -> None:
    source = blob_database(tmp_path / "desk.sqlite3", 8)
    seen: list[tuple[int, int]] = []

    def interrupt(done: int, total: int) -> None:
        seen.append((done, total))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup_service.backup(str(source), tmp_path / "copy.sqlite3", progress=interrupt)
    assert seen and seen[0][0] < seen[0][1]  # stopped part-way
    assert leftovers(tmp_path) == ["desk.sqlite3"]


def test_sqlite_backup_and_restore_round_trip(tmp_path: Path) -> None:
    source, copy, restored = tmp_path / "desk.sqlite3", tmp_path / "copy.sqlite3", tmp_path / "restored.sqlite3"
    init_desk(str(source), "aino", customers=30)
    result = run("--db", str(source), "backup", str(copy))
    assert result.returncode == 0 and "integrity ok" in result.stdout and result.stdout.count("\n") == 1
    assert os.stat(copy).st_mode & 0o777 == 0o600
    result = run("--db", str(restored), "restore", str(copy))
    assert result.returncode == 0 and "Audit log intact" in result.stdout, result.stderr
    login = sign_in(AuthService(), ConnectionTarget.sqlite(restored), "aino", PASSWORD)
    try:
        hits = CustomerSearchService(login.database, login.actor).search("a")
        assert hits.rows
    finally:
        login.database.dispose()
    assert run("--db", str(restored), "restore", str(copy)).returncode == 1  # never over an existing file


# --- PostgreSQL ------------------------------------------------------------------------------------

@pytest.mark.postgres
@pytest.mark.slow
def test_pg_dump_backup_restores_into_a_new_database_where_a_desk_login_works(pg_server, pg_url: str,
                                                                               tmp_path: Path) -> None:
    agent = f"aino_{uuid.uuid4().hex[:8]}"
    init_desk(pg_url, agent)
    dump = tmp_path / "palvelutiski.dump"
    result = run("--db", pg_url, "backup", str(dump))
    assert result.returncode == 0, result.stderr
    roles = backup_service.roles_file(dump).read_text().split()
    assert {"desk_owner", "desk_agent", "desk_admin", agent} <= set(roles)
    assert agent in result.stdout and "must exist on the server" in result.stdout

    new_name = f"pt_test_restored_{uuid.uuid4().hex[:8]}"
    pg_server.created.append(new_name)  # dropped with the test's databases
    new_url = pg_server.url_for(new_name)
    result = run("--db", new_url, "restore", str(dump))
    assert result.returncode == 0, result.stderr
    assert "Audit log intact" in result.stdout
    assert run("--db", new_url, "verify-audit").returncode == 0

    target = ConnectionTarget.postgres("127.0.0.1", new_name, 5432)
    login = sign_in(AuthService(), target, agent, PASSWORD)
    try:
        assert login.actor == Actor(agent, Role.AGENT, login.actor.display_name)
        assert CustomerSearchService(login.database, login.actor).search("a").rows
    finally:
        login.database.dispose()
    # Never into an existing database.
    again = run("--db", new_url, "restore", str(dump))
    assert again.returncode == 1 and "exists already" in again.stderr


@pytest.mark.postgres
def test_restore_refuses_when_the_roles_are_missing(pg_server, tmp_path: Path) -> None:
    dump = tmp_path / "x.dump"
    dump.write_bytes(b"PGDMP")
    backup_service.roles_file(dump).write_text("desk_agent\nnobody_such_role_here\n")
    new_name = f"pt_test_norestore_{uuid.uuid4().hex[:8]}"
    result = run("--db", pg_server.url_for(new_name), "restore", str(dump))
    assert result.returncode == 1 and "nobody_such_role_here" in result.stderr and "desk_agent" not in result.stderr
    engine = db_backup.maintenance_engine(pg_server.url_for(new_name))
    try:
        assert not db_backup.database_exists(engine, new_name)
    finally:
        engine.dispose()


def test_without_pg_dump_it_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(db_backup, "pg_tool", lambda _name: None)
    with pytest.raises(BackupRefused) as refused:
        backup_service.backup("postgresql://someone@db.example.invalid/p", tmp_path / "x.dump")
    assert "apt-get install postgresql-client" in str(refused.value)
    assert leftovers(tmp_path) == []


def test_restore_has_help() -> None:
    result = run("restore", "--help")
    assert result.returncode == 0 and "palvelutiski-admin restore" in result.stdout
