"""The shipped postcode table (resources/data/postcodes.csv): postcode → post town in Finnish and Swedish.

The table is a small extract of Posti's postal code file (street-address codes of the seed utilities'
regions and of the bilingual and larger towns), enough for demo data whose postcodes belong to their
towns and for checking imported addresses. A Swedish post town is given only where Posti has one
(bilingual municipalities); elsewhere the Finnish name is used in both languages.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from desktop.core.text import fold

POSTCODES_CSV = Path(__file__).resolve().parents[2] / "resources" / "data" / "postcodes.csv"


@dataclass(frozen=True, slots=True)
class PostTown:
    postcode: str
    town_fi: str
    town_sv: str  # equals town_fi where the municipality is unilingual

    @property
    def bilingual(self) -> bool:
        return self.town_sv != self.town_fi

    def town(self, language: str) -> str:
        return self.town_sv if language == "sv" else self.town_fi


@functools.cache
def postcode_table(path: Path = POSTCODES_CSV) -> dict[str, PostTown]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["postcode"]: PostTown(row["postcode"], row["post_town_fi"], row["post_town_sv"] or row["post_town_fi"])
            for row in csv.DictReader(handle)
        }


def town_matches(postcode: str, post_town: str) -> bool | None:
    """Whether ``post_town`` is the Finnish or Swedish post town of ``postcode``.

    None when the postcode is not in the shipped extract (it may still be a real code).
    """
    entry = postcode_table().get(postcode)
    if entry is None:
        return None
    return fold(post_town) in {fold(entry.town_fi), fold(entry.town_sv)}
