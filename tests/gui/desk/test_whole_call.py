"""A whole call at the desk, keyboard only: search, open, new call, notice, objection, prohibition, close.

Driven on the DeskPage the main window embeds; afterwards the database and the audit log are read to see that what the agent did is what was kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from db.models import Call, ConsentEvent
from desktop.core.hetu import mask
from desktop.core.prohibitions import CHANNELS, DIRECT_MARKETING
from desktop.views.desk.desk_page import DeskPage
from desktop.views.desk.dialogs import PurposeDialog
from gui.desk.conftest import AGENT, HETU, audit_actions, back_to, focused, press, type_into_focus

NOTES = "Asiakas kielsi kaiken suoramarkkinoinnin; äänitys keskeytetty."


def _desk(runner, make_session, window) -> DeskPage:
    desk = DeskPage(runner, make_session(AGENT))
    window(desk)
    desk.search.focus_search()
    return desk


def _find(qtbot, desk: DeskPage, text: str) -> None:
    with qtbot.waitSignal(desk.search.results_shown, timeout=5000):
        type_into_focus(text)


def _wait_for_purpose_dialog(qtbot) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))


def test_whole_call_with_the_keyboard_only(qtbot, runner, make_session, register, window, read_db):
    desk = _desk(runner, make_session, window)
    card, panel = desk.card, desk.card.call_panel

    # Search and open: the purpose is asked (no call yet) and answered with one key.
    _find(qtbot, desk, "mäkinen maija")
    press("Return")
    _wait_for_purpose_dialog(qtbot)
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("1")
    assert card.ui.name.text() == "Mäkinen Maija"
    assert card.ui.masked_id.text() == mask(HETU)
    back_to(qtbot, desk)

    # New call: the notice script in the customer's language is on screen before anything else.
    with qtbot.waitSignal(panel.call_changed, timeout=5000) as started:
        press("F2")
    call = started.args[0]
    assert call.customer_id == register.makinen_id and call.notice_language == "fi" and call.notice_text
    assert call.notice_text in panel.ui.script.text()
    assert "F6" in panel.ui.status.text()

    # The customer objects: the notice counts as given and the recording stops.
    with qtbot.waitSignal(panel.call_changed, timeout=5000) as objected:
        press("F7")
    assert objected.args[0].customer_objected and objected.args[0].recording_stopped_at is not None
    assert not panel.ui.accepted_action.isEnabled() and not panel.ui.objected_action.isEnabled()

    # "No direct marketing of any kind", from wherever the focus is: what will be recorded is shown first.
    press("Ctrl+Shift+M")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox))
    confirm = QApplication.activeWindow()
    assert "Mäkinen Maija" in confirm.text() and "Direct advertising" in confirm.informativeText()
    with qtbot.waitSignal(card.consents.recorded, timeout=5000):
        press("Return")
    back_to(qtbot, desk)
    assert card.tabs.currentWidget() is card.consents and "Recorded for Mäkinen Maija" in card.ui.message.text()
    grid = card.consents.ui.consent_grid
    assert all(grid.item(r, c).text().startswith("Prohibited") for r in range(5) for c in range(4))
    assert card.consents.ui.consent_history.rowCount() == len(DIRECT_MARKETING) * len(CHANNELS)

    # Notes, end of call, close the card: back in the search field.
    press("Ctrl+Shift+N")
    assert focused() is panel.ui.notes
    type_into_focus(NOTES)
    with qtbot.waitSignal(card.card_shown, timeout=5000):  # the card reloads to show the call
        with qtbot.waitSignal(panel.call_ended, timeout=5000):
            press("F8")
    assert card.calls.tables["calls"].rowCount() == 1
    with qtbot.waitSignal(card.closed):
        press("Ctrl+W")
    assert focused() is desk.search.ui.field and card.card is None

    def check(session):
        stored = session.scalars(select(Call)).one()
        events = session.scalars(select(ConsentEvent).order_by(ConsentEvent.id)).all()
        return stored, events, audit_actions(session, register.makinen_id)

    stored, events, actions = read_db(check)
    assert stored.customer_id == register.makinen_id and stored.agent_username == AGENT.username
    assert stored.notice_given_at is not None and stored.customer_objected
    assert stored.recording_stopped_at is not None and stored.ended_at is not None
    assert stored.recording_ref and stored.recording_destroy_due is not None
    assert stored.notes == NOTES
    assert {(e.purpose, e.channel) for e in events} == {(p, c) for p in DIRECT_MARKETING for c in CHANNELS}
    assert {(e.decision, e.source, e.call_id, e.agent_username) for e in events} == {
        ("prohibit", "customer_phone", stored.id, AGENT.username)}
    assert actions == [("customer_opened", "call"), ("call_started", "call"), ("consent_recorded", "call"),
                       ("call_ended", "call"), ("customer_opened", "call")]


def test_a_call_begun_before_the_search_opens_the_card_without_asking(qtbot, runner, make_session, register,
                                                                      window, read_db):
    desk = _desk(runner, make_session, window)
    card, panel = desk.card, desk.card.call_panel
    with qtbot.waitSignal(panel.call_changed, timeout=5000) as started:
        press("F2")
    assert started.args[0].customer_id is None

    _find(qtbot, desk, "åström")
    with qtbot.waitSignal(panel.call_changed, timeout=5000) as attached:  # no purpose dialog in between
        with qtbot.waitSignal(card.card_shown, timeout=5000):
            press("Return")
    assert QApplication.activeModalWidget() is None
    assert attached.args[0].customer_id == register.astrom_id
    # The script stays in the language the call started with; the panel says which.
    with qtbot.waitSignal(panel.call_changed, timeout=5000) as accepted:
        press("F6")
    assert accepted.args[0].notice_given_at is not None and not accepted.args[0].customer_objected
    assert "recorded" in panel.ui.status.text()
    with qtbot.waitSignal(panel.call_ended, timeout=5000):
        press("F8")

    def check(session):
        return session.scalars(select(Call)).one(), audit_actions(session, register.astrom_id)

    stored, actions = read_db(check)
    assert stored.customer_id == register.astrom_id and not stored.customer_objected
    assert stored.notice_given_at is not None and stored.ended_at is not None
    assert actions[0] == ("customer_opened", "call")
    assert ("call_ended", "call") in actions


def test_the_card_cannot_be_closed_during_a_call(qtbot, runner, make_session, register, window):
    desk = _desk(runner, make_session, window)
    _find(qtbot, desk, "mäkelä")
    press("Return")
    _wait_for_purpose_dialog(qtbot)
    with qtbot.waitSignal(desk.card.card_shown, timeout=5000):
        press("1")
    back_to(qtbot, desk)
    with qtbot.waitSignal(desk.card.call_panel.call_changed, timeout=5000):
        press("F2")
    with qtbot.assertNotEmitted(desk.card.closed):
        press("Ctrl+W")
    assert desk.card.card is not None and "F8" in desk.card.ui.message.text()
