"""Creating a database: migrate, store the controller profile, make the hetu key, create the first admin.

``initialise_database`` is what ``palvelutiski-admin init`` runs; ``ensure_demo_database`` is what
``palvelutiski --demo`` runs to get a ready SQLite file with demo users and customers.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path

from db import at_rest, audit, migrate
from db.base import utcnow
from db.database import Database, Session
from db.repositories import settings, staff
from db.repositories.hetu import HMAC_KEY_NAME
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Role
from desktop.services import data_key
from desktop.services.profiles import ProfileData, get_profile, load_profiles
from desktop.services.users import UserAdminService, validate_password, validate_username
from desktop.services.users_dtos import UserExists
from desktop.tooling import demo_data, demo_today

HMAC_SECRET = HMAC_KEY_NAME  # the blind-index key (db.repositories.hetu)
HMAC_KEY_BYTES = 32
SETUP_ACTOR = Actor("setup", Role.ADMIN, "Setup")

# The demo database (palvelutiski --demo): documented in the README, never used for real data.
DEMO_PROFILE = "keminmaa"
DEMO_PASSWORD = "palvelutiski"  # users.MIN_PASSWORD_LENGTH is 10: "demo" would be refused
DEMO_USERS = (("admin", Role.ADMIN, "Demo Pääkäyttäjä"), ("agent", Role.AGENT, "Demo Asiakaspalvelija"),
              ("supervisor", Role.SUPERVISOR, "Demo Esimies"), ("auditor", Role.AUDITOR, "Demo Tietosuojavastaava"))
DEMO_CUSTOMERS = 2000
DEMO_SEED = 2026

__all__ = ["DEMO_PASSWORD", "AlreadyInitialised", "InitResult", "ensure_demo_database", "initialise_database",
           "load_profiles"]


class AlreadyInitialised(DomainError):
    """The database has a controller profile already; init never overwrites one."""


class AdminNotCreated(DomainError):
    """The database was initialised but its first administrator could not be created."""


@dataclass(frozen=True)
class InitResult:
    profile_key: str
    admin_username: str
    schema_revision: str
    # SQLite: the recovery key of the file's data key (db.at_rest), to be shown to the administrator once.
    recovery_key: str | None = None


def is_initialised(database: Database) -> bool:
    """Whether the database has a controller profile (an unmigrated database has none)."""
    if migrate.current_revision(database.engine) is None:
        return False
    with database.transaction() as session:
        return settings.is_initialised(session)


def initialise_database(database: Database, profile_key: str, admin_username: str, admin_password: str,
                        now: dt.datetime | None = None, *, actor: Actor = SETUP_ACTOR,
                        admin_display_name: str | None = None, allow_key_file: bool = False) -> InitResult:
    """Bring an empty database to a usable state; refuse one that already has a profile.

    The profile, the key and the ``database_initialised`` audit row commit together; the admin is then
    created by UserAdminService (its own transaction, with its own audit row). Everything that could make
    that step fail is checked before anything is written.
    """
    profile = get_profile(profile_key)
    admin = validate_username(admin_username)
    validate_password(admin, admin_password)
    migrate.upgrade(database.engine)
    with database.transaction() as session:
        existing = settings.controller_profile(session)
        if existing is not None:
            raise AlreadyInitialised(N_("This database is already initialised (profile {profile}); "
                                        "nothing was changed."), profile=existing.profile_key)
        if staff.username_taken(session, admin):
            # PostgreSQL: login roles are shared by every database on the server
            raise UserExists(N_("The username {username} is already taken."), username=admin)
        # SQLite: the data key first (kept in the keyring, recovery key returned), then the HMAC key under it.
        sealed = None if database.is_postgres else at_rest.seal(session, allow_key_file=allow_key_file)
        _store(session, profile, now or utcnow())
        audit.append(session, actor, "database_initialised",
                     detail={"profile": profile.profile_key, "admin": admin, "dialect": database.dialect})
    try:
        UserAdminService(database, actor).create_user(admin, Role.ADMIN, admin_password,
                                                      display_name=admin_display_name)
    except DomainError as exc:
        raise AdminNotCreated(N_("The database was initialised, but the administrator could not be created "
                                 "({reason}). Create one with: palvelutiski-admin create-user NAME --role admin"),
                              reason=str(exc)) from exc
    return InitResult(profile.profile_key, admin, migrate.head_revision(),
                      None if sealed is None else sealed.recovery_key)


def _store(session: Session, profile: ProfileData, now: dt.datetime) -> None:
    settings.add_controller_profile(session, profile.model_values(), now)
    # The blind-index key: with it anyone can test guesses of a hetu, so it never leaves the database.
    settings.add_secret(session, HMAC_SECRET, secrets.token_bytes(HMAC_KEY_BYTES), created_at=now)


def ensure_demo_database(path: Path | str) -> Database:
    """The SQLite demo database at ``path``, created with demo users and customers if missing.

    Users admin, agent, supervisor and auditor, all with the password :data:`DEMO_PASSWORD`.
    """
    path = Path(path)
    database = Database.connect(str(path))
    try:
        if database.is_postgres:
            raise DomainError(N_("The demo database is a SQLite file."))
        if is_initialised(database):
            migrate.upgrade(database.engine)  # an older demo file from a previous version
            data_key.seal(database, allow_key_file=True)  # its codes and accounts encrypted, if still in clear
            return database
        # The demo's people are invented: without a keyring its key may sit in a file beside it (db.at_rest).
        initialise_database(database, DEMO_PROFILE, "admin", DEMO_PASSWORD, admin_display_name=DEMO_USERS[0][2],
                            allow_key_file=True)
        users = UserAdminService(database, SETUP_ACTOR)
        for username, role, display in DEMO_USERS[1:]:
            users.create_user(username, role, DEMO_PASSWORD, display_name=display)
        demo_data.generate(database, DEMO_CUSTOMERS, DEMO_SEED, actor=SETUP_ACTOR, workers=1)
        demo_today.add_todays_work(database)  # something on each demo user's start page
    except BaseException:
        database.dispose()
        raise
    return database
