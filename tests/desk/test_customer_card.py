"""Opening the customer card: every section, the masks, the audit row with its purpose."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from db.database import Database
from desktop.core.roles import PermissionDenied
from desktop.services.customer_card import CustomerNotFound
from desktop.services.customers import CustomerService, InvalidPurpose
from tests.desk.conftest import ADMIN, AGENT, AUDITOR, HETU, SUPERVISOR, DeskData, audit_rows


def test_card_has_every_section(database: Database, desk: DeskData) -> None:
    card = CustomerService(database, AGENT).open_card(desk.person_id, "call")
    assert card.customer_number == "100001"
    assert card.display_name == "Mäkinen Maija Liisa"
    assert card.kind == "person" and card.language == "fi" and card.version == 1
    assert card.address.street == "Jauholantie 4 B 7" and card.address.valid_to is None
    assert [a.street for a in card.address_history] == ["Jauholantie 4 B 7", "Rantatie 3"]
    assert card.address_history[1].valid_to is not None
    assert card.phones == ("040 123 4567",) and card.emails == ("maija.makinen@example.fi",)
    assert [s.metering_point_id for s in card.sites] == ["643007572000012345"]
    assert [(c.year, c.quantity, c.unit) for c in card.sites[0].consumption] == [
        (2025, Decimal("3980.000"), "kWh"), (2024, Decimal("4210.500"), "kWh")]
    assert {c.contract_number for c in card.contracts} == {"S-2023-0001", "V-2023-0001"}
    assert all(c.usage_site_id == card.sites[0].id for c in card.contracts)
    assert card.invoices.open_amount == Decimal("84.20") and card.invoices.open_count == 1
    assert card.calls == ()
    assert card.consents.restrictions == () and card.consent_history == ()
    assert [(r.reference, r.request_type, r.state) for r in card.requests] == [("TP-2026-00001", "access", "received")]
    assert [(lt.letter_type, lt.page_count) for lt in card.letters] == [("access_reply", 3)]
    assert [d.recipient for d in card.disclosures] == ["Perintätoimisto Oy"]
    # An agent does not see who else has looked at the customer.
    assert card.access_log is None


def test_identity_codes_and_bank_account_are_masked(database: Database, desk: DeskData) -> None:
    service = CustomerService(database, AGENT)
    card = service.open_card(desk.person_id, "call")
    assert card.masked_id == "131052*****"  # the century sign is hidden too
    assert card.bank_accounts[0].masked_iban == "FI21 **** 0785"
    assert card.bank_accounts[0].bic == "NDEAFIHH"
    # The full code is nowhere in the DTO, nor the full account number.
    assert HETU not in repr(card) and "308T" not in repr(card)
    assert "560000078" not in repr(card).replace(" ", "")
    company = service.open_card(desk.company_id, "letter")
    assert company.masked_id == "1234567-8" and company.display_name == "Keminmaan Kala Oy"
    assert company.hetu_is_temporary is False


def test_letters_on_the_card_carry_no_pdf(database: Database, desk: DeskData) -> None:
    card = CustomerService(database, AGENT).open_card(desk.person_id, "request")
    assert "pdf" not in {f.name for f in dataclasses.fields(card.letters[0])}


@pytest.mark.parametrize("purpose", ["call", "letter", "request", "correction"])
def test_opening_writes_customer_opened_with_the_purpose(database: Database, desk: DeskData, purpose: str) -> None:
    CustomerService(database, AGENT).open_card(desk.person_id, purpose)
    rows = audit_rows(database, "customer_opened")
    assert [(r.actor, r.actor_role, r.customer_id, r.purpose) for r in rows] == [
        ("aino.agent", "agent", desk.person_id, purpose)]
    assert HETU not in (rows[0].detail or "")


def test_an_unknown_purpose_or_customer_is_refused_and_not_audited(database: Database, desk: DeskData) -> None:
    service = CustomerService(database, AGENT)
    with pytest.raises(InvalidPurpose):
        service.open_card(desk.person_id, "curiosity")
    with pytest.raises(CustomerNotFound):
        service.open_card(999_999, "call")
    assert audit_rows(database, "customer_opened") == []


def test_the_administrator_cannot_open_cards(database: Database, desk: DeskData) -> None:
    with pytest.raises(PermissionDenied):
        CustomerService(database, ADMIN).open_card(desk.person_id, "call")


@pytest.mark.parametrize("viewer", [SUPERVISOR, AUDITOR], ids=["supervisor", "auditor"])
def test_supervisors_and_auditors_see_who_has_looked(database: Database, desk: DeskData, viewer) -> None:
    CustomerService(database, AGENT).open_card(desk.person_id, "call")
    CustomerService(database, AGENT).open_card(desk.bystander_id, "call")
    card = CustomerService(database, viewer).open_card(desk.person_id, "correction")
    # Newest first; this very opening is not yet in the list it was read with.
    assert [(e.actor, e.action, e.purpose) for e in card.access_log] == [("aino.agent", "customer_opened", "call")]
    assert card.access_log[0].occurred_at <= dt.datetime.now(dt.UTC)


def test_a_supervisor_reveals_the_hetu_with_a_reason_and_it_is_audited(database: Database, desk: DeskData) -> None:
    with pytest.raises(PermissionDenied):
        CustomerService(database, AGENT).reveal_hetu(desk.person_id, "Customer asked to confirm the code")
    assert CustomerService(database, SUPERVISOR).reveal_hetu(
        desk.person_id, "Identity check of access request TP-2026-00001") == HETU
    rows = audit_rows(database, "hetu_reveal")
    assert [(r.actor, r.customer_id) for r in rows] == [("sanna.super", desk.person_id)]
    assert "TP-2026-00001" in rows[0].detail and HETU not in rows[0].detail
