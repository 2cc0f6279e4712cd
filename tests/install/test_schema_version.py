"""The desk signs in only on the schema it was built for, and never migrates by itself (issue 14).

A database migrated by a newer Palvelutiski is refused with "update Palvelutiski"; an older one with
"ask the administrator to migrate". Both databases: on PostgreSQL as the person's own login, which may
read the version since migration 0012 (before it, not being allowed to read it means older).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from db import migrate
from db.database import Database
from db.engine import make_engine
from desktop.core.roles import Actor, Role
from desktop.services.auth import AuthService, ConnectionTarget
from desktop.services.connection import SchemaTooNew, SchemaTooOld, sign_in
from desktop.services.users import UserAdminService

PASSWORD = "Versio-tarkistus-14"


@pytest.fixture
def desk(migrated_db_url: str) -> Iterator[tuple[Database, ConnectionTarget, str]]:
    database = Database(make_engine(migrated_db_url))
    name = f"agent_{uuid.uuid4().hex[:8]}"
    UserAdminService(database, Actor("setup", Role.ADMIN)).create_user(name, Role.AGENT, PASSWORD)
    if database.dialect == "sqlite":
        target = ConnectionTarget.sqlite(migrated_db_url)
    else:
        url = make_url(migrated_db_url)
        target = ConnectionTarget.postgres(url.host or "127.0.0.1", url.database or "", url.port or 5432)
    yield database, target, name
    database.dispose()


def revision(database: Database) -> str | None:
    return migrate.current_revision(database.engine)


def test_the_current_schema_signs_in(desk) -> None:
    database, target, name = desk
    result = sign_in(AuthService(), target, name, PASSWORD)
    result.database.dispose()
    assert migrate.schema_state(database.engine) == migrate.SCHEMA_CURRENT


def test_a_newer_schema_asks_to_update_palvelutiski_and_is_left_as_it_is(desk) -> None:
    database, target, name = desk
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_a_later_version'"))
    with pytest.raises(SchemaTooNew) as refused:
        sign_in(AuthService(), target, name, PASSWORD)
    assert "Update Palvelutiski" in str(refused.value)
    assert revision(database) == "9999_from_a_later_version"


def test_an_older_schema_asks_the_admin_to_migrate_and_is_not_migrated(desk) -> None:
    database, target, name = desk
    migrate.downgrade(database.engine, "0011")  # on PostgreSQL the desk may no longer read the version
    with pytest.raises(SchemaTooOld) as refused:
        sign_in(AuthService(), target, name, PASSWORD)
    assert "palvelutiski-admin migrate" in str(refused.value)
    assert revision(database) == "0011"
