"""Ending a call when the database refuses the write: the call panel says what happened and what to do,
the call stays open with the notes as typed, and the next F8 ends it — nothing lost, nothing half-written.
Notes pasted with a NUL byte (which PostgreSQL refused, leaving the call open) end the call as well."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import event, select

from db.models import Call
from desktop.views.desk.desk_page import DeskPage
from desktop.views.desk.dialogs import PurposeDialog
from gui.desk.conftest import AGENT, back_to, press, type_into_focus

NOTES = "Asiakas soitti laskusta.\x00 Sovittiin maksuerät."


def _refuse_writes(dbapi_connection: Any, _record: Any) -> None:
    # As a read-only file or a standby server does (chmod cannot stop root, who may run the tests).
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.execute("PRAGMA query_only = ON")
    else:
        dbapi_connection.execute("SET default_transaction_read_only = on")
        dbapi_connection.commit()


def test_a_refused_end_of_call_keeps_the_call_and_its_notes(qtbot, runner, make_session, register, window,
                                                            database, read_db):
    desk = DeskPage(runner, make_session(AGENT))
    window(desk)
    desk.search.focus_search()
    card, panel = desk.card, desk.card.call_panel
    with qtbot.waitSignal(desk.search.results_shown, timeout=5000):
        type_into_focus("mäkinen maija")
    press("Return")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("1")
    back_to(qtbot, desk)
    with qtbot.waitSignal(panel.call_changed, timeout=5000):
        press("F2")
    panel.ui.notes.setPlainText(NOTES)  # pasted from another program, NUL and all

    event.listen(database.engine, "connect", _refuse_writes)
    database.engine.dispose()  # the lane's next connection is a read-only one
    try:
        with qtbot.waitSignal(runner.idle, timeout=10_000):
            press("F8")
    finally:
        event.remove(database.engine, "connect", _refuse_writes)
        database.engine.dispose()
    if database.is_postgres:
        assert panel.ui.status.text().startswith("The database accepts no changes at the moment (it is read-only)")
    else:
        assert panel.ui.status.text() == ("The database file is read-only, so nothing was saved: ask IT to check the "
                                       f"file's permissions ({database.file_path}).")
    assert panel.in_call and panel.ui.end_action.isEnabled()
    assert panel.ui.notes.toPlainText() == NOTES

    with qtbot.waitSignal(panel.call_ended, timeout=10_000) as ended:
        press("F8")
    assert ended.args[0].notes == "Asiakas soitti laskusta. Sovittiin maksuerät."
    assert not panel.in_call
    stored = read_db(lambda s: s.scalar(select(Call.notes).where(Call.id == ended.args[0].call_id)))
    assert stored == "Asiakas soitti laskusta. Sovittiin maksuerät."
