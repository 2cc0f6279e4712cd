"""The start page's actions on the database lane: read today's work (desktop.services.worklist), and a
supervisor's release of a login whose identity-code searches were suspended.

A newer read supersedes an older one still queued (the page refreshes whenever it is shown and on F5).
"""

from __future__ import annotations

from desktop.operations.op import Op
from desktop.operations.session import DeskSession
from desktop.services.hetu_lookups import HetuLookupService
from desktop.services.worklist import WorklistService
from desktop.services.worklist_dtos import Worklist

__all__ = ["WORKLIST_KEY", "Worklist", "load_worklist", "release_hetu_lookups"]

WORKLIST_KEY = "start.worklist"


def load_worklist(session: DeskSession) -> Op[Worklist]:
    return Op(lambda: session.service(WorklistService).load(), key=WORKLIST_KEY)


def release_hetu_lookups(session: DeskSession, username: str) -> Op[bool]:
    """True when the login's searches were suspended and now are not."""
    return Op(lambda: session.service(HetuLookupService).release(username))
