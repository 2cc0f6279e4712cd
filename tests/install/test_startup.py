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

import pytest

from db.database import Database
from desktop.services.setup import initialise_database

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


@pytest.mark.slow
def test_signing_in_before_the_warm_up_has_finished(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    database = Database.connect(str(path))
    try:
        initialise_database(database, "keminmaa", "pekka", "Heti-sisään-2026")
    finally:
        database.dispose()
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "c"),
           "XDG_STATE_HOME": str(home / "s"), "XDG_DATA_HOME": str(home / "d"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("PALVELUTISKI_SITE_CONFIG", None)
    result = subprocess.run([sys.executable, "-c", SIGN_IN_AT_ONCE, str(path), "pekka", "Heti-sisään-2026"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "desk ready" in result.stderr and "Traceback" not in result.stderr, result.stderr[-3000:]
