"""The report's figures against a fixture computed by hand (SQLite and PostgreSQL).

Period 1.1.–28.2.2026. The rows, and what each one adds up to:

request  received    type/channel             posted      due (extended)  days  on time
R1       5.1.2026    access/letter            20.1.2026   5.2.            15    yes   (January)
R2       10.1.2026   access/desk              12.2.2026   10.2.           33    no    (February)
R3       15.1.2026   erasure/letter           20.2.2026   16.2. (15.4.)   36    yes   (February; extended)
R4       2.2.2026    access/letter            12.2.2026   2.3.            10    yes   (February; paused 5 days)
R5       25.2.2026   rectification/email      –                                       open at the end
R6       20.12.2025  access/letter            19.1.2026   20.1.           30    yes   (January; received before)
R7       3.1.2026    access/letter            withdrawn 8.1.2026                      (not open at the end)
R8       5.3.2026    objection/letter         –                                       (after the period)
R9       10.2.2026   access/letter            refused 1.2. 00.30 Finnish time (31.1. 22.30 UTC): February; open

Received 7 (January 4, February 3). Posted 5, on time 4 = 80.0 %. Days 10, 15, 30, 33, 36: median (rank
3 of 5) 30, 90th percentile (rank 5) 36; January 15, 30 → 15 and 30; February 10, 33, 36 → 33 and 36.
Consents: two customer prohibitions by phone, one DVV by post; a consent and its correction cancel out;
one at 23.59 Finnish time on 31.12.2025 falls outside. Calls: 4 in January (1 objected), 1 at 23.30
Finnish time on 28.2. (objected), one at 00.30 on 1.3. outside: 5 calls, 2 objections = 40.0 %.
Disclosures: Perintätoimisto Oy twice, Verkkoyhtiö once (one on 31.12.2025 outside).
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_fixture import DPO, FIRST, LAST, SUPERVISOR
from sqlalchemy import select

from db import audit
from db.database import Database
from db.models import AuditEvent
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.reports import MonthRow, ReportError, ReportService, months_of, nearest_rank

D = dt.date


def test_the_figures_match_the_hand_computed_fixture(database: Database, fixture_rows: None) -> None:
    figures = ReportService(database, SUPERVISOR).run(FIRST, LAST)
    assert figures.received == 7
    assert figures.received_by == (("access", "desk", 1), ("access", "letter", 4), ("erasure", "letter", 1),
                                   ("rectification", "email_signed", 1))
    assert figures.received_by_month == (("2026-01", "access", 3), ("2026-01", "erasure", 1),
                                         ("2026-02", "access", 2), ("2026-02", "rectification", 1))
    assert (figures.answered, figures.on_time, figures.on_time_pct) == (5, 4, 80.0)
    assert (figures.median_days, figures.p90_days) == (30, 36)
    assert figures.days_histogram == ((10, 1), (15, 1), (30, 1), (33, 1), (36, 1))
    assert figures.months == (MonthRow("2026-01", 4, 2, 2, 15, 30, 0, 4, 1),
                              MonthRow("2026-02", 3, 3, 2, 33, 36, 1, 1, 1))
    assert figures.extensions == (("Laaja pyyntö", 1),)
    assert (figures.paused_requests, figures.paused_days) == (1, 5)
    assert (figures.refusals, figures.withdrawals, figures.open_at_end) == (1, 1, 2)
    assert figures.consents == (("direct_advertising", "phone", "customer_phone", "prohibit", 2),
                                ("direct_advertising", "post", "dvv", "prohibit", 1))
    assert (figures.calls, figures.objections, figures.objection_pct) == (5, 2, 40.0)
    assert figures.disclosures == (("Perintätoimisto Oy", 2), ("Verkkoyhtiö", 1))
    assert figures.hetu_reveals is None  # the audit log is the data protection officer's to read


def test_hetu_reveals_per_supervisor_for_the_dpo_and_every_run_is_audited(database: Database) -> None:
    olga = Actor("olga.super", Role.SUPERVISOR)
    with database.transaction() as session:
        for actor in (SUPERVISOR, SUPERVISOR, olga):
            audit.append(session, actor, "hetu_reveal", purpose="request", detail={"reason": "kirje"})
    today = dt.date.today()
    figures = ReportService(database, DPO).run(today - dt.timedelta(days=1), today + dt.timedelta(days=1), "csv")
    assert figures.hetu_reveals == (("sanna.super", 2), ("olga.super", 1))
    ReportService(database, SUPERVISOR).run(FIRST, LAST)
    with database.transaction() as session:
        runs = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "report_run")
                                    .order_by(AuditEvent.id)))
        assert [(r.actor, r.purpose) for r in runs] == [("tuula.dpo", "report"), ("sanna.super", "report")]
        assert '"output":"csv"' in runs[0].detail.replace(" ", "")


def test_who_may_run_a_report_and_for_which_period(database: Database) -> None:
    with pytest.raises(PermissionDenied):
        ReportService(database, Actor("aino.agent", Role.AGENT)).run(FIRST, LAST)
    with pytest.raises(ReportError):
        ReportService(database, SUPERVISOR).run(LAST, FIRST)
    with pytest.raises(ReportError):
        ReportService(database, SUPERVISOR).run(D(2020, 1, 1), D(2026, 1, 1))


def test_months_and_the_nearest_rank() -> None:
    assert months_of(D(2026, 1, 15), D(2026, 3, 2)) == [("2026-01", D(2026, 1, 15), D(2026, 2, 1)),
                                                        ("2026-02", D(2026, 2, 1), D(2026, 3, 1)),
                                                        ("2026-03", D(2026, 3, 1), D(2026, 3, 3))]
    assert months_of(D(2026, 12, 1), D(2027, 1, 31))[-1] == ("2027-01", D(2027, 1, 1), D(2027, 2, 1))
    assert nearest_rank([], 0.5) is None
    assert nearest_rank([(4, 1), (2, 1)], 0.5) == 2 and nearest_rank([(5, 10), (40, 1)], 0.9) == 5
