"""Row factory of the demo-data generator: one chunk of customers and everything that hangs off them.

A chunk is generated from its own seeded ``random.Random`` and its own id ranges, so chunks can be made
in parallel processes and still give the same database for the same seed. Rows are plain tuples in the
column order of :data:`COLUMNS`, with dates and timestamps already as text, which both SQLite's
``executemany`` and PostgreSQL's ``COPY`` take without per-value conversion.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.core.hetu import blind_index
from desktop.core.text import email_key, fold, phone_key
from desktop.tooling import demo_codes as codes
from desktop.tooling.demo_activity import activity_rows
from desktop.tooling.demo_chunk import ChunkSpec, Clock, Ids
from desktop.tooling.demo_invoices import Billed, invoice_rows
from desktop.tooling.demo_pools import Pools, cached_fold, pools, street_address

COLUMNS: dict[str, tuple[str, ...]] = {
    "customer": ("id", "customer_number", "kind", "first_names", "last_name", "company_name", "business_id",
                 "language", "search_name", "name_source", "created_at", "version"),
    "person_hetu": ("customer_id", "hetu", "blind_index", "is_temporary", "source"),
    "postal_address": ("id", "customer_id", "care_of", "street", "postcode", "post_town", "country", "street_key",
                       "source", "valid_from", "valid_to", "changed_by"),
    "contact_point": ("id", "customer_id", "kind", "value", "value_key", "source", "added_at"),
    "bank_account": ("id", "customer_id", "iban", "bic", "source", "added_at"),
    "usage_site": ("id", "customer_id", "metering_point_id", "street", "postcode", "post_town", "commodity",
                   "street_key"),
    "contract": ("id", "customer_id", "usage_site_id", "contract_number", "kind", "product", "start_date",
                 "end_date", "created_at"),
    "consumption_summary": ("id", "usage_site_id", "year", "quantity", "unit"),
    "invoice_summary": ("customer_id", "open_count", "open_amount", "overdue_count", "in_collection",
                        "collection_agency", "paid_last_12_months", "last_invoice_on", "updated_at"),
    "invoice": ("id", "customer_id", "contract_id", "invoice_number", "invoice_date", "due_date", "amount_cents",
                "state", "paid_on"),
    "call": ("id", "customer_id", "direction", "agent_username", "started_at", "ended_at", "recording_ref",
             "notice_given_at", "notice_version", "notice_language", "customer_objected", "recording_stopped_at",
             "recording_destroy_due", "recording_destroyed_at", "subject", "notes"),
    "consent_event": ("id", "customer_id", "purpose", "channel", "decision", "source", "valid_until",
                      "agent_username", "occurred_at", "evidence", "call_id"),
    "disclosure": ("id", "customer_id", "recipient", "basis", "data_description", "disclosed_on", "recorded_by"),
    "data_request": ("id", "reference", "customer_id", "request_type", "state", "channel", "signed", "received_on",
                     "due_on", "extended_due_on", "extension_reason", "paused_since", "paused_days", "scan_ref",
                     "description", "identity_method", "identity_checked_by", "identity_checked_at",
                     "outcome_reason", "dispatched_on", "created_by", "assigned_to", "created_at", "version"),
    "request_event": ("id", "request_id", "occurred_at", "actor_username", "kind", "from_state", "to_state",
                      "reason", "detail"),
}
# Usage sites of each utility get metering point ids under their own (made-up) GS1 company prefix.
GSRN_PREFIX = {"keminmaa": "04512", "hamina": "04940"}
PRODUCTS = {
    "grid_connection": ("Sähköliittymä 3x25 A", "Sähköliittymä 3x35 A", "Sähköliittymä 3x63 A"),
    "electricity_transmission": ("Yleissiirto", "Aikasiirto", "Kausisiirto"),
    "electricity_sales": ("Toistaiseksi voimassa oleva", "Määräaikainen 12 kk", "Määräaikainen 24 kk", "Pörssisähkö"),
    "district_heat": ("Kaukolämpö, tilausvesivirta 0,4 m³/h", "Kaukolämpö, tilausvesivirta 0,8 m³/h",
                      "Kaukolämpö, tilausvesivirta 2,0 m³/h"),
    "water": ("Vesi ja jätevesi", "Talousvesi"),
    "gas": ("Maakaasu, kotitalous", "Maakaasu, yritys"),
    "broadband": ("Kuituliittymä 100M", "Kuituliittymä 1G"),
    "tv": ("Kaapeli-TV perus",),
}
_USAGE = {"electricity": ("kWh", 1500, 25000), "district_heat": ("MWh", 8, 45), "water": ("m3", 30, 220),
          "gas": ("MWh", 4, 25)}
_EMAIL_DOMAINS = ("example.com", "example.net", "example.org")  # reserved (RFC 2606): never someone's real inbox
_MOBILE = ("40", "41", "44", "45", "46", "50")
_AREA = {"keminmaa": "16", "hamina": "5"}  # Lapland 016, Kymenlaakso 05


def _phone(rng: random.Random, area: str, landline: bool) -> str:
    if landline:
        digits = str(rng.randint(100000, 9999999))
        return f"0{area} {digits[:3]} {digits[3:]}" if rng.random() < 0.6 else f"(0{area}) {digits}"
    prefix, digits = rng.choice(_MOBILE), str(rng.randint(1000000, 9999999))
    form = rng.randrange(6)
    if form == 0:
        return f"0{prefix} {digits[:3]} {digits[3:]}"
    if form == 1:
        return f"0{prefix}{digits}"
    if form == 2:
        return f"+358 {prefix} {digits}"
    if form == 3:
        return f"+358{prefix}{digits}"
    if form == 4:
        return f"0{prefix}-{digits}"
    return f"0{prefix} {digits}"


def machine_firm(surname: str) -> str:
    """The owner's firm, e.g. Virtanen → "Virtasen Kone Oy".

    Names in -nen take the genitive -sen (a plain "+n" made "Virtanenn"); other endings inflect
    irregularly (Kangas → Kankaan), so they keep the nominative, as many real firm names do.
    """
    owner = surname[:-3] + "sen" if surname.endswith("nen") else surname
    return f"{owner} Kone Oy"


def generate_chunk(spec: ChunkSpec) -> dict[str, list[tuple]]:
    """All rows of one chunk, by table. Pure: the same spec gives the same rows."""
    rng = random.Random(f"{spec.seed}:{spec.index}")
    pool = pools(spec.profile_key)
    ids, clock = Ids(spec), Clock(spec)
    rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    area = _AREA.get(spec.profile_key, "9")
    gsrn_prefix = GSRN_PREFIX.get(spec.profile_key, "09999")
    kinds = set(spec.contract_kinds)
    today = clock.today
    customers: list[tuple[int, str, str]] = []  # (id, kind, language) for the activity generator

    for offset in range(spec.count):
        cid = spec.first_customer_id + offset
        special = codes.hetu_kind(cid) != "main"
        is_company = not special and rng.random() < 0.08
        roll = rng.random()
        language = "sv" if roll < 0.06 else "en" if roll < 0.07 and not is_company else "fi"
        names = {"sv": pool.sv, "en": pool.en}.get(language, pool.fi)
        created = clock.past(rng, 25 * 365, 30)
        name_source = rng.choices(("contract", "posti_dvv_update", "customer_notice"), (90, 7, 3))[0]
        streets = pool.sv_streets if language == "sv" else pool.fi_streets
        # Swedish speakers mostly live in bilingual towns; everyone else mostly in the service area.
        if language == "sv" and rng.random() < 0.85:
            town = rng.choice(pool.bilingual)
        else:
            town = rng.choice(pool.home) if rng.random() < 0.8 else rng.choice(pool.everywhere)
        street, street_key = street_address(rng, streets, town)
        if is_company:
            base = names.last.draw(rng)
            form = rng.randrange(4)
            company = (f"{base} Oy" if form == 0 else f"{base} & {names.last.draw(rng)} Ky" if form == 1
                       else f"As Oy {street.split(' ')[0]} {rng.randint(1, 40)}" if form == 2 else machine_firm(base))
            first = last = None
            rows["customer"].append((cid, str(10_000_000 + cid), "company", None, None, company,
                                     codes.ytunnus_for(cid), language, fold(company), name_source,
                                     clock.text(created), 1))
        else:
            code = codes.hetu_for(cid)
            male = int(code[7:10]) % 2 == 1
            given = names.male if male else names.female
            first = given.draw(rng) if rng.random() < 0.25 else f"{given.draw(rng)} {given.draw(rng)}"
            last = names.last.draw(rng)
            # name_key(last, first) from cached parts: fold("a b") == fold("a") + " " + fold("b")
            rows["customer"].append((cid, str(10_000_000 + cid), "person", first, last, None, None, language,
                                     f"{cached_fold(last)} {cached_fold(first)}", name_source,
                                     clock.text(created), 1))
            rows["person_hetu"].append((cid, code, blind_index(code, spec.hmac_key), int(int(code[7:10]) >= 900),
                                        "posti_dvv_update" if name_source == "posti_dvv_update" else "contract"))
        customers.append((cid, "company" if is_company else "person", language))

        post_town = town.town(language)
        if rng.random() < 0.05:  # moved: the previous address stays as history
            old_town = rng.choice(pool.home)
            old_street, old_key = street_address(rng, streets, old_town)
            moved = clock.past(rng, 3 * 365)
            rows["postal_address"].append((ids.take("postal_address"), cid, None, old_street, old_town.postcode,
                                           old_town.town(language), "FI", old_key, "contract",
                                           clock.text(created), clock.text(moved), None))
            address_source, valid_from = "posti_dvv_update", moved
        else:
            address_source, valid_from = name_source, created
        care_of = f"c/o {names.last.draw(rng)}" if rng.random() < 0.02 else None
        rows["postal_address"].append((ids.take("postal_address"), cid, care_of, street, town.postcode, post_town,
                                       "FI", street_key, address_source, clock.text(valid_from), None,
                                       "posti-dvv" if address_source == "posti_dvv_update" else None))

        phones = 0 if rng.random() < 0.08 else 2 if rng.random() < 0.2 else 1
        for n in range(phones):
            value = _phone(rng, area, landline=(is_company and n == 0) or rng.random() < 0.05)
            rows["contact_point"].append((ids.take("contact_point"), cid, "phone", value, phone_key(value),
                                          rng.choice(("contract", "customer_notice")), clock.text(created)))
        if rng.random() < 0.6:
            if is_company:
                slug = fold(company).replace(" ", "-")[:30].strip("-")
                email = f"{rng.choice(('laskutus', 'info', 'toimisto'))}@{slug}.example.com"
            else:
                local = f"{cached_fold(first).split(' ')[0]}.{cached_fold(last).replace(' ', '')}"
                email = f"{local}{rng.randint(1, 99) if rng.random() < 0.3 else ''}@{rng.choice(_EMAIL_DOMAINS)}"
            rows["contact_point"].append((ids.take("contact_point"), cid, "email", email, email_key(email),
                                          "customer_notice", clock.text(created)))
        if rng.random() < 0.45:
            prefix, bic = rng.choices(codes.BANK_PREFIXES, codes.BANK_WEIGHTS)[0]
            rows["bank_account"].append((ids.take("bank_account"), cid,
                                         codes.iban_for(prefix, rng.randrange(10 ** (13 - len(prefix)))), bic,
                                         "customer_notice", clock.text(clock.past(rng, 10 * 365))))
        billed = _sites_and_contracts(rng, spec, ids, clock, rows, cid, is_company, pool, gsrn_prefix, kinds, today)
        invoice_rows(rng, spec, ids, clock, rows, cid, is_company, billed)

    activity_rows(rng, spec, ids, clock, rows, customers)
    return rows


_ELECTRICITY_CONTRACTS = ("grid_connection", "electricity_transmission", "electricity_sales")


def _sites_and_contracts(rng: random.Random, spec: ChunkSpec, ids: Ids, clock: Clock, rows: dict[str, list[tuple]],
                         cid: int, is_company: bool, pool: Pools, gsrn_prefix: str, kinds: set[str],
                         today: dt.date) -> list[Billed]:
    """The customer's properties with their sites and contracts; returns what is invoiced."""
    r = rng.random
    billed: list[Billed] = []
    sites, contracts, consumption = rows["usage_site"], rows["contract"], rows["consumption_summary"]
    roll = r()
    properties = 1 + int(roll * 3) if is_company else 1 if roll < 0.85 else 2 if roll < 0.97 else 3
    for _ in range(properties):
        town = pool.home[int(r() * len(pool.home))]
        street, street_key = street_address(rng, pool.fi_streets, town)
        start = today - dt.timedelta(days=30 + int(r() * 25 * 365))
        end = start + dt.timedelta(days=200 + int(r() * 2800)) if r() < 0.06 else None
        if end is not None and end >= today:
            end = None
        start_text, end_text = start.isoformat(), end.isoformat() if end else None
        created_text = f"{start_text} 09:00:00.000000{clock.suffix}"
        commodities = ["electricity"]
        if "district_heat" in kinds and r() < 0.25:
            commodities.append("district_heat")
        if "water" in kinds and r() < 0.45:
            commodities.append("water")
        if "gas" in kinds and r() < 0.1:
            commodities.append("gas")
        electricity_site = None
        for commodity in commodities:
            site_id = ids.take("usage_site")
            electricity_site = electricity_site or site_id
            sites.append((site_id, cid, codes.gsrn(gsrn_prefix, site_id), street, town.postcode, town.town_fi,
                          commodity, street_key))
            invoiced = None  # transmission and sales go on one invoice, billed against the sales contract
            for kind in _ELECTRICITY_CONTRACTS if commodity == "electricity" else (commodity,):
                if kind not in kinds or (kind == "electricity_sales" and r() < 0.3):
                    continue  # a third buy their electricity from another seller
                contract_id = ids.take("contract")
                choices = PRODUCTS[kind][-1:] if is_company and kind == "grid_connection" else PRODUCTS[kind]
                contracts.append((contract_id, cid, site_id, f"S{contract_id:09d}", kind,
                                  choices[int(r() * len(choices))], start_text, end_text, created_text))
                if kind != "grid_connection":  # the connection fee is paid once, not invoiced every period
                    invoiced = contract_id
            if invoiced is not None:
                billed.append(Billed(commodity, invoiced, start, end))
            unit, low, high = _USAGE[commodity]
            if is_company:
                high *= 4
            last_year = end.year if end is not None else today.year - 1
            for year in range(max(today.year - 3, start.year), min(today.year - 1, last_year) + 1):
                consumption.append((ids.take("consumption_summary"), site_id, year,
                                    f"{low + r() * (high - low):.3f}", unit))
        for extra in ("broadband", "tv"):
            if extra in kinds and r() < 0.12:
                contract_id = ids.take("contract")
                contracts.append((contract_id, cid, electricity_site, f"S{contract_id:09d}", extra,
                                  PRODUCTS[extra][int(r() * len(PRODUCTS[extra]))], start_text, None, created_text))
    return billed
