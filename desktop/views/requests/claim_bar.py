"""Who is working on the request ("Matti Meikäläinen käsittelee"), with Take it on / Release; and the
deadline's reasoning that the request detail shows on request (the deadline line's tooltip).

Shown to everyone who sees the request. The buttons follow the request's DTO (desktop.core.request_actions,
after desktop.core.claims): the claimant releases, a supervisor may take over or release a colleague's
claim; the service checks the same rule again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.core import deadline_reasoning as reasoning
from desktop.core import request_states as rs
from desktop.core.request_actions import Action
from desktop.core.roles import Actor
from desktop.i18n_qt import translate
from desktop.ui.ui_claim_bar import Ui_ClaimBar
from desktop.views.desk.common import fmt_date
from desktop.views.requests.common import fmt_day


class ClaimBar(QWidget):
    """``claim_clicked`` / ``release_clicked``: the detail runs the operation (with the version on screen)."""

    claim_clicked = Signal()
    release_clicked = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._info: Any = None
        self.ui = Ui_ClaimBar()
        self.ui.setupUi(self)
        self.ui.claim_button.clicked.connect(self.claim_clicked)
        self.ui.release_button.clicked.connect(self.release_clicked)
        self.retranslate()
        self.show_info(None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.show_info(self._info)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_info(self, info: Any) -> None:
        self._info = info
        self.setVisible(info is not None)
        if info is None:
            return
        mine = info.claimed_by == self._actor.username
        # What the request's DTO allows (desktop.core.request_actions); the service checks the same rule.
        self.ui.claim_button.setEnabled(info.actions.allows(Action.CLAIM))
        self.ui.claim_button.setText(self.tr("Take over") if info.claimed_by and not mine else self.tr("Take it on"))
        self.ui.release_button.setEnabled(info.actions.allows(Action.RELEASE))
        self.ui.line.setText(self._line(info, mine))

    def _line(self, info: Any, mine: bool) -> str:
        if info.claimed_by is not None:
            since = fmt_date(info.claim_active_at) if info.claim_active_at else ""
            if mine:
                return self.tr("You are handling this request (last activity {0}).").format(since)
            return self.tr("{0} is handling this request (last activity {1}).").format(
                info.claimed_by_name or info.claimed_by, since)
        released = next((e for e in reversed(info.events)
                         if e.kind in ("claimed", "claim_released", "claim_taken_over")), None)
        if released is not None and released.kind == "claim_released" and (released.detail or {}).get("automatic"):
            detail = released.detail or {}
            idle = detail.get("idle_since")
            return self.tr("Released automatically on {0}: {1} had not worked on it since {2}. Nobody is "
                           "handling it now.").format(fmt_date(released.occurred_at), detail.get("from") or "–",
                                                      fmt_day(dt.date.fromisoformat(idle)) if idle else "–")
        return self.tr("Nobody is handling this request.")



def deadline_reasoning(info: Any) -> str:
    """The request's due date explained step by step (received → month → extension → pauses → due)."""
    if rs.is_closed(info.state):
        return ""
    today = info.due_on - dt.timedelta(days=info.days_left)  # the service's today (Helsinki)
    steps = reasoning.explain(info.received_on, today, paused_days=info.paused_days,
                              paused_since=info.paused_since, extension_months=info.extension_months)
    return "\n".join(translate(message, **params) for message, params in steps)
