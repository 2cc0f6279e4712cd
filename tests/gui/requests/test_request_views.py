"""The request views on their own: intake checks, pause and extension letters, the queue, batch print."""

from __future__ import annotations

import io
import json

import pytest
from cups_queue import CupsQueue, pdfinfo
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from db.models import Letter
from desktop.operations.print_engine import printer_for
from desktop.views.requests.queue_page import RequestsPage
from desktop.views.requests.tables import ROW_ROLE
from gui.keys import type_text
from gui.requests.conftest import audit_actions


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def no_printer(_parent):
    return None


def make_page(qtbot, runner, session, choose_printer=no_printer) -> RequestsPage:
    page = RequestsPage(runner, session, choose_printer=choose_printer)
    qtbot.addWidget(page)
    page.show()  # as in the window: a hidden page's buttons take no clicks
    return page


def register_request(qtbot, page: RequestsPage, *, search: str | None = "Mäkinen", months_ago: int = 0,
                     request_type: str = "access"):
    page.ui.new_action.trigger()
    dialog = page.intake_dialog
    dialog.ui.request_type.setCurrentIndex(dialog.ui.request_type.findData(request_type))
    dialog.ui.received.setDate(QDate.currentDate().addMonths(-months_ago))
    dialog.ui.signed.setChecked(True)
    if search is None:
        dialog.ui.unidentified.setChecked(True)
    else:
        with qtbot.waitSignal(dialog.search_done, timeout=10_000):
            type_text(dialog.ui.customer_search, search)
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        click(qtbot, dialog.ok_button)
    return page.detail.info


def test_intake_cannot_date_a_letter_in_the_future_and_needs_a_customer_choice(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    page.ui.new_action.trigger()
    dialog = page.intake_dialog
    dialog.ui.received.setDate(QDate.currentDate().addDays(3))
    assert dialog.ui.received.date() == QDate.currentDate()  # clamped to today
    assert not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.search_done, timeout=10_000):
        type_text(dialog.ui.customer_search, "Ei ketään tällaista")
    assert dialog.ui.customer_list.count() == 0 and not dialog.ok_button.isEnabled()
    assert dialog.ui.message.text() == "No customers found."
    dialog.ui.unidentified.setChecked(True)
    assert dialog.ok_button.isEnabled() and not dialog.ui.customer_search.isEnabled()


