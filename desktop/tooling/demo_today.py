"""Today's work for the demo users, so that each start page ("Tänään") shows something real at once.

The demo generator (demo_data) spreads calls over two years and assigns requests to random agents;
this adds, on top: a few calls of the demo agent during the last days (each with the ``customer_opened``
audit row the desk writes when the card opens), open requests for the demo agent and supervisor
with a spread of due dates — one overdue, some due within days, some later — and for the auditor an
identity-code reveal and two failed sign-ins. Everything is in the past
(never a call or event dated after now) and goes through the same models as the desk's own writes.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import demo
from desktop.core import deadlines
from desktop.core.deadlines import add_months
from desktop.core.roles import Actor, Role

HELSINKI = ZoneInfo("Europe/Helsinki")
# (minutes before now, minutes long, subject); the most recent first is what the page shows first.
_CALLS = ((25, 6, "Laskun eräpäivän siirto"), (140, 9, "Muutto, sopimuksen päättäminen"),
          (60 * 20, 4, "Mittarilukema"), (60 * 45, 12, "Tietopyyntö, ohjattu kirjalliseen pyyntöön"))
# Open states in which the clock runs (not paused, not extended): where a due date means what it says.
_RUNNING = ("received", "identity_check", "in_preparation", "awaiting_sign_off")


def add_todays_work(database: Database, *, agent: str = "agent", supervisor: str = "supervisor",
                    now: dt.datetime | None = None) -> None:
    now = now or utcnow()
    today = now.astimezone(HELSINKI).date()
    with database.transaction() as session:
        customers = demo.first_people(session, len(_CALLS))
        actor = Actor(agent, Role.AGENT)
        for customer, (ago, minutes, subject) in zip(reversed(customers), reversed(_CALLS), strict=False):
            start = now - dt.timedelta(minutes=ago)
            demo.add_call(session, customer_id=customer.id, direction="inbound", agent_username=agent,
                          started_at=start, ended_at=start + dt.timedelta(minutes=minutes),
                          notice_given_at=start + dt.timedelta(seconds=8), notice_version=1,
                          notice_language=customer.language, subject=subject, notes="Asia hoidettu puhelimessa.")
            audit.append(session, actor, "customer_opened", customer_id=customer.id, purpose="call")
        requests = demo.running_requests(session, _RUNNING, 6)
        # (whose, received how many days before "a month ago today"; None keeps the generated date)
        plan = ((agent, 4), (agent, -2), (agent, None), (supervisor, -1), (supervisor, None), (agent, None))
        for request, (whom, shift) in zip(requests, plan, strict=False):
            request.assigned_to = whom
            if shift is not None:
                # Only ever earlier than generated (the generator received open requests 0-27 days ago),
                # so the request's history still follows its receipt.
                received = min(add_months(today, -1) - dt.timedelta(days=shift), request.received_on)
                request.received_on = received
                request.due_on = deadlines.due_date(received)
        # For the auditor's morning: a supervisor looked at a full identity code (with the reason, as the
        # desk writes it) and somebody mistyped a password twice.
        if requests and requests[0].customer_id is not None:
            audit.append(session, Actor(supervisor, Role.SUPERVISOR), "hetu_reveal",
                         customer_id=requests[0].customer_id,
                         detail={"reason": f"Tietopyyntö {requests[0].reference}: henkilöllisyyden varmistus"})
        for _ in range(2):
            audit.append(session, agent, "login_failed", detail={"reason": "password"})
