"""Customer notes that outlive a call: stored with who and when, on the card, in the access reply."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import CustomerNote
from desktop.core.errors import DomainError
from desktop.core.notes import CUSTOMER_NOTE_MAX, NoteTooLong
from desktop.core.roles import PermissionDenied
from desktop.services.calls import CallService
from desktop.services.customer_notes import CustomerNoteService
from desktop.services.customers import CustomerService
from desktop.services.letter_annex import data_annex
from desktop.services.subject_data import collect
from tests.desk.conftest import AGENT, AUDITOR, SUPERVISOR, DeskData, audit_rows

TEXTS = {lang: json.loads((Path(__file__).resolve().parents[2] / "resources" / "letters" / f"{lang}.json")
                          .read_text(encoding="utf-8")) for lang in ("fi", "sv", "en")}
NOW = dt.datetime(2026, 7, 1, 9, 5, tzinfo=dt.UTC)  # 12.05 in Helsinki (summer time)


def test_notes_are_kept_with_writer_and_time_and_shown_on_the_card(database: Database, desk: DeskData) -> None:
    call = CallService(database, AGENT, clock=lambda: NOW).start_call(desk.person_id)
    notes = CustomerNoteService(database, AGENT, clock=lambda: NOW)
    first = notes.add(desk.person_id, "  Asiakas toivoo yhteydenottoa iltapäivisin.  ")
    later = CustomerNoteService(database, SUPERVISOR, clock=lambda: NOW + dt.timedelta(hours=1))
    both = later.add(desk.person_id, "Lupasi toimittaa valtakirjan.", call_id=call.call_id)
    assert [(n.body, n.created_by) for n in first] == [("Asiakas toivoo yhteydenottoa iltapäivisin.", "aino.agent")]
    assert [(n.body, n.created_by, n.call_id) for n in both] == [
        ("Lupasi toimittaa valtakirjan.", "sanna.super", call.call_id),
        ("Asiakas toivoo yhteydenottoa iltapäivisin.", "aino.agent", None)]
    card = CustomerService(database, AGENT).open_card(desk.person_id, "letter")
    assert card.notes == both and card.notes[1].created_at == NOW
    rows = audit_rows(database, "note_added")
    assert [(r.customer_id, r.purpose, r.actor) for r in rows] == [
        (desk.person_id, None, "aino.agent"), (desk.person_id, "call", "sanna.super")]
    assert json.loads(rows[0].detail) == {"note_id": first[0].id, "length": 42}


def test_notes_go_into_the_access_reply_without_the_writer(database: Database, desk: DeskData) -> None:
    CustomerNoteService(database, AGENT, clock=lambda: NOW).add(desk.person_id, "Muutti ulkomaille syksyllä.")
    with database.transaction() as session:
        subject = collect(session, desk.person_id)
    assert [(n.body, n.created_by, n.created_at) for n in subject.notes] == [
        ("Muutti ulkomaille syksyllä.", None, NOW)]
    annex = data_annex(subject, TEXTS["fi"], "fi", "Asiakasrekisteri")
    section = next(s for s in annex.sections if s.heading == TEXTS["fi"]["annex"]["customer_notes"])
    assert section.rows == (("1.7.2026 12.05", "Muutti ulkomaille syksyllä."),)
    assert "aino.agent" not in repr(annex)


def test_empty_too_long_and_refused_notes_are_not_stored(database: Database, desk: DeskData) -> None:
    notes = CustomerNoteService(database, AGENT, clock=lambda: NOW)
    with pytest.raises(DomainError, match="Write the note"):
        notes.add(desk.person_id, "   ")
    with pytest.raises(NoteTooLong):
        notes.add(desk.person_id, "x" * (CUSTOMER_NOTE_MAX + 1))
    with pytest.raises(PermissionDenied):
        CustomerNoteService(database, AUDITOR).add(desk.person_id, "Ei saa.")
    notes.add(desk.person_id, "y" * CUSTOMER_NOTE_MAX)
    with database.transaction() as session:
        assert [len(n.body) for n in session.scalars(select(CustomerNote))] == [CUSTOMER_NOTE_MAX]
