"""Reassigning a request to another handler, and the replies of rectification, erasure, objection, restriction."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import select

from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent, DataRequest, StaffUser
from desktop.core.letters import REPLY_FOR_REQUEST, LetterType
from desktop.core.request_states import TransitionForbidden
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.letters import LetterError, LetterService
from desktop.services.profiles import get_profile
from desktop.services.requests import Intake, RequestError, RequestService, StaffMember
from desktop.services.users import UserAdminService

TEXTS = {lang: json.loads((Path(__file__).resolve().parents[2] / "resources" / "letters" / f"{lang}.json")
                          .read_text(encoding="utf-8")) for lang in ("fi", "sv", "en")}


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _add_staff(database: Database) -> None:
    with database.transaction() as session:
        session.add_all([StaffUser(username="olli.admin", display_name="Olli Pääkäyttäjä", role="admin"),
                         StaffUser(username="eeva.old", display_name="Eeva Entinen", role="agent", active=False),
                         StaffUser(username="bertil.agent", display_name="Bertil Åkerman", role="agent")])


def _audit(database: Database, action: str) -> list[AuditEvent]:
    with database.transaction() as session:
        rows = list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))
        session.expunge_all()
        return rows


def test_supervisor_lists_active_staff_and_reassigns(database: Database, data: RequestData, clock: Clock) -> None:
    _add_staff(database)
    supervisor = RequestService(database, SUPERVISOR, clock)
    assert supervisor.assignable_staff() == [
        StaffMember("aino.agent", "Aino Asiakaspalvelija", Role.AGENT),
        StaffMember("bertil.agent", "Bertil Åkerman", Role.AGENT),
        StaffMember("sanna.super", "Sanna Esimies", Role.SUPERVISOR),
    ]
    info = RequestService(database, AGENT, clock).intake(Intake("access", "letter", True, customer_id=data.maija_id))
    assert info.assigned_to is None
    moved = supervisor.reassign(info.id, "bertil.agent")
    assert moved.assigned_to == "bertil.agent" and moved.state == info.state
    event = moved.events[-1]
    assert (event.kind, event.actor, event.detail) == ("reassigned", "sanna.super",
                                                       {"from": None, "to": "bertil.agent"})
    again = supervisor.reassign(info.id, "aino.agent")
    assert again.events[-1].detail == {"from": "bertil.agent", "to": "aino.agent"}
    assert [r.assigned_to for r in supervisor.queue()] == ["aino.agent"]
    rows = _audit(database, "request_reassigned")
    assert len(rows) == 2 and rows[0].customer_id == data.maija_id and rows[0].purpose == "request"
    assert json.loads(rows[1].detail) == {"from": "bertil.agent", "reference": info.reference, "to": "aino.agent"}


def test_reassign_refuses_wrong_targets_roles_and_closed_requests(database: Database, data: RequestData,
                                                                  clock: Clock) -> None:
    _add_staff(database)
    agent, supervisor = RequestService(database, AGENT, clock), RequestService(database, SUPERVISOR, clock)
    info = agent.intake(Intake("erasure", "letter", True, customer_id=data.maija_id))
    for target in ("olli.admin", "eeva.old", "nobody.here", ""):
        with pytest.raises(RequestError, match="not an active agent or supervisor"):
            supervisor.reassign(info.id, target)
    supervisor.reassign(info.id, "aino.agent")
    with pytest.raises(RequestError, match="already assigned"):
        supervisor.reassign(info.id, "aino.agent")
    with pytest.raises(PermissionDenied):
        agent.reassign(info.id, "bertil.agent")
    with pytest.raises(PermissionDenied):
        agent.assignable_staff()
    agent.transition(info.id, "withdrawn", "Asiakas perui pyynnön")
    with pytest.raises(RequestError, match="closed"):
        supervisor.reassign(info.id, "bertil.agent")
    assert len(_audit(database, "request_reassigned")) == 1


@pytest.fixture
def supervisor_login(database: Database, data: RequestData) -> Iterator[tuple[Database, Actor]]:
    """PostgreSQL: the supervisor as a desk LOGIN role (member of desk_supervisor), not the test's superuser."""
    login = f"sanna_{uuid.uuid4().hex[:8]}"  # LOGIN roles are cluster-wide: a fresh name every time
    UserAdminService(database, Actor("setup", Role.ADMIN)).create_user(login, Role.SUPERVISOR,
                                                                       "kolme-kertaa-toistettu", "Sanna Login")
    url = database.engine.url.set(username=login, password=None)
    desk = Database(make_engine(url.render_as_string(hide_password=False)))
    yield desk, Actor(login, Role.SUPERVISOR, "Sanna Login")
    desk.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("migrated_db_url", ["postgresql"], indirect=True)
