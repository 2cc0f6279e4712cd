"""Signing in, locking and unlocking, signing out: the shell's user actions, one typed operation each
(desktop.operations.op), run on the database lane.

Services are used only inside the work, which runs on the lane; the window adds the GUI-thread callbacks.
"""

from __future__ import annotations

import importlib
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from desktop.operations.op import Op
from desktop.operations.runner import importing

if TYPE_CHECKING:
    from desktop.operations.session import DeskSession
    from desktop.services.auth import AuthService, LoginResult
    from desktop.services.auth_dtos import ConnectionTarget
    from desktop.services.credentials_ports import Credentials, KeyringStatus
    from desktop.services.own_password import PendingReset

logger = logging.getLogger(__name__)

# The services bring SQLAlchemy, Alembic, argon2, ReportLab…: about a second and a half of imports that
# the login dialog must not wait for. This module imports them only on the lane (inside the work), and
# warm_up() has the lane import them while the user types the password.
WARM_UP_MODULES = ("desktop.services.connection", "desktop.services.session_settings",
                   "desktop.services.own_password", "desktop.operations.session")


class DeferredAuth:
    """Stands for an AuthService made on first use, which happens on the lane: DeskApp hands this to the
    windows, which pass it to the operations below; only their lane work asks it for the service."""

    def __init__(self) -> None:
        self._auth: AuthService | None = None
        self._lock = threading.Lock()

    def service(self) -> AuthService:
        with self._lock:
            if self._auth is None:
                with importing():
                    from desktop.services.auth import AuthService

                self._auth = AuthService()
            return self._auth


# What the windows hold: the service itself (tests) or the promise of one (the program, see DeferredAuth).
Auth: TypeAlias = "AuthService | DeferredAuth"


def _service(auth: Auth) -> AuthService:
    """The AuthService behind ``auth`` (made now, on the lane, if deferred)."""
    return auth.service() if isinstance(auth, DeferredAuth) else auth


def warm_up(modules: tuple[str, ...] = ()) -> Op[None]:
    """Import the sign-in's modules (and ``modules``) on the lane, ahead of need."""

    def work() -> None:
        with importing():
            for name in (*WARM_UP_MODULES, *modules):
                importlib.import_module(name)

    return Op(work, key="shell.warm_up")


LOGIN_KEY = "shell.login"


@dataclass(frozen=True)
class SignedIn:
    session: DeskSession
    idle_lock_minutes: int
    # Somebody else set this user's password: a new one must be chosen before the desk opens.
    password_reset: PendingReset | None = None


def login(auth: Auth, target: ConnectionTarget, username: str, password: str, *, credentials: Credentials,
          remember: bool) -> Op[SignedIn]:
    """Check the password and open the database.

    What is remembered in the keyring is decided by desktop.services.connection.open_desk.
    """

    def work() -> SignedIn:
        return _sign_in(_service(auth), target, username, password, credentials=credentials, remember=remember)

    return Op(work, key=LOGIN_KEY)


def _sign_in(auth: AuthService, target: ConnectionTarget, username: str, password: str, *,
             credentials: Credentials, remember: bool) -> SignedIn:
    with importing():
        from desktop.operations.session import DeskSession
        from desktop.services import connection

    # TLS, the schema version and what to remember are decided on the way (desktop.services.connection).
    opened = connection.open_desk(auth, target, username, password, credentials=credentials, remember=remember)
    session = DeskSession(opened.login.database, opened.login.actor, opened.label,
                          is_local_file=opened.is_local_file, login=opened.login)
    return SignedIn(session, opened.idle_lock_minutes, opened.password_reset)


def change_own_password(auth: Auth, signed_in: SignedIn, target: ConnectionTarget, new_password: str, repeated: str,
                        *, current_password: str, credentials: Credentials, remember: bool) -> Op[SignedIn]:
    """The user chooses their own password (after a reset); the answer is a fresh :class:`SignedIn`.

    The connections opened with the old password are closed and the user is signed in again with the
    new one, which proves it works; a refused password (too short, not repeated alike) changes nothing.
    """
    session = signed_in.session

    def work() -> SignedIn:
        from desktop.services.own_password import OwnPasswordService

        session.service(OwnPasswordService).change_password(new_password, repeated,
                                                            current_password=current_password)
        try:
            return _sign_in(_service(auth), target, session.actor.username, new_password, credentials=credentials,
                            remember=remember)
        finally:
            session.database.dispose()

    return Op(work, key=LOGIN_KEY)


def keyring_status(credentials: Credentials) -> Op[KeyringStatus]:
    """Which keyring this machine has (its detection may wait on the desktop bus: never on the GUI thread)."""
    return Op(credentials.status, key="shell.keyring")


def recall_password(credentials: Credentials, target: ConnectionTarget, username: str) -> Op[str | None]:
    """Look up a remembered password (a keyring may block on the desktop bus: never on the GUI thread)."""
    return Op(lambda: credentials.recall(target.key, username.strip()), key="shell.recall")


def _login_of(session: DeskSession) -> LoginResult:
    assert session.login is not None, "a session made by the login operation"
    return session.login


def record_lock(auth: Auth, session: DeskSession) -> Op[None]:
    """Audit that the desk locked itself (idle or Ctrl+L)."""
    login_result = _login_of(session)
    return Op(lambda: _service(auth).record_session_locked(login_result))


def unlock(auth: Auth, session: DeskSession, password: str) -> Op[None]:
    """Ask the database again whether the password is right (the same lockout counting as a login)."""
    login_result = _login_of(session)
    return Op(lambda: _service(auth).reauthenticate(login_result, password))


def logout(auth: Auth, session: DeskSession) -> Op[None]:
    """Audit the logout and close the connections; a database that is gone is closed all the same."""
    login_result = _login_of(session)

    def work() -> None:
        try:
            _service(auth).logout(login_result)
        finally:
            login_result.database.dispose()

    return Op(work)
