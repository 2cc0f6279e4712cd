"""Migration 0007's grants: desk logins add customer notes and call links through the app, nobody edits or
deletes them, and the administrator reads none of them (PostgreSQL, as the staff's own logins)."""

from __future__ import annotations

import pytest
from psycopg import errors

from db.database import Database
from db.engine import make_engine
from db.models import ControllerProfile
from desktop.core.roles import Actor, Role
from desktop.services.calls import CallService
from desktop.services.customer_notes import CustomerNoteService
from desktop.services.customers import CustomerService
from desktop.services.profiles import get_profile
from tests.security.conftest import Register, Staff, connect_as

pytestmark = pytest.mark.postgres


def _as(register: Register, login: str) -> Database:
    return Database(make_engine(f"postgresql://{login}@{register.url.split('@', 1)[1]}"))


def test_agents_add_notes_and_links_that_nobody_rewrites(pg_register: Register, staff: Staff) -> None:
    with pg_register.database.transaction() as session:
        session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
    agent_db = _as(pg_register, staff.agent)
    try:
        agent = Actor(staff.agent, Role.AGENT)
        calls = CallService(agent_db, agent)
        call = calls.start_call(pg_register.regular_id)
        linked = calls.link_customer(call.call_id, pg_register.dash_id)
        assert [c.customer_id for c in linked.linked] == [pg_register.dash_id]
        calls.end_call(call.call_id, "Soitti äitinsä puolesta.")
        CustomerNoteService(agent_db, agent).add(pg_register.dash_id, "Valtakirja tulossa.", call_id=call.call_id)
        card = CustomerService(agent_db, agent).open_card(pg_register.dash_id, "call")
        assert [n.body for n in card.notes] == ["Valtakirja tulossa."]
        assert [k.id for k in card.calls] == [call.call_id]
    finally:
        agent_db.dispose()
    with connect_as(pg_register, staff.agent) as conn:
        for statement in ("UPDATE customer_note SET body = 'x'", "DELETE FROM customer_note",
                          "UPDATE call_customer SET customer_id = customer_id", "DELETE FROM call_customer"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
    with connect_as(pg_register, staff.auditor) as conn:
        assert conn.execute("SELECT count(*) FROM customer_note").fetchone()[0] == 1
    with connect_as(pg_register, staff.admin) as conn:
        for query in ("SELECT * FROM customer_note", "SELECT * FROM call_customer"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query)
            conn.rollback()