def test_desk_supervisor_role_may_list_staff_and_reassign(supervisor_login: tuple[Database, Actor],
                                                          database: Database, data: RequestData,
                                                          clock: Clock) -> None:
    """desk_supervisor reads staff_user (migration 0002 grants SELECT), so no SECURITY DEFINER function is needed."""
    desk, actor = supervisor_login
    info = RequestService(database, AGENT, clock).intake(Intake("access", "letter", True, customer_id=data.maija_id))
    service = RequestService(desk, actor, clock)
    names = [m.username for m in service.assignable_staff()]
    assert {"aino.agent", "sanna.super", actor.username} == set(names)
    assert service.reassign(info.id, "aino.agent").assigned_to == "aino.agent"
    assert _audit(database, "request_reassigned")[0].actor == actor.username


# --- replies of the other request types -------------------------------------------------------------

OUTCOMES = {
    "rectification": "Sukunimi korjattu muotoon Mäkinen-Öst.",
    "erasure": "Puhelinnumero 040 123 4567 poistettu.",
    "objection": "Suoramainonta kielletty kaikissa kanavissa.",
    "restriction": "Sähköpostiosoitteen käyttö rajoitettu.",
}


def _awaiting_sign_off(database: Database, clock: Clock, customer_id: int, request_type: str) -> int:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake(request_type, "letter", True, customer_id=customer_id, received_on=dt.date(2026, 3, 2)))
    agent.record_identity_check(info.id, "signature_compared")
    agent.transition(info.id, "awaiting_sign_off")
    return info.id


@pytest.mark.parametrize("request_type", sorted(OUTCOMES))
def test_sign_off_replies_in_the_customers_language(database: Database, data: RequestData, clock: Clock,
                                                    request_type: str) -> None:
    profile = get_profile("keminmaa")
    supervisor = RequestService(database, SUPERVISOR, clock)
    for customer_id, lang in ((data.maija_id, "fi"), (data.asa_id, "sv")):
        request_id = _awaiting_sign_off(database, clock, customer_id, request_type)
        with pytest.raises(TransitionForbidden):
            RequestService(database, AGENT, clock).sign_off(request_id, OUTCOMES[request_type])
        with pytest.raises(RequestError, match="what was done"):
            supervisor.sign_off(request_id, "  ")
        assert supervisor.get(request_id).state == "awaiting_sign_off"  # nothing half-done
        letter = supervisor.sign_off(request_id, OUTCOMES[request_type])
        assert letter.letter_type == REPLY_FOR_REQUEST[request_type].value and letter.language == lang
        texts = TEXTS[lang]
        text = _text(letter.pdf)
        section = texts[letter.letter_type]
        complaint = profile.complaint_authority.get(lang) or texts["art15"]["complaint_default"]
        for expected in (section["doc_type"], section["subject"], OUTCOMES[request_type], "2.3.2026", "10.3.2026",
                         " ".join(complaint.split())):
            assert expected in text, (lang, expected)
        info = supervisor.get(request_id)
        assert info.state == "ready_to_print" and info.events[-1].reason == OUTCOMES[request_type]
        LetterService(database, SUPERVISOR, clock).mark_printed([letter.id])
        assert supervisor.get(request_id).state == "printed"


def test_access_sign_off_still_needs_no_outcome(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _awaiting_sign_off(database, clock, data.maija_id, "access")
    letter = RequestService(database, SUPERVISOR, clock).sign_off(request_id)
    assert letter.letter_type == "access_reply" and letter.page_count >= 3


def test_outcome_reply_generated_directly_needs_the_outcome(database: Database, data: RequestData,
                                                            clock: Clock) -> None:
    request_id = _awaiting_sign_off(database, clock, data.maija_id, "erasure")
    with pytest.raises(LetterError, match="what was done"):
        LetterService(database, SUPERVISOR, clock).generate(request_id, LetterType.ERASURE_REPLY)
    with database.transaction() as session:
        assert session.get(DataRequest, request_id).state == "awaiting_sign_off"
