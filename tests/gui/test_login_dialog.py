"""The login dialog on SQLite and PostgreSQL: signing in, refusals, lockout, keyring, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.auth import AuthService
from desktop.services.credentials import SERVICE, CredentialStore
from desktop.views.login_dialog import POSTGRES_INDEX, SQLITE_INDEX, LoginDialog
from gui.keys import press, type_text

WRONG_PASSWORD = "Wrong username or password, or the account is not in use."


@pytest.fixture
def make_dialog(qtbot, runner, shell_settings, translations):
    def make(auth: AuthService | None = None) -> LoginDialog:
        dialog = LoginDialog(runner, auth or AuthService(), CredentialStore(), translations, shell_settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog._keyring_known, timeout=5000)
        return dialog

    return make


def fill(dialog: LoginDialog, desk_db, username: str, password: str) -> None:
    ui = dialog.ui
    if desk_db.target.is_postgres:
        ui.database_kind_combo.setCurrentIndex(POSTGRES_INDEX)
        ui.host_edit.setText(desk_db.target.host)
        ui.port_spin.setValue(desk_db.target.port)
        ui.database_name_edit.setText(desk_db.target.database)
    else:
        ui.database_kind_combo.setCurrentIndex(SQLITE_INDEX)
        ui.sqlite_path_edit.setText(desk_db.target.path)
    ui.username_edit.clear()
    type_text(ui.username_edit, username)
    ui.password_edit.clear()
    type_text(ui.password_edit, password)


def sign_in_expecting_refusal(qtbot, dialog: LoginDialog) -> str:
    with qtbot.waitSignal(dialog._runner.idle, timeout=10_000):
        press(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.busy
    return dialog.ui.message_label.text()


def test_signs_in_on_both_databases(qtbot, make_dialog, desk_db, sql_guard):
    dialog = make_dialog()
    fill(dialog, desk_db, desk_db.supervisor, desk_db.passwords[desk_db.supervisor])
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        press(dialog.ui.password_edit, Qt.Key.Key_Return)
    session = signed.args[0].session
    try:
        assert session.actor.username == desk_db.supervisor
        assert session.actor.role.value == "supervisor"
        assert session.actor.display_name == "Örjan Sjöström"
        assert session.is_local_file == (desk_db.kind == "sqlite")
        assert signed.args[0].idle_lock_minutes == 10
        assert not dialog.isVisible()
        assert (desk_db.supervisor, "login") in desk_db.audit_actions(sql_guard)
    finally:
        session.database.dispose()


def test_wrong_password_and_unknown_user_get_the_same_message(qtbot, make_dialog, sqlite_desk_db):
    dialog = make_dialog()
    fill(dialog, sqlite_desk_db, sqlite_desk_db.agent, "Väärä-salasana-1")
    wrong = sign_in_expecting_refusal(qtbot, dialog)
    fill(dialog, sqlite_desk_db, "tuntematon_kayttaja", "Väärä-salasana-1")
    unknown = sign_in_expecting_refusal(qtbot, dialog)
    assert wrong == unknown == WRONG_PASSWORD
    assert dialog.ui.password_edit.hasFocus()


def test_fifth_wrong_password_locks_the_account(qtbot, make_dialog, sqlite_desk_db, sql_guard):
    dialog = make_dialog()
    messages = []
    for _ in range(5):
        fill(dialog, sqlite_desk_db, sqlite_desk_db.agent, "Väärä-salasana-1")
        messages.append(sign_in_expecting_refusal(qtbot, dialog))
    assert messages[:4] == [WRONG_PASSWORD] * 4
    assert messages[4].startswith("Too many failed attempts: the account is locked. Try again in 15 min")
    # Even the right password is refused while the lock lasts.
    fill(dialog, sqlite_desk_db, sqlite_desk_db.agent, sqlite_desk_db.passwords[sqlite_desk_db.agent])
    assert sign_in_expecting_refusal(qtbot, dialog).startswith("Too many failed attempts")
    assert (sqlite_desk_db.agent, "account_locked") in sqlite_desk_db.audit_actions(sql_guard)


def test_missing_fields_are_asked_for_without_touching_the_database(qtbot, make_dialog, runner):
    dialog = make_dialog()
    dialog.ui.database_kind_combo.setCurrentIndex(SQLITE_INDEX)
    dialog.ui.username_edit.clear()
    dialog.submit()
    assert dialog.ui.message_label.text() == "Type your user name."
    type_text(dialog.ui.username_edit, "aino")
    dialog.submit()
    assert dialog.ui.message_label.text() == "Type your password."
    assert not runner.busy


def test_missing_database_file_is_named(qtbot, make_dialog, tmp_path):
    dialog = make_dialog()
    dialog.prefill("aino", "Kesä-Äijälä-2024", sqlite_path=str(tmp_path / "ei-ole.sqlite3"))
    with qtbot.waitSignal(dialog._runner.idle, timeout=10_000):
        dialog.submit()
    assert dialog.ui.message_label.text().startswith("There is no database file at ")


@pytest.mark.postgres
def test_remembers_the_postgres_password_only_when_ticked(qtbot, make_dialog, pg_desk_db, memory_keyring):
    db = pg_desk_db
    dialog = make_dialog()
    fill(dialog, db, db.agent, "Kesä-Äijälä-2024")
    assert dialog.ui.remember_check.isVisible() and dialog.ui.remember_check.isEnabled()
    assert not dialog.ui.remember_note_label.isVisible()
    dialog.ui.remember_check.setChecked(True)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.submit()
    signed.args[0].session.database.dispose()
    assert list(memory_keyring.store.values()) == ["Kesä-Äijälä-2024"]
    assert all(service == SERVICE for service, _account in memory_keyring.store)

    # The next start: typing the user name brings the remembered password back.
    again = make_dialog()
    fill(again, db, db.agent, "")
    with qtbot.waitSignal(again._runner.idle, timeout=10_000):
        again.ui.username_edit.editingFinished.emit()
    assert again.ui.password_edit.text() == "Kesä-Äijälä-2024"
    assert again.ui.remember_check.isChecked()

    # Unticked: the stored password is forgotten at the next successful login.
    again.ui.remember_check.setChecked(False)
    with qtbot.waitSignal(again.signed_in, timeout=10_000) as signed:
        again.submit()
    signed.args[0].session.database.dispose()
    assert memory_keyring.store == {}


def test_sqlite_passwords_are_never_remembered(qtbot, make_dialog, sqlite_desk_db, memory_keyring):
    dialog = make_dialog()
    fill(dialog, sqlite_desk_db, sqlite_desk_db.agent, sqlite_desk_db.passwords[sqlite_desk_db.agent])
    assert not dialog.ui.remember_check.isVisible()
    dialog.ui.remember_check.setChecked(True)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.submit()
    signed.args[0].session.database.dispose()
    # The keyring holds the file's data key (db.at_rest), never a password.
    assert [service for service, _account in memory_keyring.store] == ["palvelutiski-data-key"]


def test_without_a_keyring_the_box_is_disabled_and_explained(qtbot, make_dialog, failing_keyring):
    dialog = make_dialog()
    dialog.ui.database_kind_combo.setCurrentIndex(POSTGRES_INDEX)
    assert dialog.ui.remember_check.isVisible()
    assert not dialog.ui.remember_check.isEnabled()
    assert not dialog.ui.remember_check.isChecked()
    assert dialog.ui.remember_note_label.isVisible()
    assert "cannot be remembered safely" in dialog.ui.remember_note_label.text()
    _assert_every_line_shows(qtbot, dialog)


def _assert_every_line_shows(qtbot, dialog: LoginDialog) -> None:
    """The note appears after the dialog was sized: the dialog grows, so its last line is not cut off above
    the buttons (it was, in Swedish, on a new workstation without a keyring)."""
    note = dialog.ui.remember_note_label

    def whole() -> bool:
        bottom = note.mapTo(dialog, note.rect().bottomLeft()).y()
        return (note.height() >= note.heightForWidth(note.width())
                and bottom < dialog.ui.button_box.mapTo(dialog, dialog.ui.button_box.rect().topLeft()).y())

    qtbot.waitUntil(whole, timeout=2000)


def test_without_a_keyring_the_note_shows_whole_in_swedish(qtbot, make_dialog, failing_keyring, translations):
    dialog = make_dialog()
    # As small as it goes, as on a workstation whose larger font fills the first size: the note then wraps
    # into more lines than there is room for, unless the dialog grows.
    dialog.resize(dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height())
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("sv"))
    dialog.ui.database_kind_combo.setCurrentIndex(POSTGRES_INDEX)
    assert "lösenord" in dialog.ui.remember_note_label.text()
    _assert_every_line_shows(qtbot, dialog)


def test_choosing_swedish_retranslates_the_dialog(qtbot, make_dialog, translations):
    dialog = make_dialog()
    assert dialog.ui.username_label.text() == "&User name:"
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("sv"))
    assert translations.language == "sv"
    assert dialog.ui.username_label.text() == "&Användarnamn:"
    assert dialog.sign_in_button.text() == "Logga in"
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("fi"))
    assert dialog.ui.username_label.text() == "&Käyttäjätunnus:"


def test_refusals_are_translated(qtbot, make_dialog, sqlite_desk_db, translations):
    dialog = make_dialog()
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("fi"))
    fill(dialog, sqlite_desk_db, sqlite_desk_db.agent, "Väärä-salasana-1")
    assert sign_in_expecting_refusal(qtbot, dialog) == (
        "Väärä käyttäjätunnus tai salasana, tai tunnus ei ole käytössä.")
