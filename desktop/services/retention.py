"""Retention, carried out (issue 12): the preview of what is due, and the nightly run that destroys it.

``preview`` counts per rule what is due today and the oldest item (no customer data: administrators and
auditors read it). ``apply`` works rule by rule in batches, each batch one transaction with its audit row
and the run's counts (``retention_run``: counts, never content), so a run stopped half-way keeps what it
did and the next run carries on. Customers whose contracts ended long ago are anonymised through their
erasure plan, and only when the plan keeps nothing (desktop.core.erasure). Safe to run every night.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import erasure as erasure_repository
from db.repositories import retention as repository
from desktop.core import erasure as erasure_rules
from desktop.core import retention as rules
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import local_date

BATCH = 500
Progress = Callable[[str, int], None]  # rule, items done so far in this run


@dataclass(frozen=True, slots=True)
class RuleDue:
    rule: str
    items: int
    oldest: dt.date | None
    period: tuple[int, str] | None  # (number, "days" / "years"); None: set elsewhere or never
    reason: dict[str, str]  # the profile's legal reason, fi/sv/en


@dataclass(frozen=True, slots=True)
class RunRow:
    started_at: dt.datetime
    finished_at: dt.datetime | None
    actor: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class RetentionPreview:
    today: dt.date
    rules: tuple[RuleDue, ...]
    runs: tuple[RunRow, ...]  # the latest runs, newest first
    # On the phone system's destruction list, its confirmation still missing (desktop.services.recordings).
    recordings_listed: int = 0
    recordings_listed_since: dt.date | None = None


class RetentionService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def preview(self) -> RetentionPreview:
        self.actor.require(Permission.VIEW_RETENTION)
        today = local_date(self.clock())
        with self.database.transaction() as session:
            profile_rules = _rules(repository.rules(session))
            due = {rule: (items, oldest) for rule, items, oldest in
                   repository.preview(session, rules.cutoffs(profile_rules, today))}
            runs = tuple(RunRow(*r) for r in repository.recent_runs(session))
            recording_days = repository.recording_days(session)
        periods = {rule: _period(profile_rules[rule]) for rule in rules.RULES}
        if recording_days:  # the profile's recording_retention_days sets each call's destruction day
            periods["call_recordings"] = (recording_days, "days")
        return RetentionPreview(today, tuple(
            RuleDue(rule, *due.get(rule, (0, None)), periods[rule], dict(profile_rules[rule]["reason"]))
            for rule in rules.RULES), runs, *due.get("recordings_listed", (0, None)))

    def apply(self, batch: int = BATCH, progress: Progress | None = None) -> dict[str, int]:
        """Carry out every rule; returns the items destroyed per rule."""
        self.actor.require(Permission.APPLY_RETENTION)
        now = self.clock()
        with self.database.transaction() as session:
            cutoffs = rules.cutoffs(_rules(repository.rules(session)), local_date(now))
            run_id = repository.start_run(session, self.actor.username, now)
        done: dict[str, int] = {}
        steps: dict[str, Callable[..., int]] = {
            "call_recordings": repository.list_recordings, "letter_pdfs": repository.purge_letters,
            "closed_requests": repository.delete_requests, "erasure_replies": repository.finish_erasures}
        for rule, step in steps.items():
            def one(s: Any, step: Callable[..., int] = step) -> tuple[int, bool]:
                count = step(s, cutoffs, batch, now)
                return count, count == batch
            done[rule] = self._batches(run_id, rule, one, progress)
        skipped: set[int] = set()
        done["ended_customers"] = self._batches(
            run_id, "ended_customers", lambda s: self._anonymise(s, cutoffs, batch, now, skipped), progress)
        with self.database.transaction() as session:
            repository.add_to_run(session, run_id, "audit_trail", 0, finished=self.clock())
            audit.append(session, self.actor, "retention_applied", detail={"run": run_id, "counts": done})
        return done

    def _batches(self, run_id: int, rule: str, step: Callable[[Any], tuple[int, bool]],
                 progress: Progress | None) -> int:
        """Run ``step`` (one batch: items done, whether more may remain), one transaction each, until done."""
        total = 0
        while True:
            with self.database.transaction() as session:
                count, more = step(session)
                if count:
                    repository.add_to_run(session, run_id, rule, count)
                    audit.append(session, self.actor, "retention_batch", detail={"run": run_id, "rule": rule,
                                                                                "items": count})
            total += count
            if count and progress is not None:
                progress(rule, total)
            if not more:
                return total

    def _anonymise(self, session: Any, cutoffs: rules.Cutoffs, batch: int, now: dt.datetime,
                   skipped: set[int]) -> tuple[int, bool]:
        """Anonymise the next customers whose erasure plan keeps nothing (a plan that keeps something is
        skipped for this run); returns how many were anonymised and whether more remain to look at."""
        candidates = [c for c in repository.ended_customers(session, cutoffs, batch + len(skipped)) if c not in skipped]
        anonymised = 0
        for customer_id in candidates[:batch]:
            plan = erasure_rules.plan(erasure_repository.facts(session, customer_id, cutoffs.today))
            if not plan.full_anonymisation:
                skipped.add(customer_id)
                continue
            record_id = erasure_repository.carry_out(session, customer_id, plan, None, now, self.actor.username)
            deleted = [i.category for i in plan.items if i.action == erasure_rules.DELETE]
            erasure_repository.finish(session, record_id, now)  # no reply to post: the name goes at once
            audit.append(session, self.actor, "erasure_carried_out", customer_id=customer_id, detail={
                "erasure_id": record_id, "retention": "ended_customers", "deleted": deleted})
            anonymised += 1
        return anonymised, len(candidates) >= batch  # each pass anonymises or skips: the list shrinks


def _rules(profile_rules: dict[str, Any]) -> dict[str, Any]:
    if rules.check_rules(profile_rules) is not None:
        raise DomainError(N_("The utility profile of this database has no complete retention rules: run "
                             "palvelutiski-admin migrate with the current program."))
    return profile_rules


def _period(rule: dict[str, Any]) -> tuple[int, str] | None:
    for unit in ("days", "years"):
        if unit in rule:
            return int(rule[unit]), unit
    return None
