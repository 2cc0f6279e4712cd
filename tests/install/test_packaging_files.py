"""The installation files agree with the program: Linux menu entry and AppStream metainfo validate, the
Windows installer and its CI workflow name files that exist and the program's version.

(The bundle itself is built and started by .ci/run after the tests: ./dev bundle, packaging/check_bundle.py.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "fi.palvelutiski.Palvelutiski"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def validate(*command: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which(command[0]), f"{command[0]} is missing: ./dev setup installs it"
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


def test_the_menu_entry_and_the_metainfo_validate() -> None:
    desktop = validate("desktop-file-validate", str(LINUX / f"{APP_ID}.desktop"))
    assert desktop.returncode == 0, desktop.stdout + desktop.stderr
    metainfo = validate("appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml"))
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
    assert f'<release version="{VERSION}"' in (LINUX / f"{APP_ID}.metainfo.xml").read_text()


def test_the_icons_are_there_in_every_size() -> None:
    for size in (32, 48, 64, 128, 256):
        assert (LINUX / "icons" / f"{size}x{size}" / "palvelutiski.png").stat().st_size > 0
    assert (ROOT / "packaging" / "windows" / "palvelutiski.ico").stat().st_size > 0


def test_the_windows_installer_names_what_exists() -> None:
    iss = (ROOT / "packaging" / "windows" / "palvelutiski.iss").read_text()
    assert f'#define AppVersion "{VERSION}"' in iss
    assert "PrivilegesRequired=admin" in iss  # per machine
    assert "{commonappdata}\\Palvelutiski" in iss and 'DestName: "site.ini"' in iss
    assert "/inheritance:r" in iss and "*S-1-5-32-545:(OI)(CI)RX" in iss  # the site file's folder: IT's alone
    for source in re.findall(r'^Source: "([^"{]+?)"', iss, flags=re.M):
        relative = source.replace("\\", "/").removesuffix("/*")
        if not relative.startswith("../../dist"):  # the build's output
            assert (ROOT / "packaging" / "windows" / relative).exists(), source
    workflow = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text()
    assert "runs-on: windows-latest" in workflow
    for path in ("packaging/palvelutiski.spec", "packaging\\windows\\palvelutiski.iss", "--quit-after-login"):
        assert path in workflow


def test_the_bundle_is_a_ci_step() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "./dev bundle" in ci and "packaging/check_bundle.py" in ci
