"""Every role signs in through the login dialog of the program users start and gets a desk window."""

from __future__ import annotations

import pytest

from journeys.conftest import DISPLAY_NAMES


@pytest.mark.parametrize("role", ["agent", "supervisor", "admin", "auditor"])
def test_each_role_signs_in_through_the_login_dialog(desk, journey_db, sql_guard, role):
    window = desk.sign_in(role)
    username = journey_db.logins[role][0]
    assert DISPLAY_NAMES[role] in window.windowTitle()
    assert ("login", username) in [(row.action, row.actor) for row in journey_db.audit_rows(sql_guard)]
