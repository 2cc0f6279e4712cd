"""Start-up of the desk shell, measured the way a user meets it.

Runs ``palvelutiski --demo --quit-after-login`` (offscreen) against one demo database several times
and reports, from the application's own log: the time from process start to the login dialog, and
from a successful sign-in to a desk that is shown and idle; and the process's peak resident memory
(the desk open, the first queries answered). The first run creates the demo database (its time is
reported apart). The baseline, measured in the same run the same way: a process that shows an empty
PySide6 dialog with one line edit (the floor of any Qt program), and its peak memory.
Budgets (issue 14): login dialog within 2x the empty dialog; sign-in -> desk ready <= 300 ms.
Usage: ``.venv/bin/python bench/shell_startup.py [--runs 5]``
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


EMPTY_DIALOG = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
app = QApplication(sys.argv[:1])
dialog = QDialog()
QVBoxLayout(dialog).addWidget(QLineEdit())
dialog.show()
ticks = int(open(f"/proc/{os.getpid()}/stat").read().rsplit(")", 1)[1].split()[19])
print((time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")) * 1000)
"""


def run_measured(command: list[str], env: dict[str, str]) -> tuple[str, float]:
    """Run ``command``; its standard output and its peak resident memory in MiB (wait4's rusage)."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    out = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return out, usage.ru_maxrss / 1024


def baseline() -> tuple[float, float]:
    out, rss = run_measured([sys.executable, "-c", EMPTY_DIALOG], {**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return float(out.strip().splitlines()[-1]), rss


def run_once(home: Path, demo: Path) -> tuple[float, float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state")}
    log = home / "state" / "palvelutiski" / "log" / "palvelutiski.log"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    started = time.perf_counter()
    _out, rss = run_measured([sys.executable, "-m", "desktop", "--demo", "--db", str(demo), "--quit-after-login"],
                             env)
    wall = time.perf_counter() - started
    text = log.read_text(encoding="utf-8")[len(before):]
    dialog = float(re.search(r"login dialog shown (\d+) ms", text).group(1))  # type: ignore[union-attr]
    desk = float(re.search(r"desk ready (\d+) ms", text).group(1))  # type: ignore[union-attr]
    return wall, dialog, desk, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home, demo = Path(tmp) / "home", Path(tmp) / "demo.sqlite3"
        first = run_once(home, demo)
        print(f"first run (creates the demo database): {first[0]:.1f} s in all")
        runs = [run_once(home, demo) for _ in range(args.runs)]
    floors = [baseline() for _ in range(args.runs)]
    floor_ms = statistics.median(f[0] for f in floors)
    floor_rss = statistics.median(f[1] for f in floors)
    print("| measure | median | max | baseline (empty dialog) | ratio |")
    print("|---|---|---|---|---|")
    for label, index, unit, base in (("whole run (start, sign in, quit)", 0, "s", None),
                                     ("process start -> login dialog", 1, "ms", floor_ms),
                                     ("sign-in -> desk shown and idle", 2, "ms", None),
                                     ("peak resident memory", 3, "MiB", floor_rss)):
        values = [r[index] for r in runs]
        median = statistics.median(values)
        ratio = f"{median / base:.1f}x" if base else ""
        floor = f"{base:.0f} {unit}" if base else ""
        print(f"| {label} | {median:.1f} {unit} | {max(values):.1f} {unit} | {floor} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
