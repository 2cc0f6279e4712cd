"""An agent finds a demo customer, opens the card and reads the invoices: rows with Finnish amounts, dates
and states, what is unpaid in the section's title, and the look is in the access log."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QTableView, QTableWidget
from sqlalchemy import func, select

from db.models import Customer, Invoice

AMOUNT = re.compile(r"^\d{1,3}(\u00a0\d{3})*,\d{2} €$")
DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")
STATES = {"Avoin", "Avoin, erääntynyt", "Maksettu", "Perinnässä"}


def _customer_with_unpaid_invoices(journey_db, sql_guard) -> tuple[int, str, int]:
    """(id, customer number, invoice count) of a demo customer who owes something."""
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer_id = session.scalar(select(Invoice.customer_id).where(Invoice.state != "paid")
                                     .order_by(Invoice.customer_id).limit(1))
        number = session.scalar(select(Customer.customer_number).where(Customer.id == customer_id))
        count = session.scalar(select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer_id))
    assert customer_id is not None and number and count, "the demo register has unpaid invoices"
    return customer_id, number, count


def _listed(desk, text: str) -> bool:
    """``text`` is in a cell of a visible list (the search results, once they have come)."""
    for table in desk.find_all(QTableView):
        model = table.model()
        if any(model.index(r, c).data() == text for r in range(model.rowCount()) for c in range(model.columnCount())):
            return True
    return False


def test_agent_reads_a_customers_invoices_on_the_card(desk, journey_db, sql_guard):
    customer_id, number, count = _customer_with_unpaid_invoices(journey_db, sql_guard)
    desk.sign_in("agent")
    desk.type(number)  # the search field has the focus after signing in
    desk.qtbot.waitUntil(lambda: _listed(desk, number), timeout=15_000)
    desk.keys("Return")
    desk.wait_for_dialog("Miksi avaat")
    desk.click("2  Kirje – postin vastaaminen tai lähettäminen")
    desk.wait_idle()

    desk.go_to("Laskut")
    table = desk.find(QTableWidget, name="Laskut")
    assert isinstance(table, QTableWidget)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:5] == ["Numero", "Päivämäärä", "Eräpäivä", "Summa", "Tila"]
    assert table.rowCount() == count
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    for invoice_number, day, due, amount, state in rows:
        assert invoice_number.isdigit() and DATE.match(day) and DATE.match(due), (invoice_number, day, due)
        assert AMOUNT.match(amount), amount
        assert state in STATES, state
    assert any(state != "Maksettu" for *_, state in rows)
    titles = [label.text() for label in desk.find_all(QLabel) if label.text().startswith("Laskut: ")]
    assert titles and "maksamatta, yhteensä" in titles[0] and titles[0].rstrip().split("·")[0].strip().endswith("€")

    opened = [(r.action, r.purpose) for r in journey_db.audit_rows(sql_guard)
              if r.customer_id == customer_id and r.actor == journey_db.logins["agent"][0]]
    assert ("customer_opened", "letter") in opened
