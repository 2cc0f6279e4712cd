"""The shipped controller profiles and postcode table load and hold what letters need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.fi import ytunnus

from desktop.services.postcodes import postcode_table, town_matches
from desktop.services.profiles import (
    LANGUAGES,
    PROFILES_DIR,
    TEXT_FIELDS,
    ProfileError,
    get_profile,
    load_profile,
    load_profiles,
)


def test_both_seed_utilities_are_shipped_and_complete() -> None:
    profiles = load_profiles()
    assert set(profiles) == {"keminmaa", "hamina"}
    for profile in profiles.values():
        for field in TEXT_FIELDS:
            assert all(getattr(profile, field)[lang].strip() for lang in LANGUAGES), field
        notice = profile.call_recording_notice
        assert notice["version"] == 1 and all(notice["text"][lang] for lang in LANGUAGES)
        assert "00531" in profile.complaint_authority["fi"] and "Tietosuojavaltuutetun" in profile.complaint_authority["fi"]
        assert "Dataombudsmannens" in profile.complaint_authority["sv"]
        assert town_matches(profile.postal_address["postcode"], profile.postal_address["post_town"])


def test_profile_facts_follow_the_seeds() -> None:
    keminmaa, hamina = get_profile("keminmaa"), get_profile("hamina")
    assert keminmaa.business_id == "0854658-5" and ytunnus.is_valid(keminmaa.business_id)
    assert keminmaa.data_service_company == "Pohjois-Suomen Energiatieto Oy"
    assert keminmaa.contract_kinds == ["grid_connection", "electricity_transmission", "electricity_sales",
                                       "district_heat", "water"]
    assert set(hamina.contract_kinds) == set(keminmaa.contract_kinds) | {"gas", "broadband", "tv"}
    assert keminmaa.recording_retention_days == 365
    # Hamina destroys recordings right after training: a short fixed deadline, explained in the notes
    assert hamina.recording_retention_days < keminmaa.recording_retention_days
    assert "training" in (hamina.notes or "")
    assert hamina.contact_person["name"] == "Tuomas Uski"


def _write(tmp_path: Path, key: str, change: dict) -> Path:
    raw = json.loads((PROFILES_DIR / "keminmaa.json").read_text(encoding="utf-8"))
    raw.update(change, profile_key=key)
    path = tmp_path / f"{key}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "fragment"), [
    ({"business_id": "0854658-4"}, "business_id"),
    ({"purposes": {"fi": "x", "sv": "y"}}, "purposes"),
    ({"contract_kinds": ["electricity_sales", "coal"]}, "contract_kinds"),
    ({"recording_retention_days": 0}, "recording_retention_days"),
    ({"postal_address": {"street": "Katu 1", "postcode": "944", "post_town": "Kemi"}}, "postal_address"),
    ({"extra": 1}, "extra"),
])
def test_a_broken_profile_is_refused_naming_file_and_field(tmp_path: Path, change: dict, fragment: str) -> None:
    path = _write(tmp_path, "broken", change)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert "broken.json" in str(info.value) and fragment in str(info.value)


def test_invalid_json_and_unknown_keys_are_domain_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"bad\.json"):
        load_profile(bad)
    with pytest.raises(ProfileError, match="hamina, keminmaa"):
        get_profile("oulu")
    with pytest.raises(ProfileError):
        get_profile("../etc/passwd")


def test_postcode_table_is_real_and_bilingual_where_it_should_be() -> None:
    table = postcode_table()
    assert len(table) > 300 and all(len(code) == 5 and code.isdigit() for code in table)
    expected = {"00100": ("HELSINKI", "HELSINGFORS"), "06100": ("PORVOO", "BORGÅ"), "65100": ("VAASA", "VASA"),
                "20100": ("TURKU", "ÅBO"), "94450": ("KEMINMAA", "KEMINMAA"), "49400": ("HAMINA", "HAMINA")}
    for code, (fi, sv) in expected.items():
        assert (table[code].town_fi, table[code].town_sv) == (fi, sv)
    assert town_matches("00100", "Helsingfors") and town_matches("00100", "helsinki")
    assert town_matches("00100", "ESPOO") is False and town_matches("99999", "X") is None
