"""Remembering the PostgreSQL password in the operating system's keyring, and only when asked.

Never a plaintext file: when the machine has no real keyring (keyring's ``fail`` backend, or only the
plaintext/obfuscated backends of ``keyrings.alt``) the store reports itself unavailable and the login
dialog disables "remember on this computer" with :attr:`KeyringStatus.reason` as the explanation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.i18n import N_
from desktop.services.credentials_ports import KeyringStatus

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring itself is imported where a keyring is used (on the database lane): finding its backends costs
# a sixth of a second that the login dialog must not wait for.

SERVICE = "palvelutiski"
# Backends that "work" but keep the secret readable in a file or nowhere: refused.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _acceptable(backend: KeyringBackend) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend: usable if any real backend is in the chain
        return any(_acceptable(child) for child in children)
    return not type(backend).__module__.startswith(_REFUSED_MODULES)


class CredentialStore:
    """Passwords per (target key, username) in the keyring: the Credentials port
    (desktop.services.credentials_ports); the target key is ``ConnectionTarget.key``."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        import keyring

        return self._backend or keyring.get_keyring()

    def status(self) -> KeyringStatus:
        backend = self.backend
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if not _acceptable(backend):
            return KeyringStatus(False, N_("This computer has no password keyring (such as GNOME Keyring, "
                                           "KWallet or the Windows Credential Manager), so the password "
                                           "cannot be remembered safely."), name)
        return KeyringStatus(True, "", name)

    def save_login(self, target_key: str, username: str, password: str, *, remember: bool) -> bool:
        """After a successful login: store the password if ``remember``, otherwise forget any stored one.

        Returns whether the password is now remembered. A keyring that fails is reported as False,
        never as an error that would spoil a login that already succeeded.
        """
        if not remember:
            self.forget(target_key, username)
            return False
        if not self.status().available:
            return False
        from keyring.errors import KeyringError

        try:
            self.backend.set_password(SERVICE, _account(target_key, username), password)
        except KeyringError:
            return False
        return True

    def recall(self, target_key: str, username: str) -> str | None:
        if not self.status().available:
            return None
        from keyring.errors import KeyringError

        try:
            return self.backend.get_password(SERVICE, _account(target_key, username))
        except KeyringError:
            return None

    def forget(self, target_key: str, username: str) -> None:
        if not self.status().available:
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self.backend.delete_password(SERVICE, _account(target_key, username))
        except (PasswordDeleteError, KeyringError):
            pass


def _account(target_key: str, username: str) -> str:
    return f"{username}@{target_key}"
