"""A real CUPS queue with the cups-pdf backend for printing tests (pytest plugin, see tests/conftest.py).

The session fixture ``cups_queue`` makes sure cupsd runs (starting ``cupsd -f`` when it does not),
points cups-pdf's output at a shared directory and adds the queue ``PalvelutiskiPDF``. Several test
runs may print at once (parallel worktrees on one machine): the first run to arrive sets the queue up
and the last one to leave puts back what was changed, counted in a small state directory under a file
lock; each run picks out its own files by the job title (``wait_for_new_output(title=…)``). Outside CI
a machine without CUPS skips the printing tests; in CI (CI=true) that is a failure.

cups-pdf re-distils through Ghostscript (Type 3 fonts), so its output's text cannot be extracted:
tests check page count and page size with ``pdfinfo`` and assert text on the application's own PDF.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PRINTER = "PalvelutiskiPDF"
CUPSD = "/usr/sbin/cupsd"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
_OUT_LINE = re.compile(r"^Out\s.*$", re.MULTILINE)
# Shared by every test run on this machine: the runs using the queue (pids), what to put back, the output.
STATE_DIR = Path(tempfile.gettempdir()) / "palvelutiski-cups"
_STARTED: list[subprocess.Popen[bytes]] = []  # the cupsd this run started (kept: it may outlive our use)


def wait_for(condition: Callable[[], object], timeout: float, what: str, interval: float = 0.05) -> object:
    """Poll ``condition`` until it returns something truthy; fail with ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up after {timeout} s waiting for {what}")
        time.sleep(interval)  # a poll interval bounded by the deadline, not a fixed wait


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30, check=False)


def scheduler_running() -> bool:
    return "is running" in _run("lpstat", "-r").stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=30).stdout
    return {key.strip(): value.strip() for key, _, value in (ln.partition(":") for ln in out.splitlines())}


@dataclass
class CupsQueue:
    name: str
    out_dir: Path

    def outputs(self) -> set[Path]:
        return set(self.out_dir.rglob("*.pdf"))

    def pending_jobs(self) -> list[str]:
        return [ln for ln in _run("lpstat", "-o", self.name).stdout.splitlines() if ln.strip()]

    def wait_for_new_output(self, before: set[Path], count: int = 1, timeout: float = 60,
                            title: str | None = None) -> list[Path]:
        """The files cups-pdf wrote since ``before`` was taken, once their jobs have completed; with
        ``title``, only those of jobs whose title contains it (another test run may print meanwhile)."""
        wanted = None if title is None else re.sub(r"\s", "_", title)  # cups-pdf: spaces become _

        def ready() -> list[Path] | None:
            new = sorted(p for p in self.outputs() - before if wanted is None or wanted in p.name)
            if len(new) >= count and not self.pending_jobs() and all(p.stat().st_size > 0 for p in new):
                return new
            return None

        return wait_for(ready, timeout, f"{count} file(s) from the CUPS queue {self.name}")  # type: ignore[return-value]


def _missing() -> str | None:
    for tool in (CUPSD, "lpstat", "lpadmin", "lpinfo", "pdfinfo"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not BACKEND.exists():
        return "the cups-pdf backend is not installed"
    if os.geteuid() != 0 and not CUPS_PDF_CONF.exists():
        return "cups-pdf is not configured"
    if os.geteuid() != 0:
        return "setting up the CUPS test queue needs root"
    return None


def _ppd() -> str:
    models = _run("lpinfo", "-m").stdout.splitlines()
    for line in models:
        model = line.split(" ", 1)[0]
        if model.endswith("CUPS-PDF_opt.ppd"):
            return model
    for line in models:
        model = line.split(" ", 1)[0]
        if "cups-pdf" in model.lower():
            return model
    raise RuntimeError("no cups-pdf PPD found by lpinfo -m")


@contextlib.contextmanager
def _shared_state() -> Iterator[dict]:
    """The runs' common record (``users``: pids; ``original``: cups-pdf.conf before; ``existed``; ``daemon``),
    read and written under an exclusive lock."""
    STATE_DIR.mkdir(mode=0o755, exist_ok=True)
    with open(STATE_DIR / "lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = STATE_DIR / "state.json"
        state = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"users": []}
        # A run killed before its teardown must not keep the queue set up for ever.
        state["users"] = [pid for pid in state["users"] if _alive(pid)]
        yield state
        path.write_text(json.dumps(state), encoding="utf-8")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _set_up(state: dict, out_dir: Path) -> None:
    if not scheduler_running():
        Path("/run/cups").mkdir(parents=True, exist_ok=True)
        daemon = subprocess.Popen([CUPSD, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)  # outlives this run if another one still prints
        state["daemon"] = daemon.pid
        _STARTED.append(daemon)
        wait_for(scheduler_running, 15, "cupsd to accept requests")
    original_conf = CUPS_PDF_CONF.read_text(encoding="utf-8")
    state["original"] = original_conf
    state["existed"] = PRINTER in _run("lpstat", "-p").stdout
    # cups-pdf reads its configuration on every job: no restart needed.
    if _OUT_LINE.search(original_conf):
        conf = _OUT_LINE.sub(f"Out {out_dir}", original_conf, count=1)
    else:
        conf = original_conf + f"\nOut {out_dir}\n"
    CUPS_PDF_CONF.write_text(conf, encoding="utf-8")
    if not state["existed"]:
        added = _run("lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/", "-m", _ppd())
        if added.returncode != 0:
            raise RuntimeError(f"lpadmin failed: {added.stderr.strip()}")


def _tear_down(state: dict) -> None:
    if "original" in state:
        CUPS_PDF_CONF.write_text(state.pop("original"), encoding="utf-8")
    if not state.pop("existed", True):
        _run("lpadmin", "-x", PRINTER)
    daemon = state.pop("daemon", None)
    if daemon is not None and _alive(daemon):
        os.kill(daemon, 15)
        for started in _STARTED:
            if started.pid == daemon:
                started.wait(timeout=15)
        wait_for(lambda: not scheduler_running(), 15, "cupsd to stop")


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[CupsQueue]:
    problem = _missing()
    if problem:
        if IN_CI:
            pytest.fail(f"CUPS printing is required in CI: {problem}")
        pytest.skip(f"no CUPS: {problem}")

    out_dir = STATE_DIR / "out"
    with _shared_state() as state:
        if not state["users"]:
            out_dir.mkdir(parents=True, exist_ok=True)
            out_dir.chmod(0o1777)  # cups-pdf writes as the submitting user
            _set_up(state, out_dir)
        state["users"].append(os.getpid())
    try:
        wait_for(lambda: f"printer {PRINTER} is idle" in _run("lpstat", "-p", PRINTER).stdout
                 or f"printer {PRINTER} now printing" in _run("lpstat", "-p", PRINTER).stdout, 15,
                 f"the queue {PRINTER} to be ready")
        yield CupsQueue(PRINTER, out_dir)
    finally:
        with _shared_state() as state:
            state["users"] = [pid for pid in state["users"] if pid != os.getpid()]
            if not state["users"]:
                _tear_down(state)
