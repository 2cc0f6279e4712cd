"""The auditor (tietosuojavastaava) signs in to the program users start and finds who opened a customer,
when and why — and reads the audit log's details as sentences in Finnish, not as stored JSON codes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget
from sqlalchemy import select

from db.models import Customer
from desktop.core.roles import Actor, Role
from desktop.services.consents import ConsentService
from desktop.services.customers import CustomerService
from journeys.conftest import WAIT_MS


def _agent_handles_a_customer(journey_db, sql_guard) -> tuple[str, str, str]:
    """The demo agent opens a customer for a call and records a prohibition (as the desk would):
    returns (customer number, name, agent username)."""
    agent = journey_db.logins["agent"][0]
    with sql_guard.allowed():
        with journey_db.admin.transaction() as session:
            customer = session.scalars(select(Customer).where(Customer.kind == "person")
                                       .order_by(Customer.id.desc()).limit(1)).one()
            number, name, customer_id = customer.customer_number, customer.display_name, customer.id
        actor = Actor(agent, Role.AGENT)
        CustomerService(journey_db.admin, actor).open_card(customer_id, "call")
        ConsentService(journey_db.admin, actor).record(customer_id, "direct_advertising", "phone", "prohibit",
                                                       "customer_phone")
    return number, name, agent


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_auditor_finds_who_opened_a_customer_and_reads_the_details(desk, journey_db, sql_guard):
    number, name, agent = _agent_handles_a_customer(journey_db, sql_guard)
    desk.sign_in("auditor")

    desk.tab("Loki")  # the audit page beside the start page
    desk.tab("Ketkä avasivat asiakkaan")
    desk.type(number, desk.labelled("Asiakasnumero"))
    desk.click("Näytä käsittelyt")
    desk.wait_idle()
    heading = f"{name}, asiakas {number}: 2 lokiin kirjattua toimenpidettä."
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text=heading)), timeout=WAIT_MS)
    accesses = _rows(desk.find(QTableWidget, name="Asiakkaan lokiin kirjatut toimenpiteet"))
    assert [row[1:] for row in accesses] == [
        [agent, "Asiakaspalvelija", "Asiakas avattu", "Puhelu"],
        [agent, "Asiakaspalvelija", "Suostumus tai kielto kirjattu", ""]]

    # The same rows in the log, filtered by the customer: purpose and detail in words, in Finnish.
    desk.keys("Alt+L")  # the log's own tab, "&Loki"
    log = desk.find(QTableWidget, name="Audit-lokin rivit")
    desk.type(number, desk.labelled("Asiakasnumero"))
    desk.click("Hae")
    desk.wait_idle()
    # Newest first: the auditor's own look at the accesses (reading a customer's trail is logged too).
    desk.qtbot.waitUntil(lambda: log.rowCount() == 3, timeout=WAIT_MS)
    rows = _rows(log)
    assert rows[0][1:] == [journey_db.logins["auditor"][0], "Tietosuojavastaava", "Asiakkaan lokitiedot luettu",
                           number, "", "Luettu: ketkä avasivat asiakkaan"]
    assert rows[1][3:] == ["Suostumus tai kielto kirjattu", number, "",
                           "Kielletty: Suoramainonta, Puhelin (lähde: Asiakas puhelimitse)"]
    assert rows[2][3:6] == ["Asiakas avattu", number, "Puhelu"]
    shown = " ".join(cell for row in rows for cell in row)
    assert "{" not in shown and "prohibit" not in shown and "call" not in shown
    # Both lists tell the time in Finnish time, to the same minute.
    assert rows[2][0].startswith(accesses[0][0])
