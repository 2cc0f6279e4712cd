"""The command line speaks the operator's language: fi, sv or en, as the desk does.

``--lang`` wins; else the terminal's locale (LC_ALL, LC_MESSAGES, LANG); else Finnish, the desk's
default. The texts are the ``N_()``-marked sources of the desk's own catalogue (context
"palvelutiski"), translated with the same compiled .qm files, so the CLI and the app say the same
thing in the same words. A missing catalogue or a broken translation falls back to the English source.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QTranslator

from desktop.core.i18n import CONTEXT, marked_params
from desktop.i18n_qt import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATIONS_DIR

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def choose_language(requested: str | None, environ: Mapping[str, str]) -> str:
    if requested:
        return requested
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            # The first set variable decides, as in the C library: "sv_FI.UTF-8" → sv, "C.UTF-8" → default.
            code = value[:2].lower()
            return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


class Messages:
    """``messages(N_("User {name} created."), name=…)``: the text in the chosen language, filled in."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        if language != "en":
            self._translator.load(str(TRANSLATIONS_DIR / f"palvelutiski_{language}.qm"))

    def translate(self, source: str) -> str:
        """The text in the chosen language, its placeholders left for the caller to fill in."""
        return self._translator.translate(CONTEXT, source) or source

    def __call__(self, source: str, /, **params: object) -> str:
        text = self._translator.translate(CONTEXT, source) or source
        params = marked_params(params, lambda marked: self._translator.translate(CONTEXT, marked) or marked)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.format(**params)
