"""The login dialog comes up without the database stack, and signing in at once is safe (issue 14).

The dialog must not wait for SQLAlchemy, Alembic, argon2 or keyring (a second and a half): importing the
composition root brings none of them. The lane imports them while the user types; a sign-in before it
has finished (a remembered password and Enter, an unattended run) must wait for it, not meet a half-
imported SQLAlchemy on the GUI thread ("cannot import name … from partially initialized module").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from db.database import Database
from desktop.tooling.setup import initialise_database

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "argon2", "keyring", "psycopg", "reportlab", "faker")

SIGN_IN_AT_ONCE = """
import logging, sys
logging.basicConfig(level=logging.INFO)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import DeskApp, LaunchOptions
path, user, password = sys.argv[1:4]
app = QApplication([])
desk = DeskApp(app, LaunchOptions(db_url=path))
desk.start()
desk.options.quit_after_login = True
desk.login_dialog.prefill(user, password, sqlite_path=path)
desk.login_dialog.submit()  # before the lane's warm-up has imported anything
sys.exit(app.exec() or desk.exit_code)
"""


def test_the_login_dialogs_modules_bring_no_database_stack() -> None:
    code = f"import sys, desktop.app; print([m for m in {HEAVY!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"


def sign_in_at_once(tmp_path: Path, password: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "desk.sqlite3"
    if not path.exists():
        # The subprocess has no keyring: the data key goes to the key file beside it, as on such a machine.
        keyring.set_keyring(FailKeyring())  # the test's memory keyring is put back by the root conftest
        database = Database.connect(str(path))
        try:
            initialise_database(database, "keminmaa", "pekka", "Heti-sisään-2026", allow_key_file=True)
        finally:
            database.dispose()
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "c"),
           "XDG_STATE_HOME": str(home / "s"), "XDG_DATA_HOME": str(home / "d"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("PALVELUTISKI_SITE_CONFIG", None)
    return subprocess.run([sys.executable, "-c", SIGN_IN_AT_ONCE, str(path), "pekka", password],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_signing_in_before_the_warm_up_has_finished(tmp_path: Path) -> None:
    result = sign_in_at_once(tmp_path, "Heti-sisään-2026")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "desk ready" in result.stderr and "Traceback" not in result.stderr, result.stderr[-3000:]


def test_a_refused_headless_sign_in_ends_the_run_instead_of_waiting(tmp_path: Path) -> None:
    result = sign_in_at_once(tmp_path, "not the password")
    assert result.returncode == 1
    assert "sign-in refused: Väärä käyttäjätunnus tai salasana" in result.stderr  # the desk speaks Finnish
