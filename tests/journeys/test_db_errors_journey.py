"""An agent's save meets a colleague's change made meanwhile: the agent reads, in Finnish, that a colleague
changed the customer a moment ago and nothing was saved, and sees the colleague's values — on SQLite and
PostgreSQL, in the program users start."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView
from sqlalchemy import select

from db.models import Customer, PostalAddress
from desktop.core.contact import AddressInput
from desktop.core.roles import Actor, Role
from desktop.services.customers import ContactChanges, CustomerService

COLLEAGUE = Actor("sanna.colleague", Role.SUPERVISOR, "Sanna Kollega")
COLLEAGUES_STREET = "Kollegankatu 7"


def _shown_in_a_table(window, text: str) -> bool:
    for view in window.findChildren(QTableView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                if text in str(model.index(row, column).data() or ""):
                    return True
    return False


def test_a_save_that_meets_a_colleagues_change_says_so_and_shows_their_values(desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer = session.scalars(select(Customer).where(Customer.kind == "person").order_by(Customer.id)).first()
        number, customer_id = customer.customer_number, customer.id
        postcode, town = session.execute(
            select(PostalAddress.postcode, PostalAddress.post_town)
            .where(PostalAddress.customer_id == customer_id, PostalAddress.valid_to.is_(None))).one()

    desk.sign_in("agent", language="fi")
    desk.type(number)
    desk.qtbot.waitUntil(lambda: _shown_in_a_table(desk.window, number), timeout=15_000)  # the hit is listed
    desk.keys("Return")
    purpose = desk.wait_for_dialog()
    desk.keys("4", purpose)  # correction of data
    desk.wait_idle()
    phones = desk.labelled("Puhelinnumerot")
    assert isinstance(phones, QLineEdit)
    phones.setFocus()
    phones.selectAll()
    desk.type("040 765 4321", phones)

    # Meanwhile a colleague at another workstation records the customer's move.
    with sql_guard.allowed():
        card = CustomerService(journey_db.admin, COLLEAGUE).open_card(customer_id, "correction")
        CustomerService(journey_db.admin, COLLEAGUE).update_contact(
            customer_id, card.version, ContactChanges(postal_address=AddressInput(COLLEAGUES_STREET, postcode, town)))

    desk.click("Tallenna yhteystiedot (Ctrl+S)")
    desk.wait_idle()

    messages = [label.text() for label in desk.window.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("Työtoveri muutti tämän asiakkaan tietoja juuri äsken, joten muutoksiasi ei "
                               "tallennettu. Kortti on ladattu uudelleen hänen muutoksineen.") for text in messages), messages
    assert not any("Error" in text or "StaleEdit" in text for text in messages)
    # The agent's typing is kept; the field they did not touch shows the colleague's new street.
    assert desk.labelled("Puhelinnumerot").text() == "040 765 4321"
    assert desk.labelled("Katuosoite").text() == COLLEAGUES_STREET
    assert _shown_in_a_table(desk.window, COLLEAGUES_STREET)
    assert not [d for d in desk.window.findChildren(QDialog) if d.isVisible()]

    # Saving again now records the agent's phone on top of the colleague's move.
    desk.click("Tallenna yhteystiedot (Ctrl+S)")
    desk.wait_idle()
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        street = session.scalar(select(PostalAddress.street).where(
            PostalAddress.customer_id == customer_id, PostalAddress.valid_to.is_(None)))
    assert street == COLLEAGUES_STREET
