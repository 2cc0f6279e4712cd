"""CustomerSearchService on SQLite and PostgreSQL with a small register (every kind of query)."""

from __future__ import annotations

import datetime as dt

import pytest
from search_register import Company, Person, Register, add
from sqlalchemy import select

from db.models import AuditEvent
from desktop.core.hetu import compose, mask
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.search import CustomerSearchService

HETU_DASH = "100190-999P"  # since 2023 these two are different people: the sign is part of the code
HETU_Y = "100190Y999P"
HETU_JUHA = compose(dt.date(1952, 10, 13), 308)
MP_JUHA = "643007574000123456"

JUHA = Person("1000001", "Mäkinen", "Juha Pekka", hetu=HETU_JUHA, street="Kuusitie 5 A 3", postcode="02100",
              town="ESPOO", phones=("+358 40 123 4567",), emails=("Juha.Makinen@Example.FI",),
              metering_point=MP_JUHA, old_street="Vanhatie 9")
ASTROM = Person("1000002", "Åström", "Björn", hetu=HETU_DASH, street="Kuusitie 50", phones=("09 123 456",))
OGREN = Person("1000003", "Ögren", "Märta Sofia", hetu=HETU_Y, street="Storgatan 3", town="VAASA")
MAKELA = Person("1000004", "Mäkelä", "Anna", street="Koivukuja 2")
JUHOLA = Person("1000005", "Juhola", "Mäki", street="Pohjoinen Rantakatu 7")
SAHKO = Company("1000006", "Oy Sähkö Ab", "1234567-8", street="Kuusitie 5 B")
HOUSING = Company("1000007", "As Oy Kuusitie 5", "7654321-5", street="Isännöitsijäntie 1")
EVERYONE = (JUHA, ASTROM, OGREN, MAKELA, JUHOLA, SAHKO, HOUSING)


@pytest.fixture
def service(register: Register, agent: Actor) -> CustomerSearchService:
    add(register, *EVERYONE)
    return CustomerSearchService(register.database, agent)


def numbers(result) -> list[str]:
    return [hit.customer_number for hit in result.rows]


@pytest.mark.parametrize("query", ["mäki juh", "juha mäki", "MAKINEN", "makinen j", "Mäkinen Juha Pekka",
                                   "pekka mäkinen", "mäkinen  ,juha"])
def test_name_in_any_order_prefix_per_word_without_case_or_accents(service: CustomerSearchService, query: str) -> None:
    result = service.search(query)
    assert result.kind == "name"
    assert JUHA.number in numbers(result)


def test_single_word_is_a_last_name_prefix_in_name_order(service: CustomerSearchService) -> None:
    result = service.search("mäk")
    assert numbers(result) == [MAKELA.number, JUHA.number]  # makela anna < makinen juha pekka
    hit = result.rows[1]
    assert hit.display_name == "Mäkinen Juha Pekka"
    assert hit.matched_field == "name"
    assert hit.match_spans == [(0, 3)]
    assert (hit.street, hit.postcode, hit.post_town) == ("Kuusitie 5 A 3", "02100", "ESPOO")


def test_two_words_match_first_and_last_both_ways(service: CustomerSearchService) -> None:
    # Either word may be the last name: Mäkinen Juha and Juhola Mäki, in name order.
    assert numbers(service.search("mäki juh")) == [JUHOLA.number, JUHA.number]
    assert numbers(service.search("juh mäki")) == [JUHOLA.number, JUHA.number]
    assert numbers(service.search("mäkinen juh")) == [JUHA.number]
    assert numbers(service.search("juhola mäki")) == [JUHOLA.number]
    spans = service.search("juha mäki").rows[0].match_spans
    assert spans == [(0, 4), (8, 12)]  # "Mäki" of Mäkinen and "Juha"


@pytest.mark.parametrize(("query", "expected"), [("åström", ASTROM), ("astrom", ASTROM), ("ÅSTRÖM BJÖRN", ASTROM),
                                                 ("björn åström", ASTROM), ("ogren marta", OGREN),
                                                 ("sofia ögren", OGREN)])
def test_swedish_names(service: CustomerSearchService, query: str, expected: Person) -> None:
    assert numbers(service.search(query)) == [expected.number]


def test_company_by_name_despite_leading_legal_form_and_by_business_id(service: CustomerSearchService) -> None:
    assert numbers(service.search("sähkö")) == [SAHKO.number]
    assert numbers(service.search("oy sähkö")) == [SAHKO.number]
    by_id = service.search("1234567-8")
    assert by_id.kind == "business_id"
    assert numbers(by_id) == [SAHKO.number]
    assert by_id.rows[0].masked_id == "1234567-8"
    assert by_id.rows[0].display_name == "Oy Sähkö Ab"


