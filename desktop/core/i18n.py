"""Marking of translatable strings in Qt-free code.

Core and services never import Qt, yet their messages reach the Finnish UI. They mark source
strings with :func:`N_` so ``pyside6-lupdate`` extracts them (it recognises the marker through the
``QT_TRANSLATE_NOOP``-style alias in packaging/build_translations.py) under the context
:data:`CONTEXT`; the view layer and the CLI translate them at display time.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "palvelutiski"


class Marked(str):
    """A source string marked with :func:`N_`. Where one is a message's parameter (a request state's
    label in "cannot move from {source} to {target}"), the display translates it along with the message."""

    __slots__ = ()


def N_(text: str) -> str:
    """Mark ``text`` for extraction; returns it unchanged (as :class:`Marked`, still a ``str``)."""
    return Marked(text)


def marked_params(params: dict[str, object], translate: Callable[[str], str]) -> dict[str, object]:
    """``params`` with every :class:`Marked` value translated by ``translate``."""
    return {key: translate(value) if isinstance(value, Marked) else value for key, value in params.items()}
