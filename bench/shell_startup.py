"""Start-up of the desk shell, measured the way a user meets it.

Runs ``palvelutiski --demo --quit-after-login`` (offscreen) against one demo database several times
and reports, from the application's own log: the time from process start to the login dialog, and
from a successful sign-in to a desk that is shown and idle. The first run creates the demo database
(its time is reported apart). Usage: ``.venv/bin/python bench/shell_startup.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_once(home: Path, demo: Path) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state")}
    log = home / "state" / "palvelutiski" / "log" / "palvelutiski.log"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop", "--demo", "--db", str(demo), "--quit-after-login"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - started
    text = log.read_text(encoding="utf-8")[len(before):]
    dialog = float(re.search(r"login dialog shown (\d+) ms", text).group(1))  # type: ignore[union-attr]
    desk = float(re.search(r"desk ready (\d+) ms", text).group(1))  # type: ignore[union-attr]
    return wall, dialog, desk


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home, demo = Path(tmp) / "home", Path(tmp) / "demo.sqlite3"
        first = run_once(home, demo)
        print(f"first run (creates the demo database): {first[0]:.1f} s in all")
        runs = [run_once(home, demo) for _ in range(args.runs)]
    for label, index, unit, scale in (("whole run (start, sign in, quit)", 0, "s", 1),
                                      ("process start -> login dialog", 1, "ms", 1),
                                      ("sign-in -> desk shown and idle", 2, "ms", 1)):
        values = [r[index] * scale for r in runs]
        print(f"{label:36} median {statistics.median(values):8.1f} {unit}   max {max(values):8.1f} {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
