"""The compiled forms in desktop/ui match forms/*.ui (they are build output: packaging/build_ui.py, run by ./dev)."""

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


def test_every_form_is_laid_out_by_the_view_class_it_names():
    """A form's <class> is the view class that calls its setupUi: the compiled form translates its texts in
    that class's context, as the class's own ``self.tr`` does, so a text moved between the view and its
    form keeps its Finnish and Swedish translations."""
    import re

    views = {path: path.read_text(encoding="utf-8") for path in (ROOT / "desktop" / "views").rglob("*.py")}
    for ui in sorted((ROOT / "forms").glob("*.ui")):
        match = re.search(r"<class>(\w+)</class>", ui.read_text(encoding="utf-8"))
        assert match, ui.name
        name = match.group(1)
        users = [path for path, text in views.items() if f"Ui_{name}()" in text]
        assert users, f"{ui.name}: no view lays out Ui_{name}"
        for path in users:
            assert re.search(rf"^class {name}\(", views[path], re.MULTILINE), \
                f"{ui.name}: {path.relative_to(ROOT)} uses Ui_{name} but defines no class {name}"
