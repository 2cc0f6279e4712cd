"""The marketing register / partner export of the register descriptions (KMEV §6, Hamina §7).

Who is exported for PURPOSE on CHANNEL today: every customer the suppression list would *not* name
(desktop.services.suppression: no prohibition in force from any source, and for marketing by e-mail or SMS
an electronic-marketing consent in force), less every customer whose processing is restricted (GDPR
Art. 18) or whose upheld objection (Art. 21(1)) stops marketing exports, less those the channel cannot reach (no current postal address for post, no phone or e-mail).
Each exported customer gets one disclosure row (recipient, basis "direct_marketing", what data, today),
so the access reply lists it; the rows, the audit row and the list are one transaction. Streamed: the
customers are never all in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import consents as consent_repository
from db.repositories import objections as objection_repository
from db.repositories import restrictions as restriction_repository
from desktop.core import prohibitions, rights
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.core.text import check_typed_text
from desktop.services.customer_card import local_date
from desktop.services.suppression import BATCH, Addressee, customer_verdicts

# What a row of the export holds, as a code the card and the letters label (value group "disclosed_data").
DISCLOSED_DATA = {"post": "name_address", "phone": "name_address_phone", "sms": "name_address_phone",
                  "email": "name_address_email"}


@dataclass(frozen=True, slots=True)
class MarketingReport:
    exported: int
    prohibited: int  # left out: a prohibition in force, or no consent where one is needed
    restricted: int  # left out: processing restricted
    unreachable: int  # left out: no address (post) or no phone/e-mail for the channel
    objected: int = 0  # left out: an upheld objection stops marketing exports for them


class MarketingExportService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def export(self, recipient: str, purpose: str, channel: str, sink: Callable[[Addressee], None]) -> MarketingReport:
        """Hand every customer who may be contacted to ``sink`` (customer id order) and record a disclosure
        to ``recipient`` for each; audited as ``export`` (kind marketing) with the counts."""
        self.actor.require(Permission.EXPORT_MARKETING)
        who = check_typed_text(recipient, limit=rights.RECIPIENT_MAX)
        if not who:
            raise DomainError(N_("Name the recipient of the export."))
        if purpose not in prohibitions.DIRECT_MARKETING:
            raise DomainError(N_("Unknown purpose: {purpose}."), purpose=purpose)
        if channel not in prohibitions.CHANNELS:
            raise DomainError(N_("Unknown channel: {channel}."), channel=channel)
        today = local_date(self.clock())
        needs_consent = purpose in prohibitions.CONSENT_REQUIRED_PURPOSES and channel in prohibitions.ELECTRONIC_CHANNELS
        data = DISCLOSED_DATA[channel]
        exported = prohibited = restricted_count = unreachable = objected_count = 0
        with self.database.transaction() as session:
            verdicts = dict(customer_verdicts(session, purpose, channel, today))
            restricted = restriction_repository.restricted_customer_ids(session, today)
            objected = objection_repository.objected_customer_ids(session, "marketing_exports")
            batch: list[int] = []
            # Without a needed consent nobody but the consenting customers (who have events) may be exported.
            for c in consent_repository.addressees(session, purpose, channel, limit_to_events=needs_consent):
                verdict = verdicts.get(c.customer_id, ("no_consent", ()) if needs_consent else None)
                if verdict is not None:
                    prohibited += 1
                elif c.customer_id in restricted:
                    restricted_count += 1
                elif c.customer_id in objected:
                    objected_count += 1
                elif not c.street or (channel != "post" and not c.contacts):
                    unreachable += 1
                else:
                    sink(c)
                    exported += 1
                    batch.append(c.customer_id)
                    if len(batch) >= BATCH:
                        restriction_repository.add_disclosures(session, batch, who, rights.MARKETING_BASIS, data,
                                                               today, self.actor.username)
                        batch.clear()
            restriction_repository.add_disclosures(session, batch, who, rights.MARKETING_BASIS, data, today,
                                                   self.actor.username)
            audit.append(session, self.actor, "export", detail={
                "kind": "marketing", "recipient": who, "purpose": purpose, "channel": channel, "rows": exported,
                "left_out": {"prohibited": prohibited, "restricted": restricted_count, "unreachable": unreachable,
                             "objected": objected_count}})
        return MarketingReport(exported, prohibited, restricted_count, unreachable, objected_count)
