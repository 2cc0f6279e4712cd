"""The queue's filters (type, channel, handler, days left, the customer's language) applied by the
database, and a saved view chosen again later. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog

from db.models import DataRequest, StaffUser
from desktop.core.deadlines import due_date
from desktop.core.queue_filter import UNASSIGNED, QueueFilter
from desktop.views.requests.queue_page import RequestsPage

TODAY = dt.date.today()


def _add(session, ref: str, customer_id: int, kind: str, channel: str, received: dt.date,
         assigned_to: str | None) -> None:
    session.add(DataRequest(reference=ref, customer_id=customer_id, request_type=kind, state="received",
                            channel=channel, received_on=received, due_on=due_date(received), created_by="x",
                            assigned_to=assigned_to))


def _references(page: RequestsPage) -> list[str]:
    return [r.reference for r in page.model.rows()]


def test_filters_and_a_saved_view(qtbot, runner, supervisor, register, sql_guard) -> None:
    with sql_guard.allowed(), register.database.transaction() as session:
        session.add_all([StaffUser(username="aino.agent", display_name="Aino Asiakaspalvelija", role="agent"),
                         StaffUser(username="sanna.super", display_name="Sanna Esimies", role="supervisor")])
        _add(session, "TP-1", register.customer_id, "access", "letter", TODAY - dt.timedelta(days=40), "aino.agent")
        _add(session, "TP-2", register.other_id, "erasure", "desk", TODAY - dt.timedelta(days=27), None)
        _add(session, "TP-3", register.customer_id, "erasure", "email_signed", TODAY - dt.timedelta(days=2),
             "sanna.super")
        _add(session, "TP-4", register.other_id, "access", "letter", TODAY, "aino.agent")
    page = RequestsPage(runner, supervisor)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignals([page.queue_loaded, page.staff_loaded], timeout=10_000):
        page.refresh()
    assert _references(page) == ["TP-1", "TP-2", "TP-3", "TP-4"]
    bar = page.filters

    def choose(combo, code) -> None:
        with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
            combo.setCurrentIndex(combo.findData(code))

    choose(bar.ui.request_type, "erasure")
    assert _references(page) == ["TP-2", "TP-3"] and page.ui.status.text().startswith("2 open requests")
    choose(bar.ui.language, "sv")
    assert _references(page) == ["TP-2"]
    choose(bar.ui.language, None)
    choose(bar.ui.assignee, UNASSIGNED)
    assert _references(page) == ["TP-2"]
    choose(bar.ui.assignee, "sanna.super")
    assert _references(page) == ["TP-3"]

    # Save it as a view, clear the filters, choose the view again.
    bar.ui.save_button.click()
    qtbot.waitUntil(lambda: bar.name_dialog is not None and bar.name_dialog.isVisible(), timeout=10_000)
    dialog: QInputDialog = bar.name_dialog
    dialog.setTextValue("Sannan poistot")
    dialog.accept()
    assert bar.ui.views.currentText() == "Sannan poistot"
    choose(bar.ui.request_type, None)
    choose(bar.ui.assignee, None)
    assert len(_references(page)) == 4 and bar.ui.views.currentData() is None
    with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        bar.ui.views.setCurrentIndex(bar.ui.views.findData("Sannan poistot"))
        bar.ui.views.activated.emit(bar.ui.views.currentIndex())
    assert _references(page) == ["TP-3"]
    assert bar.saved_views()["Sannan poistot"] == QueueFilter(request_type="erasure", assignee="sanna.super")

    # Days left: overdue (received 40 days ago), within a week (27 days ago: due in about 4 days).
    choose(bar.ui.request_type, None)
    choose(bar.ui.assignee, None)
    choose(bar.ui.due, "overdue")
    assert _references(page) == ["TP-1"]
    choose(bar.ui.due, "week")
    assert _references(page) == ["TP-1", "TP-2"]
    choose(bar.ui.due, None)

    # Unverified (on hold for identity clarification, clock paused) is hidden unless asked for; after the
    # setting's 60 days without an answer the request is closed as abandoned, the reason in its history.
    with sql_guard.allowed(), register.database.transaction() as session:
        _add(session, "TP-5", register.customer_id, "access", "letter", TODAY - dt.timedelta(days=20), None)
        _add(session, "TP-6", register.customer_id, "access", "letter", TODAY - dt.timedelta(days=70), None)
        session.flush()
        for reference, days in (("TP-5", 10), ("TP-6", 61)):
            row = session.query(DataRequest).filter_by(reference=reference).one()
            row.state, row.paused_since = "on_hold", TODAY - dt.timedelta(days=days)
    with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        page.refresh()
    assert "TP-5" not in _references(page) and "TP-6" not in _references(page)
    with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        bar.ui.abandoned.setChecked(True)
    assert "TP-5" in _references(page) and "TP-6" not in _references(page)
    with sql_guard.allowed(), register.database.transaction() as session:
        closed = session.query(DataRequest).filter_by(reference="TP-6").one()
        assert closed.state == "abandoned" and "Henkilöllisyyttä ei vahvistettu 60 päivässä" in closed.outcome_reason
        event = closed.events[-1]
        assert (event.to_state, event.actor_username, event.detail["automatic"]) == ("abandoned", "sanna.super", True)


def test_bulk_reassign_and_print_of_the_chosen_rows(qtbot, runner, supervisor, register, sql_guard) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from desktop.core.roles import Actor, Role
    from desktop.services.requests import RequestService

    with sql_guard.allowed():
        with register.database.transaction() as session:
            session.add_all([StaffUser(username="aino.agent", display_name="Aino Asiakaspalvelija", role="agent"),
                             StaffUser(username="sanna.super", display_name="Sanna Esimies", role="supervisor")])
            for n in range(3):
                _add(session, f"TP-{n + 1}", register.customer_id, "access", "letter",
                     TODAY - dt.timedelta(days=10 - n), None)
        service = RequestService(register.database, Actor("sanna.super", Role.SUPERVISOR))
        first = next(r for r in service.queue() if r.reference == "TP-1")
        service.record_identity_check(first.id, "signature_compared")
        service.transition(first.id, "awaiting_sign_off")
        RequestService(register.database, Actor("olga.super", Role.SUPERVISOR)).sign_off(first.id)  # a reply waits
    captured: list[int] = []
    page = RequestsPage(runner, supervisor, choose_printer=lambda _parent: object())
    page.batch_flow.print_stored = lambda _printer, ids, **_kw: captured.extend(ids)  # no printer in this test
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignals([page.queue_loaded, page.staff_loaded], timeout=10_000):
        page.refresh()
    selection = page.ui.table.selectionModel()
    for row in (0, 2):
        selection.select(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert [r.reference for r in page.selected_rows()] == ["TP-1", "TP-3"]
    page.ui.assignee.setCurrentIndex(page.ui.assignee.findData("aino.agent"))
    with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        page.ui.reassign_button.click()
    handlers = {r.reference: r.assigned_to for r in page.model.rows()}
    assert handlers == {"TP-1": "aino.agent", "TP-2": None, "TP-3": "aino.agent"}
    assert "Handler changed to Aino Asiakaspalvelija (aino.agent): 2 requests." in page.ui.status.text()
    for row in (0, 2):
        selection.select(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    page.ui.print_selected_button.click()
    qtbot.waitUntil(lambda: bool(captured), timeout=10_000)
    assert len(captured) == 1  # the one reply waiting among the chosen requests
