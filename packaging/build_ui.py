"""Compile forms/*.ui into desktop/ui/ui_*.py with pyside6-uic (build time, never at run time).

The compiled files are build output, not sources (.gitignore): ``./dev setup``, ``./dev bundle`` and the
Windows workflow run this first. A compiled file whose form is gone is removed. ``--check`` exits non-zero
when a compiled file is missing, stale or left over (the test suite runs it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "desktop" / "ui"
HEADER = "# Generated from forms/{name} by packaging/build_ui.py - do not edit.\n"


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui: Path) -> str:
    result = subprocess.run([_uic(), "--from-imports", str(ui)], check=True, capture_output=True, text=True)
    # uic stamps its version into a comment; drop it so the check does not depend on the Qt patch level.
    lines = [ln for ln in result.stdout.splitlines() if not ln.startswith("## Created by: Qt User Interface")]
    return HEADER.format(name=ui.name) + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale or missing files")
    args = parser.parse_args(argv)
    stale = []
    for ui in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui.stem}.py"
        code = compile_form(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            stale.append(target.relative_to(ROOT))
            if not args.check:
                target.write_text(code, encoding="utf-8")
    forms = {f"ui_{ui.stem}.py" for ui in FORMS.glob("*.ui")}
    for orphan in sorted(p for p in OUT.glob("ui_*.py") if p.name not in forms):
        stale.append(orphan.relative_to(ROOT))
        if not args.check:
            orphan.unlink()
    if args.check and stale:
        print("stale compiled forms (run packaging/build_ui.py):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
