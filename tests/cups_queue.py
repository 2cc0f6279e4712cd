"""A real CUPS queue with the cups-pdf backend for printing tests (pytest plugin, see tests/conftest.py).

The session fixture ``cups_queue`` makes sure cupsd runs (starting ``cupsd -f`` when it does not),
points cups-pdf's output at a temporary directory and adds the queue ``PalvelutiskiPDF``; everything
it changed is put back afterwards. Outside CI a machine without CUPS skips the printing tests; in CI
(CI=true) that is a failure.

cups-pdf re-distils through Ghostscript (Type 3 fonts), so its output's text cannot be extracted:
tests check page count and page size with ``pdfinfo`` and assert text on the application's own PDF.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
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

    def wait_for_new_output(self, before: set[Path], count: int = 1, timeout: float = 60) -> list[Path]:
        """The files cups-pdf wrote since ``before`` was taken, once their jobs have completed."""

        def ready() -> list[Path] | None:
            new = sorted(self.outputs() - before)
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


@pytest.fixture(scope="session")
def cups_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsQueue]:
    problem = _missing()
    if problem:
        if IN_CI:
            pytest.fail(f"CUPS printing is required in CI: {problem}")
        pytest.skip(f"no CUPS: {problem}")

    daemon: subprocess.Popen[bytes] | None = None
    if not scheduler_running():
        Path("/run/cups").mkdir(parents=True, exist_ok=True)
        daemon = subprocess.Popen([CUPSD, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(scheduler_running, 15, "cupsd to accept requests")

    out_dir = tmp_path_factory.mktemp("cups-pdf")
    out_dir.chmod(0o1777)  # cups-pdf writes as the submitting user
    original_conf = CUPS_PDF_CONF.read_text(encoding="utf-8")
    existed = PRINTER in _run("lpstat", "-p").stdout
    try:
        # cups-pdf reads its configuration on every job: no restart needed.
        if _OUT_LINE.search(original_conf):
            conf = _OUT_LINE.sub(f"Out {out_dir}", original_conf, count=1)
        else:
            conf = original_conf + f"\nOut {out_dir}\n"
        CUPS_PDF_CONF.write_text(conf, encoding="utf-8")
        if not existed:
            added = _run("lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/", "-m", _ppd())
            if added.returncode != 0:
                raise RuntimeError(f"lpadmin failed: {added.stderr.strip()}")
        wait_for(lambda: f"printer {PRINTER} is idle" in _run("lpstat", "-p", PRINTER).stdout, 15,
                 f"the queue {PRINTER} to be ready")
        yield CupsQueue(PRINTER, out_dir)
    finally:
        CUPS_PDF_CONF.write_text(original_conf, encoding="utf-8")
        if not existed:
            _run("lpadmin", "-x", PRINTER)
        if daemon is not None:
            daemon.terminate()
            try:
                daemon.wait(timeout=15)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait(timeout=15)
