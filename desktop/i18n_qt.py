"""Qt translations: load resources/translations/palvelutiski_<lang>.qm and translate domain messages.

The .qm files are compiled from the committed .ts sources by packaging/build_translations.py.
Switching the language installs a new QTranslator; Qt then sends every widget a LanguageChange
event and the widgets retranslate themselves (``changeEvent``), so nothing has to be rebuilt.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from desktop.core.errors import DomainError
from desktop.core.i18n import CONTEXT, marked_params

logger = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# Shown in each language's own name, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


class LanguageNotifier(QObject):
    """Item models are no widgets and get no LanguageChange event: they listen to ``changed`` instead
    (headings and cells are translated when the view asks; the model tells the views to ask again)."""

    changed = Signal(str)


LANGUAGE = LanguageNotifier()


def translate(message: str, **params: object) -> str:
    """Translate an ``N_()``-marked source string and fill in its ``{named}`` fields."""
    text = QCoreApplication.translate(CONTEXT, message)
    if not params:
        return text
    params = marked_params(params, lambda source: QCoreApplication.translate(CONTEXT, source))
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the message: fall back to the English source.
        logger.warning("translation of %r has bad format fields", message)
        return message.format(**params)


def error_text(exc: DomainError) -> str:
    return translate(exc.message, **exc.params)


class Translations:
    """Owns the installed translators of one QCoreApplication."""

    def __init__(self, app: QCoreApplication, directory: Path = TRANSLATIONS_DIR) -> None:
        self._app = app
        self._directory = directory
        self._installed: list[QTranslator] = []
        self.language = "en"

    def available(self, language: str) -> bool:
        return language == "en" or (self._directory / f"palvelutiski_{language}.qm").is_file()

    def switch(self, language: str) -> bool:
        """Install ``language`` (fi, sv or en); False if its .qm file is missing (English is shown)."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        # English too: the source texts are English, but counts need their plural forms ("1 customer").
        ours = QTranslator(self._app)
        if ours.load(f"palvelutiski_{language}", str(self._directory)):
            self._installed.append(ours)
        elif language != "en":
            logger.warning("no compiled translation for %s in %s", language, self._directory)
            ok = False
        if language != "en":
            # Qt's own strings (OK/Cancel of standard buttons, context menus of line edits).
            qt_base = QTranslator(self._app)
            if qt_base.load(QLocale(language), "qtbase", "_",
                            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt_base)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language if ok else "en"
        # Qt posts LanguageChange to every window; deliver it now so that the whole UI, and any text
        # read right after this call, is in the new language at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        LANGUAGE.changed.emit(self.language)
        return ok
