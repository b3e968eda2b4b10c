"""The first-conversation setting: two weeks is the guideline's norm (Q-1157, kap. B), not a
section of law (the Act says «kort tid»). Above 14 days a Norwegian warning stands beside the
field; the value can still be saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bufapp import settings as settings_store
from bufapp.domain.deadlines import Deadline, Urgency
from bufapp.domain.enums import DeadlineKind
from bufapp.services.overview import DeadlineRow
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.overview_view import DeadlineTableModel
from bufapp.ui.vault.settings_dialog import SettingsDialog
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _settings(qtbot: QtBot, tasks: TaskManager, vault: Vault, factory: Callable[..., MainWindow]):  # type: ignore[no-untyped-def]
    vault.lock()
    window = factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.open_settings()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(SettingsDialog)))
    (dialog,) = window.findChildren(SettingsDialog)
    return window, dialog


def test_more_than_14_days_warns_beside_the_field_and_still_saves(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, dialog = _settings(qtbot, tasks, vault, window_factory)
    warning = dialog.first_days_warning
    assert dialog.first_days.value() == 14 and not warning.isVisible()
    assert "Q-1157" in dialog.first_days.toolTip() and "kort tid" in dialog.first_days.toolTip()
    # The setting is the deadline for the offer, and says so.
    assert dialog.first_days.accessibleName() == "Første samtale tilbudt innen"
    assert dialog.first_days.maximum() == 90  # the office keeps its freedom

    dialog.first_days.setValue(15)
    assert warning.isVisible()
    assert "retningslinjen (Q-1157" in warning.text() and "14 dager" in warning.text()
    assert "tilbys innen to uker" in warning.text()
    assert "ikke en frist i loven" in warning.text() and "«kort tid»" in warning.text()
    assert "§" not in warning.text()
    assert warning.text() in dialog.first_days.accessibleDescription()  # read out too

    dialog.first_days.setValue(14)
    assert not warning.isVisible() and dialog.first_days.accessibleDescription() == ""
    dialog.first_days.setValue(1)
    assert not warning.isVisible()  # fewer days than the norm: nothing to warn about

    dialog.first_days.setValue(21)
    dialog.municipality.setText("Fjellvik kommune")  # the office needs its name to be saved
    dialog.submit()
    settle(qtbot, tasks, until=lambda: window.settings.first_conversation_days == 21)
    assert settings_store.load().first_conversation_days == 21


def test_the_overview_calls_the_first_conversation_deadline_the_guidelines_norm() -> None:
    deadline = Deadline(DeadlineKind.FIRST_CONVERSATION, 1, date(2026, 3, 16), "Første samtale")
    model = DeadlineTableModel()
    model.set_rows([DeadlineRow(deadline, Urgency.LATER, "Máret Čuđe", "Áilu")])
    about = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "retningslinjens norm" in about and "Q-1157" in about and "kort tid" in about
    assert "tilbudt innen to uker" in about
    assert "§" not in about
