"""The customer card: header with the masked identity, the call panel, and one tab per section.

Opening asks why (call/letter/request/correction, written to the access log) unless a call is
going on and the customer is the caller (or linked to the call): then the purpose is the call. Another
customer opened during a call asks whose call it is (card_flow.py). Unsaved contact edits are never
thrown away silently: leaving the card asks Save / Discard / Cancel. The full hetu is shown only to
roles that may reveal it, after a stated reason, and only until another customer is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.roles import Permission
from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_customer_card import Ui_CustomerCardView
from desktop.views.desk import card_sections as sections
from desktop.views.desk.call_panel import CallPanel
from desktop.views.desk.card_flow import LeaveGuard, ask_call_customer
from desktop.views.desk.common import ShortcutInfo, error_text, shortcut_info
from desktop.views.desk.consents_widget import ConsentsWidget
from desktop.views.desk.contact_form import ContactForm
from desktop.views.desk.dialogs import PurposeDialog
from desktop.views.desk.hetu_reveal import HetuReveal
from desktop.views.desk.invoice_section import InvoicesSection
from desktop.views.desk.labels import label
from desktop.views.desk.notes_section import NotesSection
from desktop.views.desk.rights_panel import CardRights
from desktop.views.desk.section_nav import SectionNav
from desktop.views.requests.card_links import CardRequestLinks

# Below the contact form the address history and bank accounts show a few rows each (the section scrolls).
MIN_CONTACT_TABLE_HEIGHT = 120
TAB_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9", "Ctrl+0")
# Sections past the tenth (and every section): Ctrl+PgDown / Ctrl+PgUp (forms/customer_card.ui).


class CustomerCardView(QWidget):
    """Shows one customer at a time; ``open_customer`` is connected to the search panel's choice."""

    card_shown = Signal(object)  # the CustomerCard now on screen (tests and the status bar wait on it)
    closed = Signal()  # the card was closed: the desk goes back to the search field

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._card: ops.CustomerCard | None = None
        self._purpose: str | None = None
        self._dialog: Any = None
        actor = session.actor

        self.ui = Ui_CustomerCardView()
        self.ui.setupUi(self)
        font = QFont(self.ui.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.name.setFont(font)
        self.ui.reveal_button.setVisible(actor.can(Permission.REVEAL_HETU))
        self.reveal = HetuReveal(runner, session, self.ui.masked_id, self)
        self.reveal.failed.connect(self._failed)
        self.rights = CardRights(runner, session, self)  # restriction banner and button, disclosures
        self.ui.header_layout.insertWidget(3, self.rights.menu_button)

        self.call_panel = CallPanel(runner, session, self)
        self.contact = ContactForm(runner, session, self)
        self.consents = ConsentsWidget(runner, session, self)
        self.addresses = sections.TablesSection(("addressHistory", "bankAccounts"), self)
        contact_tab = QWidget(self)
        contact_layout = QVBoxLayout(contact_tab)
        # The form above the address tables: both get the section's whole width (side by side, at
        # 1366 px the form was 135 px wide and the addresses were cut off).
        contact_layout.addWidget(self.contact)
        contact_layout.addWidget(self.addresses, 1)
        for table in self.addresses.tables.values():
            table.setMinimumHeight(MIN_CONTACT_TABLE_HEIGHT)
        self.contracts = sections.TablesSection(("contracts", "sites"), self)
        self.consumption = sections.TablesSection(("consumption",), self)
        self.invoices = InvoicesSection(self)
        self.calls = sections.TablesSection(("calls",), self)
        self.requests = sections.TablesSection(("requests",), self)
        self.letters = sections.TablesSection(("letters",), self)
        self.disclosures = self.rights.disclosures
        self.access_log = sections.TablesSection(("accessLog",), self)
        self.notes = NotesSection(runner, session, self)
        self.tabs = SectionNav(self)
        self.tabs.setObjectName("cardTabs")
        self._pages: list[QWidget] = [contact_tab, self.contracts, self.consumption, self.invoices, self.calls,
                                      self.consents, self.requests, self.letters, self.disclosures]
        if actor.can(Permission.VIEW_ACCESS_LOG):
            self._pages.append(self.access_log)
        else:
            self.access_log.hide()
        self._pages.append(self.notes)
        for page in self._pages:
            self.tabs.addTab(page, "")
        # Requests and letters open from their tabs; Ctrl+N registers a letter (desktop.views.requests).
        self.request_links = CardRequestLinks(runner, session, self, self.requests, self.letters)
        self.request_links.message.connect(self.ui.message.setText)
        self.request_links.changed.connect(self._reload_keeping_input)
        self.request_links.requests_shown.connect(lambda: self.tabs.setCurrentWidget(self.requests))

        for index, widget in enumerate((self.rights.banner, self.call_panel, self.tabs), start=2):
            self.ui.main_layout.insertWidget(index, widget, 1 if widget is self.tabs else 0)

        self.ui.edit_action.triggered.connect(self.edit_contact)
        self.ui.reveal_action.triggered.connect(self.ask_reveal)
        self.ui.reload_action.triggered.connect(self.reload)
        self.ui.close_action.triggered.connect(self.close_card)
        self.ui.next_section_action.triggered.connect(lambda: self._step_section(1))
        self.ui.previous_section_action.triggered.connect(lambda: self._step_section(-1))
        self.tab_actions = [QAction(self, shortcut=QKeySequence(keys), triggered=lambda _=False, i=i: self.show_tab(i))
                            for i, keys in enumerate(TAB_KEYS[:len(self._pages)])]
        # Added here, not by the form: F1 lists the card's keys in this order, after the data-protection
        # keys CardRights added and before the call's and the prohibitions'.
        self.addActions([self.ui.edit_action, self.ui.reveal_action, self.ui.reload_action, self.ui.close_action,
                         *self.tab_actions, self.ui.next_section_action, self.ui.previous_section_action])
        for action in (*self.call_panel.actions_for_window(), *self.consents.actions_for_window()):
            self.addAction(action)
        # What the role may not do is not offered at all (no key, no F1 line): an auditor reads cards only.
        self.call_panel.setVisible(actor.can(Permission.RECORD_CALL))
        for action in self.call_panel.actions_for_window():
            action.setVisible(actor.can(Permission.RECORD_CALL))
        for action in self.consents.actions_for_window():
            action.setVisible(actor.can(Permission.RECORD_CONSENT))
        self.ui.edit_action.setVisible(actor.can(Permission.EDIT_CONTACT))
        self.ui.reveal_button.clicked.connect(self.ui.reveal_action.trigger)
        self.contact.saved.connect(self._contact_saved)
        self.leave = LeaveGuard(self, self.contact, show_form=lambda: self.tabs.setCurrentIndex(0))
        self.contact.stale.connect(self._reload_keeping_input)
        self.contact.save_failed.connect(self.leave.save_failed)
        self.contact.ask_reason = self.rights.ask_edit_reason
        self.rights.changed.connect(lambda card: self._show_card(card, keep_input=True))
        self.rights.message.connect(self.ui.message.setText)
        self.rights.reload.connect(self._reload_keeping_input)
        self.consents.recorded.connect(self._consents_recorded)
        self.call_panel.call_changed.connect(self._call_changed)
        self.call_panel.call_ended.connect(self._call_ended)
        self.retranslate()
        self._show_empty()

    # -- public --------------------------------------------------------------------------------

    @property
    def card(self) -> ops.CustomerCard | None:
        return self._card

    def shortcuts(self) -> list[ShortcutInfo]:
        """Every shortcut of the card, for the F1 overlay (the QActions carry the same keys and texts)."""
        may_reveal = self._session.actor.can(Permission.REVEAL_HETU)
        actor = self._session.actor
        actions = [a for a in (*self.actions(), self.contact.ui.save_action)
                   if not a.shortcut().isEmpty() and a.isVisible() and (a is not self.ui.reveal_action or may_reveal)
                   and (a is not self.contact.ui.save_action or actor.can(Permission.EDIT_CONTACT))]
        found = [shortcut_info(a.shortcut(), a.text().replace("&", "")) for a in actions]
        if actor.can(Permission.RECORD_CONSENT):
            found += [s for s in self.consents.shortcuts() if s.keys == "Space"]
        return found

    def new_request(self) -> None:
        """Ctrl+N: the intake dialog, with this card's customer (if any, and on screen) as the requester."""
        self.request_links.new_request(prefill=self.isVisible())

    def open_request(self, request_id: int) -> None:
        """A request (chosen on the start page) in a window of its own."""
        self.request_links.open_request(request_id)

    def open_customer(self, customer_id: int, label: str = "") -> None:
        """Open from the search list. Unsaved contact edits are asked about first. During a call the
        caller and customers linked to the call open for the call; another customer asks whose call
        it is; without a call the purpose is asked."""
        if not self.confirm_leave(lambda: self.open_customer(customer_id, label)):
            return
        panel = self.call_panel
        if panel.in_call and (panel.call.customer_id is None or panel.call.involves(customer_id)):
            self._open(customer_id, "call")
        elif panel.in_call:
            self._dialog = ask_call_customer(self, panel, customer_id, label or self.tr("the customer"),
                                             open_for_call=lambda: self._open(customer_id, "call"),
                                             ask_purpose=lambda: self._ask_purpose(customer_id, label))
        else:
            self._ask_purpose(customer_id, label)

    def _ask_purpose(self, customer_id: int, label: str) -> None:
        dialog = PurposeDialog(label or self.tr("the customer"), self)
        dialog.chosen.connect(lambda purpose: self._open(customer_id, purpose))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def confirm_leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when the card may be left now. With unsaved contact edits it asks Save / Discard /
        Cancel and returns False; ``then`` runs once the edits are saved or discarded (a save that
        fails, e.g. on invalid input, keeps the user on the form)."""
        return self.leave.confirm(self._card.display_name if self._card is not None else "", then)

    def close_card(self) -> None:
        if self.call_panel.in_call:
            self.ui.message.setText(self.tr("End the call (F8) before closing the card."))
            return
        if not self.confirm_leave(self.close_card):
            return
        self._show_empty()
        self.closed.emit()

    def reload(self) -> None:
        if self._card is not None and self._purpose is not None and self.confirm_leave(self.reload):
            self._open(self._card.customer_id, self._purpose)

    def reload_quietly(self) -> None:
        """After the call ended: the calls tab shows it (the reload is audited like any look). Contact
        input not saved yet stays in the form."""
        self._reload(keep_input=self.contact.is_dirty())

    def show_tab(self, index: int) -> None:
        if self._card is not None and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            page = self.tabs.currentWidget()
            if page is self.consents:
                self.consents.ui.consent_grid.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                page.focusNextChild()

    def _step_section(self, step: int) -> None:
        if self.tabs.count():
            self.show_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    def edit_contact(self) -> None:
        if self._card is not None:
            self.tabs.setCurrentIndex(0)
            self.contact.focus_first()

    def ask_reveal(self) -> None:
        if self._card is not None and self._session.actor.can(Permission.REVEAL_HETU):
            self.reveal.ask(self)

    # -- lane answers --------------------------------------------------------------------------

    def _open(self, customer_id: int, purpose: str) -> None:
        self._purpose = purpose
        self.ui.message.setText(self.tr("Opening …"))
        ops.open_card(self._session, customer_id, purpose).success(self._show_card).failure(self._failed).run_in(
            self._runner, owner=self)
        if purpose == "call":
            self.call_panel.attach_customer(customer_id)

    def _reload(self, *, keep_input: bool) -> None:
        # A reload is another look at the customer: audited with the purpose the card was opened for.
        if self._card is None or self._purpose is None:
            return
        ops.open_card(self._session, self._card.customer_id, self._purpose).success(
            lambda card: self._show_card(card, keep_input=keep_input)).failure(self._failed).run_in(
            self._runner, owner=self)

    def _reload_keeping_input(self) -> None:
        self._reload(keep_input=True)

    def _show_card(self, card: ops.CustomerCard, *, keep_input: bool = False) -> None:
        same = self._card is not None and self._card.customer_id == card.customer_id
        self._card = card
        if not same:  # a reload of the same customer keeps what the card just said ("Printed again …")
            self.ui.message.clear()
        self.ui.name.setText(card.display_name)
        self.reveal.show_card(card, same=same)
        self.ui.reveal_button.setEnabled(card.kind == "person" and bool(card.masked_id))
        self.contact.set_card(card, keep_input=keep_input)
        self.consents.set_card(card)
        self._fill_read_only(card)
        self.request_links.set_card(card)
        if not self.call_panel.in_call:
            self.call_panel.customer_id = card.customer_id
        self._bind_call()
        self.tabs.setEnabled(True)
        self.tabs.show()
        self.ui.empty_hint.hide()
        self._update_actions()
        self.card_shown.emit(card)

    def _fill_read_only(self, card: ops.CustomerCard) -> None:
        """The header line and the tables: "DTO in, cells out", so a language switch simply fills them again."""
        self.ui.details.setText(self.tr("Customer no. {number} · Language: {language} · Opened for: {purpose}").format(
            number=card.customer_number, language=label("language", card.language),
            purpose=label("purpose", self._purpose)))
        sections.fill_addresses(self.addresses, card)
        sections.fill_contracts(self.contracts, card)
        sections.fill_consumption(self.consumption, card)
        self.invoices.show_card(card)
        sections.fill_calls(self.calls, card)
        sections.fill_requests(self.requests, card)
        sections.fill_letters(self.letters, card)
        self.rights.set_card(card)
        self.notes.set_card(card)
        if card.access_log is not None:
            sections.fill_access_log(self.access_log, card)
        for section in self.findChildren(sections.TablesSection):
            section.name_tables()

    def _contact_saved(self, card: ops.CustomerCard) -> None:
        self._show_card(card)
        self.leave.saved()

    def _consents_recorded(self, text: str) -> None:
        # Where the agent looks: the prohibitions tab with the new state, and the card's message line.
        self.tabs.setCurrentWidget(self.consents)
        self.ui.message.setText(text)

    def _bind_call(self) -> None:
        """Entries on this card belong to the call only if the call is about this customer."""
        panel = self.call_panel
        about = panel.in_call and self._card is not None and panel.call.involves(self._card.customer_id)
        call_id = panel.call.call_id if about else None
        self.consents.set_call(call_id)
        self.notes.set_call(call_id)

    def _call_changed(self, _info: ops.CallInfo) -> None:
        self._bind_call()

    def _call_ended(self, _info: ops.CallInfo) -> None:
        self._bind_call()
        self.reload_quietly()

    def _failed(self, exc: BaseException) -> None:
        self.ui.message.setText(error_text(exc))

    def _show_empty(self) -> None:
        self._card = None
        self._purpose = None
        self.ui.name.setText(self.tr("No customer open"))
        self.ui.details.clear()
        self.reveal.show_card(None, same=False)
        self.ui.message.clear()
        self.contact.clear()
        self.consents.clear()
        self.notes.clear()
        self.call_panel.customer_id = None
        self.request_links.set_card(None)
        self.rights.set_card(None)
        self.tabs.setEnabled(False)
        self.tabs.hide()
        self.ui.empty_hint.show()
        self._update_actions()

    def _update_actions(self) -> None:
        has_card = self._card is not None
        for action in (self.ui.edit_action, self.ui.reload_action, self.ui.close_action, *self.tab_actions,
                       self.ui.next_section_action, self.ui.previous_section_action):
            action.setEnabled(has_card)
        self.ui.reveal_action.setEnabled(has_card and self._session.actor.can(Permission.REVEAL_HETU))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        # No mnemonics: Ctrl+1 … Ctrl+0 choose the sections, and Alt+letters belong to the menus and fields.
        # A section added to the card adds its title here (keyed by page, so the order may change).
        titles = {self._pages[0]: self.tr("Contact"), self.contracts: self.tr("Contracts"),
                  self.consumption: self.tr("Consumption"), self.invoices: self.tr("Invoices"),
                  self.calls: self.tr("Calls"), self.consents: self.tr("Prohibitions"),
                  self.requests: self.tr("Requests"), self.letters: self.tr("Letters"),
                  self.disclosures: self.tr("Disclosures"), self.access_log: self.tr("Access log"),
                  self.notes: self.tr("Notes")}
        for i in range(self.tabs.count()):
            title = titles.get(self.tabs.widget(i), "")
            self.tabs.setTabText(i, title)
            if i < len(self.tab_actions):
                self.tab_actions[i].setText(self.tr("Show the section: {0}").format(title))
                self.tabs.setTabToolTip(i, self.tab_actions[i].shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText))
        self.tabs.list.setAccessibleName(self.tr("Card sections"))
        self.ui.empty_hint.setText(self._empty_hint_text())
        if self._card is None:
            self.ui.name.setText(self.tr("No customer open"))
        else:
            self._fill_read_only(self._card)  # headings, labels of codes and the header line in the new language

    def _empty_hint_text(self) -> str:
        actor = self._session.actor
        lines = [self.tr("Find the customer in the search on the left: a name in any order, customer number, "
                         "street, phone, e-mail, metering point, business ID or a full identity code. "
                         "Enter opens the customer chosen in the list.")]
        if actor.can(Permission.RECORD_CALL):
            lines.append(self.tr("<b>F2</b> starts a call: the recording notice to read appears above."))
        if actor.can(Permission.HANDLE_REQUEST):
            lines.append(self.tr("<b>Ctrl+N</b> registers a written request that came by post."))
        lines.append(self.tr("<b>Alt+0</b> shows today's work; <b>F1</b> lists every key."))
        return "".join(f"<p>{line}</p>" for line in lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
