"""The compiled forms in desktop/ui match forms/*.ui (they are generated at build time and committed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_compiled_forms_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_ui.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_every_form_uses_snake_case_object_names():
    import re

    pattern = re.compile(r'<(?:widget|layout|spacer) class="[^"]+" name="([^"]+)"|<(?:action|spacer) name="([^"]+)"')
    for ui in sorted((ROOT / "forms").glob("*.ui")):
        names = [a or b for a, b in pattern.findall(ui.read_text(encoding="utf-8"))]
        assert names, ui.name
        for name in names:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{ui.name}: {name} is not snake_case"
