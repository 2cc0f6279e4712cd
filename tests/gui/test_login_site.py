"""The login dialog with IT's site configuration: user name and password only, the server shown (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.app import DeskApp, LaunchOptions
from desktop.services.credentials import CredentialStore
from gui.keys import press, type_text


@pytest.fixture(autouse=True)
def no_site_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PALVELUTISKI_SITE_CONFIG", raising=False)


def start(qapp, qtbot, shell_settings, site: Path, language: str | None = None) -> DeskApp:
    desk_app = DeskApp(qapp, LaunchOptions(site_config=site, language=language), settings=shell_settings,
                       credentials=CredentialStore())
    desk_app.start()
    assert desk_app.login_dialog is not None
    qtbot.addWidget(desk_app.login_dialog)
    return desk_app


def stop(qapp, desk_app: DeskApp) -> None:
    desk_app.shutdown()
    desk_app.translations.switch("en")
    qapp.aboutToQuit.disconnect(desk_app.shutdown)
    desk_app.deleteLater()


def test_with_a_site_file_the_agent_types_only_name_and_password(qtbot, qapp, pg_desk_db, shell_settings, sql_guard,
                                                                 tmp_path, compiled_translations):
    target = pg_desk_db.target
    site = tmp_path / "site.ini"
    site.write_text(f"[database]\nhost = {target.host}\nport = {target.port}\nname = {target.database}\n"
                    "[desk]\nlanguage = sv\nidle_lock_minutes = 3\n", encoding="utf-8")
    desk_app = start(qapp, qtbot, shell_settings, site)
    try:
        dialog = desk_app.login_dialog
        ui = dialog.ui
        assert dialog.target().host == target.host and dialog.target().database == target.database
        # The site's language until the agent chooses one; the server shown, nothing to type about it.
        assert ui.username_label.text() == "&Användarnamn:"
        assert dialog.server_value.isVisible()
        assert dialog.server_value.text() == f"{target.host} / {target.database}\npå den här datorn"
        for hidden in (ui.database_kind_combo, ui.database_stack, ui.host_edit, ui.sqlite_path_edit):
            assert not hidden.isVisible()
        type_text(ui.username_edit, pg_desk_db.agent)
        type_text(ui.password_edit, pg_desk_db.passwords[pg_desk_db.agent])
        with qtbot.waitSignal(dialog.signed_in, timeout=15_000):
            press(ui.password_edit, Qt.Key.Key_Return)
        window = desk_app.window
        assert window is not None
        qtbot.addWidget(window)
        assert window.idle_watcher.minutes == 3  # IT's idle lock for the workstations
        assert shell_settings.profile().host == "localhost"  # the workstation's own profile is untouched
        window.close()
    finally:
        stop(qapp, desk_app)


def test_a_wrong_site_file_is_said_and_nothing_can_be_signed_in(qtbot, qapp, shell_settings, tmp_path,
                                                               compiled_translations):
    site = tmp_path / "site.ini"
    site.write_text("[database]\nhost = db.example.fi\nname = p\nsslmode = disable\n", encoding="utf-8")
    desk_app = start(qapp, qtbot, shell_settings, site, language="en")
    try:
        dialog = desk_app.login_dialog
        assert dialog.ui.message_label.isVisible()
        assert "unencrypted" in dialog.ui.message_label.text() and str(site) in dialog.ui.message_label.text()
        assert not dialog.sign_in_button.isEnabled()
        assert not dialog.ui.database_kind_combo.isVisible() and not dialog.ui.host_edit.isVisible()
    finally:
        stop(qapp, desk_app)
