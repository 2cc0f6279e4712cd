"""Restriction of processing and disclosures from the card (issue 12), through the program users start.

The agent restricts a customer's processing from the card (reason, until lifted): the banner appears. A
disclosure under the customer's power of attorney is then refused on screen; one for the collection of an
unpaid invoice (Art. 18(2)) is recorded and listed. A phone change asks for its reason before it is saved.
The supervisor lifts the restriction with a reason and the banner goes. The register and the audit trail
hold every step.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
)
from sqlalchemy import select

from db.models import Customer, Disclosure, PostalAddress, ProcessingRestriction
from journeys.conftest import Desk, plain
from journeys.test_written_requests import open_customer


def _customer(journey_db, sql_guard) -> tuple[int, str]:
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        row = session.execute(select(Customer.id, Customer.customer_number)
                              .join(PostalAddress, PostalAddress.customer_id == Customer.id)
                              .where(Customer.kind == "person", PostalAddress.valid_to.is_(None))
                              .order_by(Customer.id).limit(1)).one()
    return row[0], row[1]


def _banner(desk: Desk) -> QFrame | None:
    found = [w for w in desk.find_all(QFrame) if w.objectName() == "restrictionBanner"]
    return found[0] if found else None  # type: ignore[return-value]


def _card_says(desk: Desk, text: str) -> bool:
    return any(text in label.text() for label in desk.find_all(QLabel))


def record_disclosure(desk: Desk, recipient: str, basis_text: str, data: str) -> None:
    """The Disclosures section's button, the dialog filled in by its labels, Kirjaa."""
    desk.click("Kirjaa luovutus …")
    dialog = desk.wait_for_dialog("Kirjaa luovutus")
    desk.type(recipient, desk.labelled("Vastaanottaja", dialog))
    basis = desk.labelled("Oikeudellinen peruste", dialog)
    assert isinstance(basis, QComboBox)
    basis.setCurrentIndex(basis.findText(basis_text))
    assert basis.currentText() == basis_text
    desk.type(data, desk.labelled("Mitä tietoja", dialog))
    desk.click("Kirjaa", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()


def test_agent_restricts_records_disclosures_and_edits_with_a_reason_supervisor_lifts(desk: Desk, journey_db,
                                                                                   sql_guard):
    customer_id, number = _customer(journey_db, sql_guard)
    desk.sign_in("agent")
    open_customer(desk, number)
    assert _banner(desk) is None

    # -- restrict: reason, until lifted -------------------------------------------------------------------
    menu = desk.find(QToolButton, text="Tietosuoja")
    assert [plain(a.text()) for a in menu.menu().actions() if a.isVisible() and not a.isSeparator()] == [
        "Rajoita käsittelyä …", "Poistosuunnitelma …", "Tulosta tietosuojaseloste …"]
    desk.keys("Ctrl+Shift+R")
    dialog = desk.wait_for_dialog("Rajoita käsittelyä")
    desk.type("Asiakas kiistää osoitteen oikeellisuuden", desk.find(QPlainTextEdit, name="Syy", root=dialog))
    desk.click("Toistaiseksi", dialog)
    desk.click("Rajoita", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()
    desk.wait_until(lambda: _banner(desk) is not None)
    banner = _banner(desk)
    assert banner is not None
    assert _card_says(desk, "Käsittely rajoitettu (tietosuoja-asetus 18 art.) – päättyy: toistaiseksi")
    assert _card_says(desk, "Asiakas kiistää osoitteen oikeellisuuden")
    assert not desk.find_all(QPushButton, text="Poista rajoitus …")  # an agent does not lift
    assert not menu.menu().actions()[0].isEnabled()  # already restricted

    # -- a disclosure: refused under a power of attorney, recorded for debt collection --------------------
    desk.go_to("Luovutukset")
    record_disclosure(desk, "Alihankinta Oy", "Asiakkaan valtakirja", "Nimi ja osoite")
    desk.wait_until(lambda: _card_says(desk, "tietoja ei saa luovuttaa tällä perusteella"))
    record_disclosure(desk, "RopoCapital Oy", "Maksamattoman laskun perintä (oikeutettu etu, oikeudellinen vaade)",
                      "Nimi, osoite, avoin lasku")
    desk.wait_until(lambda: _card_says(desk, "Luovutus kirjattiin."))
    table = desk.find(QTableWidget, name="Luovutukset muille vastaanottajille")
    rows = desk.rows(table)  # type: ignore[arg-type]
    assert any("RopoCapital Oy" in row and "Nimi, osoite, avoin lasku" in row for row in rows), rows

    # -- a contact edit asks for its reason -----------------------------------------------------------------
    desk.go_to("Yhteystiedot")
    phones = desk.labelled("Puhelinnumerot")
    assert isinstance(phones, QLineEdit)
    phones.clear()
    desk.type("040 765 4321", phones)
    desk.click("Tallenna yhteystiedot (Ctrl+S)")
    dialog = desk.wait_for_dialog("Käsittely on rajoitettu")
    desk.type("Asiakkaan pyyntö puhelimessa", desk.find(QLineEdit, name="Syy", root=dialog))
    desk.click("Tallenna", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()
    desk.wait_until(lambda: _card_says(desk, "Tallennettu."))
    desk.quit()

    # -- the supervisor lifts it -----------------------------------------------------------------------------
    desk.sign_in("supervisor")
    open_customer(desk, number)
    desk.wait_until(lambda: _banner(desk) is not None)
    desk.click("Poista rajoitus …")
    dialog = desk.wait_for_dialog("Poista käsittelyn rajoitus")
    desk.type("Osoite tarkistettu, asiakkaalle kerrottu kirjeellä", desk.find(QLineEdit, name="Syy", root=dialog))
    desk.click("Poista rajoitus", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()
    desk.wait_until(lambda: _banner(desk) is None and _card_says(desk, "Rajoitus poistettiin."))
    assert desk.find(QToolButton, text="Tietosuoja").menu().actions()[0].isEnabled()

    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        restriction = session.scalars(select(ProcessingRestriction)
                                      .where(ProcessingRestriction.customer_id == customer_id)).one()
        assert restriction.ends_on is None and restriction.lifted_by == journey_db.logins["supervisor"][0]
        disclosures = session.scalars(select(Disclosure).where(Disclosure.customer_id == customer_id,
                                                               Disclosure.recipient.in_(["RopoCapital Oy",
                                                                                         "Alihankinta Oy"]))).all()
        assert [(d.recipient, d.basis) for d in disclosures] == [("RopoCapital Oy", "debt_collection")]
    rows = [r for r in journey_db.audit_rows(sql_guard) if r.customer_id == customer_id]
    actions = [r.action for r in rows]
    assert actions.index("restriction_recorded") < actions.index("disclosure_recorded") \
        < actions.index("restriction_lifted")
    changed = [json.loads(r.detail) for r in rows if r.action == "contact_changed"]
    assert changed and changed[-1]["restricted"] is True and changed[-1]["reason"] == "Asiakkaan pyyntö puhelimessa"
