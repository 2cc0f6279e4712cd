"""Fixtures of the search tests: a migrated database with the hetu key, and a desk agent."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from db_templates import migrated_pg_url
from search_register import Register

from db.database import Database
from db.engine import make_engine
from db.models import DatabaseSecret
from desktop.core.roles import Actor, Role


def _with_key(database: Database) -> Register:
    key = os.urandom(32)
    with database.transaction() as session:
        session.add(DatabaseSecret(name="hetu_hmac", value=key))
    return Register(database, key)


@pytest.fixture
def register(database: Database) -> Register:
    """The migrated database of each kind, with the identity-code key, no customers yet."""
    return _with_key(database)


@pytest.fixture
def pg_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """For what only PostgreSQL has (collations, desk LOGIN roles): a migrated PostgreSQL database."""
    database = Database(make_engine(migrated_pg_url(request)))
    yield database
    database.dispose()


@pytest.fixture
def pg_register(pg_database: Database) -> Register:
    return _with_key(pg_database)


@pytest.fixture
def agent() -> Actor:
    return Actor("agentti", Role.AGENT, "Aino Agentti")
