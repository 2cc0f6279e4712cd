"""Marking of translatable strings in Qt-free code.

Core and services never import Qt, yet their messages reach the Finnish UI. They mark source
strings with :func:`N_` so ``pyside6-lupdate`` extracts them (it recognises the marker through the
``QT_TRANSLATE_NOOP``-style alias in packaging/build_translations.py) under the context
:data:`CONTEXT`; the view layer and the CLI translate them at display time.
"""

from __future__ import annotations

CONTEXT = "palvelutiski"


def N_(text: str) -> str:
    """Mark ``text`` for extraction; returns it unchanged."""
    return text
