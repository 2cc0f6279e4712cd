"""Fixtures of the data area: an initialised database of each kind, with a unique admin name.

PostgreSQL login roles are cluster-wide, so every test names its users uniquely (tests run in parallel
sessions on the same server); the shared fixture drops them with the test database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from db.database import Database
from desktop.tooling.setup import initialise_database

PASSWORD = "correct-horse-9"


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def admin_name() -> str:
    return unique("adm")


@pytest.fixture
def initialised(migrated_db_url: str, admin_name: str) -> Iterator[Database]:
    database = Database.connect(migrated_db_url)
    initialise_database(database, "keminmaa", admin_name, PASSWORD)
    yield database
    database.dispose()
