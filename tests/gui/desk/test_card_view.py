"""The customer card: purpose asked and audited, masked hetu, reveal for supervisors only, contact edits."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import AuditEvent, ContactPoint
from desktop.core.hetu import mask
from desktop.views.desk import hetu_reveal
from desktop.views.desk.card_view import CustomerCardView
from desktop.views.desk.dialogs import PurposeDialog, RevealHetuDialog
from gui.desk.conftest import AGENT, AGENT2, HETU, SUPERVISOR, audit_actions, back_to, press, type_into_focus


def _open(qtbot, card: CustomerCardView, customer_id: int, key: str = "2") -> None:
    card.open_customer(customer_id, "Mäkinen Maija")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press(key)
    back_to(qtbot, card)


def test_agent_sees_the_masked_code_and_no_reveal(qtbot, runner, make_session, register, window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, key="2")
    assert card.ui.masked_id.text() == mask(HETU) and HETU not in card.ui.masked_id.text()
    assert not card.ui.reveal_button.isVisible()
    press("Ctrl+Shift+H")  # the shortcut does nothing for an agent: no dialog, no audit row
    assert QApplication.activeModalWidget() is None
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert "Access log" not in titles and len(titles) == 10 and titles[-1] == "Notes"
    assert read_db(lambda s: audit_actions(s, register.makinen_id)) == [("customer_opened", "letter")]
    assert "Ctrl+Shift+H" not in [s.keys for s in card.shortcuts()]


def test_supervisor_reveals_with_a_reason_and_sees_who_looked(qtbot, runner, make_session, register, window,
                                                             read_db):
    card = window(CustomerCardView(runner, make_session(SUPERVISOR)))
    _open(qtbot, card, register.makinen_id, key="4")
    assert card.ui.reveal_button.isVisible() and card.ui.masked_id.text() == mask(HETU)
    log = card.access_log.tables["accessLog"]
    assert log.rowCount() == 0  # the log is read before this opening is written

    press("Ctrl+Shift+H")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), RevealHetuDialog))
    type_into_focus("Asiakas pyysi tarkistamaan henkilötunnuksen")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        press("Return")
    assert card.ui.masked_id.text() == HETU
    back_to(qtbot, card)

    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("F5")
    looked = [(log.item(r, 1).text(), log.item(r, 3).text(), log.item(r, 4).text()) for r in range(log.rowCount())]
    assert looked == [(SUPERVISOR.username, "Identity code revealed", ""),
                      (SUPERVISOR.username, "Customer opened", "Correction of data")]
    rows = read_db(lambda s: [(a.action, a.actor, a.detail) for a in s.scalars(
        select(AuditEvent).where(AuditEvent.customer_id == register.makinen_id).order_by(AuditEvent.id))])
    assert [r[0] for r in rows] == ["customer_opened", "hetu_reveal", "customer_opened"]
    assert rows[1][1] == SUPERVISOR.username and "tarkistamaan" in rows[1][2] and HETU not in rows[1][2]


def test_a_revealed_code_is_masked_again_after_a_while(qtbot, runner, make_session, register, window,
                                                      monkeypatch):
    monkeypatch.setattr(hetu_reveal, "REVEAL_VISIBLE_MS", 400)  # a minute in the desk; the test waits less
    card = window(CustomerCardView(runner, make_session(SUPERVISOR)))
    _open(qtbot, card, register.makinen_id, key="4")
    press("Ctrl+Shift+H")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), RevealHetuDialog))
    type_into_focus("Asiakas pyysi tarkistamaan henkilötunnuksen")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        press("Return")
    back_to(qtbot, card)
    assert card.ui.masked_id.text() == HETU and card.ui.masked_id.toolTip()
    qtbot.waitUntil(lambda: card.ui.masked_id.text() == mask(HETU), timeout=5000)
    assert card.ui.masked_id.toolTip() == ""


def test_a_wrong_phone_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, runner, make_session, register,
                                                                      window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id)
    press("Ctrl+E")
    phones = card.contact.inputs["phones"]
    assert phones.hasFocus()
    phones.selectAll()
    type_into_focus("040 123 4567; 12ä")
    press("Ctrl+S")
    error = card.contact.errors["phones"]
    assert error.isVisibleTo(card) and "12ä" in error.text()
    assert card.contact.errors["emails"].text() == ""
    assert read_db(lambda s: s.scalars(select(ContactPoint.value).where(
        ContactPoint.customer_id == register.makinen_id, ContactPoint.kind == "phone")).all()) == ["040 123 4567"]


def test_a_postal_address_change_is_saved_and_the_old_one_kept(qtbot, runner, make_session, register, window):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id)
    card.contact.inputs["street"].setText("Pohjoisväylä 12 as 3")
    with qtbot.waitSignal(card.contact.saved, timeout=5000):
        card.contact.ui.save_button.click()
    history = card.addresses.tables["addressHistory"]
    assert history.rowCount() == 2 and history.item(0, 0).text().startswith("Pohjoisväylä 12 as 3")
    assert card.contact.ui.message.text() == "Saved."


def test_the_second_of_two_editors_is_told_and_keeps_the_input(qtbot, runner, make_session, register, window,
                                                               read_db):
    first = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, first, register.makinen_id)
    second = window(CustomerCardView(runner, make_session(AGENT2)))
    _open(qtbot, second, register.makinen_id)

    first.contact.inputs["emails"].setText("maija@example.fi")
    with qtbot.waitSignal(first.contact.saved, timeout=5000):
        first.contact.ui.save_button.click()
    second.contact.inputs["emails"].setText("maija.makinen@example.com")
    with qtbot.waitSignal(second.contact.stale, timeout=5000):
        second.contact.ui.save_button.click()
    qtbot.waitSignal(runner.idle, timeout=5000).wait()
    assert "A colleague changed this customer's data" in second.contact.ui.message.text()
    assert second.contact.inputs["emails"].text() == "maija.makinen@example.com"
    emails = read_db(lambda s: s.scalars(select(ContactPoint.value).where(
        ContactPoint.customer_id == register.makinen_id, ContactPoint.kind == "email")).all())
    assert emails == ["maija@example.fi"]
    # The card reloaded underneath: saving again now is a deliberate second decision, and it goes through.
    with qtbot.waitSignal(second.contact.saved, timeout=5000):
        second.contact.ui.save_button.click()
    assert read_db(lambda s: s.scalars(select(ContactPoint.value).where(
        ContactPoint.customer_id == register.makinen_id, ContactPoint.kind == "email")).all()) == [
        "maija.makinen@example.com"]


def test_every_card_shortcut_is_listed_with_a_description(qtbot, runner, make_session, register, window):
    card = window(CustomerCardView(runner, make_session(SUPERVISOR)))
    listed = {s.keys: s.description for s in card.shortcuts()}
    for keys in ("F2", "F6", "F7", "F8", "Ctrl+Shift+N", "Ctrl+Shift+M", "Ctrl+E", "Ctrl+S", "Ctrl+W", "F5",
                 "Ctrl+Shift+H", "Ctrl+1", "Ctrl+0", "Space"):
        assert listed.get(keys), keys
    assert len(listed) == len(card.shortcuts())  # no key twice


def test_f1_lists_the_card_keys_in_their_order(qtbot, runner, make_session, register, window):
    """The card's own keys come from its form (forms/customer_card.ui); F1 lists them after the
    data-protection keys and before the call's, in the order a user reads the card."""
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, key="2")
    keys = [line.keys for line in card.shortcuts()]
    assert keys.index("Ctrl+Shift+R") < keys.index("Ctrl+E") < keys.index("F5") < keys.index("Ctrl+W")
    assert keys[keys.index("Ctrl+W") + 1:keys.index("Ctrl+PgDown")] == [f"Ctrl+{n}" for n in "1234567890"]
    assert keys.index("Ctrl+PgDown") + 1 == keys.index("Ctrl+PgUp") < keys.index("F6") < keys.index("Ctrl+S")