def test_street_with_house_number_current_address_only(service: CustomerSearchService) -> None:
    result = service.search("kuusitie 5")
    assert result.kind == "street"
    # "Kuusitie 5 …" sorts before "Kuusitie 50"; all three start with the typed text. Then the housing
    # company whose name holds the address.
    assert numbers(result) == [JUHA.number, SAHKO.number, ASTROM.number, HOUSING.number]
    assert result.rows[0].match_spans == [(0, 10)]
    assert (result.rows[3].matched_field, result.rows[3].match_spans) == ("name", [(6, 14), (15, 16)])
    assert service.search("vanhatie 9").rows == []  # Juha's previous address


def test_name_query_also_finds_a_street_without_number(service: CustomerSearchService) -> None:
    result = service.search("pohjoinen ranta")
    assert result.kind == "name"
    assert [(h.customer_number, h.matched_field) for h in result.rows] == [(JUHOLA.number, "street")]
    assert result.rows[0].match_spans == [(0, 15)]


# Lives in Helsinki, has a summer cottage by the river: she calls about the cottage's electricity.
LINDQVIST = Person("1000008", "Lindqvist", "Eeva", street="Mannerheimintie 10 A 4",
                   sites=(("643007574000777777", "Mökkitie 12"),))


def test_street_of_a_usage_site_finds_its_customer_once(service: CustomerSearchService,
                                                        register: Register) -> None:
    add(register, LINDQVIST)
    result = service.search("Mokkitie 1")
    assert result.kind == "street"
    assert numbers(result) == [LINDQVIST.number]
    hit = result.rows[0]
    assert (hit.matched_field, hit.matched_value, hit.match_spans) == ("site", "Mökkitie 12", [(0, 10)])
    assert hit.street == "Mannerheimintie 10 A 4"  # the address column still shows where letters go
    # A street without a number is a name query topped up with streets: the site is found there too.
    assert [(h.customer_number, h.matched_field) for h in service.search("mökkitie").rows] == [
        (LINDQVIST.number, "site")]


def test_a_site_at_the_home_address_is_one_line_matched_by_street(service: CustomerSearchService) -> None:
    """Juha's electricity is used where he lives: one line, highlighted in the address column."""
    result = service.search("kuusitie 5 a")
    # (then the housing company "As Oy Kuusitie 5", by name)
    assert [(h.customer_number, h.matched_field) for h in result.rows] == [(JUHA.number, "street"),
                                                                          (HOUSING.number, "name")]


def test_many_homes_and_sites_on_one_street_give_fifty_different_customers_in_street_order(
        register: Register, agent: Actor) -> None:
    people = [Person(f"20{n:05d}", f"Asukas{n}", "Testi", street=f"Jokikatu {n}",
                     sites=((f"6430075740{n:08d}", f"Jokikatu {n} B"),)) for n in range(1, 61)]
    add(register, *people)
    result = CustomerSearchService(register.database, agent).search("jokikatu 1", limit=5)
    # jokikatu 1, jokikatu 1 b, jokikatu 10, jokikatu 10 b, ... : each customer once, in street order
    assert numbers(result) == ["2000001", "2000010", "2000011", "2000012", "2000013"]
    assert result.more
    assert {h.matched_field for h in result.rows} == {"street"}


@pytest.mark.parametrize("query", ["0401234567", "040 123 4567", "040-123 4567", "+358 40 123 4567",
                                   "+358401234567", "358401234567", "(040) 1234567"])
def test_phone_in_any_format(service: CustomerSearchService, query: str) -> None:
    result = service.search(query)
    assert result.kind == "phone"
    assert numbers(result) == [JUHA.number]
    hit = result.rows[0]
    assert (hit.matched_field, hit.matched_value, hit.match_spans) == ("phone", "+358 40 123 4567", [(0, 16)])


def test_phone_prefix_and_landline(service: CustomerSearchService) -> None:
    assert numbers(service.search("040 123")) == [JUHA.number]
    assert service.search("040 123").rows[0].match_spans == [(0, len("+358 40 123"))]
    assert numbers(service.search("09-123456")) == [ASTROM.number]
    assert service.search("050 999 8888").rows == []


def test_email_ignores_case(service: CustomerSearchService) -> None:
    result = service.search("juha.makinen@example.fi")
    assert result.kind == "email"
    assert numbers(result) == [JUHA.number]
    assert result.rows[0].match_spans == [(0, len("Juha.Makinen@Example.FI"))]


