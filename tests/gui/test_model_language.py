"""Table models (no widgets, so no LanguageChange event of their own) follow a language switch at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView

from desktop.views.requests.tables import RowsModel


class _Model(RowsModel):
    def columns(self):
        return [(QCoreApplication.translate("RequestsPage", "Reference"), lambda row: row),
                (QCoreApplication.translate("CustomerCardView", "Calls"), lambda row: row)]


def test_a_table_model_tells_its_views_to_read_the_headings_again(qtbot, translations):
    assert translations.switch("fi")
    model = _Model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_rows(["TP-2026-000001"])
    before = model.headerData(1, Qt.Orientation.Horizontal)
    with qtbot.waitSignal(model.headerDataChanged, timeout=1000), qtbot.waitSignal(model.dataChanged, timeout=1000):
        assert translations.switch("sv")
    assert model.headerData(1, Qt.Orientation.Horizontal) != before
