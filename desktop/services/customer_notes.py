"""Notes on a customer that outlive a call: who wrote them and when, kept as written (append-only).

Notes are read with the card (desktop.services.customer_card), whose opening is audited with its
purpose, and go into the access reply without the writer's name (desktop.services.subject_data).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import calls as call_repository
from db.repositories import customers as customer_repository
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.notes import CUSTOMER_NOTE_MAX, clean_note
from desktop.core.roles import Actor, Permission
from desktop.services import customer_records as records
from desktop.services.customer_card import load_customer


class CustomerNoteService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def add(self, customer_id: int, text: str, *, call_id: int | None = None) -> tuple[records.NoteRow, ...]:
        """Store a note by this user now; returns the customer's notes, newest first."""
        self.actor.require(Permission.EDIT_CONTACT)
        body = clean_note(text, CUSTOMER_NOTE_MAX)
        if body is None:
            raise DomainError(N_("Write the note first."))
        with self.database.transaction() as session:
            load_customer(session, customer_id)
            if call_id is not None and call_repository.get(session, call_id) is None:
                call_id = None
            note_id = customer_repository.add_note(session, customer_id, body, self.clock(), self.actor.username,
                                                   call_id)
            audit.append(session, self.actor, "note_added", customer_id=customer_id,
                         purpose="call" if call_id else None, detail={"note_id": note_id, "length": len(body)})
            return customer_repository.notes(session, customer_id, newest_first=True, staff=True)
