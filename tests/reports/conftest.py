"""Fixtures of the reports area (the rows themselves: report_fixture.py)."""

from __future__ import annotations

import pytest
from report_fixture import insert_fixture

from db.database import Database


@pytest.fixture
def fixture_rows(database: Database) -> None:
    insert_fixture(database)
