"""The desk's read-only lists: whole rows selected, never edited in place, columns as wide as their content."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

View = TypeVar("View", bound=QTableView)


def read_only_list(view: View, name: str | None = None, *, single: bool = False) -> View:
    """Set ``view`` (a QTableView or QTableWidget) up as a read-only list; ``single`` allows one row at a time.
    ``name`` is its object name (a view from a form has its own already)."""
    if name is not None:
        view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
