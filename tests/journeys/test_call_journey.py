"""An agent takes a call in the program users start: F2, the caller found and opened, the recording notice
read (F6), a prohibition recorded after confirming it, a second customer opened and linked as the same
caller's family member, notes typed, F8 — and the stored rows belong to the right customers."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from db.models import Call, CallCustomer, ConsentEvent, ContactPoint, Customer
from desktop.core.prohibitions import CHANNELS, DIRECT_MARKETING
from journeys.conftest import WAIT_MS

NOTES = "Soittaja kielsi suoramarkkinoinnin ja kysyi äitinsä laskusta."


def _two_people(journey_db, sql_guard) -> list[tuple[int, str, str]]:
    """Two persons of the demo register without prohibitions yet: (id, name as the desk shows it, number)."""
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        prohibited = select(ConsentEvent.customer_id)
        people = session.scalars(select(Customer).where(Customer.kind == "person", Customer.id.not_in(prohibited))
                                 .order_by(Customer.id).limit(2)).all()
        return [(c.id, c.display_name, c.customer_number) for c in people]


def _search_and_open(desk, number: str) -> None:
    desk.keys("Ctrl+F")
    desk.keys("Escape")  # the previous search's rows and count go away
    desk.type(number)
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text="1 asiakas")), timeout=WAIT_MS)
    desk.keys("Return")


def test_agent_takes_a_call_and_records_a_prohibition(desk, journey_db, sql_guard):
    (a_id, a_name, a_number), (b_id, b_name, b_number) = _two_people(journey_db, sql_guard)
    desk.sign_in("agent")

    desk.keys("F2")
    desk.wait_idle()
    assert desk.find_all(QLabel, name="Puhelu: soittajaa ei ole vielä tunnistettu (ensimmäinen avaamasi asiakas "
                                       "on soittaja)")
    # The caller is found and opened: no purpose question, the call now names its customer.
    _search_and_open(desk, a_number)
    desk.wait_idle()
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, name=f"Puhelu: {a_name}, {a_number}")), timeout=WAIT_MS)
    assert desk.find(QLabel, text=a_name)

    desk.keys("F6")  # the recording notice was read and accepted
    desk.wait_idle()
    assert desk.find(QLabel, text="Ilmoitus annettu ja hyväksytty: puhelu tallennetaan.")

    # "No direct marketing of any kind": the list of what will be recorded first, then the result in view.
    desk.keys("Ctrl+Shift+M")
    confirm = desk.wait_for_dialog("Kirjaa kiellot")
    assert a_name in confirm.text() and "Suoramainonta" in confirm.informativeText()
    desk.click("Kirjaa", root=confirm)
    desk.wait_idle()
    assert desk.find_all(QLabel, text=f"Kirjattu asiakkaalle {a_name}: Ei minkäänlaista suoramarkkinointia. "
                                      "Virhe? Peru 2 minuutin kuluessa (Ctrl+Shift+Z).")

    # The caller asks about their mother: another customer during the call — same caller, linked.
    _search_and_open(desk, b_number)
    question = desk.wait_for_dialog("Toinen asiakas puhelun aikana")
    desk.keys("1", question)
    desk.wait_idle()
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text=b_name)), timeout=WAIT_MS)
    assert desk.find_all(QLabel, name=f"Puhelu: {a_name}, {a_number} · koskee myös: {b_name}, {b_number}")

    desk.keys("Ctrl+Shift+N")
    notes = desk.labelled("Puhelun muistiinpanot (Ctrl+Shift+N)")
    assert QApplication.focusWidget() is notes
    desk.type(NOTES)
    assert desk.find(QLabel, text=f"{len(NOTES)} / 4000 merkkiä")
    desk.keys("F8")
    desk.wait_idle()
    desk.qtbot.waitUntil(lambda: not desk.find_all(QLabel, name=f"Puhelu: {a_name}, {a_number} · koskee myös: "
                                                                 f"{b_name}, {b_number}"), timeout=WAIT_MS)

    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        call = session.scalars(select(Call).where(Call.notes == NOTES)).one()
        links = session.scalars(select(CallCustomer.customer_id).where(CallCustomer.call_id == call.id)).all()
        events = session.scalars(select(ConsentEvent).where(ConsentEvent.call_id == call.id)).all()
        assert call.customer_id == a_id and call.ended_at is not None and call.notice_given_at is not None
        assert links == [b_id]
        assert {(e.customer_id, e.purpose, e.channel, e.decision) for e in events} == {
            (a_id, p, c, "prohibit") for p in DIRECT_MARKETING for c in CHANNELS}
    opened = [(r.customer_id, r.purpose) for r in journey_db.audit_rows(sql_guard)
              if r.action == "customer_opened" and r.customer_id in (a_id, b_id)]
    assert opened[:2] == [(a_id, "call"), (b_id, "call")]


def test_unsaved_contact_edits_are_asked_about_when_the_window_closes(desk, journey_db, sql_guard):
    (a_id, a_name, a_number), _ = _two_people(journey_db, sql_guard)
    window = desk.sign_in("agent")
    _search_and_open(desk, a_number)
    purpose = desk.wait_for_dialog("Miksi")
    desk.keys("4", purpose)  # correction
    desk.wait_idle()
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text=a_name)), timeout=WAIT_MS)
    phones = desk.labelled("Puhelinnumerot")
    phones.setFocus()
    phones.selectAll()
    desk.type("040 765 4321")

    desk.keys("Ctrl+Q")  # quit: the edits are not thrown away silently
    question = desk.wait_for_dialog("Tallentamattomia muutoksia")
    assert a_name in question.text()
    desk.click("Peruuta", root=question)
    assert window.isVisible() and phones.text() == "040 765 4321"

    desk.keys("Ctrl+Q")
    desk.click("Tallenna", root=desk.wait_for_dialog("Tallentamattomia muutoksia"))
    desk.qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)  # saved, then closed
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        stored = session.scalars(select(ContactPoint.value).where(ContactPoint.customer_id == a_id,
                                                                  ContactPoint.kind == "phone")).all()
    assert stored == ["040 765 4321"]
