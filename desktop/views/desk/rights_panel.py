"""The card's part in the register's duties (issue 12): the restriction banner, the button that restricts
processing, and the Disclosures section with its "Record a disclosure" button.

The banner is shown only while a restriction holds (GDPR Art. 18): reason, end, who recorded it, and for a
supervisor the button that lifts it. Every step asks in a dialog (desk.rights_dialogs), runs on the lane
(operations.rights) and answers with the card read again, which the card shows through ``changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import rights
from desktop.core.local_time import to_local
from desktop.core.roles import Permission
from desktop.core.text import clean_text
from desktop.operations import rights as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk import card_sections as sections
from desktop.views.desk.common import error_text, fmt_date, translate_domain
from desktop.views.desk.erasure_dialog import ErasurePlanDialog
from desktop.views.desk.rights_dialogs import DisclosureDialog, ObjectionDialog, ReasonDialog, RestrictDialog
from desktop.views.notice_printing import NoticePrinter, ui_language
from desktop.views.requests.common import PrinterChooser, ask_printer
from desktop.views.style import ERROR

RESTRICT_KEYS = "Ctrl+Shift+R"
ERASURE_KEYS = "Ctrl+Shift+E"
OBJECTION_KEYS = "Ctrl+Shift+O"
NOTICE_KEYS = "Ctrl+Shift+P"
BANNER_STYLE = f"QFrame#restrictionBanner {{ background: #fde7e9; border: 2px solid {ERROR}; border-radius: 4px; }}"


def _today() -> dt.date:
    return to_local(dt.datetime.now(dt.UTC)).date()


class RestrictionBanner(QFrame):
    """Shown while the customer's processing is restricted, or an upheld objection stops some of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictionBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel(self)
        self.text.setObjectName("restrictionText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.lift_button = QPushButton(self)
        self.lift_button.setObjectName("liftRestriction")
        self.lift_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.lift_button)
        self._restriction: Any = None
        self._stops: tuple[str, ...] = ()
        self.may_lift = False  # the signed-in role may lift a restriction
        self.retranslate()
        self.hide()

    def show_restriction(self, restriction: Any, stops: tuple[str, ...] = ()) -> None:
        self._restriction = restriction
        self._stops = stops
        self.setVisible(restriction is not None or bool(stops))
        self.lift_button.setVisible(self.may_lift and restriction is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.lift_button.setText(self.tr("Lift the restriction …"))
        r = self._restriction
        lines = []
        if r is not None:
            end = fmt_date(r.ends_on) if r.ends_on else self.tr("until lifted")
            lines.append(self.tr("Processing restricted (GDPR Art. 18) – ends: {end}. Reason: {reason}. Recorded "
                                 "{when} by {who}. Only storage: no marketing, no disclosures, edits need a reason.")
                         .format(end=end, reason=clean_text(r.reason).replace("\n", " "),
                                 when=fmt_date(r.recorded_at), who=r.recorded_by or ""))
        if self._stops:
            lines.append(self.tr("Objection upheld (GDPR Art. 21(1)) – stopped: {0}.").format(
                "; ".join(translate_domain(rights.OBJECTION_STOP_LABELS[s]) for s in self._stops
                          if s in rights.OBJECTION_STOP_LABELS)))
        self.text.setText("\n".join(lines))
        self.text.setAccessibleName(self.text.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DisclosuresSection(sections.TablesSection):
    """The disclosures table with the button that records one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("disclosures",), parent)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordDisclosure")
        self.record_button.setAutoDefault(False)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.record_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, line)
        self.retranslate()

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record a disclosure …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CardRights(QWidget):
    """Owns the banner, the "Data protection" menu button (restrict, erasure plan; also by their keys) and
    the disclosures section of one card view, which places them."""

    changed = Signal(object)  # the card read again after a step
    reload = Signal()  # the register changed under the card (an erasure): read it again
    message = Signal(str)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget,
                 choose_printer: PrinterChooser = ask_printer) -> None:
        super().__init__(parent)
        self.hide()  # a controller; its widgets are laid out by the card
        self._runner = runner
        self._session = session
        self._card: ops.CustomerCard | None = None
        self._dialog: Any = None
        actor = session.actor
        self.banner = RestrictionBanner(parent)
        self.restrict_action = self._action(parent, RESTRICT_KEYS, self.ask_restrict,
                                            actor.can(Permission.RESTRICT_PROCESSING))
        self.erasure_action = self._action(parent, ERASURE_KEYS, self.show_erasure_plan,
                                           actor.can(Permission.HANDLE_REQUEST))
        self.objection_action = self._action(parent, OBJECTION_KEYS, self.ask_objection,
                                             actor.can(Permission.SIGN_OFF))
        # The register description for the customer at the desk, in their language (Art. 13/14: told when
        # the data are collected); it holds no customer data, so every role with the card may print it.
        self.notice_action = self._action(parent, NOTICE_KEYS, self.print_notice,
                                          actor.can(Permission.READ_CUSTOMER))
        self.notice = NoticePrinter(runner, session, choose_printer, self.message.emit, self)
        self.menu = QMenu(parent)
        self.menu.addAction(self.restrict_action)
        self.menu.addAction(self.erasure_action)
        self.menu.addAction(self.objection_action)
        self.menu.addSeparator()
        self.menu.addAction(self.notice_action)
        self.menu_button = QToolButton(parent)
        self.menu_button.setObjectName("dataProtectionMenu")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setVisible(self.restrict_action.isVisible() or self.erasure_action.isVisible())
        self.disclosures = DisclosuresSection(parent)
        self.disclosures.record_button.setVisible(actor.can(Permission.RECORD_DISCLOSURE))
        self.banner.may_lift = actor.can(Permission.LIFT_RESTRICTION)
        self.banner.lift_button.setVisible(self.banner.may_lift)
        self.banner.lift_button.clicked.connect(self.ask_lift)
        self.disclosures.record_button.clicked.connect(self.ask_disclosure)
        self.retranslate()

    @staticmethod
    def _action(parent: QWidget, keys: str, slot: Callable[..., object], visible: bool) -> QAction:
        action = QAction(parent)
        if visible:  # a role that may not do it gets no key either (F1 lists only what the role can use)
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        action.setVisible(visible)
        parent.addAction(action)  # the card's key, listed by F1
        return action

    def set_card(self, card: ops.CustomerCard | None) -> None:
        self._card = card
        restriction = getattr(card, "restriction", None) if card is not None else None
        self.banner.show_restriction(restriction, tuple(getattr(card, "objection_stops", ()) or ()))
        self.restrict_action.setEnabled(card is not None and restriction is None)
        self.erasure_action.setEnabled(card is not None)
        self.objection_action.setEnabled(card is not None)
        self.menu_button.setEnabled(card is not None)
        self.disclosures.record_button.setEnabled(card is not None)
        if card is not None:
            sections.fill_disclosures(self.disclosures, card)

    # -- the steps

    def ask_restrict(self) -> None:
        if self._card is None:
            return
        dialog = RestrictDialog(self._card.display_name, _today(), self.window())
        customer_id = self._card.customer_id
        dialog.given.connect(lambda reason, ends_on: ops.restrict(self._session, customer_id, reason, ends_on).success(
            lambda card: self._done(card, self.tr("Processing restricted. The card shows the banner."))).failure(
            self._failed).run_in(self._runner, owner=self))
        self._open(dialog)

    def show_erasure_plan(self) -> None:
        """The plan (nothing happens yet); a supervisor may carry it out from the dialog."""
        if self._card is None:
            return
        customer_id = self._card.customer_id
        dialog = ErasurePlanDialog(self._card.display_name, self._session.actor.can(Permission.CARRY_OUT_ERASURE),
                                   self.window())

        def failed(exc: BaseException) -> None:
            dialog.show_error(error_text(exc))

        def done(view: ops.ErasureView) -> None:
            dialog.show_plan(view, done=True)
            self.message.emit(self.tr("The erasure was carried out; the card shows what is left."))
            self.reload.emit()

        dialog.carry_out.connect(lambda digest: ops.carry_out_erasure(self._session, customer_id, digest).success(
            done).failure(failed).run_in(self._runner, owner=dialog))
        ops.plan_erasure(self._session, customer_id).success(dialog.show_plan).failure(failed).run_in(
            self._runner, owner=dialog)
        self._open(dialog)

    def ask_objection(self) -> None:
        if self._card is None:
            return
        dialog = ObjectionDialog(self._card.display_name, self.window())
        customer_id = self._card.customer_id
        dialog.given.connect(lambda processing, upheld, reasons, stops: ops.decide_objection(
            self._session, customer_id, processing, upheld, reasons, stops).success(
            lambda reference: (self.message.emit(self.tr(
                "The decision was recorded for request {0}; its reply prints it.").format(reference)),
                self.reload.emit())).failure(self._failed).run_in(self._runner, owner=self))
        self._open(dialog)

    def print_notice(self) -> None:
        """The privacy notice in the open customer's language, else in the UI language."""
        language = getattr(self._card, "language", None) if self._card is not None else None
        self.notice.show(language or ui_language())

    def ask_lift(self) -> None:
        if self._card is None:
            return
        dialog = ReasonDialog(self.tr("Lift the restriction of processing"),
                              self.tr("Why is the restriction lifted? Tell the customer before lifting it "
                                      "(GDPR Art. 18(3))."), self.tr("Lift"), self.window())
        customer_id = self._card.customer_id
        dialog.given.connect(lambda reason: ops.lift_restriction(self._session, customer_id, reason).success(
            lambda card: self._done(card, self.tr("The restriction was lifted."))).failure(self._failed).run_in(
            self._runner, owner=self))
        self._open(dialog)

    def ask_disclosure(self) -> None:
        if self._card is None:
            return
        dialog = DisclosureDialog(self._card.display_name, _today(), self._card.restriction is not None,
                                  self.window())
        customer_id = self._card.customer_id
        dialog.given.connect(lambda recipient, basis, data, day: ops.record_disclosure(
            self._session, customer_id, recipient, basis, data, day).success(
            lambda card: self._done(card, self.tr("The disclosure was recorded."))).failure(self._failed).run_in(
            self._runner, owner=self))
        self._open(dialog)

    def ask_edit_reason(self, then: Callable[[str], object]) -> None:
        """While a restriction holds, a contact edit says why: ``then(reason)`` saves with it."""
        dialog = ReasonDialog(self.tr("Processing is restricted"),
                              self.tr("Processing of this customer is restricted (GDPR Art. 18). Why is the data "
                                      "changed? E.g. the customer's request and its reference."),
                              self.tr("Save"), self.window())
        dialog.given.connect(then)
        self._open(dialog)

    def _open(self, dialog: Any) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _done(self, card: ops.CustomerCard, text: str) -> None:
        self.changed.emit(card)
        self.message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc))

    def retranslate(self) -> None:
        self.menu_button.setText(self.tr("Data protection"))
        self.menu_button.setToolTip(self.tr("Restrict processing ({0}), erasure plan ({1}), objection ({2})").format(
            RESTRICT_KEYS, ERASURE_KEYS, OBJECTION_KEYS))
        self.restrict_action.setText(self.tr("Restrict processing …"))
        self.restrict_action.setToolTip(self.tr("GDPR Art. 18: only storage while it holds"))
        self.erasure_action.setText(self.tr("Erasure plan …"))
        self.objection_action.setText(self.tr("Decide an objection …"))
        self.notice_action.setText(self.tr("Print the privacy notice …"))
        self.notice_action.setToolTip(self.tr("The register description (GDPR Art. 13/14) in the customer's "
                                              "language: preview and print"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
