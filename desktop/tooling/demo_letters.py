"""The letters demo requests would have by now, rendered for real, so the demo's print queue and request
history look as they do in use: a request ready to print has its reply waiting in the supervisor's queue,
a dispatched one its printed and posted reply, a refused one its refusal, and so on.

Each PDF is rendered like any other letter (tens of milliseconds each), so only the newest
:data:`MAX_DEMO_LETTERS` requests of a load get theirs; a small demo (``palvelutiski --demo``) has fewer
requests than that and gets all of them.
"""

from __future__ import annotations

import datetime as dt

from db.database import Database, Session
from db.repositories import demo
from desktop.core.letters import REPLY_FOR_REQUEST, LetterType
from desktop.core.request_states import State
from desktop.core.roles import Actor, Role
from desktop.services.letters import LetterService
from desktop.tooling.demo_activity import SUPERVISOR

MAX_DEMO_LETTERS = 60

# The letter each state implies, and whether it has been printed (and posted) by now.
_LETTER_OF_STATE: dict[str, tuple[LetterType | None, bool, bool]] = {
    State.READY_TO_PRINT.value: (None, False, False),  # the reply, waiting in the print queue
    State.PRINTED.value: (None, True, False),
    State.DISPATCHED.value: (None, True, True),
    State.REFUSED.value: (LetterType.REFUSAL, False, False),  # signed off, the letter waits to be printed
    State.EXTENDED.value: (LetterType.EXTENSION_NOTICE, True, True),
    State.ON_HOLD.value: (LetterType.IDENTITY_CLARIFICATION, True, True),
}

# What a handler writes into a non-access reply ("what was done"), in the customer's language.
_OUTCOMES = {
    "rectification": {"fi": "Korjasimme postiosoitteenne ja puhelinnumeronne asiakasrekisteriin.",
                      "sv": "Vi har rättat er postadress och ert telefonnummer i kundregistret.",
                      "en": "We corrected your postal address and telephone number in the customer register."},
    "erasure": {"fi": "Poistimme markkinointia varten tallennetut yhteystietonne; sopimustiedot säilytetään "
                      "kirjanpitolain edellyttämän ajan.",
                "sv": "Vi har raderat de kontaktuppgifter som sparats för marknadsföring; avtalsuppgifterna "
                      "sparas den tid som bokföringslagen kräver.",
                "en": "We erased the contact details kept for marketing; contract data is kept for the period "
                      "the Accounting Act requires."},
    "objection": {"fi": "Lopetimme tietojenne käsittelyn suoramarkkinointia varten.",
                  "sv": "Vi har upphört att behandla era uppgifter för direktmarknadsföring.",
                  "en": "We stopped processing your data for direct marketing."},
    "restriction": {"fi": "Rajoitimme tietojenne käsittelyn säilyttämiseen, kunnes osoitteen oikeellisuus on "
                          "selvitetty.",
                    "sv": "Vi har begränsat behandlingen av era uppgifter till lagring tills adressens riktighet "
                          "har utretts.",
                    "en": "We restricted the processing of your data to storage until the address is verified."},
}


def add_letters(database: Database, session: Session, requests_after: int, *,
                now: dt.datetime | None = None) -> int:
    """Render the letters of the newest demo requests with id > ``requests_after``; returns how many."""
    candidates = demo.requests_for_letters(session, requests_after, _LETTER_OF_STATE, MAX_DEMO_LETTERS)
    actor = Actor(SUPERVISOR, Role.SUPERVISOR, "Demo Esimies")
    # Letters were made, printed (30 min later) and posted before now: "now" is two hours back.
    now = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(hours=2)
    for request, language, last_event in candidates:
        fixed, printed, posted = _LETTER_OF_STATE[request.state]
        letter_type = fixed or REPLY_FOR_REQUEST[request.request_type]
        written = min(_aware(last_event), now)
        # The letter is dated when it was made (the last step of the request), not today.
        letters = LetterService(database, actor, clock=lambda at=written: at)
        outcome = _OUTCOMES.get(request.request_type, {}).get(language or "fi", "")
        generated = letters.generate_in(session, request, letter_type, reason=request.outcome_reason
                                        or request.extension_reason, outcome=outcome or None)
        if printed:
            # Posted the next day, but never later than today (a letter written this morning went today).
            posted_on = ((request.dispatched_on or min((written + dt.timedelta(days=1)).date(), now.date()))
                         if posted else None)
            demo.mark_letter_printed(session, generated.id, written + dt.timedelta(minutes=30), SUPERVISOR,
                                     posted_on)
    demo.flush(session)
    return len(candidates)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
