"""Request views, second round: matching an unidentified request later, reassignment, other replies."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from db.models import StaffUser
from gui.keys import type_text
from gui.requests.conftest import audit_actions
from gui.requests.test_request_views import click, make_page, register_request


def test_unidentified_request_is_matched_later_from_the_detail(qtbot, runner, agent, register, sql_guard) -> None:
    page = make_page(qtbot, runner, agent)
    page.show()  # the matcher appears only now: a hidden window would leave its button without a size to click
    qtbot.waitExposed(page)
    detail = page.detail
    info = register_request(qtbot, page, search=None)
    matcher = detail.matcher
    assert matcher.isVisibleTo(detail) and matcher.request_id == info.id
    assert not matcher.ui.match_button.isEnabled()
    with qtbot.waitSignal(matcher.search_done, timeout=10_000):
        type_text(matcher.ui.search, "Åström")
    assert matcher.ui.results.count() == 1 and matcher.customer_id() == register.other_id
    with qtbot.waitSignal(matcher.search_done, timeout=10_000):
        matcher.ui.search.clear()
        type_text(matcher.ui.search, "Mäkinen")
    assert matcher.customer_id() == register.customer_id
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        click(qtbot, matcher.ui.match_button)
    assert detail.info.customer_id == register.customer_id
    assert not matcher.isVisibleTo(detail) and matcher.request_id is None
    assert detail.ui.identity_button.isEnabled() and detail.ui.ack_button.isEnabled()
    history = [detail.history_model.index(r, 2).data() for r in range(detail.history_model.rowCount())]
    assert history == ["Registered", "Customer matched"]
    with sql_guard.allowed():
        matched = [a for a in audit_actions(register.database) if a.action == "request_state_changed"]
    assert [(a.customer_id, json.loads(a.detail)["event"]) for a in matched] == [(register.customer_id,
                                                                                 "customer_matched")]


def test_matched_request_hides_the_matcher(qtbot, runner, agent) -> None:
    page = make_page(qtbot, runner, agent)
    register_request(qtbot, page)
    assert not page.detail.matcher.isVisibleTo(page.detail)


def _staff(register, sql_guard) -> None:
    with sql_guard.allowed(), register.database.transaction() as session:
        session.add_all([StaffUser(username="aino.agent", display_name="Aino Asiakaspalvelija", role="agent"),
                         StaffUser(username="sanna.super", display_name="Sanna Esimies", role="supervisor"),
                         StaffUser(username="olli.admin", display_name="Olli Pääkäyttäjä", role="admin")])


def test_supervisor_reassigns_from_the_queue(qtbot, runner, agent, supervisor, register, sql_guard) -> None:
    _staff(register, sql_guard)
    desk = make_page(qtbot, runner, agent)
    assert desk.ui.reassign_button.isHidden() and desk.ui.assignee.isHidden()
    info = register_request(qtbot, desk)
    office = make_page(qtbot, runner, supervisor)
    with qtbot.waitSignals([office.queue_loaded, office.staff_loaded], timeout=10_000):
        office.refresh()
    names = [office.ui.assignee.itemData(i) for i in range(office.ui.assignee.count())]
    assert names == ["aino.agent", "sanna.super"]  # active agents and supervisors only
    with qtbot.waitSignal(office.detail.loaded, timeout=10_000):
        office.ui.table.selectRow(0)
    office.ui.assignee.setCurrentIndex(office.ui.assignee.findData("aino.agent"))
    with qtbot.waitSignals([office.reassigned, office.queue_loaded, office.detail.loaded], timeout=10_000):
        click(qtbot, office.ui.reassign_button)
    assert office.ui.status.text() == f"1 open request. {info.reference} is now handled by aino.agent."
    column = next(c for c in range(office.model.columnCount())
                  if office.model.headerData(c, Qt.Orientation.Horizontal) == "Handler")
    handler = office.model.index(0, column).data()
    assert handler == "aino.agent"
    assert "Handled by aino.agent." in office.detail.ui.deadline.text()
    rows = office.detail.history_model
    assert [rows.index(r, 3).data() for r in range(rows.rowCount())][-1] == "– → aino.agent"
    emitted: list[object] = []
    office.reassigned.connect(emitted.append)
    click(qtbot, office.ui.reassign_button)  # the same person again
    qtbot.waitUntil(lambda: "already assigned" in office.ui.status.text(), timeout=10_000)
    assert emitted == []


def test_rectification_sign_off_needs_what_was_done_and_makes_the_reply(qtbot, runner, agent, supervisor) -> None:
    desk = make_page(qtbot, runner, agent)
    register_request(qtbot, desk, request_type="rectification")
    with qtbot.waitSignal(desk.detail.loaded, timeout=10_000):
        click(qtbot, desk.detail.ui.identity_button)
    with qtbot.waitSignal(desk.detail.loaded, timeout=10_000):
        click(qtbot, desk.detail.findChild(QPushButton, "to_awaiting_sign_off"))
    office = make_page(qtbot, runner, supervisor)
    detail = office.detail
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        office.open_request(desk.detail.info.id)
    with qtbot.waitSignal(detail.failed, timeout=10_000):
        click(qtbot, detail.ui.sign_off_button)
    assert "what was done" in detail.ui.message.text()
    type_text(detail.ui.reason, "Sukunimi korjattu: Mäkinen-Öst")
    with qtbot.waitSignal(detail.loaded, timeout=30_000):
        click(qtbot, detail.ui.sign_off_button)
    assert detail.info.state == "ready_to_print"
    [letter] = detail.letters_model.rows()
    assert letter.letter_type == "rectification_reply"
    assert detail.letters_model.index(0, 0).data() == "Rectification reply"
