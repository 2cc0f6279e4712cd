"""The full hetu on the card's header: asked with a stated reason (audited), shown for a minute, then masked
again — and masked at once when another customer is opened.

Kept apart from the card (desktop.views.desk.card_view) because its whole life is one label and a timer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.dialogs import RevealHetuDialog

# Long enough to read the code out or compare it with a letter; short enough that it does not stay on
# the screen for whoever walks past (or for the next caller, if the card stays open).
REVEAL_VISIBLE_MS = 60_000


class HetuReveal(QObject):
    """Shows ``card.masked_id`` in ``label``; ``ask(card)`` asks the reason and shows the full code.
    ``failed(exc)`` when the lane refuses (the card shows the message)."""

    failed = Signal(BaseException)

    def __init__(self, runner: TaskRunner, session: DeskSession, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._label = label
        self._card: ops.CustomerCard | None = None
        self.dialog: RevealHetuDialog | None = None
        self._hide_code = QTimer(self)
        self._hide_code.setSingleShot(True)
        self._hide_code.timeout.connect(self.mask_again)

    def show_card(self, card: ops.CustomerCard | None, *, same: bool) -> None:
        """``same``: a reload of the customer on screen keeps a code already revealed."""
        self._card = card
        if not same:
            self.mask_again()

    def ask(self, parent: QWidget) -> None:
        card = self._card
        if card is None or card.kind != "person":
            return
        dialog = RevealHetuDialog(parent)
        customer_id = card.customer_id
        dialog.reason_given.connect(lambda reason: ops.reveal_hetu(self._session, customer_id, reason).success(
            lambda code: self._revealed(customer_id, code)).failure(self.failed.emit).run_in(self._runner, owner=self))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _revealed(self, customer_id: int, code: str) -> None:
        if self._card is not None and self._card.customer_id == customer_id:
            self._label.setText(code)
            self._label.setToolTip(self.tr("Shown for {seconds} seconds, then masked again").format(
                seconds=REVEAL_VISIBLE_MS // 1000))
            self._hide_code.start(REVEAL_VISIBLE_MS)

    def mask_again(self) -> None:
        self._hide_code.stop()
        self._label.setToolTip("")
        self._label.setText(self._card.masked_id if self._card is not None else "")
