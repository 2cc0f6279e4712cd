"""initialise_database on SQLite and PostgreSQL; ensure_demo_database for the --demo path."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from db import at_rest, migrate
from db.database import Database
from db.models import AuditEvent, ControllerProfile, DatabaseSecret, StaffUser
from desktop.core.roles import Role
from desktop.services.audit_report import verify_chain
from desktop.services.users_dtos import WeakPassword
from desktop.tooling.setup import (
    DEMO_PASSWORD,
    AlreadyInitialised,
    ensure_demo_database,
    initialise_database,
    is_initialised,
)
from tests.data.conftest import PASSWORD, unique


def test_init_stores_profile_key_admin_and_audit_row(empty_db_url: str, admin_name: str) -> None:
    database = Database.connect(empty_db_url)
    try:
        assert not is_initialised(database)
        result = initialise_database(database, "hamina", admin_name, PASSWORD)
        assert result.schema_revision == migrate.head_revision() == migrate.current_revision(database.engine)
        with database.transaction() as session:
            profile = session.scalar(select(ControllerProfile))
            assert profile.profile_key == "hamina" and profile.name == "Haminan Energia Oy"
            assert profile.purposes["sv"].startswith("Insamling") and "gas" in profile.contract_kinds
            stored = session.scalar(select(DatabaseSecret.value).where(DatabaseSecret.name == "hetu_hmac"))
            key = at_rest.open_secret(session, stored)  # a SQLite file keeps it encrypted (db.at_rest)
            assert isinstance(key, bytes) and len(key) == 32
            assert (stored != key) == (not database.is_postgres)
            assert (result.recovery_key is None) == database.is_postgres
            admin = session.scalar(select(StaffUser).where(StaffUser.username == admin_name))
            assert admin.role == Role.ADMIN.value and admin.active
            actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
            assert actions == ["database_initialised", "user_created"]
        assert verify_chain(database).ok
        assert is_initialised(database)
    finally:
        database.dispose()


def test_second_init_is_refused_and_changes_nothing(empty_db_url: str, admin_name: str) -> None:
    database = Database.connect(empty_db_url)
    try:
        initialise_database(database, "keminmaa", admin_name, PASSWORD)
        with pytest.raises(AlreadyInitialised, match="keminmaa"):
            initialise_database(database, "hamina", unique("other"), PASSWORD)
        with database.transaction() as session:
            assert session.scalars(select(ControllerProfile.profile_key)).all() == ["keminmaa"]
            assert session.scalar(select(func.count()).select_from(StaffUser)) == 1
            assert session.scalar(select(func.count()).select_from(DatabaseSecret)) == 1
    finally:
        database.dispose()


def test_a_weak_password_is_refused_before_anything_is_written(empty_db_url: str, admin_name: str) -> None:
    database = Database.connect(empty_db_url)
    try:
        with pytest.raises(WeakPassword):
            initialise_database(database, "keminmaa", admin_name, "short")
        assert not is_initialised(database)
    finally:
        database.dispose()


def test_ensure_demo_database_creates_once_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "palvelutiski.sqlite3"
    database = ensure_demo_database(path)
    try:
        with database.transaction() as session:
            users = dict(session.execute(select(StaffUser.username, StaffUser.role)).all())
            profiles = session.scalars(select(ControllerProfile.profile_key)).all()
        assert users == {"admin": "admin", "agent": "agent", "supervisor": "supervisor", "auditor": "auditor"}
        assert profiles == ["keminmaa"]
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() == 2000
    finally:
        database.dispose()
    again = ensure_demo_database(path)  # an existing demo file is reused, not regenerated
    try:
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() == 2000
            hashed = conn.exec_driver_sql("SELECT password_hash FROM staff_user WHERE username='agent'").scalar()
        assert PasswordHasher().verify(hashed, DEMO_PASSWORD)
    finally:
        again.dispose()
