"""Restriction of processing (GDPR Art. 18), disclosures recorded from the card, and the marketing export:
through the services and the CLI body, on SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.database import Database
from db.models import ConsentEvent, ContactPoint, Customer, Disclosure, PostalAddress, ProcessingRestriction
from desktop.cli import marketing as cli
from desktop.core.errors import DomainError
from desktop.core.roles import PermissionDenied
from desktop.core.text import fold, name_key
from desktop.services.consents import ConsentService
from desktop.services.customers import ContactChanges, CustomerService, ReasonNeeded
from desktop.services.marketing_export import MarketingExportService
from desktop.services.restrictions import DisclosureService, Restricted, RestrictionService
from desktop.services.suppression import Addressee, SuppressionService
from tests.desk.conftest import AGENT, AUDITOR, SUPERVISOR, DeskData, audit_rows

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 2)


def clock() -> dt.datetime:
    return NOW


def test_restriction_shows_on_the_card_and_blocks_disclosure_and_plain_edits(database: Database,
                                                                             desk: DeskData) -> None:
    card = RestrictionService(database, AGENT, clock).record(desk.person_id, "Osoitteen oikeellisuus kiistetty",
                                                             dt.date(2026, 4, 30))
    assert card.restriction is not None and card.restriction.reason == "Osoitteen oikeellisuus kiistetty"
    assert card.restriction.ends_on == dt.date(2026, 4, 30) and card.restriction.recorded_by == AGENT.username

    disclosures = DisclosureService(database, AGENT, clock)
    with pytest.raises(Restricted):
        disclosures.record(desk.person_id, "Alihankkija Oy", "power_of_attorney", "nimi, osoite", TODAY)
    # Art. 18(2): a legal claim may go on.
    card = disclosures.record(desk.person_id, "RopoCapital Oy", "debt_collection", "nimi, osoite, lasku 1234", TODAY)
    assert [(d.recipient, d.basis) for d in card.disclosures][:1] == [("RopoCapital Oy", "debt_collection")]

    customers = CustomerService(database, AGENT, clock)
    with pytest.raises(ReasonNeeded):
        customers.update_contact(desk.person_id, card.version, ContactChanges(phones=("040 765 4321",)))
    card = customers.update_contact(desk.person_id, card.version,
                                    ContactChanges(phones=("040 765 4321",), reason="Asiakkaan pyyntö TP-2026-00001"))
    assert card.phones == ("040 765 4321",)
    changed = audit_rows(database, "contact_changed")[-1]
    assert json.loads(changed.detail)["restricted"] is True
    actions = [r.action for r in audit_rows(database) if r.customer_id == desk.person_id]
    assert {"restriction_recorded", "disclosure_recorded"} <= set(actions)


def test_only_a_supervisor_lifts_and_a_lifted_or_ended_restriction_no_longer_holds(database: Database,
                                                                                  desk: DeskData) -> None:
    RestrictionService(database, AGENT, clock).record(desk.person_id, "Kiistetty", None)
    with pytest.raises(PermissionDenied):
        RestrictionService(database, AGENT, clock).lift(desk.person_id, "Tarkistettu")
    with pytest.raises(DomainError):
        RestrictionService(database, AGENT, clock).record(desk.person_id, "Toinen", None)  # one at a time
    card = RestrictionService(database, SUPERVISOR, clock).lift(desk.person_id, "Osoite tarkistettu, asiakkaalle kerrottu")
    assert card.restriction is None and card.restrictions[0].lifted_by == SUPERVISOR.username
    RestrictionService(database, AGENT, clock).record(desk.swedish_id, "Kiistetty", TODAY)
    later = RestrictionService(database, AGENT, lambda: NOW + dt.timedelta(days=1))
    assert later.record(desk.swedish_id, "Uusi", None).restriction is not None  # yesterday's had ended
    with pytest.raises(PermissionDenied):
        RestrictionService(database, AUDITOR, clock).record(desk.company_id, "x", None)
    with pytest.raises(DomainError):
        RestrictionService(database, AGENT, clock).record(desk.company_id, "  ", None)


def test_disclosure_needs_recipient_basis_data_and_a_past_date(database: Database, desk: DeskData) -> None:
    service = DisclosureService(database, AGENT, clock)
    for args in (("", "debt_collection", "x", TODAY), ("R", "whatever", "x", TODAY), ("R", "debt_collection", "", TODAY),
                 ("R", "debt_collection", "x", TODAY + dt.timedelta(days=1))):
        with pytest.raises(DomainError):
            service.record(desk.person_id, *args)


def _export(database: Database, purpose: str, channel: str, recipient: str = "Markkinointi Oy") -> list[Addressee]:
    rows: list[Addressee] = []
    report = MarketingExportService(database, SUPERVISOR, clock).export(recipient, purpose, channel, rows.append)
    assert report.exported == len(rows)
    return rows


def test_export_leaves_out_prohibited_restricted_and_unreachable_and_records_disclosures(
        database: Database, desk: DeskData, tmp_path: Path) -> None:
    ConsentService(database, AGENT, clock).prohibit_all_direct_marketing(desk.person_id, "customer_phone")
    RestrictionService(database, AGENT, clock).record(desk.swedish_id, "Kiistetty", None)
    with database.transaction() as session:  # a customer whose name would run as a formula
        evil = Customer(customer_number="100009", kind="person", last_name="=HYPERLINK(\"x\")", first_names="Eve",
                        search_name=name_key("=HYPERLINK", "Eve"))
        session.add(evil)
        session.flush()
        session.add(PostalAddress(customer_id=evil.id, street="Tie 1", postcode="94450", post_town="Keminmaa",
                                  street_key=fold("Tie 1")))
    out = tmp_path / "markkinointi.csv"
    args = argparse.Namespace(file=out, recipient="Pohjois-Suomen Energiatieto Oy", purpose="direct_advertising",
                              channel="post")
    assert cli.run(args, database, SUPERVISOR) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == list(cli.HEADER)
    numbers = [r[0] for r in rows[1:]]
    # Maija prohibited, Åsa restricted, Örjan has no address: the company and the new customer remain.
    assert numbers == ["200001", "100009"]
    assert rows[2][1].startswith("'=HYPERLINK")
    with database.transaction() as session:
        disclosed = session.execute(select(Customer.customer_number, Disclosure.basis, Disclosure.data_description)
                                    .join(Disclosure, Disclosure.customer_id == Customer.id)
                                    .where(Disclosure.recipient == "Pohjois-Suomen Energiatieto Oy")
                                    .order_by(Customer.customer_number)).all()
    assert [tuple(d) for d in disclosed] == [("100009", "direct_marketing", "name_address"),
                                             ("200001", "direct_marketing", "name_address")]
    detail = json.loads([r for r in audit_rows(database, "export")][-1].detail)
    assert detail["kind"] == "marketing" and detail["rows"] == 2
    assert detail["left_out"] == {"prohibited": 1, "restricted": 1, "unreachable": 1, "objected": 0}
    with pytest.raises(PermissionDenied):
        MarketingExportService(database, AGENT, clock).export("X", "direct_advertising", "post", lambda _r: None)


def test_email_export_needs_consent(database: Database, desk: DeskData) -> None:
    assert _export(database, "direct_advertising", "email") == []  # Örjan has no address
    with database.transaction() as session:
        session.add(PostalAddress(customer_id=desk.bystander_id, street="Tie 2", postcode="94450",
                                  post_town="Keminmaa", street_key=fold("Tie 2")))
    ConsentService(database, AGENT, clock).record(desk.bystander_id, "electronic_marketing", "email", "consent",
                                                  "customer_email")
    assert [(r.customer_number, r.contacts) for r in _export(database, "direct_advertising", "email")] == [
        ("100003", ("orjan@example.fi",))]


EVENTS = st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["direct_advertising", "electronic_marketing",
                                                                 "market_research"]),
                            st.sampled_from(["post", "email", "any"]),
                            st.sampled_from(["prohibit", "lift", "consent", "withdraw"]),
                            st.sampled_from(["customer_phone", "dvv"])), max_size=12)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=EVENTS, restricted=st.sets(st.integers(0, 5), max_size=3),
       purpose=st.sampled_from(["direct_advertising", "market_research"]), channel=st.sampled_from(["post", "email"]))
def test_export_and_suppression_list_never_overlap(database: Database, events, restricted, purpose, channel) -> None:
    """Property: nobody on the suppression list or under a restriction is ever exported, and every reachable
    customer is on exactly one of the two lists."""
    with database.transaction() as session:
        session.query(Disclosure).delete()
        session.query(ConsentEvent).delete()
        ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
        if len(ids) < 6:
            for i in range(len(ids), 6):
                c = Customer(customer_number=f"90000{i}", kind="person", last_name=f"P{i}", first_names="T",
                             search_name=name_key(f"P{i}", "T"))
                session.add(c)
                session.flush()
                session.add(PostalAddress(customer_id=c.id, street=f"Tie {i}", postcode="94450",
                                          post_town="Keminmaa", street_key=fold(f"Tie {i}")))
                session.add(ContactPoint(customer_id=c.id, kind="email", value=f"p{i}@example.fi",
                                         value_key=f"p{i}@example.fi"))
                ids.append(c.id)
        for n, (who, p, ch, decision, source) in enumerate(events):
            if decision in ("consent", "withdraw"):
                p, ch, source = "electronic_marketing", "email", "customer_email"
            elif p == "electronic_marketing":
                p = "direct_advertising"
            session.add(ConsentEvent(customer_id=ids[who], purpose=p, channel=ch, decision=decision, source=source,
                                     agent_username="t", occurred_at=NOW - dt.timedelta(days=30, minutes=n)))
        session.query(ProcessingRestriction).delete()
        for who in restricted:
            session.add(ProcessingRestriction(customer_id=ids[who], reason="r", recorded_by="t",
                                              recorded_at=NOW - dt.timedelta(days=1)))
    suppressed: list[str] = []
    SuppressionService(database, SUPERVISOR, clock).export_suppression(
        purpose, channel, lambda r: suppressed.append(r.customer_number))
    exported = {r.customer_number for r in _export(database, purpose, channel)}
    with database.transaction() as session:
        number = {row[0]: row[1] for row in session.execute(select(Customer.id, Customer.customer_number))}
    restricted_numbers = {number[ids[i]] for i in restricted}
    assert not exported & set(suppressed)
    assert not exported & restricted_numbers
    reachable = {number[i] for i in ids[-6:]}  # the generated customers all have an address and an e-mail
    assert reachable - restricted_numbers <= exported | set(suppressed)
