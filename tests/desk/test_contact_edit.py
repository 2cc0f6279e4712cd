"""Editing contact data: validation, optimistic locking (also truly concurrent on PostgreSQL), history."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import event, select, text

from db import migrate
from db.database import Database
from db.engine import make_engine
from db.models import ContactPoint, Customer, PostalAddress
from desktop.core.contact import AddressInput, InvalidContact
from desktop.core.roles import PermissionDenied
from desktop.core.text import fold
from desktop.services.customers import ContactChanges, CustomerService, StaleEdit
from tests.desk.conftest import AGENT, AUDITOR, DeskData, audit_rows, insert_desk_data

NOW = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC)


def service(database: Database) -> CustomerService:
    return CustomerService(database, AGENT, clock=lambda: NOW)


def stored_version(database: Database, customer_id: int) -> int:
    with database.transaction() as session:
        return session.scalar(select(Customer.version).where(Customer.id == customer_id))


@pytest.mark.parametrize(("changes", "fields"), [
    (ContactChanges(emails=("maija@@example",)), ["emails"]),
    (ContactChanges(emails=("maija at example.fi",)), ["emails"]),
    (ContactChanges(phones=("040 123 456 789 012 3",)), ["phones"]),
    (ContactChanges(phones=("puh. 040 1234567",)), ["phones"]),
    (ContactChanges(phones=("040 1234567", "+358 40 123 4567")), ["phones"]),
    (ContactChanges(language="de"), ["language"]),
    (ContactChanges(postal_address=AddressInput("Kauppakatu 1", "9445", "Keminmaa")), ["postcode"]),
    (ContactChanges(postal_address=AddressInput("Kauppakatu 1", "94450", "Keminmaa 2")), ["post_town"]),
    (ContactChanges(postal_address=AddressInput("Kauppakatu 1", "94450", "Hamina")), ["post_town"]),
    (ContactChanges(postal_address=AddressInput(" ", "94450", "")), ["street", "post_town"]),
    (ContactChanges(emails=("x",), phones=("1",), language="ru"), ["phones", "emails", "language"]),
])
def test_invalid_contact_data_is_refused_and_nothing_is_saved(database: Database, desk: DeskData,
                                                              changes: ContactChanges, fields: list[str]) -> None:
    with pytest.raises(InvalidContact) as caught:
        service(database).update_contact(desk.person_id, 1, changes)
    assert [p.field for p in caught.value.problems] == fields
    assert all(p.message for p in caught.value.problems)
    assert stored_version(database, desk.person_id) == 1
    assert audit_rows(database, "contact_changed") == []


def test_messages_name_the_wrong_value(database: Database, desk: DeskData) -> None:
    with pytest.raises(InvalidContact) as caught:
        service(database).update_contact(desk.person_id, 1, ContactChanges(
            postal_address=AddressInput("Kauppakatu 1", "94450", "Hamina")))
    assert str(caught.value) == "The postcode 94450 belongs to KEMINMAA."
    with pytest.raises(InvalidContact) as caught:
        service(database).update_contact(desk.person_id, 1, ContactChanges(emails=("maija@@example",)))
    assert "maija@@example" in str(caught.value)


def test_valid_edit_saves_audits_and_bumps_the_version(database: Database, desk: DeskData) -> None:
    before = service(database).open_card(desk.person_id, "correction")
    old_phone = before.contact_points[0]
    card = service(database).update_contact(desk.person_id, before.version, ContactChanges(
        phones=("+358 40 123 4567", "050-765 4321"), emails=(), language="sv"))
    assert card.version == 2 and card.language == "sv"
    assert card.phones == ("040 123 4567", "050-765 4321")  # the unchanged number keeps its row
    assert next(p for p in card.contact_points if p.value == "040 123 4567").added_at == old_phone.added_at
    assert card.emails == ()
    rows = audit_rows(database, "contact_changed")
    assert [(r.actor, r.customer_id, r.purpose) for r in rows] == [("aino.agent", desk.person_id, "correction")]
    assert rows[0].detail == '{"fields":["phones","emails","language"],"version":2}'
    with database.transaction() as session:
        keys = set(session.scalars(select(ContactPoint.value_key).where(ContactPoint.customer_id == desk.person_id)))
    assert keys == {"0401234567", "0507654321"}


def test_postal_address_change_keeps_the_history(database: Database, desk: DeskData) -> None:
    card = service(database).update_contact(desk.person_id, 1, ContactChanges(
        postal_address=AddressInput(" Pohjantie 12 as. 3 ", "00100", "Helsingfors", care_of="c/o Virtanen")))
    assert (card.address.street, card.address.postcode, card.address.post_town, card.address.care_of) == (
        "Pohjantie 12 as. 3", "00100", "Helsingfors", "c/o Virtanen")
    assert card.address.valid_from == NOW and card.address.changed_by == "aino.agent"
    assert [(a.street, a.valid_to) for a in card.address_history] == [
        ("Pohjantie 12 as. 3", None), ("Jauholantie 4 B 7", NOW), ("Rantatie 3", dt.datetime(2023, 9, 1, 8, 0,
                                                                                           tzinfo=dt.UTC))]
    with database.transaction() as session:
        current = session.scalars(select(PostalAddress).where(PostalAddress.customer_id == desk.person_id,
                                                              PostalAddress.valid_to.is_(None))).all()
    assert [a.street_key for a in current] == [fold("Pohjantie 12 as. 3")]


def test_the_second_of_two_editors_gets_stale_edit_and_can_retry(database: Database, desk: DeskData) -> None:
    first, second = service(database), service(database)
    seen_by_first = first.open_card(desk.person_id, "call")
    seen_by_second = second.open_card(desk.person_id, "call")
    assert seen_by_first.version == seen_by_second.version == 1
    first.update_contact(desk.person_id, seen_by_first.version, ContactChanges(emails=("uusi@example.fi",)))
    kept_input = ContactChanges(phones=("044 555 6666",), postal_address=AddressInput("Uusitie 1", "94450",
                                                                                          "Keminmaa"))
    with pytest.raises(StaleEdit) as caught:
        second.update_contact(desk.person_id, seen_by_second.version, kept_input)
    assert (caught.value.expected_version, caught.value.current_version) == (1, 2)
    assert "A colleague changed this customer's data" in str(caught.value)
    # Nothing of the stale edit was written.
    card = second.open_card(desk.person_id, "call")
    assert card.phones == ("040 123 4567",) and card.address.street == "Jauholantie 4 B 7"
    assert card.emails == ("uusi@example.fi",)
    # The editor still has their input and saves it on the fresh version.
    card = second.update_contact(desk.person_id, card.version, kept_input)
    assert card.version == 3 and card.phones == ("044 555 6666",) and card.emails == ("uusi@example.fi",)


def test_edits_need_the_permission(database: Database, desk: DeskData) -> None:
    with pytest.raises(PermissionDenied):
        CustomerService(database, AUDITOR).update_contact(desk.person_id, 1, ContactChanges(language="sv"))


# --- truly concurrent, PostgreSQL: two connections, the second blocks on the row lock ------------------

@pytest.fixture
def two_pg_databases(pg_url: str) -> Iterator[tuple[Database, Database, Database]]:
    engines = [make_engine(pg_url) for _ in range(3)]
    migrate.upgrade(engines[0])
    databases = tuple(Database(e) for e in engines)
    yield databases  # type: ignore[misc]
    for d in databases:
        d.dispose()


@pytest.mark.postgres
def test_concurrent_editors_on_postgresql(two_pg_databases: tuple[Database, Database, Database]) -> None:
    db_a, db_b, observer = two_pg_databases
    desk = insert_desk_data(db_a)
    a_claimed, release_a = threading.Event(), threading.Event()

    @event.listens_for(db_a.engine, "after_cursor_execute")
    def pause_after_claim(conn, cursor, statement, parameters, context, executemany) -> None:
        # Editor A has done its compare-and-set UPDATE and holds the row lock, uncommitted.
        if statement.lstrip().upper().startswith("UPDATE CUSTOMER SET"):
            a_claimed.set()
            assert release_a.wait(30), "the test never released editor A"

    results: dict[str, object] = {}

    def edit(name: str, database: Database, changes: ContactChanges) -> None:
        try:
            results[name] = service(database).update_contact(desk.person_id, 1, changes)
        except Exception as exc:  # handed to the main thread for the assertions
            results[name] = exc

    a = threading.Thread(target=edit, args=("a", db_a, ContactChanges(emails=("a@example.fi",))))
    b = threading.Thread(target=edit, args=("b", db_b, ContactChanges(phones=("044 1111111",), language="en")))
    a.start()
    assert a_claimed.wait(30)
    b.start()
    # Wait until B's UPDATE is really waiting for A's row lock (a condition on the server, not a sleep).
    deadline = time.monotonic() + 30
    with observer.engine.connect() as conn:
        while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND wait_event_type = 'Lock' AND query ILIKE 'UPDATE customer SET%'")).scalar() != 1:
            assert time.monotonic() < deadline, "editor B never blocked on the row lock"
            conn.rollback()
    release_a.set()
    a.join(30)
    b.join(30)
    assert not isinstance(results["a"], Exception), results["a"]
    assert isinstance(results["b"], StaleEdit), results["b"]
    assert (results["b"].expected_version, results["b"].current_version) == (1, 2)
    card = service(observer).open_card(desk.person_id, "call")
    assert card.version == 2 and card.emails == ("a@example.fi",)
    assert card.phones == ("040 123 4567",) and card.language == "fi"
    assert len(audit_rows(observer, "contact_changed")) == 1
