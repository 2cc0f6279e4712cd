"""Migrated databases for tests, copied from the session's migrated template (fixtures in tests/conftest.py).

Plain functions, importable from every conftest: ``migrated_sqlite_url(request, path)`` and
``migrated_pg_url(request)`` give a fresh database at the head revision, as fixtures' building blocks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def _template(request: pytest.FixtureRequest, name: str) -> str:
    """The session's template, built on first use — outside the GUI tests' SQL guard: migrating it is the
    tests' own setup (the first test of a run otherwise failed with "SQL ran on the GUI thread")."""
    if "sql_guard" in request.fixturenames:
        with request.getfixturevalue("sql_guard").allowed():
            return request.getfixturevalue(name)
    return request.getfixturevalue(name)


def migrated_sqlite_url(request: pytest.FixtureRequest, path: Path) -> str:
    """A copy of the migrated template at ``path`` (which must not exist yet)."""
    shutil.copyfile(_template(request, "sqlite_template"), path)
    return str(path)


def migrated_pg_url(request: pytest.FixtureRequest) -> str:
    """A fresh PostgreSQL database copied from the migrated template, dropped after the test."""
    server = request.getfixturevalue("pg_server")
    url = server.create_database(template=_template(request, "pg_template"))
    request.addfinalizer(server.drop_all)
    return url
