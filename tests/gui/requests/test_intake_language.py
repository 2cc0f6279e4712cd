"""The intake dialog and the customer matcher may be open while the language is switched: every text follows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.views.requests.intake_dialog import IntakeDialog
from desktop.views.requests.match_widget import CustomerMatcher


def _labels(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None}


def test_the_open_intake_dialog_follows_a_language_switch(qtbot, runner, agent, translations) -> None:
    translations.switch("fi")
    dialog = IntakeDialog(runner, agent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Uusi kirjallinen pyyntö"
    assert "&Vastaanotettu:" in _labels(dialog) or any("Vastaanotettu" in t for t in _labels(dialog))
    finnish_channel = dialog.ui.channel.currentText()

    translations.switch("sv")
    assert dialog.windowTitle() == "Ny skriftlig begäran"
    assert dialog.ok_button.text() == "&Registrera"
    assert dialog.ui.channel.currentText() == "Brev" != finnish_channel
    assert not any("Vastaanotettu" in text for text in _labels(dialog))


def test_the_matcher_follows_a_language_switch(qtbot, runner, supervisor, translations) -> None:
    translations.switch("fi")
    matcher = CustomerMatcher(runner, supervisor)
    qtbot.addWidget(matcher)
    finnish = matcher.title()
    translations.switch("sv")
    assert matcher.title() == "Koppla till en kund" != finnish
