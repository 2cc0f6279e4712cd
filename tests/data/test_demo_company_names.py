"""Demo companies read as Finnish firm names: "Virtasen Kone Oy", never "Virtanenn Kone Oy"."""

from __future__ import annotations

import pytest

from desktop.tooling.demo_chunk import ChunkSpec
from desktop.tooling.demo_rows import COLUMNS, generate_chunk, machine_firm


@pytest.mark.parametrize(("surname", "firm"), [
    ("Virtanen", "Virtasen Kone Oy"),
    ("Hämäläinen", "Hämäläisen Kone Oy"),
    ("Kangas", "Kangas Kone Oy"),
    ("Heikkilä", "Heikkilä Kone Oy"),
])
def test_machine_firm_names(surname, firm):
    assert machine_firm(surname) == firm


def test_no_generated_company_doubles_the_last_letter_of_a_surname():
    spec = ChunkSpec(seed=7, index=0, first_customer_id=1, count=3000, id_bases={table: 0 for table in COLUMNS},
                     profile_key="keminmaa", contract_kinds=("grid_connection", "electricity_sales"),
                     recording_retention_days=365, collection_agency="Perintä Oy", hmac_key=b"k" * 32,
                     today="2026-03-02", tz_suffix="", request_quota=0)
    kind, company = COLUMNS["customer"].index("kind"), COLUMNS["customer"].index("company_name")
    firms = [row[company] for row in generate_chunk(spec)["customer"] if row[kind] == "company"]
    machine = [name for name in firms if name.endswith(" Kone Oy")]
    assert machine, "the sample has machine firms"
    assert not [name for name in machine if name.split()[0].endswith("nenn")]
    assert any(name.split()[0].endswith("sen") for name in machine)
