"""Fixtures of the search tests: a migrated database with the hetu key, and a desk agent."""

from __future__ import annotations

import os

import pytest
from search_register import Register

from db.database import Database
from db.models import DatabaseSecret
from desktop.core.roles import Actor, Role


@pytest.fixture
def register(database: Database) -> Register:
    key = os.urandom(32)
    with database.transaction() as session:
        session.add(DatabaseSecret(name="hetu_hmac", value=key))
    return Register(database, key)


@pytest.fixture
def agent() -> Actor:
    return Actor("agentti", Role.AGENT, "Aino Agentti")
