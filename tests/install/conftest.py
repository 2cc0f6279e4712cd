"""Fixtures of the installation tests: a TLS-only PostgreSQL cluster with its own CA, site files.

The cluster (tests/pg_cluster.py) demands SCRAM over TCP and serves a certificate for ``localhost``
only, signed by a CA made for this test session; a second CA signs nothing the server has, to show a
wrong CA is refused. Certificates are made with the openssl command (EC P-256, valid two days).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import psycopg.sql
import pytest
from pg_cluster import give_to_postgres, throwaway_cluster

from db import migrate
from db.database import Database
from desktop.core.roles import Actor, Role
from desktop.services.users import UserAdminService

SETUP = Actor("setup", Role.ADMIN, "Initial setup")
PASSWORD = "Salattu-yhteys-2026"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def make_ca(folder: Path, name: str) -> Path:
    _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", f"{name}.key", "-out", f"{name}.crt", "-days", "2", "-subj", f"/CN={name}",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
             cwd=folder)
    return folder / f"{name}.crt"


def make_server_cert(folder: Path, ca: str, dns_name: str) -> tuple[Path, Path]:
    (folder / "server.ext").write_text(f"subjectAltName=DNS:{dns_name}\n")
    _openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "server.key",
             "-out", "server.csr", "-subj", f"/CN={dns_name}", cwd=folder)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", f"{ca}.crt", "-CAkey", f"{ca}.key", "-CAcreateserial",
             "-out", "server.crt", "-days", "2", "-extfile", "server.ext", cwd=folder)
    return folder / "server.crt", folder / "server.key"


@dataclass(frozen=True)
class TlsCluster:
    port: int
    socket_dir: str
    ca: Path  # the site's CA: signed the server's certificate
    other_ca: Path  # a CA that signed nothing the server has

    def admin_url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.socket_dir}&port={self.port}"


@pytest.fixture(scope="session")
def tls_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsCluster]:
    certs = tmp_path_factory.mktemp("certs")
    ca = make_ca(certs, "site-ca")
    other = make_ca(certs, "other-ca")
    server_crt, server_key = make_server_cert(certs, "site-ca", "localhost")

    def install_certificate(data: Path) -> None:
        for source in (server_crt, server_key):
            target = data / source.name
            target.write_bytes(source.read_bytes())
            os.chmod(target, 0o600)
            give_to_postgres(target)

    with throwaway_cluster("pt-tls-", options="-c ssl=on", prepare=install_certificate) as cluster:
        yield TlsCluster(cluster.port, cluster.socket_dir, ca, other)


@dataclass(frozen=True)
class TlsDesk:
    cluster: TlsCluster
    database: str
    agent: str
    admin: Database  # the superuser, through the Unix socket


@pytest.fixture
def tls_desk(tls_cluster: TlsCluster) -> Iterator[TlsDesk]:
    """A migrated database on the TLS cluster with one desk agent (password PASSWORD)."""
    import uuid

    suffix = uuid.uuid4().hex[:8]
    name, agent = f"pt_tls_{suffix}", f"agent_{suffix}"
    admin_conninfo = f"host={tls_cluster.socket_dir} port={tls_cluster.port} user=postgres dbname=postgres"
    with psycopg.connect(admin_conninfo, autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))
    admin = Database.connect(tls_cluster.admin_url(name))
    try:
        migrate.upgrade(admin.engine)
        UserAdminService(admin, SETUP).create_user(agent, Role.AGENT, PASSWORD, display_name="Aino Agentti")
        yield TlsDesk(tls_cluster, name, agent, admin)
    finally:
        admin.dispose()
        with psycopg.connect(admin_conninfo, autocommit=True) as conn:
            conn.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(psycopg.sql.Identifier(name)))
            conn.execute(psycopg.sql.SQL("DROP ROLE IF EXISTS {}").format(psycopg.sql.Identifier(agent)))


def write_site(folder: Path, text: str) -> Path:
    path = folder / "site.ini"
    path.write_text(text, encoding="utf-8")
    return path
