"""Leaving a card with unsaved contact edits asks Save / Discard / Cancel; prohibitions are confirmed,
shown where the agent looks and can be undone for a moment; notes on the customer are added."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from db.models import ConsentEvent, ContactPoint, CustomerNote
from desktop.views.desk.card_view import CustomerCardView
from desktop.views.desk.dialogs import PurposeDialog
from gui.desk.conftest import AGENT, back_to, press, type_into_focus


def _open(qtbot, card: CustomerCardView, customer_id: int, label: str) -> None:
    card.open_customer(customer_id, label)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("2")
    back_to(qtbot, card)


def _question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox))
    return QApplication.activeWindow()


def _click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def _phones(read_db, customer_id):
    return read_db(lambda s: s.scalars(select(ContactPoint.value).where(
        ContactPoint.customer_id == customer_id, ContactPoint.kind == "phone")).all())


def test_unsaved_edits_are_asked_about_before_another_customer_opens(qtbot, runner, make_session, register,
                                                                    window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    phones = card.contact.inputs["phones"]
    phones.setText("040 765 4321")

    # Cancel: still Mäkinen, the input kept.
    card.open_customer(register.makela_id, "Mäkelä Matti")
    box = _question(qtbot)
    assert "Mäkinen Maija" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Discard changes", "Save"]
    _click(qtbot, box, "Cancel")
    back_to(qtbot, card)
    assert card.ui.name.text() == "Mäkinen Maija" and phones.text() == "040 765 4321"

    # Save with invalid input: the form stays, with its message; nothing opens.
    phones.setText("12")
    card.open_customer(register.makela_id, "Mäkelä Matti")
    _click(qtbot, _question(qtbot), "Save")
    back_to(qtbot, card)
    assert card.ui.name.text() == "Mäkinen Maija" and card.contact.errors["phones"].isVisible()
    assert QApplication.activeModalWidget() is None

    # Save with valid input: saved first, then the purpose of the next opening is asked.
    phones.setText("040 765 4321")
    card.open_customer(register.makela_id, "Mäkelä Matti")
    _click(qtbot, _question(qtbot), "Save")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    assert _phones(read_db, register.makinen_id) == ["040 765 4321"]
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("2")
    back_to(qtbot, card)
    assert card.ui.name.text() == "Mäkelä Matti"

    # Discard: the edit is gone, the next customer opens.
    card.contact.inputs["phones"].setText("050 111 2222")
    card.open_customer(register.astrom_id, "Åström Åsa")
    _click(qtbot, _question(qtbot), "Discard changes")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("2")
    assert card.ui.name.text() == "Åström Åsa" and _phones(read_db, register.makela_id) == []


def test_closing_the_card_asks_too(qtbot, runner, make_session, register, window):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    card.contact.inputs["emails"].setText("maija@example.fi")
    with qtbot.assertNotEmitted(card.closed, wait=100):
        press("Ctrl+W")
    with qtbot.waitSignal(card.closed, timeout=5000):
        _click(qtbot, _question(qtbot), "Discard changes")
    assert card.card is None


def test_space_confirms_records_and_undoes_one_prohibition(qtbot, runner, make_session, register, window,
                                                           read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    press("Ctrl+6")  # the prohibitions tab, the grid focused
    card.consents.select_cell("distance_selling", "phone")
    press("Space")
    box = _question(qtbot)
    assert "Prohibited: Distance selling – Phone" in box.informativeText()
    _click(qtbot, box, "Cancel")
    back_to(qtbot, card)
    assert read_db(lambda s: s.scalars(select(ConsentEvent)).all()) == []
    assert card.consents.ui.message.text() == "Nothing was recorded."

    card.consents.ui.consent_grid.setFocus()
    press("Space")
    with qtbot.waitSignal(card.consents.recorded, timeout=5000):
        _click(qtbot, _question(qtbot), "Record")
    back_to(qtbot, card)
    assert card.consents.ui.consent_grid.item(1, 1).text().startswith("Prohibited")
    assert "Recorded for Mäkinen Maija" in card.ui.message.text()
    assert card.consents.ui.undo_button.isVisible()

    with qtbot.waitSignal(card.consents.recorded, timeout=5000):
        press("Ctrl+Shift+Z")
    assert card.consents.ui.consent_grid.item(1, 1).text() == "Allowed"
    assert not card.consents.ui.undo_button.isVisible()
    assert "correction" in card.consents.ui.consent_history.item(0, 3).text()
    events = read_db(lambda s: [(e.decision, e.corrects_id is not None)
                                for e in s.scalars(select(ConsentEvent).order_by(ConsentEvent.id))])
    assert events == [("prohibit", False), ("lift", True)]


def test_a_note_is_added_on_the_card(qtbot, runner, make_session, register, window, read_db):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    card.tabs.setCurrentWidget(card.notes)
    card.notes.ui.editor.setFocus()
    type_into_focus("Toivoo yhteydenottoa iltapäivisin.")
    with qtbot.waitSignal(card.notes.added, timeout=5000):
        press("Ctrl+Return")
    table = card.notes.tables["customerNotes"]
    assert table.rowCount() == 1 and table.item(0, 1).text() == "aino.agent"
    assert table.item(0, 2).text() == "Toivoo yhteydenottoa iltapäivisin."
    assert card.notes.ui.editor.toPlainText() == "" and card.notes.ui.message.text() == "The note was saved."
    assert read_db(lambda s: s.scalars(select(CustomerNote.body)).all()) == ["Toivoo yhteydenottoa iltapäivisin."]


def test_the_notes_follow_a_language_switch(qtbot, runner, make_session, register, window, translations):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    card.tabs.setCurrentWidget(card.notes)
    card.notes.ui.editor.setFocus()
    type_into_focus("Muistiinpano")
    with qtbot.waitSignal(card.notes.added, timeout=5000):
        press("Ctrl+Return")
    assert translations.switch("sv")
    table = card.notes.tables["customerNotes"]
    assert table.horizontalHeaderItem(1).text() == "Av" and table.item(0, 2).text() == "Muistiinpano"
    assert card.notes.titles["customerNotes"].text() == "Anteckningar om kunden (nyaste först)"
    assert card.notes.ui.add_button.text() == "Lägg till anteckning (Ctrl+Enter)"


def test_contact_input_survives_the_end_of_a_call_and_f5_asks(qtbot, runner, make_session, register, window):
    card = window(CustomerCardView(runner, make_session(AGENT)))
    _open(qtbot, card, register.makinen_id, "Mäkinen Maija")
    with qtbot.waitSignal(card.call_panel.call_changed, timeout=5000):
        press("F2")
    card.contact.inputs["emails"].setText("maija@example.fi")
    with qtbot.waitSignal(card.card_shown, timeout=5000):  # the card reloads to show the ended call
        press("F8")
    assert card.contact.inputs["emails"].text() == "maija@example.fi"
    press("F5")
    _click(qtbot, _question(qtbot), "Cancel")
    assert card.contact.inputs["emails"].text() == "maija@example.fi"
