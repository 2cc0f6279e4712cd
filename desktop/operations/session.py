"""The signed-in session that views hand to operations, without ever touching the database themselves.

A :class:`DeskSession` is created by the login operation (on the lane) and then passed explicitly to
every widget that needs it — there is no global "current user". Views may read ``actor`` (to show
or hide actions by permission) and the labels; only operations use ``database``, and only inside
functions that run on the lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from desktop.core.roles import Actor
from desktop.services.auth import LoginResult

if TYPE_CHECKING:  # operations name the database handle but never import the data layer (they only pass it on)
    from desktop.services.connection import Database

S = TypeVar("S")
P = ParamSpec("P")


@dataclass(frozen=True)
class DeskSession:
    database: Database
    actor: Actor
    # What the status bar shows: "SQLite – palvelutiski.sqlite3" or "PostgreSQL – host/dbname".
    database_label: str
    # The database could be copied and read off the disk (SQLite): shown in the About box.
    is_local_file: bool
    # Kept for re-authentication after an idle lock and for the logout audit row.
    login: LoginResult | None = None
    # The user's own folder for the auditor's receipt book (desktop.services.audit_receipts), set by the
    # composition root; None keeps no receipts (tests of other views).
    receipts_dir: Path | None = None

    def service(self, cls: Callable[Concatenate[Database, Actor, P], S], *args: P.args, **kwargs: P.kwargs) -> S:
        """Construct a service for this session: ``session.service(CustomerService).open_card(…)``.

        Call it inside the work given to the lane, never on the GUI thread's behalf with SQL. Typed so that
        the service's own further arguments are checked, and its methods' results keep their types.
        """
        return cls(self.database, self.actor, *args, **kwargs)
