"""Posti address block: order, capitals, 30-character lines, no empty lines, flags for overflow."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.address import MAX_ADDRESS_LINES, MAX_LINE, WINDOW_LINES, format_block, person_name


def test_domestic_person_block() -> None:
    block = format_block(customer_number_line="Asiakasnro 100234", name="Matti Virtanen",
                         street="Teikäläistentie 1 A 1", postcode="00100", post_town="Helsinki")
    assert block.lines == ("Asiakasnro 100234", "Matti Virtanen", "Teikäläistentie 1 A 1", "00100 HELSINKI")
    assert not block.overflow


def test_care_of_and_swedish_town_in_capitals() -> None:
    block = format_block(name="Åsa Öhman", care_of="Lindqvist", street="Runebergsgatan 3 B 12",
                         postcode="06150", post_town="Borgå")
    assert block.lines == ("Åsa Öhman", "c/o Lindqvist", "Runebergsgatan 3 B 12", "06150 BORGÅ")
    kept = format_block(name="A", care_of="C/O Lindqvist", street="s 1", postcode="06150", post_town="x")
    assert kept.lines[1] == "C/O Lindqvist"


def test_no_empty_lines_and_whitespace_collapsed() -> None:
    block = format_block(customer_number_line="  ", name="  Matti   Virtanen ", care_of="   ",
                         street="PL 55", postcode=" 85501 ", post_town="nivala")
    assert block.lines == ("Matti Virtanen", "PL 55", "85501 NIVALA")


def test_abroad_country_last_in_capitals() -> None:
    block = format_block(name="Erik Svensson", street="Storgatan 5", postcode="123 45", post_town="Stockholm",
                         country="se")
    assert block.lines == ("Erik Svensson", "Storgatan 5", "123 45 STOCKHOLM", "SWEDEN")
    assert not block.overflow


def test_long_street_abbreviated_without_flag() -> None:
    block = format_block(name="Matti Virtanen", street="Pohjoisesplanadi 12 B asunto 14",
                         postcode="00100", post_town="Helsinki")
    assert block.lines[1] == "Pohjoisesplanadi 12 B as. 14"
    assert not block.overflow


def test_street_that_cannot_be_shortened_is_wrapped_and_flagged() -> None:
    block = format_block(name="Matti Virtanen", street="Kuninkaankartanonkujanpääntie 123 C 45",
                         postcode="00100", post_town="Helsinki")
    assert all(len(line) <= MAX_LINE for line in block.lines)
    assert block.overflow and "wrapped" in block.problems[0]


def test_company_name_on_two_lines_is_fine_three_is_flagged() -> None:
    two = format_block(name="Keminmaan Energia ja Vesi Oy:n Henkilöstörahasto", street="Jauholantie 4",
                       postcode="94450", post_town="Keminmaa")
    assert two.lines[:2] == ("Keminmaan Energia ja Vesi Oy:n", "Henkilöstörahasto")  # 30 fits
    assert not two.overflow
    three = format_block(name="A" * 25 + " " + "B" * 25 + " " + "C" * 25, street="x 1", postcode="00100",
                         post_town="Helsinki")
    assert three.overflow


def test_bad_postcode_and_missing_parts_make_the_address_undeliverable() -> None:
    assert not format_block(name="M", street="x", postcode="0010", post_town="Helsinki").deliverable
    assert not format_block(name="", street="x", postcode="00100", post_town="Helsinki").deliverable
    assert not format_block(name="M", street="", postcode="00100", post_town="Helsinki").deliverable
    assert not format_block(name="M", street="x", postcode="00100", post_town="\u200b").deliverable
    assert format_block(name="M", street="x", postcode="FI-00100", post_town="Helsinki").lines[-1] == "00100 HELSINKI"


def test_more_than_five_address_lines_is_undeliverable() -> None:
    block = format_block(customer_number_line="Asiakasnro 1", name="A" * 25 + " " + "B" * 25, care_of="Someone",
                         street="Street 1", postcode="123", post_town="Town", country="DE")
    assert not block.deliverable and "more than five lines" in block.undeliverable[0]
    assert len(block.lines) == 6 and not block.customer_number_in_window  # six address lines, no room for it


def test_abroad_with_care_of_is_five_address_lines_and_the_number_still_fits_the_window() -> None:
    block = format_block(customer_number_line="Asiakasnro 100234", name="Åsa Lindqvist", care_of="Erik Berg",
                         street="Storgatan 5", postcode="123 45", post_town="Stockholm", country="SE")
    assert block.lines == ("Asiakasnro 100234", "Åsa Lindqvist", "c/o Erik Berg", "Storgatan 5",
                           "123 45 STOCKHOLM", "SWEDEN")
    assert block.deliverable and not block.problems and len(block.lines) == WINDOW_LINES


def test_the_customer_number_goes_only_where_the_window_has_room() -> None:
    number = "Asiakasnumero " + "1234567890 " * 3  # wraps to two lines: with five address lines, seven
    block = format_block(customer_number_line=number, name="Åsa Lindqvist", care_of="Erik Berg",
                         street="Storgatan 5", postcode="123 45", post_town="Stockholm", country="SE")
    assert block.deliverable and not block.customer_number_in_window
    assert block.lines[0] == "Åsa Lindqvist" and len(block.lines) == MAX_ADDRESS_LINES


def test_an_unknown_country_code_is_undeliverable_and_never_printed_raw() -> None:
    block = format_block(name="Anna", street="Rue 1", postcode="1000", post_town="Town", country="XX")
    assert not block.deliverable and "XX" not in block.lines


def test_person_name_shortening() -> None:
    assert person_name("Matti Juhani", "Virtanen") == "Matti Juhani Virtanen"
    assert person_name("Anna-Liisa Marjatta Kristiina", "Virtanen-Häkkinen") == "Anna-Liisa Virtanen-Häkkinen"
    assert person_name("Anna-Liisa Marjatta", "Kuusisto-Hämäläinen-Östman") == "A.-L. Kuusisto-Hämäläinen-Östman"
    assert person_name(None, "Virtanen") == "Virtanen"


text = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs", "Pd")), max_size=80)


@given(text, text, text, st.text(alphabet="0123456789 ", max_size=8), text)
def test_lines_never_empty_and_never_longer_than_30(name: str, co: str, street: str, pcode: str, town: str) -> None:
    block = format_block(customer_number_line="Asiakasnro 123", name=name, care_of=co, street=street,
                         postcode=pcode, post_town=town)
    assert all(line and line == line.strip() and len(line) <= MAX_LINE for line in block.lines)
    if any(len(" ".join(part.split())) > MAX_LINE for part in (co, street)):
        assert block.overflow


def test_an_unknown_country_is_refused_at_input() -> None:
    from desktop.core.contact import AddressInput, check_address

    assert [p.field for p in check_address(AddressInput("Rue 1", "1000", "Ville", country="XX"))] == ["country"]
    assert check_address(AddressInput("Storgatan 5", "123 45", "Stockholm", country="SE")) == []
