"""What kind of query the desk typed, and which part of the displayed text to highlight."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.search_query import (
    QueryKind,
    fold_map,
    parse_query,
    phone_span,
    prefix_span,
    word_prefix_spans,
)
from desktop.core.text import fold, name_key

K = QueryKind


@pytest.mark.parametrize(("text", "kind", "key"), [
    ("mäki juh", K.NAME, "maki juh"),
    ("  Juha   MÄKI ", K.NAME, "juha maki"),
    ("Åström", K.NAME, "astrom"),
    ("kuusitie 5", K.STREET, "kuusitie 5"),
    ("Kuusitie 5 A 3", K.STREET, "kuusitie 5 a 3"),
    ("1000123", K.CUSTOMER_NUMBER, "1000123"),
    ("0401234567", K.PHONE, "0401234567"),
    ("040-123 4567", K.PHONE, "0401234567"),
    ("+358 40 123 4567", K.PHONE, "0401234567"),
    ("358401234567", K.PHONE, "0401234567"),
    ("(09) 123 456", K.PHONE, "09123456"),
    (" Matti.M@Example.FI ", K.EMAIL, "matti.m@example.fi"),
    ("643007574000123456", K.METERING_POINT, "643007574000123456"),
    ("1234567-8", K.BUSINESS_ID, "1234567-8"),
    ("", K.EMPTY, ""),
    (" ,;- ", K.EMPTY, ""),
    ("+", K.EMPTY, ""),
    ("+ (-)", K.EMPTY, ""),
])
def test_kinds(text: str, kind: QueryKind, key: str) -> None:
    parsed = parse_query(text)
    assert (parsed.kind, parsed.key) == (kind, key)


@pytest.mark.parametrize("code", ["100190-999P", "100190Y999P", "100190y999p", " 131052-308T ", "010100A002H"])
def test_whole_valid_hetu_is_a_hetu_query_and_hides_itself(code: str) -> None:
    parsed = parse_query(code)
    assert parsed.kind is K.HETU
    assert parsed.hetu is not None and parsed.hetu.value == code.strip().upper()
    assert parsed.key == code.strip()[:6] + "*****"
    assert code.strip().upper() not in repr(parsed).upper()


@pytest.mark.parametrize("text", ["100190-", "100190+", "100190A", "100190-9", "100190-99", "100190-999",
                                  "100190-99P", "100190999P", "0190-999P", "90-999P", "123456-8", "100190 - 99"])
def test_part_of_a_hetu_is_refused_with_a_reason(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.kind is K.PARTIAL_HETU
    assert parsed.key == "" and parsed.hetu is None
    assert parsed.message and "11" in parsed.message


def test_whole_code_with_a_wrong_check_character_is_invalid_not_searched() -> None:
    parsed = parse_query("131052-308A")
    assert parsed.kind is K.INVALID_HETU
    assert parsed.hetu is None and parsed.message


def test_name_words_are_capped() -> None:
    assert parse_query("a b c d e f").words == ("a", "b", "c", "d")


def test_company_key_moves_a_leading_legal_form_to_the_end() -> None:
    assert name_key(None, None, "Asunto Oy Kuusikko") == "kuusikko asunto oy"
    assert name_key(None, None, "Oy Hartwall Ab") == "hartwall ab oy"
    assert name_key(None, None, "Sähkö Oy") == "sahko oy"
    assert name_key(None, None, "Oy") == "oy"
    assert name_key("Mäkinen", "Juha") == "makinen juha"


@given(st.text(alphabet=st.sampled_from("aAäÄöÖåÅéüßﬁ -,.'’@+1x\u0301\t"), max_size=30))
def test_fold_map_folds_exactly_like_fold(text: str) -> None:
    folded, origin = fold_map(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert list(origin) == sorted(origin)
    assert all(0 <= i < len(text) for i in origin)


def test_spans_point_at_the_displayed_characters() -> None:
    assert word_prefix_spans("Mäkinen Juha", ("juh", "maki")) == [(0, 4), (8, 11)]
    assert word_prefix_spans("Åström-Öhman Björn", ("ohm",)) == [(7, 10)]
    assert word_prefix_spans("Juhola Juha", ("juha", "ju")) == [(0, 2), (7, 11)]
    assert word_prefix_spans("Mäkinen Juha", ("x",)) == []
    assert prefix_span("Kuusitie 5 A 3", "kuusitie 5") == [(0, 10)]
    assert prefix_span("Kuusitie 5", "koivu") == []
    assert phone_span("+358 40 123 4567", "040123") == [(0, 11)]
    assert phone_span("040-123 4567", "0401234567") == [(0, 12)]
