"""Issue 10 item 5 (last part), on both databases: a password somebody else set must be changed at the
next sign-in, and the user is told who set it and when. The services as the app calls them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent
from desktop.core.errors import DomainError
from desktop.core.roles import Actor, Role
from desktop.services.own_password import OwnPasswordService, PasswordsDiffer, SamePassword
from desktop.services.users import UserAdminService
from desktop.services.users_dtos import WeakPassword
from tests.security.conftest import PASSWORD, SETUP, unique

NEW = "oma-uusi-salasana-2026"


@contextmanager
def signed_in_as(database: Database, name: str, role: Role) -> Iterator[OwnPasswordService]:
    """The user's own service on the user's own connection (PostgreSQL: that login, as the app connects)."""
    actor = Actor(name, role, name)
    if not database.is_postgres:
        yield OwnPasswordService(database, actor)
        return
    own = Database(make_engine(database.engine.url.set(username=name).render_as_string(hide_password=False)))
    try:
        yield OwnPasswordService(own, actor)
    finally:
        own.dispose()


@pytest.fixture
def people(database: Database) -> tuple[str, str]:
    users = UserAdminService(database, SETUP)
    admin, agent = unique("admin"), unique("agent")
    users.create_user(admin, Role.ADMIN, PASSWORD, display_name="Pirkko Pääkäyttäjä")
    users.create_user(agent, Role.AGENT, PASSWORD)
    return admin, agent


def actions(database: Database) -> list[tuple[str, str]]:
    with database.transaction() as session:
        return [tuple(row) for row in session.execute(select(AuditEvent.actor, AuditEvent.action)
                                                       .order_by(AuditEvent.id)).all()]


def test_a_password_an_admin_set_is_pending_with_who_and_when(database: Database, people: tuple[str, str]) -> None:
    admin, agent = people
    with signed_in_as(database, agent, Role.AGENT) as own:
        assert own.pending_reset() is None  # created, never reset
    before = dt.datetime.now(dt.UTC)
    if database.is_postgres:
        # The admin's own login, as the app connects: the database records who did it.
        with signed_in_as(database, admin, Role.ADMIN) as admin_own:
            UserAdminService(admin_own.database, Actor(admin, Role.ADMIN)).set_password(agent, "adminin-asettama")
    else:
        UserAdminService(database, Actor(admin, Role.ADMIN)).set_password(agent, "adminin-asettama")
    with signed_in_as(database, agent, Role.AGENT) as own:
        reset = own.pending_reset()
    assert reset is not None
    assert (reset.reset_by, reset.reset_by_name) == (admin, "Pirkko Pääkäyttäjä")
    assert before - dt.timedelta(seconds=5) <= reset.reset_at <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    assert reset.reset_at.tzinfo is not None


def test_the_command_line_reset_is_pending_too(database: Database, people: tuple[str, str]) -> None:
    _admin, agent = people
    UserAdminService(database, Actor("cli:root", Role.ADMIN, "Command line")).set_password(agent, "komentorivilta")
    with signed_in_as(database, agent, Role.AGENT) as own:
        reset = own.pending_reset()
    assert reset is not None and reset.reset_by == "cli:root"


def test_changing_ones_own_password_clears_the_flag_and_is_audited(database: Database,
                                                                  people: tuple[str, str]) -> None:
    _admin, agent = people
    UserAdminService(database, SETUP).set_password(agent, "adminin-asettama")
    with signed_in_as(database, agent, Role.AGENT) as own:
        own.change_password(NEW, NEW, current_password="adminin-asettama")
        assert own.pending_reset() is None
    assert actions(database)[-2:] == [("setup", "user_password_set"), (agent, "user_password_changed")]


@pytest.mark.parametrize(("new", "again", "error"), [
    (NEW, NEW + "x", PasswordsDiffer),
    ("lyhyt", "lyhyt", WeakPassword),
    ("adminin-asettama", "adminin-asettama", SamePassword),
])
def test_a_refused_new_password_changes_nothing(database: Database, people: tuple[str, str], new: str, again: str,
                                                error: type[DomainError]) -> None:
    _admin, agent = people
    UserAdminService(database, SETUP).set_password(agent, "adminin-asettama")
    with signed_in_as(database, agent, Role.AGENT) as own:
        with pytest.raises(error):
            own.change_password(new, again, current_password="adminin-asettama")
        assert own.pending_reset() is not None
    assert actions(database)[-1] == ("setup", "user_password_set")


def test_an_admin_setting_their_own_password_is_not_asked_again(database: Database,
                                                                people: tuple[str, str]) -> None:
    admin, _agent = people
    if database.is_postgres:
        with signed_in_as(database, admin, Role.ADMIN) as admin_own:
            UserAdminService(admin_own.database, Actor(admin, Role.ADMIN)).set_password(admin, "oma-salasana-1")
    else:
        UserAdminService(database, Actor(admin, Role.ADMIN)).set_password(admin, "oma-salasana-1")
    with signed_in_as(database, admin, Role.ADMIN) as own:
        assert own.pending_reset() is None
