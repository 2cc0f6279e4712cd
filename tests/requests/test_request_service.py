"""RequestService end to end on SQLite and PostgreSQL: intake, identity, pause, extension, sign-off, dispatch."""

from __future__ import annotations

import datetime as dt

import pytest
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import select

from db.database import Database
from db.models import AuditEvent, DataRequest, Letter, RequestEvent
from desktop.core.deadlines import DeadlineError
from desktop.core.request_states import ReasonRequired, TransitionForbidden, TransitionNotAllowed
from desktop.core.roles import PermissionDenied
from desktop.services.letters import LetterError, LetterService
from desktop.services.requests import Intake, RequestError, RequestService

D = dt.date


def _actions(database: Database) -> list[str]:
    with database.transaction() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _ready(service: RequestService, data: RequestData, **kw: object) -> int:
    info = service.intake(Intake("access", "letter", True, customer_id=data.maija_id, **kw))  # type: ignore[arg-type]
    service.record_identity_check(info.id, "signature_compared")
    return info.id


def test_intake_defaults_and_duplicate_flag(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    first = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id, scan_ref="SCAN-1",
                                description="Haluan nähdä tietoni"))
    assert first.received_on == D(2026, 3, 10) and first.due_on == D(2026, 4, 10)
    assert first.reference == "TP-2026-00001" and first.state == "received" and first.duplicates == ()
    assert first.days_left == 31
    second = agent.intake(Intake("access", "desk", False, customer_id=data.maija_id, received_on=D(2026, 3, 2)))
    assert second.reference == "TP-2026-00002" and second.duplicates == ("TP-2026-00001",)
    assert second.due_on == D(2026, 4, 2)
    other_type = agent.intake(Intake("erasure", "letter", True, customer_id=data.maija_id))
    assert other_type.duplicates == ()
    assert [e.kind for e in first.events] == ["created"]
    assert _actions(database).count("request_created") == 3


def test_intake_rejects_bad_input(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    with pytest.raises(RequestError, match="future"):
        agent.intake(Intake("access", "letter", True, received_on=D(2026, 3, 11)))
    with pytest.raises(RequestError, match="type"):
        agent.intake(Intake("complaint", "letter", True))
    with pytest.raises(RequestError, match="channel"):
        agent.intake(Intake("access", "fax", True))
    with pytest.raises(RequestError, match="does not exist"):
        agent.intake(Intake("access", "letter", True, customer_id=99999))
    with database.transaction() as session:
        assert session.scalar(select(DataRequest.id)) is None


def test_unidentified_request_is_matched_later(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True))
    assert info.customer_id is None
    with pytest.raises(RequestError, match="Match the request"):
        agent.record_identity_check(info.id, "signature_compared")
    matched = agent.match_customer(info.id, data.maija_id)
    checked = agent.record_identity_check(matched.id, "address_on_record")
    assert checked.state == "in_preparation" and checked.identity_method == "address_on_record"
    assert [e.kind for e in checked.events] == ["created", "customer_matched", "identity_checked",
                                                 "state_changed", "state_changed"]


def test_clarification_pauses_the_clock(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "email_signed", False, customer_id=data.maija_id))
    letter = agent.needs_clarification(info.id, "Pyyntö tuli sähköpostilla ilman allekirjoitusta.")
    assert letter.letter_type == "identity_clarification" and letter.page_count == 1
    paused = agent.get(info.id)
    assert paused.state == "on_hold" and paused.paused_since == D(2026, 3, 10)
    clock.advance(7)  # the customer visits the desk a week later
    assert agent.get(info.id).due_on == D(2026, 4, 17)  # the open pause counts up to today
    resumed = agent.record_identity_check(info.id, "photo_id_seen")
    assert resumed.state == "in_preparation" and resumed.paused_days == 7 and resumed.paused_since is None
    assert resumed.due_on == D(2026, 4, 17)
    kinds = [e.kind for e in resumed.events]
    assert "identity_clarification" in kinds and "resumed" in kinds
    with database.transaction() as session:
        row = session.get(DataRequest, info.id)
        assert row is not None and row.due_on == D(2026, 4, 17) and row.outcome_reason is None


