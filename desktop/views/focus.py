"""Tab order for widgets made in code next to a form's (desktop/ui): a form creates its widgets at once in
setupUi, so a widget the code adds afterwards (a filter bar, a detail pane) comes last in the window's
focus chain. ``place_in_tab_order`` puts its stops where the user meets it on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def place_in_tab_order(after: QWidget, container: QWidget) -> QWidget:
    """Move the focus stops inside ``container`` (made after the form: together at the end of the chain)
    to right after ``after``, in their own order; returns the last one moved."""
    stops, widget = [], container.nextInFocusChain()
    while widget is not container and container.isAncestorOf(widget):
        stops.append(widget)
        widget = widget.nextInFocusChain()
    moved: list[QWidget] = []
    for stop in stops:
        if any(outer.isAncestorOf(stop) for outer in moved):
            continue  # went along with its compound widget (a spin box's line edit)
        QWidget.setTabOrder(after, stop)
        moved.append(stop)
        after = stop
    return after
