"""LetterService's print lists: which letters wait for the printer, and their PDFs, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import Database
from db.models import ControllerProfile, Customer, DataRequest, Letter
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.core.text import name_key
from desktop.services.letters import LetterService
from desktop.services.profiles import get_profile

AGENT = Actor("aino.agent", Role.AGENT)
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR)


def _letters(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
        customer = Customer(customer_number="100001", kind="person", first_names="Maija", last_name="Mäkinen",
                            search_name=name_key("Mäkinen", "Maija"))
        session.add(customer)
        session.flush()
        ids: dict[str, int] = {}
        for ref, state in (("TP-2026-00001", "ready_to_print"), ("TP-2026-00002", "withdrawn")):
            request = DataRequest(reference=ref, customer_id=customer.id, request_type="access", channel="letter",
                                  signed=True, received_on=dt.date(2026, 2, 2), due_on=dt.date(2026, 3, 2),
                                  state=state, created_by="aino.agent")
            session.add(request)
            session.flush()
            ids[state] = request.id
        for name, request_id, printed in (("reply", ids["ready_to_print"], None),
                                          ("ack", ids["ready_to_print"], dt.datetime(2026, 2, 3, tzinfo=dt.UTC)),
                                          ("withdrawn", ids["withdrawn"], None), ("loose", None, None)):
            letter = Letter(request_id=request_id, customer_id=customer.id, letter_type="access_reply",
                            language="fi", reference=name, address_snapshot=["x"], pdf=f"%PDF {name}".encode(),
                            sha256="0" * 64, page_count=2, created_by="aino.agent", printed_at=printed)
            session.add(letter)
            session.flush()
            ids[name] = letter.id
        return ids


def test_waiting_letters_oldest_first_without_printed_or_withdrawn(database: Database) -> None:
    ids = _letters(database)
    waiting = LetterService(database, SUPERVISOR).waiting()
    assert [w.id for w in waiting] == [ids["reply"], ids["loose"]]
    assert waiting[0].customer_number == "100001" and waiting[0].customer_name == "Mäkinen Maija"


def test_letters_of_a_request_and_their_pdfs_in_the_asked_order(database: Database) -> None:
    ids = _letters(database)
    service = LetterService(database, AGENT)
    rows = service.of_request(ids["ready_to_print"])
    assert [r.reference for r in rows] == ["reply", "ack"] and rows[1].printed_at is not None
    pdfs = service.for_printing([ids["loose"], ids["reply"], 999_999])
    assert [(p.id, p.pdf) for p in pdfs] == [(ids["loose"], b"%PDF loose"), (ids["reply"], b"%PDF reply")]


def test_batch_list_is_for_supervisors(database: Database) -> None:
    with pytest.raises(PermissionDenied):
        LetterService(database, AGENT).waiting()
