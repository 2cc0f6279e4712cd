"""Written requests through the program users start: the agent registers a signed letter from the
customer card (Ctrl+N), opens it from the card's Requests tab; the supervisor has a Requests page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QListWidget, QTableView, QTableWidget
from sqlalchemy import select

from db.models import Customer, DataRequest, PostalAddress
from desktop.tooling import demo_today
from journeys.conftest import Desk, JourneyDatabase


def a_customer_with_an_address(journey_db: JourneyDatabase, sql_guard) -> tuple[str, str]:
    """(customer number, name) of a person in the demo register with a current postal address."""
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer = session.scalars(
            select(Customer).join(PostalAddress, PostalAddress.customer_id == Customer.id)
            .where(Customer.kind == "person", PostalAddress.valid_to.is_(None)).order_by(Customer.id)).first()
        assert customer is not None
        return customer.customer_number, customer.display_name


def open_customer(desk: Desk, number: str) -> None:
    """F3, type the customer number, Enter on the match, 3 (purpose: a request): the card opens."""
    desk.keys("F3")
    desk.type(number)
    desk.wait_until(lambda: any(number in " ".join(row) for view in desk.find_all(QTableView)
                                for row in desk.rows(view)))
    desk.keys("Return")
    purpose = desk.wait_for_dialog("Miksi")
    desk.keys("3", purpose)
    desk.wait_closed(purpose)
    desk.wait_idle()


def open_request_from_card(desk: Desk, number: str, reference: str) -> QDialog:
    """Open customer ``number``, its card's Requests tab, and double-click ``reference``: its window."""
    open_customer(desk, number)
    desk.go_to("Pyynnöt")
    table = desk.labelled("Rekisteröidyn pyynnöt")
    desk.double_click_row(table, next(i for i, r in enumerate(desk.rows(table)) if r[0] == reference))
    dialog = desk.wait_for_dialog(f"Pyyntö {reference}")
    desk.wait_idle()
    return dialog


def test_agent_registers_a_signed_letter_from_the_card_with_ctrl_n(desk: Desk, journey_db, sql_guard):
    number, name = a_customer_with_an_address(journey_db, sql_guard)
    desk.sign_in("agent")
    assert "Uusi kirjallinen pyyntö…" in desk.menu_texts("Asiakas")
    open_customer(desk, number)

    # F1 lists Ctrl+N with the menu item's words.
    desk.keys("F1")
    overlay = desk.window.shortcut_overlay
    assert any(line.keys == "Ctrl+N" and "kirjallinen pyyntö" in line.description for line in overlay.lines)
    desk.keys("Esc", overlay)

    desk.keys("Ctrl+N")
    dialog = desk.wait_for_dialog("Uusi kirjallinen pyyntö")
    assert not dialog.isModal()  # a window of its own: the card stays usable
    customers = desk.find(QListWidget, root=dialog)
    assert number in customers.currentItem().text() and name in customers.currentItem().text()
    signed = desk.find(QCheckBox, text="Pyytäjän allekirjoittama", root=dialog)
    desk.qtbot.mouseClick(signed, Qt.MouseButton.LeftButton)
    desk.click("Kirjaa", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()

    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        request = session.scalars(select(DataRequest).join(Customer, Customer.id == DataRequest.customer_id)
                                  .where(Customer.customer_number == number)
                                  .order_by(DataRequest.id.desc())).first()
        reference, signed_stored, channel = request.reference, request.signed, request.channel
    assert signed_stored and channel == "letter"
    # The card shows its Requests tab with the new request chosen.
    table = desk.labelled("Rekisteröidyn pyynnöt")
    assert isinstance(table, QTableWidget) and table.isVisible()
    desk.wait_until(lambda: any(reference in row for row in desk.rows(table)))
    assert desk.rows(table)[table.currentRow()][0] == reference
    assert desk.find_all(QLabel, text=f"Pyyntö {reference} kirjattu.")
    # Enter on the chosen row opens the request in a window of its own.
    desk.keys("Return", table)
    detail = desk.wait_for_dialog(f"Pyyntö {reference}")
    desk.wait_idle()
    assert "allekirjoitettu" in " ".join(label.toolTip() for label in desk.find_all(QLabel, root=detail))


def test_agent_opens_a_request_from_the_cards_requests_tab(desk: Desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        number, reference = session.execute(
            select(Customer.customer_number, DataRequest.reference).join(Customer, Customer.id == DataRequest.customer_id)
            .where(DataRequest.state == "received").order_by(DataRequest.id)).first()
    desk.sign_in("agent")
    dialog = open_request_from_card(desk, number, reference)
    assert isinstance(dialog, QDialog) and not dialog.isModal()
    # The agent may record the identity check, not sign off.
    assert reference in " ".join(label.text() for label in desk.find_all(QLabel, root=dialog))
    assert desk.button("Kirjaa henkilöllisyyden tarkistus", dialog).isEnabled()
    assert not desk.button("Hyväksy ja laadi vastaus", dialog).isEnabled()


def test_agent_opens_one_of_their_own_open_requests_from_the_start_page(desk: Desk, journey_db, sql_guard):
    with sql_guard.allowed():
        demo_today.add_todays_work(journey_db.admin, agent=journey_db.logins["agent"][0],
                                   supervisor=journey_db.logins["supervisor"][0])
    desk.sign_in("agent")
    desk.go_to("Tänään")
    desk.wait_idle()
    mine = desk.find(QTableView, name="Omat avoimet pyynnöt")
    desk.wait_until(lambda: desk.rows(mine))
    desk.double_click_row(mine, 0)
    dialog = desk.wait_for_dialog("Pyyntö TP-")
    desk.wait_idle()
    reference = dialog.windowTitle().removeprefix("Pyyntö ")
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        handler = session.scalars(select(DataRequest.assigned_to).where(DataRequest.reference == reference)).one()
    assert handler == journey_db.logins["agent"][0]
    assert not dialog.isModal() and desk.button("Hyväksy ja laadi vastaus", dialog).isVisible()
