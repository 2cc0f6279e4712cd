"""The start page widget: what each role's page shows, F5 and showing it again read anew, Enter opens a
row, typing starts a search, a language switch retranslates everything on it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from db import audit
from db.models import Customer, DataRequest
from desktop.core.deadlines import add_months, due_date
from desktop.core.roles import Actor, Role
from desktop.core.text import name_key
from desktop.operations.session import DeskSession
from desktop.views.start.start_page import StartPage
from gui.keys import press, type_text

AGENT = Actor("aino.agent", Role.AGENT, "Aino")
ADMIN = Actor("pekka.admin", Role.ADMIN, "Pekka")


def _request(session, reference: str, customer_id: int, received: dt.date) -> None:
    session.add(DataRequest(reference=reference, customer_id=customer_id, request_type="access",
                            state="in_preparation", channel="letter", received_on=received,
                            due_on=due_date(received), created_by="x", assigned_to=AGENT.username))


@pytest.fixture
def register(database, sql_guard):
    today = dt.date.today()
    with sql_guard.allowed(), database.transaction() as session:
        customer = Customer(customer_number="100001", kind="person", first_names="Maija", last_name="Mäkinen",
                            language="fi", search_name=name_key("Mäkinen", "Maija"))
        session.add(customer)
        session.flush()
        _request(session, "TP-2026-00001", customer.id, add_months(today, -1) - dt.timedelta(days=10))
        audit.append(session, AGENT, "customer_opened", customer_id=customer.id, purpose="call")
    return customer.id


def make_page(qtbot, runner, database, actor) -> StartPage:
    page = StartPage(runner, DeskSession(database, actor, "test", is_local_file=True))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.show()
    return page


def cells(view: QTableView, row: int = 0) -> list[str]:
    model = view.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_agent_page_shows_overdue_in_red_and_reads_again_on_f5_and_when_shown(qtbot, runner, database, register,
                                                                             sql_guard, translations):
    page = make_page(qtbot, runner, database, AGENT)
    mine = page.section("myRequests")
    assert mine.view.isVisible() and cells(mine.view)[0].startswith("9 day") and "overdue" in cells(mine.view)[0]
    assert mine.view.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"
    assert page.section("recentCustomers").view.isVisible()
    calls = page.section("recentCalls")
    assert not calls.view.isVisible() and calls.empty.text().startswith("No calls in the last 7 day")
    assert page.section("queue") is None and page.section("staff") is None  # not the agent's

    with sql_guard.allowed(), database.transaction() as session:
        _request(session, "TP-2026-00002", register, dt.date.today())
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        press(mine.view, Qt.Key.Key_F5)
    assert mine.view.model().rowCount() == 2
    with sql_guard.allowed(), database.transaction() as session:
        _request(session, "TP-2026-00003", register, dt.date.today())
    page.hide()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.show()
    assert mine.view.model().rowCount() == 3


def test_enter_opens_the_row_and_typing_starts_a_search(qtbot, runner, database, register, translations):
    page = make_page(qtbot, runner, database, AGENT)
    mine = page.section("myRequests").view
    mine.setFocus()
    mine.setCurrentIndex(mine.model().index(0, 0))
    with qtbot.waitSignal(page.request_chosen) as chosen:
        press(mine, Qt.Key.Key_Return)
    assert chosen.args[0] == mine.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1).id
    customers = page.section("recentCustomers").view
    customers.setCurrentIndex(customers.model().index(0, 0))
    with qtbot.waitSignal(page.customer_chosen) as opened:
        press(customers, Qt.Key.Key_Return)
    assert opened.args == [register, "Mäkinen Maija"]
    with qtbot.waitSignal(page.search_typed) as typed:
        type_text(customers, "ä")
    assert typed.args[1] == "ä"


def test_admin_page_has_no_customer_data_and_follows_the_language(qtbot, runner, database, register, translations):
    page = make_page(qtbot, runner, database, ADMIN)
    assert set(page.sections) == {"staff", "roles"}
    assert page.title() == "Today"
    translations.switch("fi")
    assert page.title() == "Tänään"
    assert page.section("staff").title() == "Käyttäjät, jotka voivat tarvita apua kirjautumisessa"
    assert page.ui.heading.text().startswith("Tänään ")
    headers = [page.section("roles").view.model().headerData(c, Qt.Orientation.Horizontal)
               for c in range(3)]
    assert headers == ["Rooli", "Käyttäjiä", "Kirjautunut tänään"]
