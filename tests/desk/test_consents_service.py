"""Recording prohibitions and consents through the service: events stored, state derived, audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from db.database import Database
from db.models import ConsentEvent
from desktop.core import prohibitions
from desktop.core.errors import DomainError
from desktop.core.prohibitions import InvalidConsentEvent
from desktop.core.roles import PermissionDenied
from desktop.services.calls import CallService
from desktop.services.consents import ConsentService
from desktop.services.customer_card import CustomerNotFound
from desktop.services.customers import CustomerService
from tests.desk.conftest import AGENT, AUDITOR, DeskData, audit_rows

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def event_count(database: Database) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(ConsentEvent))


def test_record_and_lift_with_history(database: Database, desk: DeskData) -> None:
    consents = ConsentService(database, AGENT, clock=lambda: NOW)
    state = consents.record(desk.person_id, "distance_selling", "phone", "prohibit", "customer_letter",
                            evidence="scan 2026-0042")
    assert state.is_prohibited("distance_selling", "phone")
    assert state.restriction("distance_selling", "phone").sources == ("customer_letter",)
    later = ConsentService(database, AGENT, clock=lambda: NOW + dt.timedelta(days=30))
    state = later.record(desk.person_id, "distance_selling", "phone", "lift", "customer_phone")
    assert state.restrictions == ()
    history = consents.history(desk.person_id)
    assert [(e.decision, e.source, e.agent_username, e.evidence) for e in history] == [
        ("prohibit", "customer_letter", "aino.agent", "scan 2026-0042"), ("lift", "customer_phone", "aino.agent", None)]
    assert history[0].occurred_at == NOW
    rows = audit_rows(database, "consent_recorded")
    assert [(r.customer_id, json.loads(r.detail)["decision"]) for r in rows] == [
        (desk.person_id, "prohibit"), (desk.person_id, "lift")]


def test_a_refused_event_is_not_stored(database: Database, desk: DeskData) -> None:
    consents = ConsentService(database, AGENT, clock=lambda: NOW)
    consents.record(desk.person_id, "genealogy", "any", "prohibit", "dvv")
    with pytest.raises(InvalidConsentEvent, match="DVV"):
        consents.record(desk.person_id, "genealogy", "post", "lift", "customer_desk")
    with pytest.raises(InvalidConsentEvent):
        consents.record(desk.person_id, "electronic_marketing", "post", "consent", "customer_desk")
    assert event_count(database) == 1 and len(audit_rows(database, "consent_recorded")) == 1


def test_asml_gets_three_years_and_expires(database: Database, desk: DeskData) -> None:
    ConsentService(database, AGENT, clock=lambda: NOW).record(
        desk.person_id, "direct_advertising", "phone", "prohibit", "asml")
    assert ConsentService(database, AGENT, clock=lambda: NOW).history(desk.person_id)[0].valid_until == dt.date(
        2029, 3, 2)
    on_last_day = ConsentService(database, AGENT, clock=lambda: dt.datetime(2029, 3, 2, 21, 0, tzinfo=dt.UTC))
    assert on_last_day.state(desk.person_id).is_prohibited("direct_advertising", "phone")
    # 22.30 UTC on 2.3.2029 is already 3.3. in Finland: the restriction has run out.
    next_day = ConsentService(database, AGENT, clock=lambda: dt.datetime(2029, 3, 2, 22, 30, tzinfo=dt.UTC))
    assert not next_day.state(desk.person_id).is_prohibited("direct_advertising", "phone")


def test_no_direct_marketing_of_any_kind_in_one_transaction(database: Database, desk: DeskData) -> None:
    consents = ConsentService(database, AGENT, clock=lambda: NOW)
    consents.record(desk.person_id, "electronic_marketing", "email", "consent", "customer_email")
    call = CallService(database, AGENT, clock=lambda: NOW).start_call(desk.person_id)
    later = ConsentService(database, AGENT, clock=lambda: NOW + dt.timedelta(minutes=5))
    state = later.prohibit_all_direct_marketing(desk.person_id, "customer_phone", call_id=call.call_id)
    assert state.no_direct_marketing
    assert not state.has_electronic_consent("email")
    assert all(not state.may_contact(p, c) for p in prohibitions.DIRECT_MARKETING for c in prohibitions.CHANNELS)
    assert not state.is_prohibited("genealogy", "post")
    with database.transaction() as session:
        stored = session.scalars(select(ConsentEvent).where(ConsentEvent.call_id == call.call_id)).all()
    assert len(stored) == 21  # 5 purposes × 4 channels + the consent withdrawn
    assert {e.occurred_at for e in stored} == {NOW + dt.timedelta(minutes=5)}
    rows = audit_rows(database, "consent_recorded")
    assert len(rows) == 2 and rows[1].purpose == "call"
    assert json.loads(rows[1].detail) == {"all_direct_marketing": True, "events": 21, "source": "customer_phone"}
    card = CustomerService(database, AGENT).open_card(desk.person_id, "call")
    assert card.consents.no_direct_marketing and len(card.consent_history) == 22


def test_no_direct_marketing_is_all_or_nothing(database: Database, desk: DeskData) -> None:
    consents = ConsentService(database, AGENT, clock=lambda: NOW)
    with pytest.raises(InvalidConsentEvent):
        consents.prohibit_all_direct_marketing(desk.person_id, "asml")
    with pytest.raises(CustomerNotFound):
        consents.prohibit_all_direct_marketing(999_999, "customer_desk")
    other = CallService(database, AGENT).start_call(desk.company_id)
    with pytest.raises(DomainError, match="not a call with this customer"):
        consents.prohibit_all_direct_marketing(desk.person_id, "customer_phone", call_id=other.call_id)
    assert event_count(database) == 0 and audit_rows(database, "consent_recorded") == []


def test_recording_needs_the_permission(database: Database, desk: DeskData) -> None:
    with pytest.raises(PermissionDenied):
        ConsentService(database, AUDITOR).record(desk.person_id, "genealogy", "post", "prohibit", "customer_desk")
    assert ConsentService(database, AUDITOR).state(desk.person_id).restrictions == ()
