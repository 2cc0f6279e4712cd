"""Erasure (GDPR Art. 17): the plan before anything happens, carrying it out as one supervised transaction,
the reply stating what was erased and kept, and the name and address anonymised once the reply is posted.
On SQLite and PostgreSQL (the PostgreSQL vault function for the identity code and the consent ledger)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import func, select

from db.database import Database
from db.models import (
    Call,
    ConsentEvent,
    Contract,
    Customer,
    ErasureRecord,
    Invoice,
    PersonHetu,
    PostalAddress,
)
from db.repositories import erasure as repository
from desktop.core import erasure as rules
from desktop.core.errors import DomainError
from desktop.core.roles import PermissionDenied
from desktop.services.erasure import ErasureService
from desktop.services.letters import LetterService
from desktop.services.requests import Intake, RequestService
from tests.desk.conftest import audit_rows

TODAY = dt.date(2026, 3, 10)


def _facts(**kw) -> rules.ErasureFacts:
    base = dict(today=TODAY, has_hetu=True, addresses=2, has_current_address=True, contact_points=2,
                bank_accounts=1, calls=3, notes=1, consents=2, restrictions=0, contracts=(), invoices=(),
                requests=1, last_request_closed_on=None, disclosures=1, disclosure_recipients=("RopoCapital Oy",))
    base.update(kw)
    return rules.ErasureFacts(**base)  # type: ignore[arg-type]


def test_plan_keeps_what_a_contract_or_the_accounting_act_needs() -> None:
    in_force = rules.plan(_facts(contracts=(rules.ContractFact(dt.date(2020, 1, 1), None),)))
    assert not in_force.full_anonymisation
    assert {i.category: i.action for i in in_force.items}["identity"] == rules.KEEP
    assert in_force.action("contact_points") == rules.KEEP and in_force.action("calls") == rules.DELETE
    # Ended in 2024, invoice paid 2024: vouchers to the end of 2030 (Kirjanpitolaki 2:10, 6 years).
    ended = rules.plan(_facts(contracts=(rules.ContractFact(dt.date(2020, 1, 1), dt.date(2024, 6, 30)),),
                              invoices=(rules.InvoiceFact(dt.date(2024, 6, 1), "paid", dt.date(2024, 6, 20)),)))
    items = {i.category: i for i in ended.items}
    assert items["invoices"].action == rules.KEEP and items["invoices"].keep_until == dt.date(2030, 12, 31)
    assert items["identity"].reason == "accounting" and items["hetu"].action == rules.DELETE
    assert items["contact_points"].action == rules.DELETE and not ended.full_anonymisation
    unpaid = rules.plan(_facts(invoices=(rules.InvoiceFact(dt.date(2026, 2, 1), "in_collection", None),)))
    assert unpaid.action("hetu") == rules.KEEP and unpaid.action("current_address") == rules.KEEP
    old = rules.plan(_facts(contracts=(rules.ContractFact(dt.date(2010, 1, 1), dt.date(2018, 5, 31)),),
                            invoices=(rules.InvoiceFact(dt.date(2018, 5, 1), "paid", dt.date(2018, 5, 20)),)))
    assert old.full_anonymisation and old.action("identity") == rules.ANONYMISE
    assert old.action("contracts") == rules.DELETE and old.action("invoices") == rules.DELETE
    assert old.notify == ("RopoCapital Oy",)
    assert {i.category: i.action for i in old.items}["audit_trail"] == rules.KEEP


def _erasure_request(database: Database, clock: Clock, customer_id: int, *, checked: bool = True) -> int:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("erasure", "letter", True, customer_id=customer_id, received_on=TODAY))
    if checked:
        agent.record_identity_check(info.id, "signature_compared")
    return info.id


def test_carrying_out_needs_a_checked_request_a_supervisor_and_the_plan_seen(database: Database, data: RequestData,
                                                                             clock: Clock) -> None:
    view = ErasureService(database, AGENT, clock).plan(data.maija_id)
    assert view.request_reference is None and not view.erased_before
    with pytest.raises(DomainError):
        ErasureService(database, SUPERVISOR, clock).carry_out(data.maija_id, view.plan.digest())
    _erasure_request(database, clock, data.maija_id, checked=False)
    with pytest.raises(DomainError):
        ErasureService(database, SUPERVISOR, clock).carry_out(data.maija_id, view.plan.digest())
    with pytest.raises(PermissionDenied):
        ErasureService(database, AGENT, clock).carry_out(data.maija_id, view.plan.digest())
    with pytest.raises(DomainError):
        ErasureService(database, SUPERVISOR, clock).carry_out(data.maija_id, "stale")


def test_partial_erasure_keeps_contracts_and_the_reply_says_why(database: Database, data: RequestData,
                                                                clock: Clock) -> None:
    request_id = _erasure_request(database, clock, data.maija_id)
    supervisor = ErasureService(database, SUPERVISOR, clock)
    view = supervisor.plan(data.maija_id)
    assert view.request_ready and not view.plan.full_anonymisation
    done = supervisor.carry_out(data.maija_id, view.plan.digest())
    assert done.erased_before
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Call).where(Call.customer_id == data.maija_id)) == 0
        assert session.scalar(select(func.count()).select_from(Contract).where(Contract.customer_id == data.maija_id)) == 3
        # A contract is in force: the identity code and the prohibitions are kept with the customer.
        assert session.get(PersonHetu, data.maija_id) is not None
        assert session.scalar(select(func.count()).select_from(ConsentEvent)
                              .where(ConsentEvent.customer_id == data.maija_id)) == 2
    row = audit_rows(database, "erasure_carried_out")[-1]
    detail = json.loads(row.detail)
    assert detail["deleted"]["calls"] == 2 and "contracts" in detail["kept"] and row.customer_id == data.maija_id
    RequestService(database, AGENT, clock).transition(request_id, "awaiting_sign_off")
    reply = RequestService(database, SUPERVISOR, clock).sign_off(request_id, "Tiedot poistettiin liitteen mukaisesti.")
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(reply.pdf)).pages).split())
    for expected in ("Mitä poistettiin ja mitä säilytetään", "puhelut, tallenteet ja puhelumuistiinpanot", "poistettu",
                     "voimassa oleva sopimus", "säilytetään", "Osa tiedoista on säilytettävä"):
        assert expected in text, expected


def test_full_erasure_deletes_the_vault_and_anonymises_after_the_reply_is_posted(database: Database,
                                                                                 data: RequestData,
                                                                                 clock: Clock) -> None:
    # Sámi's customer: an identity code, an address, a prohibition, nothing to keep.
    with database.transaction() as session:
        session.add(ConsentEvent(customer_id=data.sami_id, purpose="direct_advertising", channel="any",
                                 decision="prohibit", source="customer_phone", agent_username="t",
                                 occurred_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
        session.add(Invoice(customer_id=data.sami_id, invoice_number="9000001", invoice_date=dt.date(2018, 1, 5),
                            due_date=dt.date(2018, 1, 20), amount_cents=1000, state="paid",
                            paid_on=dt.date(2018, 1, 19)))
    request_id = _erasure_request(database, clock, data.sami_id)
    supervisor = ErasureService(database, SUPERVISOR, clock)
    view = supervisor.plan(data.sami_id)
    assert view.plan.full_anonymisation
    supervisor.carry_out(data.sami_id, view.plan.digest())
    with database.transaction() as session:
        assert session.get(PersonHetu, data.sami_id) is None
        assert session.scalar(select(func.count()).select_from(Invoice).where(Invoice.customer_id == data.sami_id)) == 0
        assert session.scalar(select(func.count()).select_from(ConsentEvent)
                              .where(ConsentEvent.customer_id == data.sami_id)) == 0
        assert session.get(Customer, data.sami_id).last_name == "Ŋuorra-Sárá"  # until the reply is posted
    RequestService(database, AGENT, clock).transition(request_id, "awaiting_sign_off")
    requests = RequestService(database, SUPERVISOR, clock)
    letter = requests.sign_off(request_id, "All your data was erased.")
    letters = LetterService(database, SUPERVISOR, clock)
    letters.mark_printed([letter.id])
    letters.mark_dispatched(request_id, TODAY)
    with database.transaction() as session:
        waiting = repository.waiting_for_reply(session, 10)
        assert len(waiting) == 1
        repository.finish(session, waiting[0], dt.datetime(2026, 3, 11, tzinfo=dt.UTC))
    with database.transaction() as session:
        customer = session.get(Customer, data.sami_id)
        assert customer.last_name == "Poistettu asiakas" and customer.first_names is None
        assert session.scalar(select(func.count()).select_from(PostalAddress)
                              .where(PostalAddress.customer_id == data.sami_id)) == 0
        assert session.scalars(select(ErasureRecord)).one().finished_at is not None
        assert repository.waiting_for_reply(session, 10) == []
