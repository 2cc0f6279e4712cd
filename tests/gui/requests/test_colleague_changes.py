"""A supervisor acts on a request a colleague has just signed off or reassigned: the widget they look at
says who did what, in Finnish, and shows the request as it now is (formerly "The operation failed:
StaleDataError", with a stale screen left behind)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db.models import StaffUser
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from desktop.views.requests.detail_widget import RequestDetail
from desktop.views.requests.queue_page import RequestsPage
from gui.requests.conftest import AGENT, SUPERVISOR, session_for

COLLEAGUE = Actor("sirkka.super", Role.SUPERVISOR, "Sirkka Sjöberg")


def _awaiting_sign_off(register, sql_guard) -> int:
    with sql_guard.allowed():
        service = RequestService(register.database, AGENT)
        info = service.intake(Intake("access", "letter", True, customer_id=register.customer_id))
        service.record_identity_check(info.id, "signature_compared")
        return service.transition(info.id, "awaiting_sign_off").id


def test_signing_off_what_a_colleague_signed_off_says_so_and_reloads(qtbot, runner, supervisor, register, sql_guard,
                                                                     translations) -> None:
    translations.switch("fi")
    request_id = _awaiting_sign_off(register, sql_guard)
    detail = RequestDetail(runner, supervisor)
    qtbot.addWidget(detail)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(request_id)
    assert detail.ui.sign_off_button.isEnabled()

    with sql_guard.allowed():  # the colleague, at another workstation, is quicker
        RequestService(register.database, COLLEAGUE).sign_off(request_id)

    with qtbot.waitSignal(detail.loaded, timeout=30_000):  # the view reloads the request by itself
        qtbot.mouseClick(detail.ui.sign_off_button, Qt.MouseButton.LeftButton)
    assert detail.ui.message.text() == ("Työtoveri (sirkka.super) hyväksyi tämän pyynnön juuri äsken – pyyntö on "
                                     "ladattu uudelleen.")
    assert "Valmis tulostettavaksi" in detail.ui.title.text()
    assert not detail.ui.sign_off_button.isEnabled()
    assert len(detail.letters_model.rows()) == 1  # the colleague's reply only: none was generated twice


def test_reassigning_what_a_colleague_reassigned_says_so_and_refreshes_the_queue(
        qtbot, runner, register, sql_guard, translations) -> None:
    translations.switch("fi")
    with sql_guard.allowed():
        with register.database.transaction() as session:
            session.add_all([StaffUser(username=AGENT.username, display_name=AGENT.display_name, role="agent"),
                             StaffUser(username=SUPERVISOR.username, display_name=SUPERVISOR.display_name,
                                       role="supervisor")])
        info = RequestService(register.database, AGENT).intake(
            Intake("access", "letter", True, customer_id=register.customer_id))
    page = RequestsPage(runner, session_for(register.database, SUPERVISOR))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.staff_loaded, timeout=10_000), qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        page.refresh()
    page.ui.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.info is not None, timeout=10_000)
    with sql_guard.allowed():
        RequestService(register.database, COLLEAGUE).reassign(info.id, SUPERVISOR.username)
    page.ui.assignee.setCurrentIndex(page.ui.assignee.findData(AGENT.username))

    with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.reassign_button, Qt.MouseButton.LeftButton)
    assert page.ui.status.text().endswith("Työtoveri (sirkka.super) siirsi tämän pyynnön juuri äsken käsittelijälle "
                                       "sanna.super – pyyntö on ladattu uudelleen.")
    qtbot.waitUntil(lambda: page.detail.info.assigned_to == SUPERVISOR.username, timeout=10_000)
    assert page.model.rows()[0].assigned_to == SUPERVISOR.username
