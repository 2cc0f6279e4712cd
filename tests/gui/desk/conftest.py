"""Desk widget fixtures: a small register on each database, sessions per role, keyboard helpers.

Data is inserted with the SQL guard lifted (the test's own setup, not the application), through the
same repository functions the product uses for identity codes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from db.database import Database
from db.models import AuditEvent, ContactPoint, ControllerProfile, Customer, PostalAddress
from db.repositories import hetu as hetu_repository
from desktop.core.roles import Actor, Role
from desktop.core.text import fold, name_key, phone_key
from desktop.operations.session import DeskSession
from desktop.services.profiles import get_profile
from gui.keys import type_text

HETU = "131052-308T"
AGENT = Actor("aino.agent", Role.AGENT, "Aino Asiakaspalvelija")
AGENT2 = Actor("eero.agent", Role.AGENT, "Eero Asiakaspalvelija")
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR, "Sanna Esimies")
T0 = dt.datetime(2020, 1, 2, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Register:
    makinen_id: int  # Mäkinen Maija, with a hetu, phone and address
    makela_id: int  # Mäkelä Matti
    astrom_id: int  # Åström Åsa, Swedish-speaking


def _person(session, number: str, last: str, first: str, street: str, language: str = "fi") -> Customer:
    customer = Customer(customer_number=number, kind="person", first_names=first, last_name=last,
                        language=language, search_name=name_key(last, first))
    session.add(customer)
    session.flush()
    session.add(PostalAddress(customer_id=customer.id, street=street, postcode="94450", post_town="Keminmaa",
                              street_key=fold(street), valid_from=T0))
    return customer


def insert_register(database: Database, *, virtanens: int = 0) -> Register:
    with database.transaction() as session:
        session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
        hetu_repository.install_key(session)
        makinen = _person(session, "100001", "Mäkinen", "Maija", "Jauholantie 4 B 7")
        hetu_repository.store(session, makinen.id, HETU)
        session.add(ContactPoint(customer_id=makinen.id, kind="phone", value="040 123 4567",
                                 value_key=phone_key("040 123 4567")))
        makela = _person(session, "100002", "Mäkelä", "Matti", "Rantatie 3")
        astrom = _person(session, "100003", "Åström", "Åsa", "Kyrkogatan 2", language="sv")
        for i in range(virtanens):
            _person(session, f"3{i:05d}", "Virtanen", f"Ville {i}", f"Koulutie {i + 1}")
        return Register(makinen.id, makela.id, astrom.id)


@pytest.fixture
def register(database: Database, sql_guard) -> Register:
    with sql_guard.allowed():
        return insert_register(database)


@pytest.fixture
def make_session(database: Database) -> Callable[[Actor], DeskSession]:
    def make(actor: Actor) -> DeskSession:
        return DeskSession(database, actor, f"{database.dialect} test", database.dialect == "sqlite")
    return make


@pytest.fixture
def read_db(database: Database, sql_guard) -> Callable[[Callable], object]:
    """Run ``fn(session)`` for the test's own checks (allowed on the test thread)."""
    def read(fn):
        with sql_guard.allowed(), database.transaction() as session:
            return fn(session)
    return read


def audit_actions(session, customer_id: int | None = None) -> list[tuple[str, str | None]]:
    query = select(AuditEvent).order_by(AuditEvent.id)
    if customer_id is not None:
        query = query.where(AuditEvent.customer_id == customer_id)
    return [(a.action, a.purpose) for a in session.scalars(query)]


# -- keyboard -----------------------------------------------------------------------------------

def focused() -> QWidget:
    """Where a real keyboard's keys would go: the focus widget of the active window."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(keys: str) -> None:
    """Press a key combination (e.g. "Ctrl+Shift+M", "F2", "Return") on the focused widget."""
    combo = QKeySequence(keys)[0]
    QTest.keyClick(focused(), combo.key(), combo.keyboardModifiers())


def type_into_focus(text: str) -> None:
    type_text(focused(), text)


def back_to(qtbot, widget: QWidget) -> None:
    """A window manager re-activates the main window when a dialog closes; the offscreen platform has
    none, so the test does that one thing for it."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


@pytest.fixture
def window(qtbot) -> Iterator[Callable[[QWidget], QWidget]]:
    """Show a widget as the active top-level window, so window shortcuts reach it."""
    def show(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        return widget
    yield show


def click_key(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)
