"""What is copied from bufapp is marked for clipboard managers to skip, and cleared after a
minute (and on lock) only while the clipboard still holds it (issue 17 §6)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.vault import clipboard_guard
from bufapp.ui.vault.clipboard_guard import ClipboardGuard
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

COPIED = "Máret Čuđe, 17859012310"


def _copy_from_a_field(window: MainWindow) -> None:
    field = QLineEdit(window.centralWidget())  # any field of the window
    field.show()
    field.setText(COPIED)
    field.selectAll()
    field.copy()  # Qt's own copy, as Ctrl+C does


def test_a_copy_from_bufapp_is_marked_and_cleared_after_a_minute(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.activateWindow()
    _copy_from_a_field(window)

    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    assert clipboard.text() == COPIED
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    for name, value in clipboard_guard.SKIP_HINTS.items():
        assert bytes(data.data(name).data()) == value
    guard = window.clipboard_guard
    assert guard.timer.isActive() and guard.timer.interval() == 60_000

    guard.timer.timeout.emit()  # the minute has passed
    assert clipboard.text() == ""


def test_what_was_copied_elsewhere_since_is_left_alone(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ours = [True]
    guard = ClipboardGuard(parent, lambda: ours[0])
    clipboard = QApplication.clipboard()
    clipboard.setText(COPIED)
    assert guard.copied == COPIED and clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")

    ours[0] = False  # bufapp lost the focus; another program copies
    clipboard.setText("handleliste")
    assert not clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    guard.timer.timeout.emit()
    assert clipboard.text() == "handleliste"
