"""Palvelutiski: the customer-service desk of a Finnish energy and water utility."""

import sys as _sys

__version__ = "0.1.0"


def _pin_true() -> None:
    """Work around PySide6 6.12: ``SignalInstance.emit()`` returns ``True`` without a new reference.

    Every emit of a Python-defined signal therefore drops one reference to ``True``; on Python 3.11
    (no immortal objects yet) the interpreter aborts with "bool_dealloc: deallocating True" after a
    few hundred emits — within minutes of desk use. Giving ``True`` a practically unlimited reference
    count is what Python 3.12 does for it anyway (PEP 683), so nothing else changes.
    """
    if _sys.implementation.name == "cpython" and _sys.version_info < (3, 12):
        import ctypes

        # None and False too: some PySide6 6.12 calls (QCoreApplication.processEvents among them, as the
        # journey tests and a long desk session found) drop a reference to None the same way.
        for singleton in (True, False, None):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_pin_true()
