"""Per-workstation UI memory: the last database profile, user name, language and window layout.

Kept in an INI file in the platform's config directory (QSettings IniFormat). Never a password:
that goes to the keyring or nowhere (desktop.services.credentials).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from desktop.i18n_qt import DEFAULT_LANGUAGE, LANGUAGES


@dataclass
class ProfileChoice:
    """The login dialog's database profile as last used on this machine."""

    kind: str = "sqlite"  # or "postgresql"
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = "palvelutiski"


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("palvelutiski", appauthor=False)) / "desk.ini"


class ShellSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def language_chosen(self) -> bool:
        """Whether a language was saved here (else the site configuration's default applies)."""
        return self._qs.contains("ui/language")

    @property
    def last_username(self) -> str:
        return str(self._qs.value("login/username", ""))

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._qs.setValue("login/username", value)

    def profile(self) -> ProfileChoice:
        default = ProfileChoice()
        try:
            port = int(self._qs.value("login/port", default.port))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            port = default.port
        kind = str(self._qs.value("login/kind", default.kind))
        return ProfileChoice(
            kind=kind if kind in ("sqlite", "postgresql") else default.kind,
            sqlite_path=str(self._qs.value("login/sqlite_path", default.sqlite_path)),
            host=str(self._qs.value("login/host", default.host)),
            port=port,
            database=str(self._qs.value("login/database", default.database)),
        )

    def save_profile(self, choice: ProfileChoice) -> None:
        for name in ("kind", "sqlite_path", "host", "port", "database"):
            self._qs.setValue(f"login/{name}", getattr(choice, name))

    def window_state(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._qs.sync()
