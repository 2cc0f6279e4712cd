"""The rows of one customer's records as the services hand them out: the card's sections and the access
reply's copy of the data are made of these frozen rows.

They are read in db.repositories.customers (with calls, consents and invoices from their own
repositories); this module only names them for the layers above, which never import the database
package. ``address_row`` turns a postal address the letter service holds inside its transaction into a row.
"""

from __future__ import annotations

from db.repositories.calls import CallRow
from db.repositories.consents import ConsentEventRow
from db.repositories.customer_rows import (
    AccessRow,
    AddressRow,
    BankAccountRow,
    ConsumptionRow,
    ContactPointRow,
    ContractRow,
    DisclosureRow,
    InvoiceRow,
    LetterRow,
    NoteRow,
    RequestRow,
    SiteRow,
)
from db.repositories.customers import address_row
from db.repositories.invoices import InvoiceLine, InvoicePage

__all__ = ["AccessRow", "AddressRow", "BankAccountRow", "CallRow", "ConsentEventRow", "ConsumptionRow",
           "ContactPointRow", "ContractRow", "DisclosureRow", "InvoiceLine", "InvoicePage", "InvoiceRow", "LetterRow",
           "NoteRow", "RequestRow", "SiteRow", "address_row"]
