"""Queue control through the program users start: the agent takes a request on and the supervisor's queue
shows who handles it; four eyes on a refusal (the preparer cannot refuse, a second supervisor does, the
reason is printed in the letter); a claim left idle for two working days (a fake clock made it days ago)
is released automatically and shown as such. SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTableView
from sqlalchemy import select

from db.models import Customer, DataRequest, Letter, PostalAddress
from desktop.core.roles import Actor, Role
from desktop.services.request_claims import ClaimService
from desktop.services.requests import Intake, RequestService
from desktop.services.users import UserAdminService
from journeys.conftest import DISPLAY_NAMES, Desk, JourneyDatabase
from journeys.test_written_requests import open_request_from_card

REASON = "Pyyntö on ilmeisen perusteeton: sama pyyntö vastattiin 3.3.2026."


def _customer(journey_db: JourneyDatabase, sql_guard) -> tuple[int, str]:
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer = session.scalars(
            select(Customer).join(PostalAddress, PostalAddress.customer_id == Customer.id)
            .where(Customer.kind == "person", PostalAddress.valid_to.is_(None)).order_by(Customer.id)).first()
        return customer.id, customer.customer_number


def _new_request(journey_db: JourneyDatabase, sql_guard, actor: Actor, *, prepare: bool = False,
                 clock=None) -> tuple[int, str]:
    customer_id, _number = _customer(journey_db, sql_guard)
    with sql_guard.allowed():
        service = RequestService(journey_db.admin, actor, *([clock] if clock else []))
        info = service.intake(Intake("access", "letter", True, customer_id))
        if prepare:
            service.record_identity_check(info.id, "signature_compared")
            service.transition(info.id, "awaiting_sign_off")
    return info.id, info.reference


def _choose(desk: Desk, reference: str) -> None:
    """On the supervisor's Pyynnöt page: choose ``reference`` in the queue and wait for its detail."""
    if desk.window.role_pages.tabText(desk.window.role_pages.currentIndex()) != "Pyynnöt":
        desk.keys("Alt+2")
    desk.wait_idle()
    queue = desk.find(QTableView, name="Pyyntöjono")
    desk.wait_until(lambda: any(row[0] == reference for row in desk.rows(queue)))
    desk.click_row(queue, next(i for i, r in enumerate(desk.rows(queue)) if r[0] == reference))
    desk.wait_until(lambda: _label_with(desk, f"{reference} – "))
    desk.wait_idle()


def _label_with(desk: Desk, words: str, root=None) -> bool:
    return any(words in label.text() for label in desk.find_all(QLabel, root=root))


def test_agent_takes_a_request_on_and_the_supervisor_sees_who(desk: Desk, journey_db, sql_guard):
    agent = Actor(journey_db.logins["agent"][0], Role.AGENT)
    request_id, reference = _new_request(journey_db, sql_guard, agent)
    _cid, number = _customer(journey_db, sql_guard)
    desk.sign_in("agent")
    dialog = open_request_from_card(desk, number, reference)
    assert _label_with(desk, "Kukaan ei käsittele tätä pyyntöä.", dialog)
    desk.click("Ota käsittelyyn", dialog)
    desk.wait_until(lambda: _label_with(desk, "Käsittelet tätä pyyntöä", dialog))
    desk.wait_idle()
    assert desk.button("Vapauta", dialog).isEnabled() and not desk.button("Ota käsittelyyn", dialog).isEnabled()
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.get(DataRequest, request_id).claimed_by == agent.username
    desk.quit()

    desk.sign_in("supervisor")
    _choose(desk, reference)
    queue = desk.find(QTableView, name="Pyyntöjono")
    row = next(r for r in desk.rows(queue) if r[0] == reference)
    assert row[-1] == DISPLAY_NAMES["agent"]
    assert _label_with(desk, f"{DISPLAY_NAMES['agent']} käsittelee tätä pyyntöä")
    # The due date's reasoning, on request: the deadline line's tooltip, step by step.
    deadline = next(label for label in desk.find_all(QLabel) if label.text().startswith("Vastaanotettu "))
    steps = deadline.toolTip().splitlines()
    assert steps[0].startswith("Saapunut ") and steps[1].startswith("Kuukausi seuraavasta päivästä lukien")
    assert steps[-1].startswith("Määräaika päättyy ")
    # The supervisor may take it over (the agent sees that on their next look).
    desk.click("Ota itsellesi")
    desk.wait_until(lambda: _label_with(desk, "Käsittelet tätä pyyntöä"))
    desk.wait_idle()


