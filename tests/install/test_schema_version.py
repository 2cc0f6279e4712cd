"""The desk signs in only on the schema it was built for, and never migrates by itself (issue 14).

A database migrated by a newer Palvelutiski is refused with "update Palvelutiski"; an older one with
"ask the administrator to migrate". Both databases: on PostgreSQL as the person's own login, which may
read the version since migration 0012 (before it, not being allowed to read it means older).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from db import migrate, schema_version
from db.database import Database
from db.engine import make_engine
from desktop.core.roles import Actor, Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import ConnectionTarget
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


def test_the_desk_knows_the_same_revisions_as_alembic() -> None:
    """The desk reads the migration files itself (db.schema_version); Alembic must read them alike."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    revisions, heads = schema_version.known_revisions()
    assert revisions == {s.revision for s in script.walk_revisions()}
    assert heads == set(script.get_heads()) == {migrate.head_revision()}


def test_signing_in_imports_no_alembic() -> None:
    """Alembic (with Mako and Pygments, ~15 MiB) is the admin's tool: the desk's sign-in path goes without."""
    code = ("import sys, desktop.operations.login as l, importlib\n"
            "for name in l.WARM_UP_MODULES: importlib.import_module(name)\n"
            "import desktop.services.connection, desktop.views.main_window, desktop.views.desk.desk_page\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako', 'pygments'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
