"""The administrator's (and the data protection officer's) view of retention: what the nightly run
destroys today per rule — items, the oldest, the period and its legal reason from the utility profile —
and the latest runs with their counts. The same preview as ``palvelutiski-admin retention``; counts and
days only, no customer data. F5 reads it again. The run itself is scheduled (docs/retention.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.retention import RULE_LABELS
from desktop.operations import rights as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk import card_sections as sections
from desktop.views.desk.common import error_text, fmt_date, translate_domain
from desktop.views.notice_printing import NoticePrinter, ui_language
from desktop.views.requests.common import PrinterChooser, ask_printer


class RetentionPage(QWidget):
    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None,
                 choose_printer: PrinterChooser = ask_printer) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self._choose_printer = choose_printer
        self._runner = runner
        self._session = session
        self._preview: ops.RetentionPreview | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("retentionHeading")
        self.rules = sections.make_table(self, "retentionRules")
        self.rules.setWordWrap(True)
        self.runs_title = QLabel(self)
        self.runs = sections.make_table(self, "retentionRuns")
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setAutoDefault(False)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.start)
        self.addAction(self.refresh_action)
        self.refresh_button.clicked.connect(self.start)
        self.notice_button = QPushButton(self)
        self.notice_button.setObjectName("privacyNotice")
        self.notice_button.setAutoDefault(False)
        self.notice_button.clicked.connect(self.show_notice)
        self.notice = NoticePrinter(runner, session, choose_printer, self.message.setText, self)
        self._print_job: Any = None
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.notice_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules, 3)
        layout.addWidget(self.runs_title)
        layout.addWidget(self.runs, 1)
        layout.addWidget(self.how)
        layout.addWidget(self.message)
        self.setFocusProxy(self.rules)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Retention")

    def start(self) -> None:
        self.message.setText(self.tr("Reading …"))
        ops.load_retention(self._session).success(self._show).failure(self._failed).run_in(self._runner, owner=self)

    def show_notice(self) -> None:
        """The register description / privacy notice in the UI language: preview, then print."""
        self.notice.show(ui_language())

    def _show(self, preview: ops.RetentionPreview) -> None:
        self._preview = preview
        self.message.clear()
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def _fill(self) -> None:
        p = self._preview
        if p is None:
            return
        language = self._language()
        heading = self.tr("Due under the retention rules on {0}. Nothing is destroyed here: the nightly run does "
                          "it.").format(fmt_date(p.today))
        if p.recordings_listed:
            heading += " " + self.tr("%n recording(s) on the phone system's destruction list since {0} await its "
                                     "confirmation (palvelutiski-admin recordings list / confirm).", "",
                                     p.recordings_listed).format(fmt_date(p.recordings_listed_since))
        self.heading.setText(heading)
        sections.fill(self.rules, [self.tr("Rule"), self.tr("Due"), self.tr("Oldest"), self.tr("Period"),
                                   self.tr("Legal reason (utility profile)")],
                      [(self._rule(r.rule), r.items, fmt_date(r.oldest), self._period(r.period),
                        r.reason.get(language) or r.reason.get("fi", "")) for r in p.rules],
                      stretch=(4,), right=(1,))
        sections.fill(self.runs, [self.tr("Started"), self.tr("Finished"), self.tr("By"), self.tr("Destroyed")],
                      [(fmt_date(r.started_at), fmt_date(r.finished_at) if r.finished_at else self.tr("stopped"),
                        r.actor, ", ".join(f"{self._rule(k)} {v}" for k, v in r.counts.items() if v) or "0")
                       for r in p.runs], stretch=(3,))

    @staticmethod
    def _rule(key: str) -> str:
        label = RULE_LABELS.get(key)
        return translate_domain(label) if label else key

    def _period(self, period: Any) -> str:
        if period is None:
            return ""
        number, unit = period
        return self.tr("%n day(s)", "", number) if unit == "days" else self.tr("%n year(s)", "", number)

    @staticmethod
    def _language() -> str:
        code = QLocale().name()[:2]  # the UI language (desktop.i18n_qt sets the default locale)
        return code if code in ("fi", "sv", "en") else "fi"

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Read again (F5)"))
        self.notice_button.setText(self.tr("Register description …"))
        self.notice_button.setToolTip(self.tr("The privacy notice (GDPR Art. 13/14) of the utility profile: preview "
                                              "and print"))
        self.refresh_action.setText(self.tr("Read the retention preview again"))
        self.rules.setAccessibleName(self.tr("Retention rules"))
        self.runs.setAccessibleName(self.tr("Retention runs"))
        self.runs_title.setText(self.tr("Latest runs"))
        self.how.setText(self.tr("The nightly run: palvelutiski-admin retention --apply (cron or Windows Task "
                                 "Scheduler, see docs/retention.md). Each batch is one transaction; a stopped run "
                                 "carries on the next night."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
