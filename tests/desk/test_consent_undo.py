"""Undoing a mistaken prohibition entry: correcting events within the window, the ledger append-only."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import AppSetting, ConsentEvent
from desktop.core.prohibitions import CHANNELS, DIRECT_MARKETING
from desktop.services.consents import ConsentService, UndoExpired
from desktop.services.customers import CustomerService
from tests.desk.conftest import AGENT, SUPERVISOR, DeskData, audit_rows

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


def test_undo_takes_back_the_whole_entry_and_keeps_the_ledger(database: Database, desk: DeskData) -> None:
    clock = Clock()
    consents = ConsentService(database, AGENT, clock=clock)
    # An earlier prohibition by letter stays: the correction restores exactly the state before the slip.
    consents.record(desk.person_id, "direct_advertising", "post", "prohibit", "customer_letter")
    clock.now += dt.timedelta(minutes=5)
    assert consents.prohibit_all_direct_marketing(desk.person_id, "customer_phone").no_direct_marketing
    clock.now += dt.timedelta(seconds=90)
    state = consents.undo_last(desk.person_id)
    assert [(r.purpose, r.channel, r.sources) for r in state.restrictions] == [
        ("direct_advertising", "post", ("customer_letter",))]
    with database.transaction() as session:
        events = session.scalars(select(ConsentEvent).order_by(ConsentEvent.id)).all()
        mistaken = [e for e in events if e.source == "customer_phone" and e.corrects_id is None]
        corrections = [e for e in events if e.corrects_id is not None]
        assert len(mistaken) == len(corrections) == len(DIRECT_MARKETING) * len(CHANNELS)
        assert {c.corrects_id for c in corrections} == {m.id for m in mistaken}
        assert {(c.decision, c.evidence, c.occurred_at) for c in corrections} == {("lift", "correction", clock.now)}
    row = audit_rows(database, "consent_corrected")[0]
    assert row.customer_id == desk.person_id and json.loads(row.detail)["events"] == len(mistaken)
    # The card derives the same state; the history shows both the slip and its correction.
    card = CustomerService(database, AGENT).open_card(desk.person_id, "call")
    assert not card.consents.is_prohibited("direct_advertising", "phone")
    assert card.consents.is_prohibited("direct_advertising", "post")
    assert len(card.consent_history) == 1 + 2 * len(mistaken)

    # The letter's prohibition was five minutes earlier: older than the window, nothing more to undo.
    with pytest.raises(UndoExpired):
        consents.undo_last(desk.person_id)


def test_only_the_authors_recent_entry_can_be_undone(database: Database, desk: DeskData) -> None:
    clock = Clock()
    ConsentService(database, AGENT, clock=clock).record(desk.person_id, "genealogy", "post", "prohibit",
                                                        "customer_desk")
    with pytest.raises(UndoExpired):  # somebody else's entry
        ConsentService(database, SUPERVISOR, clock=clock).undo_last(desk.person_id)
    clock.now += dt.timedelta(minutes=2, seconds=1)
    with pytest.raises(UndoExpired) as expired:
        ConsentService(database, AGENT, clock=clock).undo_last(desk.person_id)
    assert expired.value.params == {"minutes": 2}
    # The window is a setting.
    with database.transaction() as session:
        session.add(AppSetting(key="consents.undo_minutes", value="5"))
    state = ConsentService(database, AGENT, clock=clock).undo_last(desk.person_id)
    assert state.restrictions == ()
    assert audit_rows(database, "consent_corrected")[0].actor == "aino.agent"
