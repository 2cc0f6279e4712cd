"""What each step of the desk's imports adds to the resident memory, in the order the desk imports them.

Each module named is imported in turn and the growth of VmRSS (/proc/self/status) printed, then, per
top-level package, the memory its own modules added (a package's share without the packages it pulled
in). ``linecache`` is cleared after each import as the desk does (desktop.operations.runner.importing:
PySide6 reads the source of every module imported after it). For the time each import takes, use
``python -X importtime``. Usage: ``.venv/bin/python bench/import_memory.py [MODULE …]``.
"""

from __future__ import annotations

import builtins
import collections
import importlib
import linecache
import os
import sys
from pathlib import Path

# The login dialog, what the lane imports while the password is typed, and the desk (login.WARM_UP_MODULES,
# app.WARM_UP), then the first pages.
DESK = ("PySide6.QtWidgets", "desktop.app", "desktop.services.connection", "desktop.services.session_settings",
        "desktop.services.own_password", "desktop.operations.session", "desktop.views.main_window",
        "desktop.views.desk.desk_page", "desktop.views.start.start_page", "desktop.views.requests.queue_page")


def rss() -> float:
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024


def main(modules: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    original = builtins.__import__
    stack: list[float] = []
    own: collections.Counter[str] = collections.Counter()

    def counting(name, globals=None, locals=None, fromlist=(), level=0):
        if level != 0 or name in sys.modules:
            return original(name, globals, locals, fromlist, level)
        start = rss()
        stack.append(0.0)
        try:
            return original(name, globals, locals, fromlist, level)
        finally:
            linecache.clearcache()
            nested, grown = stack.pop(), rss() - start
            own[name.split(".")[0]] += grown - nested
            if stack:
                stack[-1] += grown

    print(f"{'start':45} {rss():7.1f} MiB")
    builtins.__import__ = counting
    try:
        for name in modules:
            before = rss()
            importlib.import_module(name)
            print(f"{name:45} {rss():7.1f} MiB  (+{rss() - before:.1f})")
    finally:
        builtins.__import__ = original
    print("\nper top-level package (its own modules):")
    for package, mib in own.most_common(20):
        print(f"  {package:30} {mib:6.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(DESK)))
