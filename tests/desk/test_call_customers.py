"""Whose call it is: the caller, customers the same caller spoke about (linked), and the notes' limit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import Call, CallCustomer
from desktop.core.errors import DomainError
from desktop.core.notes import CALL_NOTES_MAX, NoteTooLong
from desktop.services.calls import CallError, CallService
from desktop.services.consents import ConsentService
from desktop.services.customers import CustomerService
from desktop.services.subject_data import collect
from tests.desk.conftest import AGENT, SUPERVISOR, DeskData, audit_rows

START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def test_the_call_names_its_customer_and_the_linked_ones(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT, clock=lambda: START)
    info = calls.start_call(desk.person_id)
    assert info.customer is not None
    assert (info.customer.display_name, info.customer.customer_number) == ("Mäkinen Maija Liisa", "100001")
    assert info.linked == () and info.involves(desk.person_id) and not info.involves(desk.swedish_id)

    linked = calls.link_customer(info.call_id, desk.swedish_id)
    assert [(c.customer_id, c.display_name, c.customer_number) for c in linked.linked] == [
        (desk.swedish_id, "Åström Åsa", "100002")]
    assert linked.customer_id == desk.person_id and linked.involves(desk.swedish_id)
    # Linking again, or linking the caller, changes nothing.
    assert calls.link_customer(info.call_id, desk.swedish_id).linked == linked.linked
    assert calls.link_customer(info.call_id, desk.person_id).linked == linked.linked

    ended = calls.end_call(info.call_id, "Äiti kysyi tyttären laskusta.")
    with pytest.raises(CallError, match="already ended"):
        calls.link_customer(info.call_id, desk.bystander_id)
    assert ended.linked == linked.linked

    with database.transaction() as session:
        stored = session.get(Call, info.call_id)
        links = session.scalars(select(CallCustomer)).all()
        assert stored.customer_id == desk.person_id and stored.notes == "Äiti kysyi tyttären laskusta."
        assert [(x.call_id, x.customer_id, x.linked_by) for x in links] == [
            (info.call_id, desk.swedish_id, "aino.agent")]
        # The access reply of the linked customer keeps to their own calls (the notes are the caller's).
        assert collect(session, desk.swedish_id).calls == ()
    rows = audit_rows(database, "call_customer_linked")
    assert [(r.customer_id, r.purpose, json.loads(r.detail)) for r in rows] == [
        (desk.swedish_id, "call", {"call_id": info.call_id})]

    # The linked customer's card shows the call (staff), with its notes.
    card = CustomerService(database, SUPERVISOR).open_card(desk.swedish_id, "call")
    assert [(c.id, c.notes) for c in card.calls] == [(info.call_id, "Äiti kysyi tyttären laskusta.")]


def test_an_unknown_caller_is_named_once_linked(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT, clock=lambda: START)
    info = calls.start_call(None)
    assert info.customer is None
    named = calls.link_customer(info.call_id, desk.company_id)
    assert named.customer_id == desk.company_id and named.customer.display_name == "Keminmaan Kala Oy"
    assert named.linked == ()


def test_notes_longer_than_the_column_keep_the_call_open(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT, clock=lambda: START)
    info = calls.start_call(desk.person_id)
    with pytest.raises(NoteTooLong) as raised:
        calls.end_call(info.call_id, "x" * (CALL_NOTES_MAX + 1))
    assert raised.value.params == {"length": CALL_NOTES_MAX + 1, "limit": CALL_NOTES_MAX}
    assert calls.call(info.call_id).ended_at is None
    ended = calls.end_call(info.call_id, "ä" * CALL_NOTES_MAX)
    with database.transaction() as session:
        assert session.get(Call, ended.call_id).notes == "ä" * CALL_NOTES_MAX


def test_prohibitions_of_a_linked_customer_carry_the_call(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT, clock=lambda: START)
    info = calls.start_call(desk.person_id)
    consents = ConsentService(database, AGENT, clock=lambda: START)
    with pytest.raises(DomainError, match="not a call with this customer"):
        consents.record(desk.swedish_id, "genealogy", "post", "prohibit", "customer_phone", call_id=info.call_id)
    calls.link_customer(info.call_id, desk.swedish_id)
    state = consents.record(desk.swedish_id, "genealogy", "post", "prohibit", "customer_phone", call_id=info.call_id)
    assert state.is_prohibited("genealogy", "post")
    assert [e.call_id for e in consents.history(desk.swedish_id)] == [info.call_id]
