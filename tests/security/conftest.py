"""Fixtures of the security tests: customers with identity codes, staff logins, a SCRAM-only cluster.

The main test server (127.0.0.1:5432) trusts every local connection, so it shows what each *role*
may do but cannot show that a password is checked. For that a throwaway cluster is started once per
session with scram-sha-256 for TCP in pg_hba.conf (as root the server runs through
``runuser -u postgres``; initdb refuses root), and stopped and removed afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from db_templates import migrated_pg_url
from pg_cluster import throwaway_cluster

from db.database import Database
from db.engine import make_engine
from db.models import Customer
from db.repositories import hetu as hetu_repo
from desktop.core.roles import Actor, Role
from desktop.core.text import name_key
from desktop.services.users import UserAdminService

SETUP = Actor("setup", Role.ADMIN, "Initial setup")
PASSWORD = "kolme-kertaa-toistettu"
HMAC_KEY = bytes(range(32))
# DVV's example pair: the same birth date and number, only the century sign differs, two people.
TEMP_DASH = "100190-999P"
TEMP_Y = "100190Y999P"
REGULAR = "131052-308T"


def unique(prefix: str) -> str:
    """Login roles are cluster-wide and other test runs share the server: never reuse a name."""
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def add_person(session, last: str, first: str, code: str | None, *, temporary: bool = False) -> int:
    customer = Customer(customer_number=uuid.uuid4().hex[:12], kind="person", last_name=last, first_names=first,
                        search_name=name_key(last, first))
    session.add(customer)
    session.flush()
    if code is not None:
        hetu_repo.store(session, customer.id, code, is_temporary=temporary)
    return customer.id


@dataclass(frozen=True)
class Register:
    database: Database  # connected as the superuser/owner
    url: str
    regular_id: int
    dash_id: int
    y_id: int
    company_id: int


def build_register(database: Database, url: str) -> Register:
    with database.transaction() as session:
        hetu_repo.install_key(session, HMAC_KEY)
        regular = add_person(session, "Virtanen", "Aino", REGULAR)
        dash = add_person(session, "Korhonen", "Eino", TEMP_DASH, temporary=True)
        y = add_person(session, "Mäkinen", "Ilona", TEMP_Y, temporary=True)
        company = Customer(customer_number=uuid.uuid4().hex[:12], kind="company", company_name="Oy Ab",
                           search_name="oy ab", business_id="1234567-8")
        session.add(company)
        session.flush()
        company_id = company.id
    return Register(database, url, regular, dash, y, company_id)


@pytest.fixture
def register(database: Database) -> Register:
    """The migrated test database of each kind with three persons (one regular, DVV's pair) and a company."""
    return build_register(database, database.engine.url.render_as_string(hide_password=False))


@dataclass(frozen=True)
class Staff:
    agent: str
    supervisor: str
    admin: str
    auditor: str


@pytest.fixture
def pg_register(request: pytest.FixtureRequest) -> Iterator[Register]:
    pg_url = migrated_pg_url(request)
    database = Database(make_engine(pg_url))
    yield build_register(database, pg_url)
    database.dispose()


@pytest.fixture
def staff(pg_register: Register) -> Staff:
    """One LOGIN role per desk group in the PostgreSQL test database (dropped by the root conftest)."""
    users = UserAdminService(pg_register.database, SETUP)
    names = Staff(unique("agent"), unique("super"), unique("admin"), unique("auditor"))
    for name, role in ((names.agent, Role.AGENT), (names.supervisor, Role.SUPERVISOR),
                       (names.admin, Role.ADMIN), (names.auditor, Role.AUDITOR)):
        users.create_user(name, role, PASSWORD)
    return names


def connect_as(register: Register, login: str) -> psycopg.Connection:
    """Raw psycopg as a desk login (the main test server trusts local connections: no password)."""
    base = psycopg.conninfo.conninfo_to_dict(register.url.replace("postgresql+psycopg://", "postgresql://"))
    return psycopg.connect(host=base.get("host", "127.0.0.1"), port=base.get("port", 5432),
                           dbname=base["dbname"], user=login, autocommit=True)


def pg_lookup(conn: psycopg.Connection, code: str, purpose: str | None = None) -> int | None:
    """An identity-code lookup as a desk client must make it: the request commits, then the answer."""
    ticket = conn.execute("SELECT desk_hetu_lookup_request(%s, %s)", (code, purpose)).fetchone()[0]
    return conn.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,)).fetchone()[0]


def pg_reveal(conn: psycopg.Connection, customer_id: int, reason: str) -> str | None:
    ticket = conn.execute("SELECT desk_hetu_reveal_request(%s, %s)", (customer_id, reason)).fetchone()[0]
    return conn.execute("SELECT desk_hetu_reveal_result(%s)", (ticket,)).fetchone()[0]


# --- the SCRAM cluster -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScramCluster:
    port: int
    socket_dir: str

    def admin_conninfo(self, dbname: str = "postgres") -> str:
        # The superuser comes in through the Unix socket (trust); TCP demands SCRAM from everyone.
        return f"host={self.socket_dir} port={self.port} user=postgres dbname={dbname}"

    def admin_url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.socket_dir}&port={self.port}"

    def create_database(self) -> str:
        name = unique("pt_scram")
        with psycopg.connect(self.admin_conninfo(), autocommit=True) as conn:
            conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))
        return name


@pytest.fixture(scope="session")
def scram_cluster() -> Iterator[ScramCluster]:
    with throwaway_cluster("pt-scram-") as cluster:
        yield ScramCluster(cluster.port, cluster.socket_dir)
