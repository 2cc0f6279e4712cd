"""Start the built bundle the way a workstation would and check it: ``--demo --quit-after-login`` offscreen.

    .venv/bin/python packaging/check_bundle.py [dist/palvelutiski]

In a fresh home folder (so the demo database is created as on a first start), with only the system's
PATH: exit status 0, the log says the login dialog was shown and the desk was ready, no error and no
traceback. Prints one Markdown line with the bundle's size, the start-up figures and the total time.
The bundled ``palvelutiski-admin`` must create a register and verify its audit chain.
Run by .ci/run after ``./dev bundle`` (a separate CI step: the build takes a minute or two).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = ("resources/translations/palvelutiski_fi.qm", "resources/translations/palvelutiski_sv.qm",
            "resources/fonts/DejaVuSans.ttf", "resources/profiles/keminmaa.json", "resources/letters/fi.json",
            "resources/data/postcodes.csv", "db/migrations/env.py", "db/sql/0002_postgresql_up.sql")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_admin(bundle: Path, env: dict[str, str]) -> list[str]:
    """The bundled palvelutiski-admin creates a register (migrations, profile, first admin) and verifies it."""
    admin = bundle / ("palvelutiski-admin.exe" if sys.platform == "win32" else "palvelutiski-admin")
    with tempfile.TemporaryDirectory(prefix="pt-bundle-admin-") as folder:
        db = str(Path(folder) / "register.sqlite3")
        # No keyring here (PYTHON_KEYRING_BACKEND=fail): the SQLite file's data key goes into a file beside it.
        steps = (["init", "--profile", "keminmaa", "--admin-user", "pekka", "--password-stdin",
                  "--key-file-without-keyring"], ["verify-audit"])
        for step in steps:
            done = subprocess.run([str(admin), "--lang", "en", "--db", db, *step], input="Salasana-2026-x\n",
                                  env={**env, "HOME": folder}, capture_output=True, text=True, timeout=120, check=False)
            if done.returncode != 0:
                return [f"palvelutiski-admin {step[0]} failed: {done.stderr[-1500:]}"]
    return []


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "palvelutiski"
    exe = bundle / ("palvelutiski.exe" if sys.platform == "win32" else "palvelutiski")
    if not exe.is_file():
        print(f"no bundle at {bundle}: run ./dev bundle first", file=sys.stderr)
        return 1
    internal = bundle / "_internal"
    missing = [name for name in REQUIRED if not (internal / name).is_file()]
    if missing:
        print(f"the bundle lacks: {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="pt-bundle-") as home:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": "C.UTF-8",
               "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state",
               "XDG_RUNTIME_DIR": home, "QT_QPA_PLATFORM": "offscreen",
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        started = time.perf_counter()
        result = subprocess.run([str(exe), "--demo", "--quit-after-login"], env=env, capture_output=True, text=True,
                                timeout=300, check=False)
        seconds = time.perf_counter() - started
        logs = list(Path(home).rglob("palvelutiski.log"))
        log = logs[0].read_text(encoding="utf-8") if logs else ""
        # A second start: the demo database exists, so this is the start-up an agent sees every morning.
        started = time.perf_counter()
        again = subprocess.run([str(exe), "--demo", "--quit-after-login"], env=env, capture_output=True, text=True,
                               timeout=300, check=False)
        second = time.perf_counter() - started
        second_log = logs[0].read_text(encoding="utf-8")[len(log):] if logs else ""
    problems = check_admin(bundle, env)
    if result.returncode != 0 or again.returncode != 0:
        problems.append(f"exit status {result.returncode}/{again.returncode}: {(result.stderr or again.stderr)[-2000:]}")
    if "desk ready" not in log or "desk ready" not in second_log:
        problems.append("the log does not say the desk was ready")
    if " ERROR " in log or "Traceback" in log:
        problems.append("errors in the log:\n" + log[-3000:])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    shown = re.findall(r"login dialog shown (\d+) ms", second_log)
    ready = re.findall(r"desk ready (\d+) ms after sign-in", second_log)
    print(f"| bundle {bundle.name} | {folder_size(bundle) / 2**20:.0f} MiB | first start (creates the demo) "
          f"{seconds:.1f} s | second start: login dialog {shown[-1] if shown else '?'} ms after process start, desk "
          f"ready {ready[-1] if ready else '?'} ms after sign-in, whole run {second:.1f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
