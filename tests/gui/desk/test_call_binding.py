"""Whose call it is: the panel names the caller, another customer opened during a call asks whether it is
the same caller (link), a new call or something else; F2 twice, F6–F8 without a call, the notes' limit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Call, CallCustomer
from desktop.core.notes import CALL_NOTES_MAX
from desktop.views.desk.card_view import CustomerCardView
from desktop.views.desk.dialogs import CallCustomerDialog, PurposeDialog
from gui.desk.conftest import AGENT, audit_actions, back_to, press, type_into_focus


def _open(qtbot, card: CustomerCardView, customer_id: int, label: str, key: str = "1") -> None:
    card.open_customer(customer_id, label)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press(key)
    back_to(qtbot, card)


def _call_with_makinen(qtbot, card: CustomerCardView, register) -> None:
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    with qtbot.waitSignal(card.call_panel.call_changed, timeout=5000):
        press("F2")


def _answer(qtbot, card: CustomerCardView, customer_id: int, label: str, key: str) -> CallCustomerDialog:
    card.open_customer(customer_id, label)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), CallCustomerDialog))
    dialog = QApplication.activeWindow()
    assert "Mäkinen Maija" in dialog.findChildren(type(card.ui.name))[0].text()
    return dialog


def test_the_panel_names_the_caller_and_keys_look_disabled_without_a_call(qtbot, runner, make_session, register,
                                                                          window):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    panel = card.call_panel
    assert not panel.ui.whose.isVisible()
    assert not any(b.isEnabled() for b in (panel.ui.accept_button, panel.ui.object_button, panel.ui.end_button))
    assert not panel.ui.notes.isEnabled() and panel.ui.counter.text() == f"0 / {CALL_NOTES_MAX} characters"
    _call_with_makinen(qtbot, card, register)
    assert panel.ui.whose.text() == "Call: Mäkinen Maija, 100001" == panel.ui.whose.accessibleName()
    assert panel.ui.accept_button.isEnabled() and panel.ui.end_button.isEnabled()
    press("Ctrl+Shift+N")
    type_into_focus("Soitti laskusta")
    assert panel.ui.counter.text() == f"15 / {CALL_NOTES_MAX} characters"
    # A second F2 says why nothing new starts.
    with qtbot.assertNotEmitted(panel.call_changed, wait=200):
        press("F2")
    assert "already going on" in panel.ui.status.text() and "Mäkinen Maija" in panel.ui.status.text()


def test_the_same_caller_links_another_customer(qtbot, runner, make_session, register, window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    panel = card.call_panel
    _call_with_makinen(qtbot, card, register)
    _answer(qtbot, card, register.astrom_id, "Åström Åsa", "1")
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("1")
    back_to(qtbot, card)
    assert card.ui.name.text() == "Åström Åsa"
    assert panel.ui.whose.text() == "Call: Mäkinen Maija, 100001 · also about: Åström Åsa, 100003"
    # Opening a linked customer again asks nothing.
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        card.open_customer(register.makinen_id, "Mäkinen Maija")
    assert QApplication.activeModalWidget() is None
    press("Ctrl+Shift+N")
    type_into_focus("Äiti soitti tyttären puolesta.")
    with qtbot.waitSignal(panel.call_ended, timeout=5000):
        press("F8")

    def check(session):
        call = session.scalars(select(Call)).one()
        links = [(x.call_id, x.customer_id) for x in session.scalars(select(CallCustomer))]
        return call, links, audit_actions(session, register.astrom_id)

    call, links, actions = read_db(check)
    assert call.customer_id == register.makinen_id and call.notes == "Äiti soitti tyttären puolesta."
    assert links == [(call.id, register.astrom_id)]
    assert actions[:2] == [("call_customer_linked", "call"), ("customer_opened", "call")]


def test_a_new_caller_ends_the_call_with_its_notes_and_starts_another(qtbot, runner, make_session, register,
                                                                      window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    panel = card.call_panel
    _call_with_makinen(qtbot, card, register)
    press("Ctrl+Shift+N")
    type_into_focus("Mäkisen asia hoidettu.")
    _answer(qtbot, card, register.makela_id, "Mäkelä Matti", "2")
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        with qtbot.waitSignal(panel.call_ended, timeout=5000):
            press("2")
    back_to(qtbot, card)
    qtbot.waitUntil(lambda: card.ui.name.text() == "Mäkelä Matti")
    assert panel.ui.whose.text() == "Call: Mäkelä Matti, 100002" and panel.ui.notes.toPlainText() == ""
    calls = read_db(lambda s: [(c.customer_id, c.notes, c.ended_at is not None)
                               for c in s.scalars(select(Call).order_by(Call.id))])
    assert calls == [(register.makinen_id, "Mäkisen asia hoidettu.", True), (register.makela_id, None, False)]
    assert read_db(lambda s: audit_actions(s, register.makela_id))[:2] == [("call_started", "call"),
                                                                          ("customer_opened", "call")]


def test_another_reason_asks_the_purpose_and_keeps_the_call(qtbot, runner, make_session, register, window,
                                                            read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    panel = card.call_panel
    _call_with_makinen(qtbot, card, register)
    _answer(qtbot, card, register.makela_id, "Mäkelä Matti", "3")
    press("3")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("2")  # letter
    back_to(qtbot, card)
    assert panel.ui.whose.text() == "Call: Mäkinen Maija, 100001"
    assert "Letter" in card.ui.details.text()
    assert read_db(lambda s: audit_actions(s, register.makela_id)) == [("customer_opened", "letter")]


def test_cancel_opens_nothing(qtbot, runner, make_session, register, window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _call_with_makinen(qtbot, card, register)
    _answer(qtbot, card, register.makela_id, "Mäkelä Matti", "Escape")
    press("Escape")
    back_to(qtbot, card)
    assert card.ui.name.text() == "Mäkinen Maija"
    assert read_db(lambda s: audit_actions(s, register.makela_id)) == []


def test_notes_too_long_keep_the_call_open_and_say_why(qtbot, runner, make_session, register, window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    panel = card.call_panel
    _call_with_makinen(qtbot, card, register)
    panel.ui.notes.setPlainText("x" * (CALL_NOTES_MAX + 5))
    assert panel.ui.counter.text() == f"{CALL_NOTES_MAX + 5} / {CALL_NOTES_MAX} characters"
    with qtbot.assertNotEmitted(panel.call_ended, wait=200):
        press("F8")
    assert panel.in_call and "too long" in panel.ui.status.text()
    assert panel.ui.whose.text() == "Call: Mäkinen Maija, 100001"
    panel.ui.notes.setPlainText("x" * CALL_NOTES_MAX)
    with qtbot.waitSignal(panel.call_ended, timeout=5000):
        press("F8")
    assert read_db(lambda s: len(s.scalars(select(Call.notes)).one())) == CALL_NOTES_MAX
