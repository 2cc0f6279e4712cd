"""The derivation rules of desktop.core.prohibitions, case by case and against an independent model."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import prohibitions as p
from desktop.core.prohibitions import ConsentEventData as E
from desktop.core.prohibitions import InvalidConsentEvent

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 2)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def prohibit(purpose: str, channel: str, source: str, minute: int = 0, valid_until: dt.date | None = None) -> E:
    return E(purpose, channel, "prohibit", source, at(minute), valid_until)


def lift(purpose: str, channel: str, source: str, minute: int) -> E:
    return E(purpose, channel, "lift", source, at(minute))


def asml(minute: int = 0, until: dt.date = dt.date(2029, 3, 2), purpose: str = "direct_advertising") -> E:
    return prohibit(purpose, "phone", "asml", minute, until)


# --- single holders -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("purpose", "channel", "source"), [
    (pu, ch, so) for pu in p.PURPOSES for ch in p.CHANNELS for so in (*p.CUSTOMER_SOURCES, "dvv")
])
def test_prohibit_then_lift_by_the_same_source(purpose: str, channel: str, source: str) -> None:
    events = [prohibit(purpose, channel, source)]
    state = p.derive(events, TODAY)
    assert state.is_prohibited(purpose, channel)
    assert state.restriction(purpose, channel).sources == (source,)
    # Nothing else is touched.
    others = [(pu, ch) for pu in p.PURPOSES for ch in p.CHANNELS if (pu, ch) != (purpose, channel)]
    assert not any(state.is_prohibited(pu, ch) for pu, ch in others)
    p.check_new(events, lift(purpose, channel, source, 1), TODAY)
    assert not p.derive([*events, lift(purpose, channel, source, 1)], TODAY).is_prohibited(purpose, channel)


@pytest.mark.parametrize(("set_by", "lifted_by"), list(itertools.product(p.CUSTOMER_SOURCES, repeat=2)))
def test_the_customer_lifts_what_they_prohibited_through_any_channel_of_contact(set_by: str, lifted_by: str) -> None:
    events = [prohibit("distance_selling", "phone", set_by), lift("distance_selling", "phone", lifted_by, 5)]
    p.check_new(events[:1], events[1], TODAY)
    assert not p.derive(events, TODAY).is_prohibited("distance_selling", "phone")


@pytest.mark.parametrize("customer_source", p.CUSTOMER_SOURCES)
def test_the_customer_cannot_lift_a_dvv_or_asml_prohibition_here(customer_source: str) -> None:
    dvv = [prohibit("genealogy", "post", "dvv")]
    with pytest.raises(InvalidConsentEvent, match="DVV"):
        p.check_new(dvv, lift("genealogy", "post", customer_source, 1), TODAY)
    # Even if recorded anyway, the derivation keeps the DVV prohibition.
    assert p.derive([*dvv, lift("genealogy", "post", customer_source, 1)], TODAY).is_prohibited("genealogy", "post")

    robinson = [asml()]
    with pytest.raises(InvalidConsentEvent, match="ASML"):
        p.check_new(robinson, lift("direct_advertising", "phone", customer_source, 1), TODAY)
    assert p.derive([*robinson, lift("direct_advertising", "phone", customer_source, 1)], TODAY).is_prohibited(
        "direct_advertising", "phone")


def test_dvv_lift_does_not_lift_the_customers_own_prohibition() -> None:
    events = [prohibit("market_research", "email", "customer_email"), prohibit("market_research", "email", "dvv", 1)]
    after = [*events, lift("market_research", "email", "dvv", 2)]
    p.check_new(events, after[-1], TODAY)
    state = p.derive(after, TODAY)
    assert state.restriction("market_research", "email").sources == ("customer_email",)


def test_most_restrictive_wins_and_every_source_is_listed() -> None:
    events = [
        prohibit("direct_advertising", "phone", "customer_phone", 0),
        prohibit("direct_advertising", "phone", "dvv", 1),
        asml(2),
    ]
    state = p.derive(events, TODAY)
    r = state.restriction("direct_advertising", "phone")
    assert r.sources == ("customer_phone", "dvv", "asml")
    assert r.since == at(0)
    assert r.valid_until is None  # the customer's and DVV's stand until lifted
    state = p.derive([*events, lift("direct_advertising", "phone", "customer_desk", 3),
                      lift("direct_advertising", "phone", "dvv", 4)], TODAY)
    r = state.restriction("direct_advertising", "phone")
    assert r.sources == ("asml",)
    assert r.valid_until == dt.date(2029, 3, 2)


def test_lift_with_nothing_to_lift_is_refused() -> None:
    with pytest.raises(InvalidConsentEvent, match="no prohibition"):
        p.check_new([], lift("genealogy", "post", "customer_letter", 0), TODAY)
    with pytest.raises(InvalidConsentEvent, match="no prohibition"):
        p.check_new([prohibit("genealogy", "post", "customer_letter")], lift("genealogy", "post", "dvv", 1), TODAY)
    with pytest.raises(InvalidConsentEvent, match="no prohibition"):
        p.check_new([prohibit("genealogy", "sms", "customer_letter")], lift("genealogy", "post", "customer_letter", 1),
                    TODAY)


# --- ASML validity ------------------------------------------------------------------------------------

def test_asml_restriction_is_in_force_through_its_last_day_and_then_expires() -> None:
    until = dt.date(2029, 3, 2)
    events = [asml(until=until)]
    assert p.derive(events, until).is_prohibited("direct_advertising", "phone")
    later = p.derive(events, until + dt.timedelta(days=1))
    assert not later.is_prohibited("direct_advertising", "phone")
    assert [(r.purpose, r.channel, r.sources, r.valid_until) for r in later.expired] == [
        ("direct_advertising", "phone", ("asml",), until)]
    with pytest.raises(InvalidConsentEvent, match="no prohibition"):
        p.check_new(events, lift("direct_advertising", "phone", "asml", 1), until + dt.timedelta(days=1))


def test_asml_re_registration_moves_the_validity() -> None:
    events = [asml(0, dt.date(2027, 1, 1)), asml(1, dt.date(2030, 1, 1))]
    assert p.derive(events, dt.date(2029, 6, 1)).restriction("direct_advertising", "phone").valid_until == dt.date(
        2030, 1, 1)


def test_asml_validity_is_three_years() -> None:
    assert p.asml_valid_until(dt.date(2026, 3, 2)) == dt.date(2029, 3, 2)
    assert p.asml_valid_until(dt.date(2028, 2, 29)) == dt.date(2031, 2, 28)


# --- channel "any" ------------------------------------------------------------------------------------

def test_any_channel_expands_and_one_channel_can_be_lifted_alone() -> None:
    events = [prohibit("person_registers", "any", "dvv")]
    state = p.derive(events, TODAY)
    assert all(state.is_prohibited("person_registers", c) for c in p.CHANNELS)
    state = p.derive([*events, lift("person_registers", "sms", "dvv", 1)], TODAY)
    assert [c for c in p.CHANNELS if state.is_prohibited("person_registers", c)] == ["post", "phone", "email"]
    state = p.derive([*events, lift("person_registers", "any", "dvv", 1)], TODAY)
    assert state.restrictions == ()


def test_events_at_the_same_instant_are_ordered_by_id() -> None:
    same = at(0)
    events = [E("genealogy", "post", "lift", "customer_desk", same, event_id=2),
              E("genealogy", "post", "prohibit", "customer_desk", same, event_id=1)]
    assert not p.derive(events, TODAY).is_prohibited("genealogy", "post")
    events = [E("genealogy", "post", "prohibit", "customer_desk", same, event_id=3),
              E("genealogy", "post", "lift", "customer_desk", same, event_id=2)]
    assert p.derive(events, TODAY).is_prohibited("genealogy", "post")


# --- electronic consent -------------------------------------------------------------------------------

def consent(channel: str, minute: int, decision: str = "consent") -> E:
    return E(p.ELECTRONIC_MARKETING, channel, decision, "customer_desk", at(minute))


def test_electronic_marketing_needs_consent_and_the_latest_decision_wins() -> None:
    none = p.derive([], TODAY)
    assert none.suppression_reason("direct_advertising", "email") == "no_consent"
    assert none.suppression_reason("distance_selling", "sms") == "no_consent"
    # Post, phone and research are not LSVP §200 electronic marketing.
    assert none.may_contact("direct_advertising", "post")
    assert none.may_contact("direct_advertising", "phone")
    assert none.may_contact("market_research", "email")

    given_ = p.derive([consent("email", 0)], TODAY)
    assert given_.may_contact("direct_advertising", "email")
    assert given_.suppression_reason("direct_advertising", "sms") == "no_consent"
    withdrawn = p.derive([consent("any", 0), consent("email", 1, "withdraw")], TODAY)
    assert not withdrawn.has_electronic_consent("email")
    assert withdrawn.has_electronic_consent("sms")
    assert p.derive([consent("sms", 0, "withdraw"), consent("sms", 1)], TODAY).has_electronic_consent("sms")


def test_consent_does_not_lift_a_prohibition() -> None:
    state = p.derive([prohibit("direct_advertising", "email", "customer_phone", 0), consent("email", 1)], TODAY)
    assert state.has_electronic_consent("email")
    assert state.suppression_reason("direct_advertising", "email") == "prohibited"
    assert state.may_contact("distance_selling", "email")


# --- no direct marketing of any kind ------------------------------------------------------------------

def test_no_direct_marketing_prohibits_every_marketing_purpose_and_withdraws_consent() -> None:
    before = [consent("email", 0), consent("sms", 0), prohibit("genealogy", "post", "dvv", 0)]
    new = p.no_direct_marketing(p.derive(before, TODAY), "customer_phone", at(5))
    assert len(new) == len(p.DIRECT_MARKETING) * len(p.CHANNELS) + 2
    for event in new:
        p.check_new(before, event, TODAY)
    state = p.derive([*before, *new], TODAY)
    assert state.no_direct_marketing
    assert not state.has_electronic_consent("email") and not state.has_electronic_consent("sms")
    assert all(not state.may_contact(pu, ch) for pu in p.DIRECT_MARKETING for ch in p.CHANNELS)
    # Person registers and genealogy are left as they were.
    assert state.is_prohibited("genealogy", "post") and not state.is_prohibited("genealogy", "sms")
    assert not state.is_prohibited("person_registers", "post")
    assert not p.derive(before, TODAY).no_direct_marketing


def test_no_direct_marketing_is_a_customer_or_dvv_statement() -> None:
    empty = p.derive([], TODAY)
    assert len(p.no_direct_marketing(empty, "dvv", at(0))) == 20
    with pytest.raises(InvalidConsentEvent):
        p.no_direct_marketing(empty, "asml", at(0))


# --- validation ---------------------------------------------------------------------------------------

def _expected_valid(purpose: str, channel: str, decision: str, source: str, has_until: bool) -> bool:
    """The validation rules restated as a table of who may say what, independently of the module."""
    if purpose == p.ELECTRONIC_MARKETING:
        ok = decision in {"consent", "withdraw"} and channel in {"email", "sms", "any"} and source.startswith("customer_")
    else:
        ok = decision in {"prohibit", "lift"}
    if source == "asml":
        ok = ok and channel == "phone" and purpose in {"direct_advertising", "distance_selling", "other_direct_marketing"}
        ok = ok and (has_until or decision != "prohibit")
    else:
        ok = ok and not has_until
    return ok


def test_validation_of_every_combination() -> None:
    count = 0
    for purpose, channel, decision, source, has_until in itertools.product(
            p.ALL_PURPOSES, (*p.CHANNELS, "any"), p.DECISIONS, p.SOURCES, (False, True)):
        event = E(purpose, channel, decision, source, T0, dt.date(2029, 3, 2) if has_until else None)
        expected = _expected_valid(purpose, channel, decision, source, has_until)
        try:
            p.validate(event)
            valid = True
        except InvalidConsentEvent:
            valid = False
        assert valid == expected, event
        count += 1
    assert count == 8 * 5 * 4 * 6 * 2


@pytest.mark.parametrize("event", [
    E("spam", "post", "prohibit", "dvv", T0),
    E("genealogy", "fax", "prohibit", "dvv", T0),
    E("genealogy", "post", "forbid", "dvv", T0),
    E("genealogy", "post", "prohibit", "neighbour", T0),
    E("direct_advertising", "phone", "prohibit", "asml", T0, dt.date(2026, 3, 1)),
])
def test_unknown_values_and_backdated_validity_are_refused(event: E) -> None:
    with pytest.raises(InvalidConsentEvent):
        p.validate(event)


# --- the rules against an independent model -----------------------------------------------------------

EVENTS = st.builds(
    lambda purpose, channel, decision, source, minute, until_days: E(
        purpose, channel, decision, source, at(minute),
        TODAY + dt.timedelta(days=until_days) if source == "asml" and decision == "prohibit" else None),
    st.sampled_from(["direct_advertising", "genealogy"]),
    st.sampled_from(["phone", "post", "any"]),
    st.sampled_from(["prohibit", "lift"]),
    st.sampled_from(["customer_phone", "customer_letter", "dvv", "asml"]),
    st.integers(0, 30),
    st.integers(0, 1200),
)


def _model_prohibited(events: list[E], purpose: str, channel: str, today: dt.date) -> set[str]:
    """Sources holding (purpose, channel): for each source, look at the LAST event that concerns it."""
    held = set()
    ordered = sorted(events, key=lambda e: (e.occurred_at, e.event_id))
    for source in p.SOURCES:
        last = None
        for e in ordered:
            if e.purpose != purpose or e.channel not in (channel, "any"):
                continue
            family = (e.source.startswith("customer_") and source.startswith("customer_"))
            if e.decision == "prohibit" and e.source == source:
                last = e
            elif e.decision == "lift" and (e.source == source or family):
                last = e
        if last is not None and last.decision == "prohibit" and (last.valid_until is None or today <= last.valid_until):
            held.add(source)
    return held


@settings(max_examples=300, deadline=None)
@given(st.lists(EVENTS, max_size=12).map(
    lambda es: [E(e.purpose, e.channel, e.decision, e.source, e.occurred_at, e.valid_until, i)
                for i, e in enumerate(es)]), st.integers(0, 1500))
def test_derivation_matches_the_last_event_per_source_model(events: list[E], days_later: int) -> None:
    today = TODAY + dt.timedelta(days=days_later)
    valid = []
    for e in events:
        try:
            p.validate(e)
        except InvalidConsentEvent:
            continue
        valid.append(e)
    state = p.derive(valid, today)
    for purpose in ("direct_advertising", "genealogy"):
        for channel in ("phone", "post"):
            held = _model_prohibited(valid, purpose, channel, today)
            restriction = state.restriction(purpose, channel)
            assert (set(restriction.sources) if restriction else set()) == held
