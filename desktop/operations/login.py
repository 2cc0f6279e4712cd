"""Signing in, locking and unlocking, signing out: the shell's user actions on the database lane.

The pattern every operation follows: build the work as a closure, hand it to the lane with the
GUI-thread callbacks, return the :class:`Task`. Services are used only inside the closure.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.operations.runner import Task, TaskRunner, importing

if TYPE_CHECKING:
    from desktop.operations.session import DeskSession
    from desktop.services.auth import AuthService, ConnectionTarget
    from desktop.services.credentials import CredentialStore, KeyringStatus
    from desktop.services.own_password import PendingReset

logger = logging.getLogger(__name__)

# The services bring SQLAlchemy, Alembic, argon2, ReportLab…: about a second and a half of imports that
# the login dialog must not wait for. This module imports them only on the lane (inside the work), and
# warm_up() has the lane import them while the user types the password.
WARM_UP_MODULES = ("desktop.services.connection", "desktop.services.session_settings",
                   "desktop.services.own_password", "desktop.operations.session")


class DeferredAuth:
    """Stands for an AuthService made on first use, which happens on the lane: DeskApp hands this to the
    windows, which use it only inside lane work (login, unlock, logout)."""

    def __init__(self) -> None:
        self._auth: AuthService | None = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._auth is None:
                with importing():
                    from desktop.services.auth import AuthService

                self._auth = AuthService()
        return getattr(self._auth, name)


def warm_up(runner: TaskRunner, modules: tuple[str, ...] = (), *, owner: QObject | None = None) -> Task:
    """Import the sign-in's modules (and ``modules``) on the lane, ahead of need."""

    def work() -> None:
        with importing():
            for name in (*WARM_UP_MODULES, *modules):
                importlib.import_module(name)

    return runner.submit(work, key="shell.warm_up", owner=owner)

OnSuccess = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None
LOGIN_KEY = "shell.login"


@dataclass(frozen=True)
class SignedIn:
    session: DeskSession
    idle_lock_minutes: int
    # Somebody else set this user's password: a new one must be chosen before the desk opens.
    password_reset: PendingReset | None = None


def login(runner: TaskRunner, auth: AuthService, target: ConnectionTarget, username: str, password: str, *,
          credentials: CredentialStore, remember: bool, on_success: OnSuccess, on_error: OnError = None,
          owner: QObject | None = None) -> Task:
    """Check the password and open the database; ``on_success`` receives :class:`SignedIn`.

    What is remembered in the keyring is decided by desktop.services.connection.open_desk.
    """

    def work() -> SignedIn:
        return _sign_in(auth, target, username, password, credentials=credentials, remember=remember)

    return runner.submit(work, on_success=on_success, on_error=on_error, key=LOGIN_KEY, owner=owner)


def _sign_in(auth: AuthService, target: ConnectionTarget, username: str, password: str, *,
             credentials: CredentialStore, remember: bool) -> SignedIn:
    with importing():
        from desktop.operations.session import DeskSession
        from desktop.services import connection

    # TLS, the schema version and what to remember are decided on the way (desktop.services.connection).
    opened = connection.open_desk(auth, target, username, password, credentials=credentials, remember=remember)
    session = DeskSession(opened.login.database, opened.login.actor, opened.label,
                          is_local_file=opened.is_local_file, login=opened.login)
    return SignedIn(session, opened.idle_lock_minutes, opened.password_reset)


def change_own_password(runner: TaskRunner, auth: AuthService, signed_in: SignedIn, target: ConnectionTarget,
                        new_password: str, repeated: str, *, current_password: str, credentials: CredentialStore,
                        remember: bool, on_success: OnSuccess, on_error: OnError = None,
                        owner: QObject | None = None) -> Task:
    """The user chooses their own password (after a reset); ``on_success`` receives a fresh :class:`SignedIn`.

    The connections opened with the old password are closed and the user is signed in again with the
    new one, which proves it works; a refused password (too short, not repeated alike) changes nothing.
    """
    session = signed_in.session

    def work() -> SignedIn:
        from desktop.services.own_password import OwnPasswordService

        session.service(OwnPasswordService).change_password(new_password, repeated,
                                                            current_password=current_password)
        try:
            return _sign_in(auth, target, session.actor.username, new_password, credentials=credentials,
                            remember=remember)
        finally:
            session.database.dispose()

    return runner.submit(work, on_success=on_success, on_error=on_error, key=LOGIN_KEY, owner=owner)


def keyring_status(runner: TaskRunner, credentials: CredentialStore, *, on_success: OnSuccess,
                   owner: QObject | None = None) -> Task:
    """Which keyring this machine has (its detection may wait on the desktop bus: never on the GUI thread)."""

    def work() -> KeyringStatus:
        return credentials.status()

    return runner.submit(work, on_success=on_success, key="shell.keyring", owner=owner)


def recall_password(runner: TaskRunner, credentials: CredentialStore, target: ConnectionTarget, username: str,
                    *, on_success: OnSuccess, owner: QObject | None = None) -> Task:
    """Look up a remembered password (a keyring may block on the desktop bus: never on the GUI thread)."""
    return runner.submit(lambda: credentials.recall(target.key, username.strip()), on_success=on_success,
                         key="shell.recall", owner=owner)


def record_lock(runner: TaskRunner, auth: AuthService, session: DeskSession, *,
                on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Audit that the desk locked itself (idle or Ctrl+L)."""
    assert session.login is not None
    login_result = session.login
    return runner.submit(lambda: auth.record_session_locked(login_result), on_error=on_error, owner=owner)


def unlock(runner: TaskRunner, auth: AuthService, session: DeskSession, password: str, *,
           on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Ask the database again whether the password is right (the same lockout counting as a login)."""
    assert session.login is not None
    login_result = session.login
    return runner.submit(lambda: auth.reauthenticate(login_result, password),
                         on_success=on_success, on_error=on_error, owner=owner)


def logout(runner: TaskRunner, auth: AuthService, session: DeskSession, *,
           on_success: OnSuccess = None, on_error: OnError = None) -> Task:
    """Audit the logout and close the connections; a database that is gone is closed all the same."""
    assert session.login is not None
    login_result = session.login

    def work() -> None:
        try:
            auth.logout(login_result)
        finally:
            login_result.database.dispose()

    return runner.submit(work, on_success=on_success, on_error=on_error)
