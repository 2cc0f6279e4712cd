"""Before a request is chosen, the detail pane says where to choose one instead of showing empty boxes of
buttons that look usable."""

from __future__ import annotations

from desktop.views.requests.detail_widget import RequestDetail
from gui.requests.test_colleague_changes import _awaiting_sign_off


def test_no_request_no_actions_then_the_chosen_requests_actions(qtbot, runner, supervisor, register, sql_guard,
                                                                  translations) -> None:
    translations.switch("fi")
    detail = RequestDetail(runner, supervisor)
    qtbot.addWidget(detail)
    detail.show()
    assert detail.ui.title.text() == "Valitse pyyntö luettelosta: sen tiedot ja toiminnot näkyvät tässä."
    assert not detail.ui.sign_off_button.isVisible() and not detail.ui.preview_button.isVisible()

    request_id = _awaiting_sign_off(register, sql_guard)
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(request_id)
    assert detail.ui.sign_off_button.isVisible() and detail.ui.sign_off_button.isEnabled()
    assert "Odottaa hyväksyntää" in detail.ui.title.text()

    translations.switch("sv")
    assert "Väntar på godkännande" in detail.ui.title.text()
    detail.show_request(None)
    assert detail.ui.title.text().startswith("Välj en begäran")
    assert not detail.ui.sign_off_button.isVisible()