def test_customer_number_and_metering_point_are_exact(service: CustomerSearchService) -> None:
    result = service.search(JUHA.number)
    assert (result.kind, numbers(result)) == ("customer_number", [JUHA.number])
    assert service.search("100000").rows == []
    result = service.search(MP_JUHA)
    assert (result.kind, numbers(result)) == ("metering_point", [JUHA.number])
    assert result.rows[0].matched_value == MP_JUHA
    assert service.search(MP_JUHA[:-1] + "7").rows == []


def test_masked_id_is_the_mask_and_never_the_code(service: CustomerSearchService) -> None:
    companies = {SAHKO.number: SAHKO.business_id, HOUSING.number: HOUSING.business_id}
    hits = service.search("kuusitie").rows + service.search("ögren").rows
    assert len(hits) == 5
    for hit in hits:
        assert hit.masked_id == companies.get(hit.customer_number, hit.masked_id[:6] + "*****")
    hit = service.search("mäkinen").rows[0]
    assert hit.masked_id == mask(HETU_JUHA) == "131052*****"


def test_full_hetu_finds_exactly_that_person_and_is_audited(service: CustomerSearchService,
                                                            register: Register) -> None:
    # 2023 century signs: the same birth date and number, two different people.
    dash, y = service.search(HETU_DASH.lower()), service.search(HETU_Y)
    assert (dash.kind, numbers(dash)) == ("hetu", [ASTROM.number])
    assert (y.kind, numbers(y)) == ("hetu", [OGREN.number])
    assert dash.rows[0].matched_field == "hetu"
    assert dash.rows[0].match_spans == []
    assert dash.rows[0].masked_id == y.rows[0].masked_id == "100190*****"
    missing = service.search(compose(dt.date(1990, 1, 10), 998))
    assert missing.rows == [] and missing.kind == "hetu" and missing.message
    with register.database.transaction() as session:
        audit = session.execute(select(AuditEvent.action, AuditEvent.customer_id, AuditEvent.detail)
                                .order_by(AuditEvent.id)).all()
    assert [(a, c) for a, c, _ in audit] == [("hetu_search", register.ids[ASTROM.number]),
                                           ("hetu_search", register.ids[OGREN.number]), ("hetu_search", None)]
    assert not any(HETU_DASH in (d or "") or HETU_Y in (d or "") for _, _, d in audit)


@pytest.mark.parametrize("query", ["100190-", "100190-9", "100190-999", "100190Y99", "100190999P", "0190-999P",
                                   "100190-99P"])
def test_partial_hetu_finds_nothing_and_says_why(service: CustomerSearchService, register: Register,
                                                 query: str) -> None:
    result = service.search(query)
    assert (result.rows, result.more, result.kind) == ([], False, "partial_hetu")
    assert result.message and "11" in result.message
    with register.database.transaction() as session:
        assert session.scalars(select(AuditEvent.id)).all() == []  # nothing was even looked up


def test_whole_hetu_with_wrong_check_character_is_refused(service: CustomerSearchService) -> None:
    result = service.search(HETU_JUHA[:-1] + ("A" if HETU_JUHA[-1] != "A" else "B"))
    assert (result.rows, result.kind) == ([], "invalid_hetu")
    assert result.message


def test_limit_and_more(register: Register, agent: Actor) -> None:
    add(register, *[Person(f"20000{i:02d}", "Virtanen", f"Etu{chr(97 + i)}") for i in range(7)])
    service = CustomerSearchService(register.database, agent)
    five = service.search("virtanen", limit=5)
    assert (len(five.rows), five.more) == (5, True)
    assert [h.display_name for h in five.rows] == [f"Virtanen Etu{chr(97 + i)}" for i in range(5)]
    seven = service.search("virtanen", limit=7)
    assert (len(seven.rows), seven.more) == (7, False)
    assert service.search("virtanen etu", limit=3).more is True


def test_empty_query(service: CustomerSearchService) -> None:
    assert service.search("  ") == service.search("-,;") == service.search("")
    assert service.search("").kind == "empty"
    assert service.search("").rows == []


def test_only_roles_that_read_customers_may_search(register: Register) -> None:
    admin = CustomerSearchService(register.database, Actor("admin", Role.ADMIN))
    with pytest.raises(PermissionDenied):
        admin.search("mäkinen")


def test_a_hit_names_the_repository_columns_in_their_order() -> None:
    """Hits are built from the driver's rows by position: the two lists must agree."""
    from db.repositories.search import HIT_COLUMNS
    from desktop.services.search import CustomerHit

    leading = CustomerHit._fields[:len(HIT_COLUMNS)]
    assert [name.removeprefix("stored_") for name in leading] == list(HIT_COLUMNS)
