"""Retention carried out (issue 12): the preview per rule, the batched run (one transaction each,
resumable, counts recorded, never content), on SQLite and PostgreSQL; on PostgreSQL the administrators'
preview function agrees with the queries the run uses."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from request_fixtures import AGENT, RequestData
from sqlalchemy import func, select

from db.database import Database
from db.models import (
    Call,
    Contract,
    Customer,
    DataRequest,
    ErasureRecord,
    Invoice,
    Letter,
    PersonHetu,
    RetentionRun,
)
from db.repositories import retention as repository
from desktop.core import retention as rules
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.letters import LetterError, LetterService
from desktop.services.retention import RetentionService
from tests.desk.conftest import audit_rows

ADMIN = Actor("cli:ops", Role.ADMIN)
AUDITOR = Actor("tuula", Role.AUDITOR)
NOW = dt.datetime(2026, 3, 10, 1, 0, tzinfo=dt.UTC)  # the nightly run, 3.00 in Helsinki


def _due(database: Database) -> dict[str, tuple[int, dt.date | None]]:
    preview = RetentionService(database, AUDITOR, lambda: NOW).preview()
    return {r.rule: (r.items, r.oldest) for r in preview.rules}


@pytest.fixture
def aged(database: Database, data: RequestData) -> RequestData:
    """Something due under every rule: two recordings past their day, an old posted letter, an old closed
    request, Sámi's customer whose only contract ended in 2016, and Åsa's whose invoice of 2024 is a voucher."""
    with database.transaction() as session:
        for day in (dt.date(2026, 3, 1), dt.date(2026, 2, 1)):
            session.add(Call(customer_id=data.maija_id, agent_username="t", recording_ref=f"REC-{day}",
                             started_at=dt.datetime(2025, 3, 1, tzinfo=dt.UTC), recording_destroy_due=day))
        session.add(Call(customer_id=data.maija_id, agent_username="t", recording_ref="REC-later",
                         started_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC), recording_destroy_due=dt.date(2027, 3, 1)))
        old = DataRequest(reference="TP-2020-00001", customer_id=data.asa_id, request_type="access", channel="letter",
                          state="dispatched", received_on=dt.date(2020, 1, 2), due_on=dt.date(2020, 2, 2),
                          dispatched_on=dt.date(2020, 1, 20), created_by="t")
        session.add(old)
        session.flush()
        session.add(Letter(request_id=old.id, customer_id=data.asa_id, letter_type="access_reply", language="sv",
                           reference=old.reference, address_snapshot=["Åsa Öhman"], pdf=b"%PDF old", sha256="a" * 64,
                           page_count=1, created_by="t", dispatched_on=dt.date(2020, 1, 20)))
        session.add(Contract(customer_id=data.sami_id, contract_number="S-1", kind="electricity_sales",
                             product="Perus", start_date=dt.date(2010, 1, 1), end_date=dt.date(2016, 6, 30)))
        session.add(Invoice(customer_id=data.sami_id, invoice_number="1000001", invoice_date=dt.date(2016, 6, 1),
                            due_date=dt.date(2016, 6, 20), amount_cents=5000, state="paid", paid_on=dt.date(2016, 6, 19)))
        session.add(Contract(customer_id=data.asa_id, contract_number="S-2", kind="electricity_sales",
                             product="Perus", start_date=dt.date(2010, 1, 1), end_date=dt.date(2016, 6, 30)))
        session.add(Invoice(customer_id=data.asa_id, invoice_number="1000002", invoice_date=dt.date(2024, 6, 1),
                            due_date=dt.date(2024, 6, 20), amount_cents=5000, state="paid", paid_on=dt.date(2024, 6, 19)))
    return data


def test_preview_counts_each_rule_and_changes_nothing(database: Database, aged: RequestData) -> None:
    due = _due(database)
    assert due["call_recordings"] == (2, dt.date(2026, 2, 1))
    assert due["letter_pdfs"] == (1, dt.date(2020, 1, 20))
    assert due["closed_requests"] == (1, dt.date(2020, 1, 20))
    assert due["ended_customers"] == (1, dt.date(2016, 6, 30))  # Åsa's 2024 invoice is a voucher until 2030
    assert due["erasure_replies"][0] == 0 and due["audit_trail"][0] == 0
    assert _due(database) == due
    with pytest.raises(PermissionDenied):
        RetentionService(database, AGENT, lambda: NOW).preview()
    with pytest.raises(PermissionDenied):
        RetentionService(database, AUDITOR, lambda: NOW).apply()
    with database.transaction() as session:
        cut = rules.cutoffs(repository.rules(session), NOW.date())
        assert repository.preview(session, cut) == repository.preview_by_query(session, cut)  # the function agrees


def test_apply_in_batches_records_counts_and_leaves_nothing_due(database: Database, aged: RequestData) -> None:
    seen: list[tuple[str, int]] = []
    done = RetentionService(database, ADMIN, lambda: NOW).apply(batch=1, progress=lambda r, n: seen.append((r, n)))
    assert done == {"call_recordings": 2, "letter_pdfs": 1, "closed_requests": 1, "erasure_replies": 0,
                    "ended_customers": 1}
    assert ("call_recordings", 1) in seen and ("call_recordings", 2) in seen  # one batch at a time
    assert all(n == 0 for n, _oldest in _due(database).values())
    with database.transaction() as session:
        # On the phone system's destruction list, not destroyed: only its confirmation says destroyed.
        assert session.scalar(select(func.count()).select_from(Call)
                              .where(Call.recording_destruction_listed_at.is_not(None))) == 2
        assert session.scalar(select(func.count()).select_from(Call).where(Call.recording_destroyed_at.is_not(None))) == 0
        letter = session.scalars(select(Letter).where(Letter.reference == "TP-2020-00001")).one()
        assert letter.pdf == b"" and letter.address_snapshot == [] and letter.sha256 == "a" * 64
        assert letter.pdf_purged_at is not None and letter.dispatched_on == dt.date(2020, 1, 20)
        assert letter.request_id is None  # the request is gone, the letter's proof stays
        assert session.scalar(select(func.count()).select_from(DataRequest)
                              .where(DataRequest.reference == "TP-2020-00001")) == 0
        sami = session.get(Customer, aged.sami_id)
        assert sami.last_name == "Poistettu asiakas" and session.get(PersonHetu, aged.sami_id) is None
        assert session.scalars(select(ErasureRecord)).one().finished_at is not None
        assert session.get(Customer, aged.asa_id).last_name == "Öhman"
        run = session.scalars(select(RetentionRun)).one()
        assert run.finished_at is not None and run.counts["call_recordings"] == 2
        letter_id = letter.id
    batches = [json.loads(r.detail) for r in audit_rows(database, "retention_batch")]
    assert sum(b["items"] for b in batches if b["rule"] == "call_recordings") == 2
    assert all(set(b) == {"run", "rule", "items"} for b in batches)  # counts, never content
    with pytest.raises(LetterError):
        LetterService(database, AGENT, lambda: NOW).preview(letter_id)
    # Every night again: nothing more to do.
    assert sum(RetentionService(database, ADMIN, lambda: NOW).apply().values()) == 0


def test_a_stopped_run_keeps_its_batches_and_the_next_carries_on(database: Database, aged: RequestData,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = repository.purge_letters

    def interrupted(*args, **kwargs):
        calls["n"] += 1
        raise KeyboardInterrupt

    monkeypatch.setattr(repository, "purge_letters", interrupted)
    with pytest.raises(KeyboardInterrupt):
        RetentionService(database, ADMIN, lambda: NOW).apply(batch=1)
    assert _due(database)["call_recordings"][0] == 0 and _due(database)["letter_pdfs"][0] == 1
    monkeypatch.setattr(repository, "purge_letters", real)
    done = RetentionService(database, ADMIN, lambda: NOW).apply(batch=1)
    assert done["call_recordings"] == 0 and done["letter_pdfs"] == 1
    with database.transaction() as session:
        runs = list(session.scalars(select(RetentionRun).order_by(RetentionRun.id)))
        assert runs[0].finished_at is None and runs[0].counts == {"call_recordings": 2}
        assert runs[1].finished_at is not None


def test_requests_closed_as_abandoned_are_closed_for_retention_and_erasure(database: Database,
                                                                           data: RequestData) -> None:
    """Issue 13 closes a request whose requester never confirmed who they are as abandoned: retention
    deletes it after the closed-request period, and an abandoned erasure request is no longer open."""
    from db.models import RequestEvent
    from db.repositories import erasure as erasure_repository

    with database.transaction() as session:
        for reference, received, closed in (("TP-2020-00009", dt.date(2020, 3, 2), dt.datetime(2020, 5, 4, 22, 30)),
                                            ("TP-2022-00007", dt.date(2022, 9, 1), dt.datetime(2023, 4, 3, 9, 0))):
            request = DataRequest(reference=reference, customer_id=data.asa_id, request_type="erasure",
                                  channel="letter", state="abandoned", received_on=received,
                                  due_on=received + dt.timedelta(days=31), created_by="t")
            session.add(request)
            session.flush()
            session.add(RequestEvent(request_id=request.id, occurred_at=closed.replace(tzinfo=dt.UTC),
                                     actor_username="t", kind="state", from_state="on_hold", to_state="abandoned"))
    # Counted from the day each was closed (the first 5.5.2020 in Finland); the second, received in 2022 but
    # closed only in April 2023, is not yet three years closed.
    due = _due(database)["closed_requests"]
    assert due[0] == 1 and due[1] == dt.date(2020, 5, 5)  # Finnish time on both databases
    with database.transaction() as session:
        assert erasure_repository.open_erasure_request(session, data.asa_id) is None
        cut = rules.cutoffs(repository.rules(session), NOW.date())
        assert repository.preview(session, cut) == repository.preview_by_query(session, cut)
    assert RetentionService(database, ADMIN, lambda: NOW).apply()["closed_requests"] == 1
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(DataRequest)
                              .where(DataRequest.reference == "TP-2020-00009")) == 0


def test_recordings_are_destroyed_only_when_the_phone_system_confirms(database: Database, aged: RequestData,
                                                                      tmp_path) -> None:
    """The run lists the recordings due; the administrator hands the list over (CLI) and records the phone
    system's confirmation; the card and the access reply say destroyed only then."""
    import argparse

    from desktop.cli import recordings as recordings_cli
    from desktop.services.customers import CustomerService
    from desktop.services.recordings import RecordingDestructionService

    RetentionService(database, ADMIN, lambda: NOW).apply()
    assert _due(database)["call_recordings"][0] == 0  # listed: no longer due, not yet destroyed
    preview = RetentionService(database, AUDITOR, lambda: NOW).preview()  # the Säilytys page says so
    assert (preview.recordings_listed, preview.recordings_listed_since) == (2, dt.date(2026, 3, 10))
    handover = tmp_path / "tuhottavat.csv"
    recordings_cli.run(argparse.Namespace(action="list", file=handover, destroyed_on=None), database, ADMIN)
    lines = handover.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("recording_ref;") and {line.split(";")[0] for line in lines[1:]} == {
        "REC-2026-03-01", "REC-2026-02-01"}
    calls = CustomerService(database, AGENT, lambda: NOW).open_card(aged.maija_id, "request").calls
    assert all(c.recording_destroyed_at is None for c in calls)
    assert sum(c.recording_listed_at is not None for c in calls) == 2
    with pytest.raises(PermissionDenied):
        RecordingDestructionService(database, AGENT, lambda: NOW).confirm(["REC-2026-03-01"], dt.date(2026, 3, 9))
    result = RecordingDestructionService(database, ADMIN, lambda: NOW).confirm(
        ["REC-2026-03-01", "REC-2026-02-01", "REC-later"], dt.date(2026, 3, 9))
    assert result.confirmed == 2 and result.not_listed == ("REC-later",)  # never listed: left alive
    calls = CustomerService(database, AGENT, lambda: NOW).open_card(aged.maija_id, "request").calls
    destroyed = {c.recording_ref: c.recording_destroyed_at for c in calls if c.recording_ref}
    assert destroyed["REC-later"] is None and destroyed["REC-2026-03-01"].date() == dt.date(2026, 3, 9)
    assert RecordingDestructionService(database, ADMIN, lambda: NOW).destruction_list() == []
    assert RetentionService(database, AUDITOR, lambda: NOW).preview().recordings_listed == 0
    confirmed = json.loads(audit_rows(database, "recordings_destruction_confirmed")[-1].detail)
    assert confirmed == {"confirmed": 2, "not_listed": 1, "destroyed_on": "2026-03-09"}
