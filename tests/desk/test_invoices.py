"""The invoices the register holds: the card's page (newest first, unpaid totals), read inside the audited
card read, and the copy of the data in an access reply lists every one of them."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from db.database import Database
from db.models import Contract, Invoice
from db.repositories.invoices import all_invoices, invoice_page
from desktop.core.letters import LetterType
from desktop.services.customers import CustomerService
from desktop.services.letter_annex import data_annex
from desktop.services.letters import LetterService, load_texts
from desktop.services.requests import Intake, RequestService
from desktop.services.subject_data import SubjectDataService
from tests.desk.conftest import AGENT, SUPERVISOR, DeskData, audit_rows

TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)
# number, invoice date, due date, cents, state, paid on
INVOICES = [
    ("1000000001", dt.date(2025, 12, 15), dt.date(2025, 12, 29), 9312, "paid", dt.date(2025, 12, 27)),
    ("1000000002", dt.date(2026, 1, 15), dt.date(2026, 1, 29), 123456, "in_collection", None),
    ("1000000003", dt.date(2026, 2, 15), dt.date(2026, 3, 1), 8420, "open", None),  # overdue on TODAY
    ("1000000004", dt.date(2026, 3, 5), dt.date(2026, 3, 19), 7705, "open", None),  # not yet due
]


@pytest.fixture
def invoiced(database: Database, desk: DeskData) -> DeskData:
    with database.transaction() as session:
        contract = session.query(Contract).filter_by(contract_number="S-2023-0001").one()
        for number, day, due, cents, state, paid in INVOICES:
            session.add(Invoice(customer_id=desk.person_id, contract_id=contract.id, invoice_number=number,
                                invoice_date=day, due_date=due, amount_cents=cents, state=state, paid_on=paid))
        # somebody else's invoice never shows on Maija's card
        session.add(Invoice(customer_id=desk.company_id, invoice_number="2000000001", invoice_date=dt.date(2026, 3, 1),
                            due_date=dt.date(2026, 3, 22), amount_cents=50000, state="open"))
    return desk


def test_the_page_is_newest_first_with_the_unpaid_totals_over_every_invoice(database: Database,
                                                                            invoiced: DeskData) -> None:
    with database.transaction() as session:
        page = invoice_page(session, invoiced.person_id, TODAY, limit=2)
    assert [line.invoice_number for line in page.lines] == ["1000000004", "1000000003"]
    assert page.total_count == 4
    # open and in collection: what the customer still owes, beyond the page too
    assert page.unpaid_count == 3 and page.unpaid_cents == 123456 + 8420 + 7705
    assert page.overdue_count == 2
    newest, overdue = page.lines
    assert not newest.overdue and overdue.overdue and overdue.state == "open"
    assert (overdue.contract_number, overdue.contract_kind) == ("S-2023-0001", "electricity_sales")
    assert overdue.amount_cents == 8420 and overdue.due_date == dt.date(2026, 3, 1)


def test_a_customer_without_invoices_has_an_empty_page(database: Database, desk: DeskData) -> None:
    with database.transaction() as session:
        page = invoice_page(session, desk.bystander_id, TODAY)
        assert all_invoices(session, desk.bystander_id, TODAY, newest_first=False) == ()
    assert (page.lines, page.total_count, page.unpaid_count, page.unpaid_cents, page.overdue_count) == ((), 0, 0, 0, 0)


def test_the_card_reads_the_invoices_in_its_audited_read(database: Database, invoiced: DeskData) -> None:
    service = CustomerService(database, AGENT, clock=lambda: NOW)
    card = service.open_card(invoiced.person_id, "call")
    assert [line.invoice_number for line in card.invoice_list.lines] == [
        "1000000004", "1000000003", "1000000002", "1000000001"]
    assert card.invoice_list.unpaid_cents == 139581 and card.invoice_list.overdue_count == 2
    assert [(r.action, r.customer_id, r.purpose) for r in audit_rows(database, "customer_opened")] == [
        ("customer_opened", invoiced.person_id, "call")]
    # the billing system's summary still comes with it
    assert card.invoices is not None and card.invoices.open_count == 1


def test_the_access_reply_lists_every_invoice(database: Database, invoiced: DeskData) -> None:
    subject = SubjectDataService(database, SUPERVISOR).collect(invoiced.person_id)
    assert [x.invoice_number for x in subject.invoices] == ["1000000001", "1000000002", "1000000003", "1000000004"]
    texts = load_texts("fi")
    annex = data_annex(subject, texts, "fi", "Asiakasrekisteri")
    section = next(s for s in annex.sections if s.heading == texts["annex"]["invoice_list"])
    assert section.columns[:6] == ("Laskun nro", "Laskun pvm", "Eräpäivä", "Summa", "Tila", "Maksettu")
    assert section.rows[0] == ("1000000001", "15.12.2025", "29.12.2025", "93,12 €", "maksettu", "27.12.2025",
                               "S-2023-0001")
    assert section.rows[1][3:5] == ("1\u00a0234,56 €", "perinnässä")
    english = data_annex(subject, load_texts("en"), "en", "Customer register")
    rows = next(s for s in english.sections if s.heading == "Invoices").rows
    assert rows[1][3:5] == ("1\u00a0234.56 €", "in collection")


def test_the_printed_access_reply_carries_the_invoices(database: Database, invoiced: DeskData) -> None:
    clock = lambda: NOW  # noqa: E731
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=invoiced.person_id, received_on=TODAY))
    agent.record_identity_check(info.id, "signature_compared")
    letter = LetterService(database, SUPERVISOR, clock).generate(info.id, LetterType.ACCESS_REPLY)
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(letter.pdf)).pages).split())
    for expected in ("Laskut", "Laskun nro", "Eräpäivä", "1000000001", "1000000004", "15.12.2025", "27.12.2025",
                     "93,12 €", "1 234,56 €", "perinnässä", "maksettu", "avoin"):
        assert expected in text, expected
