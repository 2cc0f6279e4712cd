"""Migrated databases for tests, copied from the session's migrated template (fixtures in tests/conftest.py).

Plain functions, importable from every conftest: ``migrated_sqlite_url(request, path)`` and
``migrated_pg_url(request)`` give a fresh database at the head revision, as fixtures' building blocks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

# For a test about one kind of database only (the fixtures otherwise run every test on both):
# ``@ON_SQLITE`` / ``@ON_POSTGRES`` choose the kind instead of skipping the other — in CI nothing skips.
ON_SQLITE = pytest.mark.parametrize("migrated_db_url", ["sqlite"], indirect=True)
ON_POSTGRES = pytest.mark.parametrize("migrated_db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                                      indirect=True)


def migrated_sqlite_url(request: pytest.FixtureRequest, path: Path) -> str:
    """A copy of the migrated template at ``path`` (which must not exist yet)."""
    shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
    return str(path)


def migrated_pg_url(request: pytest.FixtureRequest) -> str:
    """A fresh PostgreSQL database copied from the migrated template, dropped after the test."""
    server = request.getfixturevalue("pg_server")
    url = server.create_database(template=request.getfixturevalue("pg_template"))
    request.addfinalizer(server.drop_all)
    return url
