"""The keyring as the login dialog and the sign-in operations see it: a port that the composition root
(desktop/app.py) fills with desktop.services.credentials.CredentialStore, and tests with their own store.
The views only pass it on to the operations, which use it on the database lane."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    reason: str = ""  # N_() message when not available
    backend: str = ""


class Credentials(Protocol):
    """Passwords per (target key, username); the target key is ``ConnectionTarget.key``."""

    def status(self) -> KeyringStatus: ...

    def save_login(self, target_key: str, username: str, password: str, *, remember: bool) -> bool: ...

    def recall(self, target_key: str, username: str) -> str | None: ...

    def forget(self, target_key: str, username: str) -> None: ...
