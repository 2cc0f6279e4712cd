"""On PostgreSQL the desk searches as a LOGIN role that cannot read person_hetu: search must still work."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from search_register import Person, Register, add
from sqlalchemy import text

from db.database import Database
from db.engine import make_engine
from desktop.core.roles import Actor, Role
from desktop.services.search import CustomerSearchService
from desktop.services.users import UserAdminService

pytestmark = pytest.mark.postgres

ANNA = Person("3000001", "Ångström", "Anna-Liisa", hetu="100190Y999P", street="Sjötullsgatan 4",
              phones=("040 765 4321",))


@pytest.fixture
def agent_database(pg_register: Register) -> Iterator[Database]:
    add(pg_register, ANNA)
    login = f"agent_{uuid.uuid4().hex[:8]}"  # LOGIN roles are cluster-wide: a fresh name every time
    UserAdminService(pg_register.database, Actor("setup", Role.ADMIN)).create_user(login, Role.AGENT,
                                                                                   "kolme-kertaa-toistettu")
    url = pg_register.database.engine.url.set(username=login, password=None)
    database = Database(make_engine(url.render_as_string(hide_password=False)))
    yield database
    database.dispose()


def test_desk_login_cannot_read_codes_but_searches_with_masks(agent_database: Database) -> None:
    with agent_database.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(text("SELECT hetu FROM person_hetu"))
    assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    login = agent_database.engine.url.username
    service = CustomerSearchService(agent_database, Actor(login, Role.AGENT))
    for query in ("ångström", "anna ang", "sjötullsgatan 4", "+358407654321", "100190Y999P"):
        result = service.search(query)
        assert [(h.display_name, h.masked_id) for h in result.rows] == [("Ångström Anna-Liisa", "100190*****")], query
    assert service.search("100190-999P").rows == []  # the other century sign is somebody else (not here)
