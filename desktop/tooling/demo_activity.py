"""What has happened to demo customers at the desk: calls, consent events, disclosures, data requests.

Every consent event is a combination ``desktop.core.prohibitions.validate`` accepts, and every request
history walks allowed transitions of ``desktop.core.request_states`` from ``received`` to its state.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from desktop.core import deadlines
from desktop.core.prohibitions import DIRECT_MARKETING, asml_valid_until
from desktop.core.request_states import State
from desktop.tooling.demo_chunk import ChunkSpec, Clock, Ids

AGENTS = ("agent", "mlaine", "ahakala", "tniemi", "skoskinen")
SUPERVISOR = "supervisor"
_SUBJECTS = ("Laskun eräpäivän siirto", "Muutto, sopimuksen päättäminen", "Osoitteenmuutos", "Mittarilukema",
             "Sähkökatko", "Laskun erittely", "Sopimuksen siirto", "Suoramarkkinointikielto",
             "Maksusuunnitelma", "Tietopyyntö, ohjattu kirjalliseen pyyntöön")
_NOTES = ("Asia hoidettu puhelimessa.", "Lähetetty lomake sähköpostilla.", "Asiakas soittaa uudelleen.",
          "Siirretty laskutukseen.", "Ohjeistettu Oma-palveluun.")
# The path each state's history takes from "received" (all allowed transitions, see request_states).
_PATHS: dict[State, tuple[State, ...]] = {
    State.RECEIVED: (),
    State.IDENTITY_CHECK: (State.IDENTITY_CHECK,),
    State.IN_PREPARATION: (State.IDENTITY_CHECK, State.IN_PREPARATION),
    State.AWAITING_SIGN_OFF: (State.IDENTITY_CHECK, State.IN_PREPARATION, State.AWAITING_SIGN_OFF),
    State.READY_TO_PRINT: (State.IDENTITY_CHECK, State.IN_PREPARATION, State.AWAITING_SIGN_OFF, State.READY_TO_PRINT),
    State.PRINTED: (State.IDENTITY_CHECK, State.IN_PREPARATION, State.AWAITING_SIGN_OFF, State.READY_TO_PRINT,
                    State.PRINTED),
    State.DISPATCHED: (State.IDENTITY_CHECK, State.IN_PREPARATION, State.AWAITING_SIGN_OFF, State.READY_TO_PRINT,
                       State.PRINTED, State.DISPATCHED),
    State.ON_HOLD: (State.IDENTITY_CHECK, State.ON_HOLD),
    State.EXTENDED: (State.IDENTITY_CHECK, State.IN_PREPARATION, State.EXTENDED),
    State.REFUSED: (State.IDENTITY_CHECK, State.REFUSED),
    State.WITHDRAWN: (State.IDENTITY_CHECK, State.WITHDRAWN),
}
# Every state a demo request is made in: all but the sweep's "abandoned" (closed after 60 days on hold).
DEMO_STATES = tuple(s for s in State if s is not State.ABANDONED)
_STATE_WEIGHTS = {s: 4 for s in DEMO_STATES} | {State.DISPATCHED: 50, State.WITHDRAWN: 5, State.REFUSED: 3}
_REASONS = {
    State.ON_HOLD: "Henkilöllisyys selvitettävä: allekirjoitus ei vastaa sopimusta, selvityspyyntö lähetetty.",
    State.EXTENDED: "Pyyntö kattaa puhelutallenteet ja kuuden vuoden kulutustiedot; selvitys vaatii lisäaikaa.",
    State.REFUSED: "Pyytäjä ei ole rekisteröity eikä esittänyt valtakirjaa.",
    State.WITHDRAWN: "Asiakas peruutti pyynnön puhelimitse.",
}
# A refused request stays open until its refusal letter is printed and posted (then it is dispatched).
_OPEN_STATES = frozenset(State) - {State.DISPATCHED, State.WITHDRAWN, State.ABANDONED}


def activity_rows(rng: random.Random, spec: ChunkSpec, ids: Ids, clock: Clock, rows: dict[str, list[tuple]],
                  customers: list[tuple[int, str, str]]) -> None:
    call_of: dict[int, int] = {}
    for cid, _kind, language in customers:
        if rng.random() < 0.22:
            for _ in range(rng.choices((1, 2, 3), (70, 22, 8))[0]):
                call_of[cid] = _call(rng, spec, ids, clock, rows, cid, language)
        _consents(rng, ids, clock, rows, cid, call_of.get(cid))
    collection = {row[0] for row in rows["invoice_summary"] if row[4]}
    for cid, _kind, _language in customers:
        if cid in collection:
            rows["disclosure"].append((
                ids.take("disclosure"), cid, spec.collection_agency,
                "Maksamattomien laskujen perintä (sopimus, oikeutettu etu)",
                "Nimi, osoite, henkilötunnus tai Y-tunnus, avoimet laskut",
                clock.past(rng, 300).date().isoformat(), SUPERVISOR))
        elif rng.random() < 0.01:
            rows["disclosure"].append((
                ids.take("disclosure"), cid, "Fingrid Datahub Oy",
                "Sähkömarkkinalaki 588/2013: keskitetty tiedonvaihto",
                "Käyttöpaikka, mittauspisteen tunnus, kulutustiedot, yhteystiedot",
                clock.past(rng, 700).date().isoformat(), "agent"))
    persons = [c for c in customers if c[1] == "person"] or customers
    for n in range(spec.request_quota):
        # the first requests of a run cover every state, so a small demo still shows the whole workflow
        state = DEMO_STATES[n % len(DEMO_STATES)] if spec.index == 0 and n < 2 * len(DEMO_STATES) else \
            rng.choices(list(_STATE_WEIGHTS), list(_STATE_WEIGHTS.values()))[0]
        _request(rng, ids, clock, rows, persons[n % len(persons)][0] if n < len(persons) else
                 rng.choice(persons)[0], state)


def _call(rng: random.Random, spec: ChunkSpec, ids: Ids, clock: Clock, rows: dict[str, list[tuple]], cid: int,
          language: str) -> int:
    call_id = ids.take("call")
    start = clock.past(rng, 730)
    end = start + dt.timedelta(seconds=rng.randint(60, 1200))
    notice = start + dt.timedelta(seconds=rng.randint(3, 12))
    roll = rng.random()
    objected_at_notice, objected_later = roll < 0.03, 0.03 <= roll < 0.04
    ref = None if objected_at_notice else f"REC-{start:%Y%m%d}-{call_id:08d}"
    stopped = clock.text(notice + dt.timedelta(seconds=rng.randint(20, 200))) if objected_later else None
    due = start.date() + dt.timedelta(days=spec.recording_retention_days) if ref else None
    destroyed = None
    if due is not None and due < clock.today:
        destroyed = clock.text(clock.not_after_now(dt.datetime.combine(due + dt.timedelta(days=1), dt.time(1, 30))))
    rows["call"].append((
        call_id, cid, "inbound" if rng.random() < 0.85 else "outbound", rng.choice(AGENTS), clock.text(start),
        clock.text(end), ref, clock.text(notice), 1, language, int(objected_at_notice or objected_later), stopped,
        due.isoformat() if due else None, destroyed, rng.choice(_SUBJECTS), rng.choice(_NOTES)))
    return call_id


def _consent(ids: Ids, clock: Clock, rows: dict[str, list[tuple]], cid: int, purpose: str, channel: str,
             decision: str, source: str, at: dt.datetime, valid_until: dt.date | None = None,
             call_id: int | None = None, evidence: str | None = None) -> None:
    rows["consent_event"].append((
        ids.take("consent_event"), cid, purpose, channel, decision, source,
        valid_until.isoformat() if valid_until else None,
        "system" if source in ("dvv", "asml") else rng_agent(cid), clock.text(at), evidence, call_id))


def rng_agent(cid: int) -> str:
    return AGENTS[cid % len(AGENTS)]


def _consents(rng: random.Random, ids: Ids, clock: Clock, rows: dict[str, list[tuple]], cid: int,
              call_id: int | None) -> None:
    if rng.random() < 0.06:
        at = clock.past(rng, 5 * 365, 60)
        by_phone = call_id is not None
        source = "customer_phone" if by_phone else rng.choice(("customer_letter", "customer_email", "customer_desk"))
        evidence = None if by_phone else f"SCAN-{at:%Y%m%d}-{cid}" if source == "customer_letter" else None
        targets = [(p, "any") for p in DIRECT_MARKETING] if rng.random() < 0.4 else \
            [("direct_advertising", rng.choice(("post", "phone", "any")))]
        for purpose, channel in targets:
            _consent(ids, clock, rows, cid, purpose, channel, "prohibit", source, at,
                     call_id=call_id if by_phone else None, evidence=evidence)
        if rng.random() < 0.15:
            purpose, channel = targets[0]
            _consent(ids, clock, rows, cid, purpose, channel, "lift", "customer_desk",
                     at + dt.timedelta(days=rng.randint(20, 50)))
    if rng.random() < 0.04:
        at = clock.past(rng, 3 * 365, 60)
        channel = rng.choice(("email", "sms"))
        source = rng.choice(("customer_desk", "customer_email", "customer_phone"))
        _consent(ids, clock, rows, cid, "electronic_marketing", channel, "consent", source, at)
        if rng.random() < 0.2:
            _consent(ids, clock, rows, cid, "electronic_marketing", channel, "withdraw", "customer_email",
                     at + dt.timedelta(days=rng.randint(10, 50)))
    if rng.random() < 0.015:
        _consent(ids, clock, rows, cid, "direct_advertising", "post", "prohibit", "dvv", clock.past(rng, 4 * 365),
                 evidence="DVV-päivitys")
    if rng.random() < 0.01:
        at = clock.past(rng, 4 * 365)
        _consent(ids, clock, rows, cid, "distance_selling", "phone", "prohibit", "asml", at,
                 valid_until=asml_valid_until(at.date()), evidence="ASML-kieltorekisteri")


def _request(rng: random.Random, ids: Ids, clock: Clock, rows: dict[str, list[tuple]], cid: int,
             state: State) -> None:
    request_id = ids.take("data_request")
    closed = state not in _OPEN_STATES
    received = clock.today - dt.timedelta(days=rng.randint(40, 700) if closed else rng.randint(0, 27))
    due = deadlines.due_date(received)
    channel = rng.choices(("letter", "desk", "email_signed"), (70, 20, 10))[0]
    creator = rng.choice(AGENTS)
    path = _PATHS[state]
    # events follow each other by a day or two and never run into the future
    span = min((clock.today - received).days, 25)
    moments = sorted(rng.randint(0, span) for _ in path)
    created_at = clock.not_after_now(dt.datetime.combine(received, dt.time(7, rng.randint(0, 59))))
    when = [max(created_at, clock.not_after_now(
        dt.datetime.combine(received + dt.timedelta(days=d), dt.time(8 + i % 8, rng.randint(0, 59)))))
            for i, d in enumerate(moments)]
    identity = State.IN_PREPARATION in path
    identity_at = when[path.index(State.IN_PREPARATION)] if identity else None
    extended_due = deadlines.due_date(received, extension_months=2) if state is State.EXTENDED else None
    paused_since = (when[-1].date() if state is State.ON_HOLD else None)
    dispatched = when[-1].date() if state is State.DISPATCHED else None
    request_type = rng.choices(("access", "rectification", "erasure", "objection", "restriction"), (70, 10, 8, 7, 5))[0]
    rows["data_request"].append((
        request_id, f"TP-{received.year}-{request_id:06d}", cid, request_type, state.value, channel,
        int((channel != "desk" and rng.random() < 0.92) or channel == "email_signed"), received.isoformat(),
        due.isoformat(), extended_due.isoformat() if extended_due else None, _REASONS.get(State.EXTENDED) if extended_due else None,
        paused_since.isoformat() if paused_since else None, 0,
        f"SCAN-{received:%Y%m%d}-{request_id}" if channel == "letter" else None,
        "Pyydän jäljennöksen kaikista minua koskevista tiedoista, myös puhelutallenteista." if request_type == "access"
        else "Pyyntö koskee asiakasrekisterin tietojani.",
        rng.choice(("signature_compared", "address_on_record", "photo_id_seen")) if identity else None,
        creator if identity else None, clock.text(identity_at) if identity_at else None,
        _REASONS.get(state), dispatched.isoformat() if dispatched else None, creator,
        creator if not closed else None, clock.text(created_at), 1 + len(path)))
    events = [(created_at, creator, "created", None, State.RECEIVED, None, {"channel": channel})]
    previous = State.RECEIVED
    for target, moment in zip(path, when, strict=True):
        actor = SUPERVISOR if target in (State.READY_TO_PRINT, State.REFUSED) else creator
        if target is State.IN_PREPARATION:
            events.append((moment, creator, "identity_checked", None, None, None, {"method": rows["data_request"][-1][15]}))
        events.append((moment, actor, "state_changed", previous, target, _REASONS.get(target), None))
        previous = target
    for moment, actor, kind, source, target, reason, detail in events:
        rows["request_event"].append((
            ids.take("request_event"), request_id, clock.text(moment), actor, kind,
            source.value if source else None, target.value if target else None, reason,
            json.dumps(detail, ensure_ascii=False) if detail else None))
