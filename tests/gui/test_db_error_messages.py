"""Database failures as the user meets them: the text in the widget they look at, in their language.

Sign-in on a read-only database (SQLite file or PostgreSQL), a locked file at sign-in, and a failure
nobody expected — never "Something went wrong" for what IT can fix, never a class name.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from sqlalchemy.pool import Pool

from db.engine import _sqlite_pragmas as _ENGINE_PRAGMAS
from desktop.services.auth import AuthService
from desktop.services.credentials import CredentialStore
from desktop.views.desk.common import error_text
from desktop.views.login_dialog import LoginDialog
from gui.keys import press
from gui.test_login_dialog import fill


@pytest.fixture
def read_only_connections() -> Iterator[None]:
    """Every connection opened from now on refuses writes, as a read-only file or a standby server does
    (chmod cannot make a file read-only for root, who may run the tests)."""

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.execute("PRAGMA query_only = ON")
        else:
            dbapi_connection.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()

    event.listen(Pool, "connect", read_only)
    yield
    event.remove(Pool, "connect", read_only)


@pytest.fixture
def dialog(qtbot, runner, shell_settings, translations) -> LoginDialog:
    dialog = LoginDialog(runner, AuthService(), CredentialStore(), translations, shell_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._keyring_known, timeout=5000)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("fi"))
    return dialog


def sign_in(qtbot, dialog: LoginDialog) -> str:
    with qtbot.waitSignal(dialog._runner.idle, timeout=10_000):
        press(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.busy
    return dialog.ui.message_label.text()


def test_signing_in_to_a_read_only_database_says_what_to_do(qtbot, dialog, desk_db, read_only_connections):
    fill(dialog, desk_db, desk_db.agent, desk_db.passwords[desk_db.agent])
    shown = sign_in(qtbot, dialog)
    if desk_db.kind == "sqlite":
        assert shown == ("Tietokantatiedosto on vain luku -tilassa, joten mitään ei tallennettu: pyydä IT-tukea "
                         f"tarkistamaan tiedoston käyttöoikeudet ({desk_db.target.path}).")
    else:
        assert shown.startswith("Tietokanta ei ota muutoksia vastaan juuri nyt (se on vain luku -tilassa)")


def test_signing_in_while_another_workstation_holds_the_file_says_try_again(
        qtbot, dialog, sqlite_desk_db, sql_guard, monkeypatch):
    monkeypatch.setattr("db.engine._sqlite_pragmas", _short_busy_timeout)
    other = sqlite3.connect(sqlite_desk_db.target.path, isolation_level=None, check_same_thread=False)
    try:
        with sql_guard.allowed():
            other.execute("BEGIN EXCLUSIVE")
        fill(dialog, sqlite_desk_db, sqlite_desk_db.agent, sqlite_desk_db.passwords[sqlite_desk_db.agent])
        shown = sign_in(qtbot, dialog)
    finally:
        other.close()
    assert shown == ("Toinen työasema tallentaa tietokantaan juuri nyt, joten mitään ei tallennettu. "
                     "Yritä hetken kuluttua uudelleen.")


def _short_busy_timeout(dbapi_connection: Any, record: Any) -> None:
    _ENGINE_PRAGMAS(dbapi_connection, record)  # the engine waits 5 s for a writer; the test need not
    dbapi_connection.execute("PRAGMA busy_timeout = 50")


def test_an_unexpected_failure_names_no_class(translations):
    translations.switch("fi")
    text = error_text(KeyError("customer_id"))
    assert "KeyError" not in text and "customer_id" not in text
    assert text.startswith("Toimintoa ei saatu tehtyä Palvelutiskin virheen vuoksi.")


def test_signing_in_to_a_server_that_cannot_be_reached_says_what_to_check(qtbot, dialog):
    dialog.prefill_postgres("127.0.0.1", 1, "palvelutiski", "aino")  # nobody listens on port 1
    dialog.ui.password_edit.setText("Kesä-Äijälä-2024")
    assert sign_in(qtbot, dialog) == ("Tietokantapalvelimeen 127.0.0.1 ei saada yhteyttä. Tarkista verkkoyhteys tai "
                                      "kysy IT-tuelta, onko palvelin käynnissä, ja yritä sitten uudelleen.")


def test_signing_in_to_a_file_on_a_missing_drive_says_what_to_check(qtbot, dialog, tmp_path):
    missing = tmp_path / "verkkolevy" / "palvelutiski.sqlite3"
    dialog.prefill("aino", "Kesä-Äijälä-2024", sqlite_path=str(missing))
    with qtbot.waitSignal(dialog._runner.idle, timeout=10_000):
        dialog.submit()
    assert dialog.ui.message_label.text() == (f"Polussa {missing} ei ole tietokantatiedostoa. Tarkista polku ja se, "
                                              "että levy, jolla se on, on liitettynä.")
