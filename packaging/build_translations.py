"""Qt Linguist translations: refresh resources/translations/*.ts from the sources, compile them to .qm.

``pyside6-lupdate`` reads the views (``self.tr`` / ``QCoreApplication.translate``) and the .ui forms;
strings in Qt-free layers are marked ``N_("…")`` (desktop.core.i18n) and collected here under
the context "palvelutiski". ``--update`` rewrites the .ts files (developers run it after changing
texts); plain runs only compile .ts to .qm, which is what the build does.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def marked_strings() -> list[tuple[str, int, str]]:
    """Every ``N_("literal")`` in the Qt-free code, with its file and line."""
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")) + sorted((ROOT / "db").rglob("*.py")):
        if "ui" in path.relative_to(ROOT).parts[:2]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0].value))
    return found


def _noop_source(strings: list[tuple[str, int, str]]) -> str:
    # lupdate understands QT_TRANSLATE_NOOP(context, text); we give it one synthetic file of those.
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for _file, _line, text in strings:
        lines.append(f"QT_TRANSLATE_NOOP({'palvelutiski'!r}, {text!r})")
    return "\n".join(lines) + "\n"


def update_ts() -> None:
    sources = [str(p) for p in sorted((ROOT / "desktop" / "views").rglob("*.py"))]
    # The print engine runs a print action's job (desktop.operations.printing) and words the printer's failures.
    sources += [str(p) for p in sorted((ROOT / "desktop" / "operations").rglob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]
    with tempfile.TemporaryDirectory() as tmp:
        noop = Path(tmp) / "marked_strings.py"
        noop.write_text(_noop_source(marked_strings()), encoding="utf-8")
        for lang in LANGUAGES:
            ts = TS_DIR / f"palvelutiski_{lang}.ts"
            subprocess.run([_tool("pyside6-lupdate"), *sources, str(noop), "-no-obsolete", "-locations", "none",
                            "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                           check=True, capture_output=True)
    english_plurals(TS_DIR / "palvelutiski_en.ts")


_NUMERUS = re.compile(r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
                      r'<translation type="unfinished">\s*(?:<numerusform>[^<]*</numerusform>\s*)*</translation>')


def english_plurals(ts: Path) -> None:
    """English is the source language, but a count needs its two forms: "%n customer(s)" is written
    "1 customer" / "2 customers" (the source text alone showed "1 customer(s)"). Filled in from the
    "(s)" of the source text, so a new counted string needs nothing by hand."""

    def forms(match: re.Match[str]) -> str:
        source = match.group(2)
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return (f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_NUMERUS.sub(forms, text), encoding="utf-8")


def compile_qm() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-extract strings into the .ts files")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if args.update:
        update_ts()
    compile_qm()
    return 0


if __name__ == "__main__":
    sys.exit(main())
