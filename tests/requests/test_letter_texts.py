"""Letter texts in resources/letters: complete in every language, only known placeholders."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop.core.letters import (
    LANGUAGES,
    LetterType,
    fill,
    letter_text,
    placeholders,
    validate_texts,
    value_label,
)

ROOT = Path(__file__).resolve().parents[2] / "resources" / "letters"


def _load(lang: str) -> dict:
    return json.loads((ROOT / f"{lang}.json").read_text(encoding="utf-8"))


def _shape(node: object) -> object:
    if isinstance(node, dict):
        return {key: _shape(value) for key, value in node.items()}
    if isinstance(node, list):
        return len(node)
    return type(node).__name__


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_valid(lang: str) -> None:
    assert validate_texts(_load(lang)) == []


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_same_structure_and_placeholders_as_finnish(lang: str) -> None:
    fi, other = _load("fi"), _load(lang)
    assert _shape(other) == _shape(fi)
    for letter_type in LetterType:
        assert _used(other, letter_type) == _used(fi, letter_type), letter_type


def _used(texts: dict, letter_type: LetterType) -> set[str]:
    return set().union(*(placeholders(p) for p in texts[letter_type.value]["body"]))


def test_validation_finds_problems() -> None:
    texts = _load("fi")
    broken = copy.deepcopy(texts)
    broken["refusal"]["body"].append("Maksakaa {fee} euroa")
    del broken["extension_notice"]
    broken["annex"]["title"] = ""
    broken["acknowledgement"]["subject"] = "Viite {reference"
    problems = validate_texts(broken)
    assert any("refusal.body" in p and "fee" in p for p in problems)
    assert "extension_notice: missing" in problems
    assert any(p.startswith("annex.title") for p in problems)
    assert any(p.startswith("acknowledgement.subject") for p in problems)


def test_fill_refuses_missing_values() -> None:
    with pytest.raises(KeyError, match="due_on"):
        fill("Vastaamme viimeistään {due_on}.", {})
    assert fill("{a} ja {b}", {"a": 1, "b": "x"}) == "1 ja x"


def test_letter_text_and_value_labels() -> None:
    texts = _load("sv")
    values = {"controller_name": "Borgå Energi", "register_name": "kundregister", "controller_phone": "1",
              "controller_email": "e", "controller_address": "a", "reference": "TP-2026-00001",
              "request_type": "granskning av uppgifter", "received_on": "2.3.2026", "letter_date": "3.3.2026",
              "due_on": "2.4.2026"}
    text = letter_text(texts, LetterType.ACKNOWLEDGEMENT, values)
    assert text.doc_type == "BEKRÄFTELSE"
    assert "2.4.2026" in " ".join(text.body) and "TP-2026-00001" in " ".join(text.body)
    assert value_label(texts, "decision", "prohibit") == "förbud"
    assert value_label(texts, "decision", "some_new_code") == "some new code"
    assert value_label(texts, "decision", None) == ""
