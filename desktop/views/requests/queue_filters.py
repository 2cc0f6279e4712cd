"""The queue's filters beyond the state: request type, channel, handler, days left, the customer's
language; and saved views (named filters of this user on this workstation, in desk.ini).

The database applies the filter (desktop.core.queue_filter, db.repositories.requests), so a filtered
queue of 50,000 requests still reads one page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from desktop.core.queue_filter import DUE_CHOICES, LANGUAGES, UNASSIGNED, QueueFilter
from desktop.views.requests.common import channel_labels, request_type_labels
from desktop.views.shell_settings import default_settings_path


class FilterBar(QWidget):
    """``changed()`` whenever a filter or a saved view is chosen; :meth:`filter` reads them."""

    changed = Signal()

    def __init__(self, username: str, parent: QWidget | None = None, *, settings_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueFilters")
        self._settings = QSettings(str(settings_path or default_settings_path()), QSettings.Format.IniFormat)
        self._group = f"queue_views/{username}"
        self._applying = False
        self.request_type = self._combo("typeFilter", [None, *request_type_labels()])
        self.channel = self._combo("channelFilter", [None, *channel_labels()])
        self.assignee = self._combo("handlerFilter", [None, UNASSIGNED])
        self.due = self._combo("dueFilter", [None, *DUE_CHOICES])
        self.language = self._combo("languageFilter", [None, *LANGUAGES])
        self.abandoned = QCheckBox(self)
        self.abandoned.setObjectName("showAbandoned")
        self.views = QComboBox(self)
        self.views.setObjectName("savedViews")
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.views.setMinimumContentsLength(8)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveView")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteView")
        self.name_dialog: QInputDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.request_type, self.channel, self.assignee, self.due, self.language, self.abandoned,
                       self.views, self.save_button, self.delete_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        for combo in (self.request_type, self.channel, self.assignee, self.due, self.language):
            combo.currentIndexChanged.connect(self._chosen)
        self.abandoned.toggled.connect(self._chosen)
        self.views.activated.connect(self._view_chosen)
        self.save_button.clicked.connect(self.ask_view_name)
        self.delete_button.clicked.connect(self.delete_view)
        self.retranslate()

    def _combo(self, name: str, codes: list[str | None]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Long labels ("E-mail with a signed attachment") must not widen the page past 1366 pixels.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        for code in codes:
            combo.addItem("", code)
        return combo

    def retranslate(self) -> None:
        types, channels = request_type_labels(), channel_labels()
        due = {"overdue": self.tr("Overdue"), "week": self.tr("Due within 7 days")}
        languages = {"fi": self.tr("Finnish-speaking"), "sv": self.tr("Swedish-speaking"),
                     "en": self.tr("English-speaking")}
        texts = {self.request_type: (self.tr("All types"), types), self.channel: (self.tr("All channels"), channels),
                 self.assignee: (self.tr("All handlers"), {UNASSIGNED: self.tr("No handler")}),
                 self.due: (self.tr("Any days left"), due), self.language: (self.tr("Any language"), languages)}
        for combo, (everything, labels) in texts.items():
            for index in range(combo.count()):
                code = combo.itemData(index)
                if code is None:
                    combo.setItemText(index, everything)
                elif code in labels:
                    combo.setItemText(index, labels[code])
        self.abandoned.setText(self.tr("Unverified"))
        self.abandoned.setToolTip(self.tr("Show the requests waiting for the requester to confirm their identity "
                                          "(clarification letter sent, clock paused). Those unconfirmed after the "
                                          "setting requests.abandoned_after_days (60 days unless set) are closed, "
                                          "with the reason in their history."))
        self.views.setToolTip(self.tr("Saved views: filters you named"))
        for combo, name in ((self.request_type, self.tr("Request type")), (self.channel, self.tr("Channel")),
                            (self.assignee, self.tr("Handler")), (self.due, self.tr("Days left")),
                            (self.language, self.tr("Customer's language")), (self.views, self.tr("Saved views"))):
            combo.setAccessibleName(name)
        self.save_button.setText(self.tr("Save view…"))
        self.delete_button.setText(self.tr("Delete view"))
        self._fill_views()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_staff(self, members: list[tuple[str, str]]) -> None:
        """(username, shown name) of the agents and supervisors a request can be handled by."""
        current = self.assignee.currentData()
        while self.assignee.count() > 2:
            self.assignee.removeItem(2)
        for username, shown in members:
            self.assignee.addItem(shown, username)
        self._select(self.assignee, current)

    def apply(self, base: QueueFilter) -> QueueFilter:
        """``base`` (closed requests shown or not, the state) with this bar's choices."""
        return base.with_(request_type=self.request_type.currentData(), channel=self.channel.currentData(),
                          assignee=self.assignee.currentData(), due=self.due.currentData(),
                          language=self.language.currentData(), include_abandoned=self.abandoned.isChecked())

    def _chosen(self) -> None:
        if not self._applying:
            self.views.setCurrentIndex(0)
            self.changed.emit()

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # -- saved views ----------------------------------------------------------------------------

    def saved_views(self) -> dict[str, QueueFilter]:
        self._settings.beginGroup(self._group)
        try:
            return {name: QueueFilter.from_json(str(self._settings.value(name, "")))
                    for name in sorted(self._settings.childKeys())}
        finally:
            self._settings.endGroup()

    def _fill_views(self) -> None:
        current = self.views.currentData()
        self.views.clear()
        self.views.addItem(self.tr("Views…"), None)
        for name in self.saved_views():
            self.views.addItem(name, name)
        self._select(self.views, current)
        self.delete_button.setEnabled(self.views.currentData() is not None)

    def ask_view_name(self) -> None:
        self.name_dialog = QInputDialog(self)
        self.name_dialog.setObjectName("viewNameDialog")
        self.name_dialog.setWindowTitle(self.tr("Save the view"))
        self.name_dialog.setLabelText(self.tr("Name of the view:"))
        self.name_dialog.textValueSelected.connect(self.save_view)
        self.name_dialog.finished.connect(self.name_dialog.deleteLater)
        self.name_dialog.open()

    def save_view(self, name: str, base: QueueFilter | None = None) -> None:
        name = name.strip().replace("/", "-")
        if not name:
            return
        self._settings.setValue(f"{self._group}/{name}", self.apply(base or QueueFilter()).to_json())
        self._settings.sync()
        self._fill_views()
        self._select(self.views, name)
        self.delete_button.setEnabled(True)

    def delete_view(self) -> None:
        name = self.views.currentData()
        if name is not None:
            self._settings.remove(f"{self._group}/{name}")
            self._settings.sync()
            self.views.setCurrentIndex(0)
            self._fill_views()

    def _view_chosen(self, _index: int) -> None:
        name = self.views.currentData()
        self.delete_button.setEnabled(name is not None)
        chosen = self.saved_views().get(name) if name is not None else None
        if chosen is None:
            return
        self._applying = True
        try:
            for combo, code in ((self.request_type, chosen.request_type), (self.channel, chosen.channel),
                                (self.assignee, chosen.assignee), (self.due, chosen.due),
                                (self.language, chosen.language)):
                self._select(combo, code)
            self.abandoned.setChecked(chosen.include_abandoned)
        finally:
            self._applying = False
        self.changed.emit()
