"""IT's site configuration, TLS verify-full against the site's CA, multi-host failover (issue 14).

The server is a throwaway cluster with its own CA and a certificate for ``localhost`` only
(tests/install/conftest.py): reached as ``localhost`` with the site's CA it signs in encrypted; with
another CA, or as ``127.0.0.1`` (a name the certificate does not carry), it is refused with a message
that says which; plaintext to another computer is refused unless the site file allows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from install.conftest import PASSWORD, TlsDesk, write_site
from pg_cluster import free_port

from desktop.services.auth import AuthService
from desktop.services.auth_dtos import ConnectionTarget, ServerTarget
from desktop.services.connection import TLS_MESSAGES, ConnectionRefused, secured, sign_in
from desktop.services.site_config import load_site_config
from desktop.services.site_config_dtos import SiteConfigInvalid

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_site_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PALVELUTISKI_SITE_CONFIG", raising=False)


def site_for(tmp_path: Path, desk: TlsDesk, *, host: str = "localhost", ca: Path | None = None,
             extra: str = "") -> ServerTarget:
    path = write_site(tmp_path, f"[database]\nhost = {host}\nport = {desk.cluster.port}\nname = {desk.database}\n"
                                f"sslmode = verify-full\nsslrootcert = {ca or desk.cluster.ca}\n{extra}")
    site = load_site_config(path)
    assert site is not None
    return ServerTarget.from_site(site)


def session_ssl(result) -> tuple[bool, int]:
    with result.database.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT ssl, inet_server_port() FROM pg_stat_ssl "
                                   "WHERE pid = pg_backend_pid()").one()
    return bool(row[0]), int(row[1])


# --- the site file -------------------------------------------------------------------------------

def test_the_documented_example_is_a_valid_site_file() -> None:
    site = load_site_config(ROOT / "packaging" / "site.ini.example")
    assert site is not None
    assert site.servers == (("db1.example.fi", 5432), ("db2.example.fi", 5432))
    assert (site.sslmode, site.language, site.idle_lock_minutes) == ("verify-full", "fi", 10)
    assert site.sslrootcert == str((ROOT / "packaging" / "palvelutiski-ca.crt").resolve())


def test_no_site_file_means_the_workstation_chooses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.services.site_config.default_site_path", lambda: tmp_path / "none.ini")
    assert load_site_config() is None
    with pytest.raises(SiteConfigInvalid, match="does not exist"):  # named explicitly: must be there
        load_site_config(tmp_path / "missing.ini")


@pytest.mark.parametrize(("body", "problem"), [
    ("[database]\nhost = db.example.fi\n", "must name the server (host) and the database"),
    ("[database]\nhost = db.example.fi\nname = p\nsslmode = disable\n", "would send passwords"),
    ("[database]\nhost = db.example.fi\nname = p\nsslmode = maybe\n", "sslmode must be one of"),
    ("[database]\nhost = a, b\nport = 5432, 5433, 5434\nname = p\n", "one number per host"),
    ("[database]\nhost = a\nname = p\n[desk]\nidle_lock_minutes = 0\n", "idle_lock_minutes"),
    ("[database]\nhost = a\nname = p\n[desk]\nlanguage = de\n", "language must be"),
    ("this is not an ini file\n", "cannot be read"),
])
def test_a_wrong_site_file_is_refused_with_what_to_correct(tmp_path: Path, body: str, problem: str) -> None:
    with pytest.raises(SiteConfigInvalid) as refused:
        load_site_config(write_site(tmp_path, body))
    assert problem in str(refused.value) and "Ask IT" in str(refused.value)


def test_plaintext_to_another_computer_only_when_the_site_file_allows_it(tmp_path: Path) -> None:
    allowed = load_site_config(write_site(tmp_path, "[database]\nhost = db.example.invalid\nname = p\n"
                                                    "sslmode = disable\nallow_plaintext = yes\n"))
    assert allowed is not None and not allowed.encrypted
    assert secured(ServerTarget.from_site(allowed)).sslmode == "disable"
    # A server typed by hand on another computer is always reached verified.
    assert secured(ConnectionTarget.postgres("db.example.invalid", "p")).sslmode == "verify-full"
    assert secured(ConnectionTarget.postgres("127.0.0.1", "p")).sslmode is None  # same machine: as before
    with pytest.raises(ConnectionRefused, match="would not be encrypted"):
        sign_in(AuthService(), ConnectionTarget.postgres("db.example.invalid", "p", sslmode="disable"), "a", "b")
    # Default for another computer: verify-full.
    default = load_site_config(write_site(tmp_path, "[database]\nhost = db.example.invalid\nname = p\n"))
    assert default is not None and default.sslmode == "verify-full"


# --- TLS against the throwaway cluster -------------------------------------------------------------

pg_tls = [pytest.mark.postgres, pytest.mark.slow]


@pytest.mark.postgres
@pytest.mark.slow
def test_verify_full_with_the_sites_ca_signs_in_encrypted(tmp_path: Path, tls_desk: TlsDesk) -> None:
    result = sign_in(AuthService(), site_for(tmp_path, tls_desk), tls_desk.agent, PASSWORD)
    try:
        assert result.actor.username == tls_desk.agent
        assert session_ssl(result) == (True, tls_desk.cluster.port)
        assert result.database.engine.url.query["sslmode"] == "verify-full"
    finally:
        result.database.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_a_certificate_from_another_ca_is_refused(tmp_path: Path, tls_desk: TlsDesk) -> None:
    with pytest.raises(ConnectionRefused) as refused:
        sign_in(AuthService(), site_for(tmp_path, tls_desk, ca=tls_desk.cluster.other_ca), tls_desk.agent, PASSWORD)
    assert refused.value.message == TLS_MESSAGES["untrusted"]
    assert "did not sign" in str(refused.value) and "localhost" in str(refused.value)


@pytest.mark.postgres
@pytest.mark.slow
def test_a_host_name_the_certificate_does_not_carry_is_refused(tmp_path: Path, tls_desk: TlsDesk) -> None:
    # The certificate is made out to "localhost": the same server reached as 127.0.0.1 could be anyone.
    with pytest.raises(ConnectionRefused) as refused:
        sign_in(AuthService(), site_for(tmp_path, tls_desk, host="127.0.0.1"), tls_desk.agent, PASSWORD)
    assert refused.value.message == TLS_MESSAGES["host_name"]
    # The wrong password is not even tried: TLS refuses before the password is sent.
    with pytest.raises(ConnectionRefused):
        sign_in(AuthService(), site_for(tmp_path, tls_desk, host="127.0.0.1"), tls_desk.agent, "wrong")


@pytest.mark.postgres
@pytest.mark.slow
def test_the_first_host_down_the_desk_connects_to_the_second(tmp_path: Path, tls_desk: TlsDesk) -> None:
    dead = free_port()  # nothing listens there: the failed primary
    path = write_site(tmp_path, f"[database]\nhost = localhost, localhost\nport = {dead}, {tls_desk.cluster.port}\n"
                                f"name = {tls_desk.database}\nsslrootcert = {tls_desk.cluster.ca}\n")
    site = load_site_config(path)
    assert site is not None and site.sslmode == "prefer"  # all on this machine
    target = ServerTarget.from_site(site)
    result = sign_in(AuthService(), target, tls_desk.agent, PASSWORD)
    try:
        assert session_ssl(result)[1] == tls_desk.cluster.port
        assert result.database.engine.url.query["target_session_attrs"] == "read-write"
    finally:
        result.database.dispose()
