"""Fixtures for the requests area (data in request_fixtures.py)."""

from __future__ import annotations

import pytest
from request_fixtures import Clock, RequestData, insert_request_data

from db.database import Database


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def data(database: Database) -> RequestData:
    return insert_request_data(database)
