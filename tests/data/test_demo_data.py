"""Demo data on SQLite and PostgreSQL: valid, unique, consistent with the domain rules, deterministic."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select
from stdnum import ean, iban
from stdnum.fi import hetu as stdnum_hetu
from stdnum.fi import ytunnus

from db import at_rest
from db.database import Database
from db.models import (
    BankAccount,
    Call,
    ConsentEvent,
    ContactPoint,
    Customer,
    DatabaseSecret,
    DataRequest,
    InvoiceSummary,
    Letter,
    PersonHetu,
    PostalAddress,
    RequestEvent,
    UsageSite,
)
from desktop.core import hetu as core_hetu
from desktop.core.letters import REPLY_FOR_REQUEST
from desktop.core.prohibitions import ConsentEventData, validate
from desktop.core.request_states import TRANSITIONS, State
from desktop.core.roles import Actor, Role
from desktop.core.text import email_key, fold, name_key, phone_key
from desktop.services.letters import LetterService
from desktop.services.postcodes import postcode_table, town_matches
from desktop.tooling.demo_activity import DEMO_STATES
from desktop.tooling.demo_data import DemoDataError, generate
from desktop.tooling.setup import initialise_database
from tests.data.conftest import PASSWORD

TODAY = dt.date(2026, 3, 2)
NEW_SIGNS = set("YXWVUBCDEF")


def test_two_hundred_customers_are_valid_and_consistent(initialised: Database) -> None:
    report = generate(initialised, 200, seed=7, today=TODAY)
    assert report.customers == 200 and report.rows["customer"] == 200
    with initialised.transaction() as session:
        # SQLite keeps the key and the codes encrypted (db.at_rest): the test reads them opened.
        key = at_rest.open_secret(session, session.scalar(
            select(DatabaseSecret.value).where(DatabaseSecret.name == "hetu_hmac")))
        customers = {c.id: c for c in session.scalars(select(Customer))}
        hetus = session.scalars(select(PersonHetu)).all()
        for h in hetus:
            h.hetu = at_rest.open_hetu(session, h.hetu)
        session.expunge_all()
        assert len(customers) == 200
        codes = [h.hetu for h in hetus]
        assert len(set(codes)) == len(codes) == sum(c.kind == "person" for c in customers.values())
        for h in hetus:
            assert stdnum_hetu.is_valid(h.hetu, allow_temporary=True)
            assert core_hetu.parse(h.hetu, allow_temporary=h.is_temporary, today=TODAY).value == h.hetu
            assert h.is_temporary == (int(h.hetu[7:10]) >= 900)
            assert h.blind_index == core_hetu.blind_index(h.hetu, key)
            assert customers[h.customer_id].kind == "person"
        assert any(code[6] in NEW_SIGNS for code in codes), "some 2023 century signs"
        assert any(h.is_temporary for h in hetus), "some temporary codes"
        for c in customers.values():
            if c.kind == "company":
                assert ytunnus.is_valid(c.business_id) and c.company_name and c.search_name == fold(c.company_name)
            else:
                assert c.business_id is None and c.search_name == name_key(c.last_name, c.first_names)
            assert c.created_at.tzinfo is not None and c.created_at.date() <= TODAY
        assert sum(c.language == "sv" for c in customers.values()) >= 3
        table = postcode_table()
        current = session.scalars(select(PostalAddress).where(PostalAddress.valid_to.is_(None))).all()
        assert {a.customer_id for a in current} == set(customers)
        for address in session.scalars(select(PostalAddress)):
            assert town_matches(address.postcode, address.post_town), (address.postcode, address.post_town)
            assert address.street_key == fold(address.street)
            if customers[address.customer_id].language == "sv" and address.valid_to is None:
                assert address.post_town == table[address.postcode].town_sv
        sites = session.scalars(select(UsageSite)).all()
        assert len({s.metering_point_id for s in sites}) == len(sites)
        for site in sites:
            assert len(site.metering_point_id) == 18 and site.metering_point_id.startswith("643")
            assert ean.calc_check_digit(site.metering_point_id[:-1]) == site.metering_point_id[-1]
            assert town_matches(site.postcode, site.post_town)
        for point in session.scalars(select(ContactPoint)):
            expected = phone_key(point.value) if point.kind == "phone" else email_key(point.value)
            assert point.value_key == expected
        assert all(iban.is_valid(at_rest.open_iban(session, a.iban)) for a in session.scalars(select(BankAccount)))
        for event in session.scalars(select(ConsentEvent)):
            validate(ConsentEventData(purpose=event.purpose, channel=event.channel, decision=event.decision,
                                      source=event.source, occurred_at=event.occurred_at,
                                      valid_until=event.valid_until, event_id=event.id))
        requests = session.scalars(select(DataRequest)).all()
        assert {r.state for r in requests} == {s.value for s in DEMO_STATES}  # all but the sweep's "abandoned"
        for request in requests:
            events = session.scalars(select(RequestEvent).where(RequestEvent.request_id == request.id)
                                     .order_by(RequestEvent.id)).all()
            moves = [(e.from_state, e.to_state) for e in events if e.kind == "state_changed"]
            assert events[0].kind == "created" and events[0].to_state == "received"
            assert all((State(a), State(b)) in TRANSITIONS for a, b in moves)
            assert (moves[-1][1] if moves else "received") == request.state
            assert request.due_on > request.received_on


def test_demo_requests_come_with_the_letters_their_state_implies(initialised: Database) -> None:
    """A supervisor trying the demo finds the replies and refusals of signed-off requests waiting in the print
    queue, and the extension notices, clarification requests and replies sent earlier printed and posted."""
    generate(initialised, 200, seed=7, today=TODAY)
    with initialised.transaction() as session:
        requests = session.scalars(select(DataRequest)).all()
        letters = {letter.request_id: letter for letter in session.scalars(select(Letter))}
        expected = {State.REFUSED: "refusal", State.EXTENDED: "extension_notice",
                    State.ON_HOLD: "identity_clarification"}
        for request in requests:
            state = State(request.state)
            letter = letters.get(request.id)
            if state in (State.READY_TO_PRINT, State.PRINTED, State.DISPATCHED) or state in expected:
                assert letter is not None, request.state
                assert letter.letter_type == expected.get(state, REPLY_FOR_REQUEST[request.request_type].value)
                assert letter.pdf.startswith(b"%PDF") and letter.sha256 == hashlib.sha256(letter.pdf).hexdigest()
                assert (letter.printed_at is None) == (state in (State.READY_TO_PRINT, State.REFUSED))
                assert (letter.dispatched_on is None) == (state in (State.READY_TO_PRINT, State.PRINTED,
                                                                    State.REFUSED))
                assert letter.created_at.date() <= TODAY
            else:
                assert letter is None, request.state
        waiting_replies = sorted(r.id for r in requests
                                 if r.state in (State.READY_TO_PRINT.value, State.REFUSED.value) and r.id in letters)
    queue = LetterService(initialised, Actor("supervisor", Role.SUPERVISOR)).waiting()
    replies = [r for r in requests if r.state == State.READY_TO_PRINT.value]
    refusals = [r for r in requests if r.state == State.REFUSED.value and r.id in letters]
    assert len(replies) == 2 and refusals and sorted(item.request_id for item in queue) == waiting_replies


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    def snapshot(name: str, seed: int) -> list[tuple]:
        database = Database.connect(str(tmp_path / name))
        try:
            initialise_database(database, "hamina", "admin", PASSWORD)
            generate(database, 150, seed=seed, today=TODAY)
            with database.engine.connect() as conn:
                raw = conn.connection.driver_connection
                return [(*row[:4], row[4] and at_rest.open_hetu(raw, row[4]), *row[5:]) for row in conn.exec_driver_sql(
                    "SELECT c.customer_number, c.last_name, c.first_names, c.company_name, h.hetu, a.street, "
                    "a.postcode FROM customer c LEFT JOIN person_hetu h ON h.customer_id = c.id "
                    "JOIN postal_address a ON a.customer_id = c.id ORDER BY c.id, a.id").all()]
        finally:
            database.dispose()
    first = snapshot("a.sqlite3", 11)
    assert first == snapshot("b.sqlite3", 11)
    assert first != snapshot("c.sqlite3", 12)


def test_chunks_made_by_worker_processes_match_the_inline_run(tmp_path: Path) -> None:
    rows = []
    for name, workers in (("inline.sqlite3", 1), ("pool.sqlite3", 2)):
        database = Database.connect(str(tmp_path / name))
        try:
            initialise_database(database, "keminmaa", "admin", PASSWORD)
            generate(database, 10_500, seed=3, today=TODAY, workers=workers)  # three chunks
            with database.engine.connect() as conn:
                rows.append(conn.exec_driver_sql(
                    "SELECT count(*), sum(length(h.hetu)), max(c.id), count(DISTINCT h.hetu) "
                    "FROM customer c LEFT JOIN person_hetu h ON h.customer_id = c.id").one())
        finally:
            database.dispose()
    assert rows[0] == rows[1] and rows[0][0] == 10_500


def test_a_second_run_adds_customers_with_fresh_codes(initialised: Database) -> None:
    generate(initialised, 120, seed=1, today=TODAY)
    second = generate(initialised, 80, seed=1, today=TODAY)
    assert second.first_customer_id == 121
    with initialised.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*), count(DISTINCT hetu) FROM person_hetu").one()[0] == \
            conn.exec_driver_sql("SELECT count(DISTINCT hetu) FROM person_hetu").scalar()
        assert conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() == 200


def test_an_uninitialised_database_is_refused(database: Database) -> None:
    with pytest.raises(DemoDataError, match="init"):
        generate(database, 10)
    with pytest.raises(DemoDataError):
        generate(database, 0)


def test_the_last_chunk_of_a_million_customer_run_has_valid_codes() -> None:
    """Id ranges grow with the chunk number: the codes derived from them must still fit at a million."""
    from desktop.tooling.demo_chunk import CHUNK, PER_CUSTOMER, ChunkSpec
    from desktop.tooling.demo_rows import generate_chunk
    index = 1_000_000 // CHUNK - 1
    spec = ChunkSpec(seed=1, index=index, first_customer_id=index * CHUNK + 1, count=300,
                     id_bases=dict.fromkeys(PER_CUSTOMER, 0), profile_key="hamina",
                     contract_kinds=("grid_connection", "electricity_transmission", "electricity_sales",
                                     "district_heat", "water", "gas", "broadband", "tv"),
                     recording_retention_days=30, collection_agency="X", hmac_key=b"k" * 32,
                     today=TODAY.isoformat(), tz_suffix="", request_quota=2)
    rows = generate_chunk(spec)
    for site in rows["usage_site"]:
        assert len(site[2]) == 18 and ean.calc_check_digit(site[2][:-1]) == site[2][-1]
    assert all(len(contract[3]) <= 20 for contract in rows["contract"])
    assert all(stdnum_hetu.is_valid(h[1], allow_temporary=True) for h in rows["person_hetu"])
    assert all(ytunnus.is_valid(c[6]) for c in rows["customer"] if c[2] == "company")


def test_plain_indexes_dropped_for_a_large_load_come_back(initialised: Database) -> None:
    from sqlalchemy import inspect

    from db.repositories.bulk import BulkWriter
    from desktop.tooling.demo_rows import COLUMNS

    def indexes() -> set[tuple[str, str]]:
        inspector = inspect(initialised.engine)
        return {(table, ix["name"]) for table in COLUMNS for ix in inspector.get_indexes(table)}

    before = indexes()
    with initialised.transaction() as session:
        writer = BulkWriter(session)
        statements = writer.drop_secondary_indexes(COLUMNS)
        assert len(statements) >= 15
        writer.create_indexes(statements)
    assert indexes() == before and ("customer", "ix_customer_search_name") in before


def test_demo_data_made_early_in_the_morning_has_no_events_after_now(initialised: Database) -> None:
    """Generated at 08:10 Helsinki time, nothing is stamped later that day (it was "noon UTC" before)."""
    now = dt.datetime(2026, 3, 2, 6, 10, tzinfo=dt.UTC)
    generate(initialised, 200, seed=7, now=now)

    def aware(moment: dt.datetime | None) -> dt.datetime | None:
        return None if moment is None else moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    with initialised.transaction() as session:
        moments = [aware(m) for model, columns in (
            (Call, (Call.started_at, Call.ended_at, Call.notice_given_at, Call.recording_stopped_at,
                    Call.recording_destroyed_at)),
            (ConsentEvent, (ConsentEvent.occurred_at,)), (RequestEvent, (RequestEvent.occurred_at,)),
            (DataRequest, (DataRequest.created_at, DataRequest.identity_checked_at)),
            (Letter, (Letter.created_at, Letter.printed_at)), (InvoiceSummary, (InvoiceSummary.updated_at,)),
            (PostalAddress, (PostalAddress.valid_from,)), (BankAccount, (BankAccount.added_at,)),
        ) for column in columns for m in session.scalars(select(column)) if m is not None]
        days = [d for column in (DataRequest.received_on, DataRequest.dispatched_on, Letter.dispatched_on)
                for d in session.scalars(select(column)) if d is not None]
    assert len(moments) > 500
    assert max(moments) <= now
    assert max(days) <= now.date()