def test_unidentified_request_cannot_be_identity_checked(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    info = register_request(qtbot, page, search=None)
    assert info.customer_id is None and info.state == "received"
    assert not page.detail.ui.identity_button.isEnabled() and not page.detail.ui.clarify_button.isEnabled()
    assert not page.detail.ui.ack_button.isEnabled()  # no address to send anything to


def test_second_open_request_of_the_same_type_is_flagged(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    first = register_request(qtbot, page)
    assert page.detail.ui.duplicates.text() == ""
    second = register_request(qtbot, page)
    assert second.duplicates == (first.reference,)
    assert first.reference in page.detail.ui.duplicates.text()
    other_type = register_request(qtbot, page, request_type="erasure")
    assert other_type.duplicates == () and page.detail.ui.duplicates.text() == ""


def test_clarification_pauses_the_clock_and_makes_a_letter(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    detail = page.detail
    register_request(qtbot, page)
    assert detail.ui.clarify_button.isEnabled()
    type_text(detail.ui.reason, "Allekirjoitus puuttuu")
    with qtbot.waitSignal(detail.loaded, timeout=30_000):
        click(qtbot, detail.ui.clarify_button)
    assert detail.info.state == "on_hold" and detail.info.paused_since is not None
    assert "paused" in detail.ui.deadline.text()
    [letter] = detail.letters_model.rows()
    assert letter.letter_type == "identity_clarification"
    history = [detail.history_model.index(r, 2).data() for r in range(detail.history_model.rowCount())]
    assert "Identity clarification asked (clock paused)" in history
    reasons = [detail.history_model.index(r, 4).data() for r in range(detail.history_model.rowCount())]
    assert "Allekirjoitus puuttuu" in reasons
    # the answer came: identity checked, the clock runs again and preparation starts
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        click(qtbot, detail.ui.identity_button)
    assert detail.info.state == "in_preparation" and detail.info.paused_since is None


def test_extension_needs_a_reason_and_sends_a_notice(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    detail = page.detail
    before = register_request(qtbot, page)
    with qtbot.waitSignal(detail.failed, timeout=10_000):
        click(qtbot, detail.ui.extend_button)
    assert "reason" in detail.ui.message.text()
    detail.ui.extend_months.setValue(2)
    type_text(detail.ui.reason, "Laaja pyyntö, tiedot kolmesta järjestelmästä")
    with qtbot.waitSignal(detail.loaded, timeout=30_000):
        click(qtbot, detail.ui.extend_button)
    assert detail.info.state == "extended" and detail.info.extended
    assert detail.info.due_on > before.due_on
    assert [r.letter_type for r in detail.letters_model.rows()] == ["extension_notice"]
    assert not detail.ui.extend_button.isEnabled()  # only once


def test_agent_has_no_queue_sign_off_or_batch_print(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    assert page.ui.batch_button.isHidden()
    assert not page.ui.table.isVisibleTo(page)
    register_request(qtbot, page)
    assert not page.detail.ui.sign_off_button.isEnabled() and not page.detail.ui.refuse_button.isEnabled()


def test_queue_shows_days_left_and_highlights_overdue(qtbot, runner, agent, supervisor) -> None:
    desk = make_page(qtbot, runner, agent)
    late = register_request(qtbot, desk, months_ago=3)
    fresh = register_request(qtbot, desk, request_type="erasure")
    office = make_page(qtbot, runner, supervisor)
    with qtbot.waitSignal(office.queue_loaded, timeout=10_000):
        office.refresh()
    rows = office.model.rows()
    assert [r.reference for r in rows] == [late.reference, fresh.reference]  # nearest deadline first
    assert rows[0].overdue and rows[0].days_left < 0 and not rows[1].overdue
    overdue_cell = office.model.index(0, 6)
    assert "overdue" in overdue_cell.data()
    assert overdue_cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#fde2e1")
    assert office.model.index(1, 6).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 overdue" in office.ui.status.text()
    # The state filter asks the database (the queue may hold 50,000 requests; only pages are read).
    with qtbot.waitSignal(office.queue_loaded, timeout=10_000):
        office.ui.state_filter.setCurrentIndex(office.ui.state_filter.findData("in_preparation"))
    assert office.proxy.rowCount() == 0 and office.ui.status.text() == "0 open requests"
    with qtbot.waitSignal(office.queue_loaded, timeout=10_000):
        office.ui.state_filter.setCurrentIndex(office.ui.state_filter.findData("received"))
    assert office.proxy.rowCount() == 2
    with qtbot.waitSignal(office.detail.loaded, timeout=10_000):
        office.ui.table.selectRow(1)
    assert office.detail.info.id == office.proxy.index(1, 0).data(ROW_ROLE).id == fresh.id


@pytest.mark.cups
def test_preview_cancelled_prints_nothing(qtbot, runner, agent, cups_queue: CupsQueue) -> None:
    page = make_page(qtbot, runner, agent)
    detail = page.detail
    register_request(qtbot, page)
    with qtbot.waitSignal(detail.loaded, timeout=30_000):
        click(qtbot, detail.ui.ack_button)
    before = cups_queue.outputs()
    click(qtbot, detail.ui.preview_button)
    qtbot.waitUntil(lambda: detail.preview is not None and detail.preview.isVisible(), timeout=10_000)
    click(qtbot, detail.preview.print_button)  # the chooser says "cancelled"
    assert detail.preview.isVisible() and not detail.print_flow.running
    assert cups_queue.outputs() == before
    assert detail.letters_model.rows()[0].printed_at is None


@pytest.mark.cups
@pytest.mark.slow
def test_batch_print_is_one_job_behind_a_cover_sheet(qtbot, runner, agent, supervisor, register,
                                                     cups_queue: CupsQueue, sql_guard) -> None:
    desk = make_page(qtbot, runner, agent)
    for _ in range(2):
        register_request(qtbot, desk)
        with qtbot.waitSignal(desk.detail.loaded, timeout=30_000):
            click(qtbot, desk.detail.ui.ack_button)
    office = make_page(qtbot, runner, supervisor, choose_printer=lambda _p: printer_for(cups_queue.name))
    assert office.ui.batch_button.isVisibleTo(office)
    before = cups_queue.outputs()
    with qtbot.waitSignal(office.batch_printed, timeout=120_000) as done:
        click(qtbot, office.ui.batch_button)
    with sql_guard.allowed(), register.database.transaction() as session:
        letters = list(session.scalars(select(Letter).order_by(Letter.id)))
        pages = [len(PdfReader(io.BytesIO(x.pdf)).pages) for x in letters]
        printed = [x.printed_by for x in letters]
    assert done.args == [[x.id for x in letters]]  # all waiting letters, oldest first
    assert printed == ["sanna.super", "sanna.super"]
    [output] = cups_queue.wait_for_new_output(before, timeout=120)
    info = pdfinfo(output)
    assert info["Pages"] == str(1 + sum(pages)) and info["Page size"].startswith("595 x 842 pts")
    with sql_guard.allowed():
        logged = [json.loads(a.detail)["letter_id"] for a in audit_actions(register.database)
                  if a.action == "letter_printed"]
    assert logged == [x.id for x in letters]
    # nothing left to print
    click(qtbot, office.ui.batch_button)
    qtbot.waitUntil(lambda: office.ui.status.text() == "No letters are waiting to be printed.", timeout=10_000)


def test_identity_methods_offered_are_the_ones_the_service_records(qtbot, runner, agent) -> None:
    from desktop.services.requests import IDENTITY_METHODS

    page = make_page(qtbot, runner, agent)
    combo = page.detail.ui.identity_method
    assert [combo.itemData(i) for i in range(combo.count())] == list(IDENTITY_METHODS)
