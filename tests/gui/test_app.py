"""The whole shell: DeskApp from the login dialog to sign-out, and the `palvelutiski` entry point headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.database import Database
from db.models import AuditEvent
from desktop import app
from desktop.__main__ import DEMO_USERNAMES, parse_args
from desktop.app import DeskApp, LaunchOptions
from desktop.services.credentials import CredentialStore
from desktop.tooling import setup
from desktop.tooling.setup import DEMO_USERS
from gui.keys import press, type_text

ROOT = Path(__file__).resolve().parents[2]


def test_desk_app_signs_in_opens_the_desk_and_signs_out(qtbot, qapp, desk_db, shell_settings, sql_guard,
                                                        compiled_translations):
    url = desk_db.target.path if desk_db.kind == "sqlite" else (
        f"postgresql://{desk_db.target.host}:{desk_db.target.port}/{desk_db.target.database}")
    desk_app = DeskApp(qapp, LaunchOptions(db_url=url, language="fi"), settings=shell_settings,
                       credentials=CredentialStore())
    try:
        desk_app.start()
        dialog = desk_app.login_dialog
        qtbot.addWidget(dialog)
        assert dialog.ui.username_label.text() == "&Käyttäjätunnus:"
        assert dialog.target() == desk_db.target
        type_text(dialog.ui.username_edit, desk_db.agent)
        type_text(dialog.ui.password_edit, desk_db.passwords[desk_db.agent])
        with qtbot.waitSignal(dialog.signed_in, timeout=15_000):
            press(dialog.ui.password_edit, Qt.Key.Key_Return)
        window = desk_app.window
        assert window is not None and window.isVisible()
        qtbot.addWidget(window)
        assert window.status.role_label.text() == "Asiakaspalvelija"
        assert shell_settings.last_username == desk_db.agent
        assert shell_settings.profile().kind == desk_db.kind
        window.close()
    finally:
        # aboutToQuit is not emitted inside the test run: call what it triggers.
        desk_app.shutdown()
        desk_app.translations.switch("en")
        qapp.aboutToQuit.disconnect(desk_app.shutdown)
        desk_app.deleteLater()
    actions = desk_db.audit_actions(sql_guard)
    assert actions[-2:] == [(desk_db.agent, "login"), (desk_db.agent, "logout")]


@pytest.mark.slow
def test_entry_point_creates_the_demo_signs_in_as_the_chosen_demo_user_and_quits_headless(tmp_path, sql_guard):
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_STATE_HOME": str(home / "state"), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    demo = tmp_path / "demo.sqlite3"
    command = [sys.executable, "-m", "desktop", "--demo", "--db", str(demo), "--quit-after-login", "--lang", "sv",
               "--demo-user", "supervisor"]
    # The first start creates the demo; the second finds it ready (desktop.app._demo_ready: no generator).
    for _start in range(2):
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
        assert result.returncode == 0, result.stderr[-3000:]
    log = (home / "state" / "palvelutiski" / "log" / "palvelutiski.log").read_text(encoding="utf-8")
    assert " ERROR " not in log and "Traceback" not in log, log[-3000:]
    database = Database.connect(str(demo))
    try:
        with sql_guard.allowed(), database.transaction() as session:
            rows = session.execute(select(AuditEvent.actor, AuditEvent.action).order_by(AuditEvent.id)).all()
    finally:
        database.dispose()
    assert [tuple(row) for row in rows[-4:]] == [("supervisor", "login"), ("supervisor", "logout")] * 2


def test_demo_user_names_are_the_demo_databases_users():
    assert app.DEMO_PASSWORD == setup.DEMO_PASSWORD  # the desk opens a ready demo without importing the tooling
    assert set(DEMO_USERNAMES) == {username for username, _role, _name in DEMO_USERS}
    assert parse_args(["--demo", "--demo-user", "auditor"]).demo_user == "auditor"
    assert parse_args(["--demo"]).demo_user is None  # the demo agent, as before


@pytest.mark.parametrize("arguments", [["--demo", "--demo-user", "bob"], ["--demo-user", "agent"]])
def test_an_unknown_demo_user_or_one_without_the_demo_is_a_clear_usage_error(arguments, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(arguments)
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "--demo-user" in error
    assert "bob" in error or "--demo" in error
