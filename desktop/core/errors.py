"""Errors the user can act on. Their messages are translatable source strings (see core.i18n)."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain was broken by the input; ``message`` is shown to the user (translated).

    ``args`` for the message are kept apart so the translation happens at display time.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message
