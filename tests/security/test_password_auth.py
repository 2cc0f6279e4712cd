"""Real password authentication on PostgreSQL: a throwaway cluster that demands SCRAM over TCP."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import select

from db import migrate
from db.database import Database
from db.models import AuditEvent, StaffUser
from desktop.core.roles import Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import ConnectionTarget, DatabaseNotFound, LoginFailed, ServerUnreachable
from desktop.services.users import UserAdminService
from tests.security.conftest import PASSWORD, SETUP, ScramCluster, unique

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def scram_db(scram_cluster: ScramCluster) -> Iterator[tuple[Database, ConnectionTarget]]:
    name = scram_cluster.create_database()
    admin = Database.connect(scram_cluster.admin_url(name))
    migrate.upgrade(admin.engine)
    yield admin, ConnectionTarget.postgres("127.0.0.1", name, port=scram_cluster.port)
    admin.dispose()


def test_the_cluster_really_demands_a_password(scram_cluster: ScramCluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(host="127.0.0.1", port=scram_cluster.port, user="postgres", dbname="postgres",
                        password="guess", connect_timeout=5)


def test_right_password_logs_in_wrong_one_is_refused(scram_db: tuple[Database, ConnectionTarget]) -> None:
    admin, target = scram_db
    name = unique("anna")
    UserAdminService(admin, SETUP).create_user(name, Role.SUPERVISOR, PASSWORD, display_name="Anna Esimies")
    auth = AuthService()

    with pytest.raises(LoginFailed) as wrong:
        auth.login(target, name, PASSWORD + "x")
    with pytest.raises(LoginFailed) as unknown:
        auth.login(target, unique("nobody"), PASSWORD)
    assert str(wrong.value) == str(unknown.value)  # nothing tells which part was wrong

    result = auth.login(target, name, PASSWORD)
    try:
        assert (result.actor.username, result.actor.role, result.actor.display_name) == (
            name, Role.SUPERVISOR, "Anna Esimies")
        with result.database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar() == name
        # The idle lock asks again: the same password passes, another one does not.
        auth.reauthenticate(result, PASSWORD)
        with pytest.raises(LoginFailed):
            auth.reauthenticate(result, "something else entirely")
        auth.logout(result)
    finally:
        result.database.dispose()
    with admin.transaction() as session:
        actions = session.execute(select(AuditEvent.actor, AuditEvent.action).order_by(AuditEvent.id)).all()
        last_login = session.scalar(select(StaffUser.last_login_at).where(StaffUser.username == name))
    assert actions[-2:] == [(name, "login"), (name, "logout")]
    assert last_login is not None


def test_new_password_replaces_the_old_and_deactivation_refuses(scram_db: tuple[Database, ConnectionTarget]) -> None:
    admin, target = scram_db
    name = unique("eino")
    users = UserAdminService(admin, SETUP)
    users.create_user(name, Role.AGENT, PASSWORD)
    users.set_password(name, "uusi salasana 2026")
    auth = AuthService()
    with pytest.raises(LoginFailed):
        auth.login(target, name, PASSWORD)
    auth.login(target, name, "uusi salasana 2026").database.dispose()

    users.deactivate_user(name)
    with pytest.raises(LoginFailed):
        auth.login(target, name, "uusi salasana 2026")
    with admin.transaction() as session:
        verifier = session.execute(
            select(StaffUser.password_hash).where(StaffUser.username == name)).scalar_one()
    assert verifier is None  # the password lives only in the server, as a SCRAM verifier


def test_missing_database_and_unreachable_server_are_told_apart(scram_cluster: ScramCluster,
                                                                scram_db: tuple[Database, ConnectionTarget]) -> None:
    admin, target = scram_db
    name = unique("ilona")
    UserAdminService(admin, SETUP).create_user(name, Role.AGENT, PASSWORD)
    auth = AuthService()
    with pytest.raises(DatabaseNotFound):
        auth.login(ConnectionTarget.postgres("127.0.0.1", "no_such_db", port=scram_cluster.port), name, PASSWORD)
    # Without the right password even the database's existence is not disclosed.
    with pytest.raises(LoginFailed):
        auth.login(ConnectionTarget.postgres("127.0.0.1", "no_such_db", port=scram_cluster.port), name, "wrong one!")
    with pytest.raises(ServerUnreachable):
        auth.login(ConnectionTarget.postgres("127.0.0.1", target.database or "", port=1), name, PASSWORD)
