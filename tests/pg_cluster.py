"""Throwaway PostgreSQL clusters for tests that need a server of their own (SCRAM-only, TLS, a second host).

initdb refuses root, so as root every server command runs through ``runuser -u postgres``; the cluster
lives in a temporary folder and is stopped and removed afterwards. Used by the SCRAM cluster of
tests/security/conftest.py and the TLS cluster of tests/install.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PGBIN = Path("/usr/lib/postgresql/15/bin")


@dataclass(frozen=True)
class Cluster:
    port: int
    socket_dir: str  # also the cluster's base folder
    data: str


def as_postgres(*cmd: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *cmd], check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def give_to_postgres(path: str | Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def throwaway_cluster(prefix: str, *, auth_host: str = "scram-sha-256", options: str = "",
                      prepare: Callable[[Path], None] | None = None) -> Iterator[Cluster]:
    """initdb (local connections trusted, TCP by ``auth_host``), ``prepare(data_dir)``, start on a free
    port of 127.0.0.1 with ``options`` added to the server's; stop and remove on exit."""
    if not (PGBIN / "initdb").exists():
        pytest.fail(f"PostgreSQL server binaries are missing in {PGBIN} (apt-get install postgresql-15)")
    base = tempfile.mkdtemp(prefix=prefix)
    give_to_postgres(base)
    data = os.path.join(base, "data")
    port = free_port()
    as_postgres(str(PGBIN / "initdb"), "-D", data, "-U", "postgres", "--auth-local=trust",
                f"--auth-host={auth_host}", "-E", "UTF8", "--locale=C.UTF-8")
    started = False
    try:
        if prepare is not None:
            prepare(Path(data))
        as_postgres(str(PGBIN / "pg_ctl"), "-D", data, "-w", "-l", os.path.join(base, "server.log"), "start",
                    "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
                          f"-c full_page_writes=off -c password_encryption=scram-sha-256 {options}")
        started = True
        yield Cluster(port, base, data)
    finally:
        if started:
            as_postgres(str(PGBIN / "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
