"""A small register for the search tests, written through the models like any other data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db.database import Database
from db.models import ContactPoint, Customer, PersonHetu, PostalAddress, UsageSite
from desktop.core.hetu import blind_index
from desktop.core.text import email_key, fold, name_key, phone_key


@dataclass
class Register:
    database: Database
    key: bytes
    ids: dict[str, int] = field(default_factory=dict)  # customer number -> id


@dataclass(frozen=True)
class Person:
    number: str
    last: str
    first: str
    hetu: str | None = None
    street: str = "Testikatu 1"
    postcode: str = "00100"
    town: str = "HELSINKI"
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    metering_point: str | None = None
    old_street: str | None = None  # a previous address (valid_to set): must not be found
    sites: tuple[tuple[str, str], ...] = ()  # (metering point, street) of usage sites away from home


@dataclass(frozen=True)
class Company:
    number: str
    name: str
    business_id: str
    street: str = "Yritystie 2"


def add(register: Register, *people: Person | Company) -> None:
    with register.database.transaction() as session:
        for p in people:
            if isinstance(p, Company):
                customer = Customer(customer_number=p.number, kind="company", company_name=p.name,
                                    business_id=p.business_id, search_name=name_key(None, None, p.name))
                session.add(customer)
                session.flush()
                session.add(PostalAddress(customer_id=customer.id, street=p.street, postcode="00100",
                                          post_town="HELSINKI", street_key=fold(p.street)))
                register.ids[p.number] = customer.id
                continue
            customer = Customer(customer_number=p.number, kind="person", last_name=p.last, first_names=p.first,
                                search_name=name_key(p.last, p.first))
            session.add(customer)
            session.flush()
            register.ids[p.number] = customer.id
            if p.hetu:
                session.add(PersonHetu(customer_id=customer.id, hetu=p.hetu,
                                       blind_index=blind_index(p.hetu, register.key)))
            if p.old_street:
                session.add(PostalAddress(customer_id=customer.id, street=p.old_street, postcode=p.postcode,
                                          post_town=p.town, street_key=fold(p.old_street),
                                          valid_from=dt.datetime(2015, 1, 1, tzinfo=dt.UTC),
                                          valid_to=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
            session.add(PostalAddress(customer_id=customer.id, street=p.street, postcode=p.postcode,
                                      post_town=p.town, street_key=fold(p.street)))
            for phone in p.phones:
                session.add(ContactPoint(customer_id=customer.id, kind="phone", value=phone, value_key=phone_key(phone)))
            for email in p.emails:
                session.add(ContactPoint(customer_id=customer.id, kind="email", value=email, value_key=email_key(email)))
            if p.metering_point:
                session.add(UsageSite(customer_id=customer.id, metering_point_id=p.metering_point, street=p.street,
                                      postcode=p.postcode, post_town=p.town, commodity="electricity"))
            for metering_point, street in p.sites:
                session.add(UsageSite(customer_id=customer.id, metering_point_id=metering_point, street=street,
                                      postcode="95400", post_town="TORNIO", commodity="electricity"))
