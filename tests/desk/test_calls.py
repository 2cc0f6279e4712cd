"""A whole call: start, the recording notice in the customer's language, objection, end — in the database
and in the audit log."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import Call, ControllerProfile
from desktop.core.roles import PermissionDenied
from desktop.services.calls import CallError, CallService
from desktop.services.customer_card import CustomerNotFound
from desktop.services.customers import CustomerService
from desktop.services.profiles import get_profile
from tests.desk.conftest import AGENT, AUDITOR, DeskData, audit_rows

START = dt.datetime(2026, 3, 2, 22, 30, tzinfo=dt.UTC)  # 0.30 in Helsinki: the Finnish date is already 3.3.
KEMINMAA = get_profile("keminmaa")


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def stored_call(database: Database, call_id: int) -> Call:
    with database.transaction() as session:
        return session.get(Call, call_id)


def test_a_whole_call_with_an_objection(database: Database, desk: DeskData) -> None:
    clock = Clock(START)
    calls = CallService(database, AGENT, clock=clock)
    info = calls.start_call(desk.swedish_id)
    assert info.agent_username == "aino.agent" and info.started_at == START and info.recording
    assert (info.notice_language, info.notice_version) == ("sv", 1)
    assert info.notice_text == KEMINMAA.call_recording_notice["text"]["sv"]
    assert info.notice_text.startswith("Det här samtalet spelas in")
    assert info.recording_ref == f"REC-20260303-{info.call_id:08d}"
    # 365 days of the Keminmaa profile, counted from the Finnish date of the call.
    assert info.recording_destroy_due == dt.date(2026, 3, 3) + dt.timedelta(days=KEMINMAA.recording_retention_days)

    clock.advance(seconds=20)
    after_notice = calls.mark_notice(info.call_id, accepted=False)
    assert after_notice.customer_objected and not after_notice.recording
    assert after_notice.notice_given_at == after_notice.recording_stopped_at == START + dt.timedelta(seconds=20)

    clock.advance(minutes=4)
    ended = calls.end_call(info.call_id, "Asked about the February invoice.")
    assert ended.ended_at == START + dt.timedelta(minutes=4, seconds=20)

    row = stored_call(database, info.call_id)
    assert (row.customer_id, row.agent_username, row.direction) == (desk.swedish_id, "aino.agent", "inbound")
    assert (row.notice_language, row.notice_version, row.customer_objected) == ("sv", 1, True)
    assert row.notice_given_at == row.recording_stopped_at == START + dt.timedelta(seconds=20)
    assert row.recording_ref == info.recording_ref and row.recording_destroy_due == info.recording_destroy_due
    assert row.notes == "Asked about the February invoice." and row.ended_at == ended.ended_at

    rows = audit_rows(database)
    assert [(r.action, r.customer_id, r.purpose) for r in rows] == [
        ("call_started", desk.swedish_id, "call"), ("call_ended", desk.swedish_id, "call")]
    assert json.loads(rows[0].detail) == {"call_id": info.call_id, "direction": "inbound"}
    assert json.loads(rows[1].detail) == {"call_id": info.call_id, "notice_given": True, "objected": True}

    card = CustomerService(database, AGENT).open_card(desk.swedish_id, "call")
    assert [(c.id, c.customer_objected, c.notes) for c in card.calls] == [
        (info.call_id, True, "Asked about the February invoice.")]


def test_an_accepted_notice_keeps_recording_until_the_customer_objects_later(database: Database,
                                                                            desk: DeskData) -> None:
    clock = Clock(START)
    calls = CallService(database, AGENT, clock=clock)
    info = calls.start_call(desk.person_id)
    assert info.notice_language == "fi" and info.notice_text.startswith("Tämä puhelu tallennetaan")
    accepted = calls.mark_notice(info.call_id, accepted=True)
    assert accepted.notice_given_at == START and accepted.recording and not accepted.customer_objected
    with pytest.raises(CallError):
        calls.mark_notice(info.call_id, accepted=True)
    clock.advance(minutes=2)
    objected = calls.mark_notice(info.call_id, accepted=False)
    # The notice was given at the start; the recording stopped when the customer objected.
    assert objected.notice_given_at == START and objected.recording_stopped_at == START + dt.timedelta(minutes=2)
    with pytest.raises(CallError, match="stays stopped"):
        calls.mark_notice(info.call_id, accepted=True)
    calls.end_call(info.call_id)
    with pytest.raises(CallError, match="already ended"):
        calls.end_call(info.call_id, "again")
    with pytest.raises(CallError, match="already ended"):
        calls.mark_notice(info.call_id, accepted=False)
    assert len(audit_rows(database, "call_ended")) == 1


def test_an_unknown_caller_hears_finnish_and_is_attached_when_found(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT, clock=Clock(START))
    info = calls.start_call(None)
    assert info.customer_id is None and info.notice_language == "fi"
    # The caller answers in English: the agent switches the script before reading it.
    marked = calls.mark_notice(info.call_id, accepted=True, language="en")
    assert marked.notice_language == "en" and marked.notice_text.startswith("This call is recorded")
    attached = calls.attach_customer(info.call_id, desk.person_id)
    assert attached.customer_id == desk.person_id
    with pytest.raises(CallError, match="another customer"):
        calls.attach_customer(info.call_id, desk.company_id)
    assert stored_call(database, info.call_id).customer_id == desk.person_id
    assert audit_rows(database, "call_started")[0].customer_id is None


def test_the_script_of_the_version_used_stays_with_the_call(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT, clock=Clock(START))
    info = calls.start_call(desk.person_id)
    with database.transaction() as session:
        profile = session.scalar(select(ControllerProfile))
        old = dict(profile.call_recording_notice)
        profile.call_recording_notice = {"version": 2, "text": {"fi": "Uusi teksti.", "sv": "Ny text.", "en": "New."},
                                         "previous": [old]}
    assert calls.call(info.call_id).notice_text == old["text"]["fi"]
    newer = calls.start_call(desk.swedish_id)
    assert (newer.notice_version, newer.notice_text) == (2, "Ny text.")


def test_errors_and_permissions(database: Database, desk: DeskData) -> None:
    calls = CallService(database, AGENT)
    with pytest.raises(CustomerNotFound):
        calls.start_call(999_999)
    with pytest.raises(CallError):
        calls.start_call(desk.person_id, language="de")
    with pytest.raises(CallError, match="does not exist"):
        calls.end_call(424242)
    with pytest.raises(PermissionDenied):
        CallService(database, AUDITOR).start_call(desk.person_id)
    assert audit_rows(database, "call_started") == []


def test_no_profile_no_call(database: Database) -> None:
    with pytest.raises(CallError, match="controller profile"):
        CallService(database, AGENT).start_call(None)
