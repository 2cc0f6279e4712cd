"""A message's marked parameters (request states and the like) are translated along with the message."""

from __future__ import annotations

import pytest

from desktop.cli.messages import Messages
from desktop.core.request_states import State, TransitionNotAllowed, check_transition
from desktop.core.roles import Role
from desktop.views.desk.common import error_text


def refusal() -> TransitionNotAllowed:
    with pytest.raises(TransitionNotAllowed) as caught:
        check_transition(State.DISPATCHED, State.RECEIVED, Role.SUPERVISOR)
    return caught.value


def test_the_desk_shows_a_refused_transition_with_finnish_state_names(translations):
    translations.switch("fi")
    assert error_text(refusal()) == "Pyyntö ei voi siirtyä tilasta ”Lähetetty” tilaan ”Vastaanotettu”."


def test_the_desk_shows_it_in_swedish_too(translations):
    translations.switch("sv")
    text = error_text(refusal())
    assert "Avsänd" in text and "Mottagen" in text and "Dispatched" not in text


def test_the_admin_command_line_translates_the_states_as_well(compiled_translations):
    say = Messages("fi")
    exc = refusal()
    assert "Lähetetty" in say(exc.message, **exc.params)
