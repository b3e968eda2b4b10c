"""The Samarbeidsavtale (once the frequency-only Kontaktavtale): opened from the card's link and
from the Oppfølging page, it keeps the frequency and the refusal and adds how, where the parent
prefers to meet and the support person; the page shows what was agreed once it is saved."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from bufapp.storage.vault import Vault
from bufapp.ui.contacts.dialogs import ContactPlanDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import FOLLOWUP_VIEW
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window


def _agreement(window: MainWindow) -> ContactPlanDialog:
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, ContactPlanDialog)]
    return dialog


def test_the_agreement_says_how_where_and_with_whom_and_the_page_shows_it(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.card_links.follow("contact-plan", 0)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    dialog = _agreement(window)
    assert dialog.windowTitle() == "Samarbeidsavtale"
    dialog.every.setCurrentIndex(dialog.every.findData(14))
    dialog.how.setText("Samtale på kontoret, telefon mellom samtalene")
    dialog.preferred_place.setText("Biblioteket, ikke hjemme")
    dialog.support_person.setText("Søster Sárá")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    plan = workspace.contact_log.plan(parent_id)
    assert (plan.every_days, plan.how, plan.preferred_place, plan.support_person) == (
        14, "Samtale på kontoret, telefon mellom samtalene", "Biblioteket, ikke hjemme",
        "Søster Sárá",
    )  # fmt: skip

    window.show_view(FOLLOWUP_VIEW)
    view = window.work.followup  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    assert "Biblioteket, ikke hjemme" in view.roles.purpose.toPlainText()
    view.roles.agreement_button.click()  # the same dialog, from the page
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    again = _agreement(window)
    assert again.support_person.text() == "Søster Sárá"
    again.support_person.setText("Søster Sárá, eller en fra Likepersonstjenesten")
    again.submit()
    settle(qtbot, tasks, until=lambda: "Likepersonstjenesten" in view.roles.purpose.toPlainText())
