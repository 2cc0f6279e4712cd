"""The site configuration: IT's one file that points every workstation at the shared database.

System-wide, written by IT (or placed by the Windows installer): ``%ProgramData%\\Palvelutiski\\site.ini``
on Windows, ``/etc/palvelutiski/site.ini`` elsewhere; ``$PALVELUTISKI_SITE_CONFIG`` (or the desk's
``--site-config``) names another file, for tests and for trying out a new file. When it is present the
login dialog asks only for the user name and password and shows the server, which the agent cannot
change. An example with every key: packaging/site.ini.example.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

from desktop.core.i18n import N_
from desktop.core.transport import ENCRYPTING_SSLMODES, is_local_host
from desktop.services.site_config_dtos import SiteConfig, SiteConfigInvalid

ENV_SITE_CONFIG = "PALVELUTISKI_SITE_CONFIG"
SSLMODES = ("disable", "allow", "prefer", *ENCRYPTING_SSLMODES)
LANGUAGES = ("fi", "sv", "en")
_TRUE, _FALSE = ("1", "yes", "true", "on", "kyllä", "ja"), ("0", "no", "false", "off", "ei", "nej")


def default_site_path() -> Path:
    """Where IT puts the file on this kind of system."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Palvelutiski" / "site.ini"
    return Path("/etc/palvelutiski/site.ini")


def site_path(explicit: str | Path | None = None) -> Path:
    """``explicit`` (``--site-config``), else ``$PALVELUTISKI_SITE_CONFIG``, else the system-wide file."""
    chosen = explicit or os.environ.get(ENV_SITE_CONFIG)
    return Path(chosen).expanduser() if chosen else default_site_path()


def load_site_config(explicit: str | Path | None = None) -> SiteConfig | None:
    """The site configuration, or None when there is no such file (a single workstation, a developer).

    A file that is there but wrong is an error (SiteConfigInvalid): a workstation must not quietly fall
    back to typing a server by hand, or to an unencrypted connection, because IT made a typo.
    """
    path = site_path(explicit)
    if not path.is_file():
        if explicit or os.environ.get(ENV_SITE_CONFIG):
            raise SiteConfigInvalid(path, N_("The site configuration {path} does not exist. Ask IT to correct the path."))
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise SiteConfigInvalid(path, N_("The site configuration {path} cannot be read ({reason}). Ask IT to correct it."), reason=type(exc).__name__) from None
    return _parse(path, parser)


def _parse(path: Path, parser: configparser.ConfigParser) -> SiteConfig:
    db = parser["database"] if parser.has_section("database") else None
    if db is None or not db.get("host", "").strip() or not db.get("name", "").strip():
        raise SiteConfigInvalid(path, N_("The site configuration {path} must name the server (host) and the database (name) in its "
                                           "[database] section. Ask IT to correct it."))
    hosts = [h.strip() for h in db["host"].split(",") if h.strip()]
    try:
        ports = [int(p) for p in db.get("port", "5432").split(",") if p.strip()] or [5432]
    except ValueError:
        raise SiteConfigInvalid(path, N_("In the site configuration {path}, port must be a number, or one number per host. "
                                      "Ask IT to correct it.")) from None
    if len(ports) == 1:
        ports *= len(hosts)
    if len(ports) != len(hosts) or not all(0 < p < 65536 for p in ports):
        raise SiteConfigInvalid(path, N_("In the site configuration {path}, port must be a number, or one number per host. "
                                      "Ask IT to correct it."))
    allow_plaintext = _flag(path, db.get("allow_plaintext", "no"))
    all_local = all(is_local_host(h) for h in hosts)
    sslmode = db.get("sslmode", "").strip() or ("prefer" if all_local else "verify-full")
    if sslmode not in SSLMODES:
        raise SiteConfigInvalid(path, N_("In the site configuration {path}, sslmode must be one of {choices}. Ask IT to correct "
                                         "it."), choices=", ".join(SSLMODES))
    if sslmode not in ENCRYPTING_SSLMODES and not all_local and not allow_plaintext:
        raise SiteConfigInvalid(path, N_("The site configuration {path} has sslmode {mode}, which would send passwords and "
                                         "customer data unencrypted to another computer. Ask IT to use verify-full (or "
                                         "to set allow_plaintext = yes, if the network is protected otherwise)."),
                                mode=sslmode)
    root = db.get("sslrootcert", "").strip() or None
    if root and root != "system":
        cert = Path(root).expanduser()
        root = str(cert if cert.is_absolute() else (path.parent / cert).resolve())
    desk = parser["desk"] if parser.has_section("desk") else {}
    language = (desk.get("language") or "").strip() or None
    if language is not None and language not in LANGUAGES:
        raise SiteConfigInvalid(path, N_("In the site configuration {path}, language must be fi, sv or en. Ask IT to correct it."))
    minutes_text = (desk.get("idle_lock_minutes") or "").strip()
    try:
        minutes = int(minutes_text) if minutes_text else None
    except ValueError:
        minutes = 0
    if minutes is not None and not 1 <= minutes <= 480:
        raise SiteConfigInvalid(path, N_("In the site configuration {path}, idle_lock_minutes must be a whole number from 1 "
                                         "to 480. Ask IT to correct it."))
    return SiteConfig(path, tuple(zip(hosts, ports, strict=True)), db["name"].strip(), sslmode, root,
                      allow_plaintext, language, minutes)


def _flag(path: Path, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE or not lowered:
        return False
    raise SiteConfigInvalid(path, N_("In the site configuration {path}, allow_plaintext must be yes or no. Ask IT to correct it."))
