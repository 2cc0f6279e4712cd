"""The PostgreSQL password is remembered only when asked, and only in a real keyring."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from desktop.services.auth_dtos import ConnectionTarget
from desktop.services.credentials import SERVICE, CredentialStore

TARGET = ConnectionTarget.postgres("db.example.fi", "palvelutiski").key


def test_remembers_only_when_asked(memory_keyring) -> None:
    store = CredentialStore()
    assert store.status().available
    assert store.save_login(TARGET, "aino", "salasana-1", remember=False) is False
    assert memory_keyring.store == {}
    assert store.recall(TARGET, "aino") is None

    assert store.save_login(TARGET, "aino", "salasana-1", remember=True) is True
    assert memory_keyring.store == {(SERVICE, "aino@postgresql://db.example.fi:5432/palvelutiski"): "salasana-1"}
    assert store.recall(TARGET, "aino") == "salasana-1"
    assert store.recall(TARGET, "eino") is None

    # Unticking the box at the next login forgets what was stored.
    store.save_login(TARGET, "aino", "salasana-1", remember=False)
    assert memory_keyring.store == {}
    store.forget(TARGET, "aino")  # forgetting twice is harmless


def test_no_keyring_backend_means_not_available(memory_keyring) -> None:
    keyring.set_keyring(fail.Keyring())
    store = CredentialStore()
    status = store.status()
    assert not status.available and "keyring" in status.reason and status.backend.endswith("fail.Keyring")
    assert store.save_login(TARGET, "aino", "salasana-1", remember=True) is False
    assert store.recall(TARGET, "aino") is None
    store.forget(TARGET, "aino")
    assert memory_keyring.store == {}


def test_an_explicit_backend_is_used(memory_keyring) -> None:
    store = CredentialStore(fail.Keyring())
    assert not store.status().available
    assert CredentialStore(memory_keyring).status().available