def test_four_eyes_refusal_needs_a_second_supervisor_and_a_printed_reason(desk: Desk, journey_db, sql_guard):
    preparer = Actor(journey_db.logins["supervisor"][0], Role.SUPERVISOR)
    request_id, reference = _new_request(journey_db, sql_guard, preparer, prepare=True)
    desk.sign_in("supervisor")
    _choose(desk, reference)
    # The preparer is not offered the refusal, and the button says why (desktop.core.request_actions).
    refuse = desk.button("Hylkää…")
    desk.wait_until(lambda: "toisen esimiehen on päätettävä hylkäämisestä" in refuse.toolTip())
    assert not refuse.isEnabled()
    desk.wait_idle()
    desk.quit()

    second = f"esimies2_{uuid.uuid4().hex[:6]}"
    with sql_guard.allowed():
        UserAdminService(journey_db.admin, Actor("setup", Role.ADMIN)).create_user(
            second, Role.SUPERVISOR, "Kesä-Toinen-2024", display_name="Olga Toinen")
    journey_db.logins["second"] = (second, "Kesä-Toinen-2024")
    desk.sign_in("second")
    _choose(desk, reference)
    desk.click("Hylkää…")
    dialog = desk.wait_for_dialog(f"Hylkää pyyntö {reference}")
    assert not desk.button("Hylkää", dialog).isEnabled()  # no refusal without a reason
    desk.type(REASON, desk.find(QPlainTextEdit, root=dialog))
    desk.click("Hylkää", dialog)
    desk.wait_closed(dialog)
    desk.wait_until(lambda: desk.button("Esikatsele ja tulosta…").isEnabled())
    desk.wait_idle()
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        request = session.get(DataRequest, request_id)
        letter = session.scalars(select(Letter).where(Letter.request_id == request_id)).one()
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.pdf)).pages).split())
    assert request.state == "refused" and letter.letter_type == "refusal"
    assert REASON in text  # the requester reads the reason


def test_an_idle_claim_is_released_automatically_and_shown(desk: Desk, journey_db, sql_guard):
    agent = Actor(journey_db.logins["agent"][0], Role.AGENT, DISPLAY_NAMES["agent"])
    request_id, reference = _new_request(journey_db, sql_guard, agent)
    # The agent took it on a week ago (a fake clock) and has not touched it since.
    week_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
    with sql_guard.allowed():
        ClaimService(journey_db.admin, agent, lambda: week_ago).claim(request_id)
    desk.sign_in("supervisor")
    _choose(desk, reference)
    assert _label_with(desk, f"Vapautettu automaattisesti {dt.date.today().day}.")
    queue = desk.find(QTableView, name="Pyyntöjono")
    assert next(r for r in desk.rows(queue) if r[0] == reference)[-1] == ""
    box = next(b for b in desk.find_all(QGroupBox) if b.title() == "Historia")
    history = desk.find(QTableView, root=box)
    assert any("vapautettu automaattisesti, ei toimia" in " ".join(r) for r in desk.rows(history))
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.get(DataRequest, request_id).claimed_by is None


def test_supervisor_filters_saves_a_view_and_reassigns_chosen_rows(desk: Desk, journey_db, sql_guard):
    agent = Actor(journey_db.logins["agent"][0], Role.AGENT)
    customer_id, _number = _customer(journey_db, sql_guard)
    with sql_guard.allowed():
        service = RequestService(journey_db.admin, agent)
        references = [service.intake(Intake("rectification", "letter", True, customer_id)).reference
                      for _ in range(2)]
    desk.sign_in("supervisor")
    _choose(desk, references[0])
    queue = desk.find(QTableView, name="Pyyntöjono")
    kind = desk.find(QComboBox, name="Pyynnön tyyppi")
    kind.setCurrentIndex(kind.findText("Oikaisu"))
    desk.wait_until(lambda: desk.rows(queue) and all(row[2] == "Oikaisu" for row in desk.rows(queue)))
    desk.wait_idle()

    desk.click("Tallenna näkymä…")
    dialog = desk.wait_for_dialog("Tallenna näkymä")
    desk.type("Oikaisut", desk.find(QLineEdit, root=dialog))
    desk.keys("Return", desk.find(QLineEdit, root=dialog))
    desk.wait_closed(dialog)
    assert desk.find(QComboBox, name="Tallennetut näkymät").currentText() == "Oikaisut"

    # Ctrl+click the two new requests, then give both to the agent at once.
    rows = [i for i, row in enumerate(desk.rows(queue)) if row[0] in references]
    desk.click_row(queue, rows[0])
    queue.scrollTo(queue.model().index(rows[1], 0))
    desk.qtbot.mouseClick(queue.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                          queue.visualRect(queue.model().index(rows[1], 0)).center())
    handler = next(c for c in desk.find_all(QComboBox) if c.findText(f"{DISPLAY_NAMES['agent']} ({agent.username})") >= 0)
    handler.setCurrentIndex(handler.findText(f"{DISPLAY_NAMES['agent']} ({agent.username})"))
    desk.click("Siirrä käsittelijälle")
    desk.wait_until(lambda: _label_with(desk, "Käsittelijäksi vaihdettu") and _label_with(desk, ": 2 pyyntöä."))
    desk.wait_idle()
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        handlers = set(session.scalars(select(DataRequest.assigned_to).where(DataRequest.reference.in_(references))))
    assert handlers == {agent.username}
