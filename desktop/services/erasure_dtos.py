"""What ErasureService shows before an erasure: frozen, so it may cross to the GUI; a view may import it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import erasure as rules


@dataclass(frozen=True, slots=True)
class ErasureView:
    customer_id: int
    plan: rules.ErasurePlan
    request_reference: str | None  # the open erasure request, if any
    request_ready: bool  # its identity is checked (it is being prepared)
    erased_before: bool  # an erasure was carried out already
