"""The queue's filters beyond the state: request type, channel, handler, days left, the customer's
language; and saved views (named filters of this user on this workstation, in desk.ini).

The database applies the filter (desktop.core.queue_filter, db.repositories.requests), so a filtered
queue of 50,000 requests still reads one page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from desktop.core.queue_filter import DUE_CHOICES, LANGUAGES, UNASSIGNED, QueueFilter
from desktop.ui.ui_queue_filters import Ui_FilterBar
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
        self.ui = Ui_FilterBar()
        self.ui.setupUi(self)
        for combo, codes in ((self.ui.request_type, [None, *request_type_labels()]),
                             (self.ui.channel, [None, *channel_labels()]), (self.ui.assignee, [None, UNASSIGNED]),
                             (self.ui.due, [None, *DUE_CHOICES]), (self.ui.language, [None, *LANGUAGES])):
            for code in codes:
                combo.addItem("", code)
        self.name_dialog: QInputDialog | None = None
        for combo in (self.ui.request_type, self.ui.channel, self.ui.assignee, self.ui.due, self.ui.language):
            combo.currentIndexChanged.connect(self._chosen)
        self.ui.abandoned.toggled.connect(self._chosen)
        self.ui.views.activated.connect(self._view_chosen)
        self.ui.save_button.clicked.connect(self.ask_view_name)
        self.ui.delete_button.clicked.connect(self.delete_view)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        types, channels = request_type_labels(), channel_labels()
        due = {"overdue": self.tr("Overdue"), "week": self.tr("Due within 7 days")}
        languages = {"fi": self.tr("Finnish-speaking"), "sv": self.tr("Swedish-speaking"),
                     "en": self.tr("English-speaking")}
        texts = {self.ui.request_type: (self.tr("All types"), types), self.ui.channel: (self.tr("All channels"), channels),
                 self.ui.assignee: (self.tr("All handlers"), {UNASSIGNED: self.tr("No handler")}),
                 self.ui.due: (self.tr("Any days left"), due), self.ui.language: (self.tr("Any language"), languages)}
        for combo, (everything, labels) in texts.items():
            for index in range(combo.count()):
                code = combo.itemData(index)
                if code is None:
                    combo.setItemText(index, everything)
                elif code in labels:
                    combo.setItemText(index, labels[code])
        self._fill_views()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_staff(self, members: list[tuple[str, str]]) -> None:
        """(username, shown name) of the agents and supervisors a request can be handled by."""
        current = self.ui.assignee.currentData()
        while self.ui.assignee.count() > 2:
            self.ui.assignee.removeItem(2)
        for username, shown in members:
            self.ui.assignee.addItem(shown, username)
        self._select(self.ui.assignee, current)

    def apply(self, base: QueueFilter) -> QueueFilter:
        """``base`` (closed requests shown or not, the state) with this bar's choices."""
        return base.with_(request_type=self.ui.request_type.currentData(), channel=self.ui.channel.currentData(),
                          assignee=self.ui.assignee.currentData(), due=self.ui.due.currentData(),
                          language=self.ui.language.currentData(), include_abandoned=self.ui.abandoned.isChecked())

    def _chosen(self) -> None:
        if not self._applying:
            self.ui.views.setCurrentIndex(0)
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
        current = self.ui.views.currentData()
        self.ui.views.clear()
        self.ui.views.addItem(self.tr("Views…"), None)
        for name in self.saved_views():
            self.ui.views.addItem(name, name)
        self._select(self.ui.views, current)
        self.ui.delete_button.setEnabled(self.ui.views.currentData() is not None)

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
        self._select(self.ui.views, name)
        self.ui.delete_button.setEnabled(True)

    def delete_view(self) -> None:
        name = self.ui.views.currentData()
        if name is not None:
            self._settings.remove(f"{self._group}/{name}")
            self._settings.sync()
            self.ui.views.setCurrentIndex(0)
            self._fill_views()

    def _view_chosen(self, _index: int) -> None:
        name = self.ui.views.currentData()
        self.ui.delete_button.setEnabled(name is not None)
        chosen = self.saved_views().get(name) if name is not None else None
        if chosen is None:
            return
        self._applying = True
        try:
            for combo, code in ((self.ui.request_type, chosen.request_type), (self.ui.channel, chosen.channel),
                                (self.ui.assignee, chosen.assignee), (self.ui.due, chosen.due),
                                (self.ui.language, chosen.language)):
                self._select(combo, code)
            self.ui.abandoned.setChecked(chosen.include_abandoned)
        finally:
            self._applying = False
        self.changed.emit()