def test_extension_once_with_reason_and_letter(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    request_id = _ready(agent, data)
    with pytest.raises(DeadlineError, match="reason"):
        agent.extend(request_id, 2, " ")
    letter = agent.extend(request_id, 2, "Pyyntö koskee kymmenen vuoden puhelutallenteita.")
    assert letter.letter_type == "extension_notice"
    info = agent.get(request_id)
    assert info.state == "extended" and info.extended and info.due_on == D(2026, 6, 10)
    with pytest.raises(DeadlineError, match="already"):
        agent.extend(request_id, 1, "again")


def test_extension_after_deadline_refused(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    request_id = _ready(agent, data, received_on=D(2026, 2, 2))
    clock.advance(1)  # 11.3.2026, the deadline was 2.3.2026
    assert agent.get(request_id).days_left == -9
    with pytest.raises(DeadlineError, match="passed"):
        agent.extend(request_id, 2, "complex")
    with database.transaction() as session:
        assert session.scalar(select(Letter.id)) is None


def test_full_access_path_to_dispatch(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    supervisor = RequestService(database, SUPERVISOR, clock)
    request_id = _ready(agent, data)
    agent.transition(request_id, "awaiting_sign_off")
    with pytest.raises(TransitionForbidden):
        agent.sign_off(request_id)
    letter = supervisor.sign_off(request_id)
    assert letter is not None and letter.letter_type == "access_reply" and letter.page_count >= 3
    assert agent.get(request_id).state == "ready_to_print"
    letters = LetterService(database, AGENT, clock)
    with pytest.raises(RequestError, match="No printed letter"):
        letters.mark_dispatched(request_id, D(2026, 3, 10))
    letters.mark_printed([letter.id])
    assert agent.get(request_id).state == "printed"
    with pytest.raises(RequestError, match="future"):
        letters.mark_dispatched(request_id, D(2026, 3, 11))
    done = letters.mark_dispatched(request_id, D(2026, 3, 10))
    assert done.state == "dispatched" and done.dispatched_on == D(2026, 3, 10)
    with database.transaction() as session:
        stored = session.get(Letter, letter.id)
        assert stored is not None and stored.dispatched_on == D(2026, 3, 10) and stored.printed_by == AGENT.username
        states = list(session.execute(select(RequestEvent.from_state, RequestEvent.to_state)
                                      .where(RequestEvent.request_id == request_id, RequestEvent.to_state.is_not(None))
                                      .order_by(RequestEvent.id)))
    assert [to for _, to in states] == ["received", "identity_check", "in_preparation", "awaiting_sign_off",
                                        "ready_to_print", "printed", "dispatched"]
    actions = _actions(database)
    for action in ("request_state_changed", "letter_generated", "letter_printed", "letter_dispatched"):
        assert action in actions
    with pytest.raises(RequestError, match="closed"):
        agent.transition(request_id, "withdrawn", "late")
    assert supervisor.queue() == []
    assert [row.reference for row in supervisor.queue(include_closed=True)] == [done.reference]


def test_refusal_path(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    supervisor = RequestService(database, SUPERVISOR, clock)
    info = agent.intake(Intake("erasure", "letter", True, customer_id=data.maija_id))
    with pytest.raises(TransitionForbidden):
        agent.refuse(info.id, "Laskutustiedot on säilytettävä kirjanpitolain mukaan.")
    letter = supervisor.refuse(info.id, "Laskutustiedot on säilytettävä kirjanpitolain mukaan.")
    assert letter.letter_type == "refusal"
    LetterService(database, AGENT, clock).mark_printed([letter.id])
    closed = LetterService(database, AGENT, clock).mark_dispatched(info.id, D(2026, 3, 10))
    assert closed.state == "dispatched" and closed.outcome_reason.startswith("Laskutustiedot")


def test_reasons_and_illegal_moves(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id))
    with pytest.raises(ReasonRequired):
        agent.transition(info.id, "withdrawn")
    with pytest.raises(TransitionNotAllowed):
        agent.transition(info.id, "printed")
    withdrawn = agent.transition(info.id, "withdrawn", "Asiakas perui pyynnön puhelimessa.")
    assert withdrawn.state == "withdrawn" and withdrawn.outcome_reason == "Asiakas perui pyynnön puhelimessa."


def test_letter_failure_rolls_back_the_state_change(database: Database, data: RequestData, clock: Clock) -> None:
    supervisor, agent = RequestService(database, SUPERVISOR, clock), RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "desk", True, customer_id=data.nomail_id))
    agent.record_identity_check(info.id, "photo_id_seen")
    agent.transition(info.id, "awaiting_sign_off")  # prepared by the agent: four eyes
    with pytest.raises(LetterError, match="no postal address"):
        supervisor.sign_off(info.id)
    assert supervisor.get(info.id).state == "awaiting_sign_off"
    with database.transaction() as session:
        assert session.scalar(select(Letter.id)) is None


def test_queue_orders_by_due_date_and_flags_overdue(database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)
    late = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id, received_on=D(2026, 1, 20)))
    soon = agent.intake(Intake("rectification", "letter", True, customer_id=data.asa_id, received_on=D(2026, 3, 1)))
    unknown = agent.intake(Intake("access", "letter", True))
    with pytest.raises(PermissionDenied):
        agent.queue()
    rows = RequestService(database, SUPERVISOR, clock).queue()
    assert [r.reference for r in rows] == [late.reference, soon.reference, unknown.reference]
    first = rows[0]
    assert first.due_on == D(2026, 2, 20) and first.days_left == -18 and first.overdue
    assert first.customer_name == "Mäkinen Maija Liisa"
    assert rows[1].due_on == D(2026, 4, 1) and rows[1].days_left == 22 and not rows[1].overdue
    assert rows[2].customer_name == ""
