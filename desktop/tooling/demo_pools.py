"""Word pools for demo data, taken once from Faker's locale data and the shipped postcode table.

Faker is slow per call (tens of microseconds), far too slow for a million customers, so we read its
weighted name lists once and draw from them with our own seeded ``random.Random``. Faker has no
``sv_FI`` locale: Swedish-speaking customers get ``sv_SE`` names and Finland-Swedish street names,
and live in bilingual municipalities where the post town has a Swedish name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass

from faker.providers.address.fi_FI import Provider as FiAddress
from faker.providers.person.en_GB import Provider as EnPerson
from faker.providers.person.fi_FI import Provider as FiPerson
from faker.providers.person.sv_SE import Provider as SvPerson

from desktop.core.text import fold
from desktop.services.postcodes import PostTown, postcode_table

# The utilities' own service areas: usage sites lie here, and most customers live here too.
HOME_TOWNS = {
    "keminmaa": ("KEMINMAA", "LAUTIOSAARI", "KEMI", "TORNIO", "SIMO", "TERVOLA"),
    "hamina": ("HAMINA", "POITSILA", "NEUVOTON", "SUMMA", "REITKALLI", "HUSULA", "METSÄKYLÄ", "KOTKA",
               "VIROLAHTI", "MIEHIKKÄLÄ"),
}
# Towns whose addresses are mostly flats (staircase and flat number), the rest mostly houses.
_CITY_TOWNS = frozenset({"HELSINKI", "ESPOO", "VANTAA", "TURKU", "TAMPERE", "OULU", "VAASA", "JYVÄSKYLÄ",
                         "KUOPIO", "LAHTI", "KOTKA", "KEMI", "PORI", "LAPPEENRANTA", "JOENSUU", "ROVANIEMI"})

_SV_STREET_STEMS = (
    "Strand", "Skol", "Kyrko", "Berg", "Sjö", "Ängs", "Björk", "Gran", "Tall", "Hamn", "Kvarn", "Smeds", "Torg",
    "Park", "Åker", "Back", "Ek", "Lind", "Rönn", "Sand", "Norr", "Söder", "Öster", "Väster", "Kung", "Drottning",
    "Ström", "Holm", "Skogs", "Gårds", "Bruks", "Fiskar", "Lots", "Mjölnar", "Sågs", "Stations", "Post", "Vall",
)
_SV_STREET_SUFFIXES = ("vägen", "gatan", "stigen", "gränden", "backen")
_FI_STREET_SUFFIXES = ("tie", "katu", "polku", "kuja", "tie", "katu", "tie")  # bulevardi is rare; left out


class Weighted:
    """Draws from a weighted list with ``random.choices`` on precomputed cumulative weights."""

    def __init__(self, items: dict[str, float] | Sequence[str]) -> None:
        if isinstance(items, dict):
            self.items = list(items)
            self.cum = list(itertools.accumulate(items.values()))
        else:
            self.items = list(items)
            self.cum = list(itertools.accumulate([1.0] * len(self.items)))

    def draw(self, rng: random.Random) -> str:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


@dataclass(frozen=True)
class NamePool:
    male: Weighted
    female: Weighted
    last: Weighted


@dataclass(frozen=True)
class Pools:
    fi: NamePool
    sv: NamePool
    en: NamePool
    fi_streets: list[str]
    sv_streets: list[str]
    home: list[PostTown]  # the profile's service area
    everywhere: list[PostTown]
    bilingual: list[PostTown]


def _names(provider: type) -> NamePool:
    def weighted(attr: str) -> Weighted:
        value = getattr(provider, attr)
        return Weighted(dict(value) if isinstance(value, dict) else list(value))
    return NamePool(weighted("first_names_male"), weighted("first_names_female"), weighted("last_names"))


@functools.cache
def pools(profile_key: str) -> Pools:
    table = postcode_table()
    towns = list(table.values())
    home_names = HOME_TOWNS.get(profile_key)
    home = [t for t in towns if home_names and t.town_fi in home_names] or towns
    # Faker's prefixes are genitives ("Ahomäen", "Adolf Lindforsin "): "Ahomäentie", "Adolf Lindforsin tie".
    fi_streets = sorted({prefix + suffix for prefix in FiAddress.street_prefixes for suffix in _FI_STREET_SUFFIXES})
    sv_streets = [stem + suffix for stem in _SV_STREET_STEMS for suffix in _SV_STREET_SUFFIXES]
    return Pools(
        fi=_names(FiPerson), sv=_names(SvPerson), en=_names(EnPerson),
        fi_streets=fi_streets, sv_streets=sv_streets, home=home, everywhere=towns,
        bilingual=[t for t in towns if t.bilingual],
    )


@functools.lru_cache(maxsize=100_000)
def cached_fold(text: str) -> str:
    """``fold`` of a name from a finite pool (fold itself costs tens of microseconds)."""
    return fold(text)


def street_address(rng: random.Random, streets: list[str], town: PostTown) -> tuple[str, str]:
    """``Rantakatu 12 B 7`` in towns, ``Ahomäentie 31`` in the countryside; sometimes ``as. 3``.

    Returns the address and its search key (``fold`` of it, assembled from cached parts).
    """
    r = rng.random
    name = streets[int(r() * len(streets))]
    city = town.town_fi in _CITY_TOWNS
    number = f"{int(r() * (140 if city else 60)) + 1}"
    roll = r()
    if city and roll < 0.6:
        number = f"{number} {'ABCDE'[int(r() * 5)]} {int(r() * 60) + 1}"
    elif roll < 0.08:
        number = f"{number} as. {int(r() * 12) + 1}"
    return f"{name} {number}", f"{cached_fold(name)} {number.lower()}"
