"""UI fixtures: a real vault, the database worker, and a main window wired as app.py wires it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Parent
from bufapp.services.register import RegisterService
from bufapp.services.workspace import Workspace, open_workspace, recover_workspace
from bufapp.settings import Settings
from bufapp.ui import gui_thread_gc
from bufapp.ui.main_window import MainWindow
from bufapp.ui.qt import install_translations
from bufapp.ui.widgets.file_dialogs import FileDialogs
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import CreatedVault


@pytest.fixture(scope="session", autouse=True)
def bokmal_catalogues(qapp: QApplication) -> None:
    """The interface in bokmål as the program installs it (``make_application``): its plural
    forms («1 kontakt») come from the bokmål catalogue."""
    if not getattr(qapp, "_bufapp_catalogues", None):
        qapp._bufapp_catalogues = install_translations(qapp, "nb")  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> None:
    """As the program does (``make_application``): a window a test leaves to the cyclic
    collector is freed on this thread, never on the database worker's or the check's."""
    gui_thread_gc.install(qapp)


@pytest.fixture(autouse=True)
def no_leftover_answers() -> Iterator[None]:
    Messages.reset()
    FileDialogs.reset()
    yield
    Messages.reset()
    FileDialogs.reset()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    errors: list[Exception] = []
    manager = TaskManager(errors.append)
    manager.errors = errors  # type: ignore[attr-defined]
    yield manager
    manager.shutdown()


def settle(
    qtbot: QtBot, tasks: TaskManager, until: Callable[[], bool] | None = None, timeout: int = 10_000
) -> None:
    """Wait for queued database work and its callbacks (and optionally a condition).

    Waits until every answer is in, however many tasks the answers start in turn: a fixed
    pause would be too short on a loaded machine. The GUI thread keeps turning meanwhile, as
    the program's does: a write on the database thread may wait for the soundness check's
    verdict, and the check is started from the GUI thread (blocking it here could deadlock)."""
    drained: list[bool] = []
    tasks.run(lambda: None, lambda _none: drained.append(True))
    qtbot.waitUntil(lambda: bool(drained), timeout=timeout)
    if until is None:
        qtbot.waitUntil(tasks.idle, timeout=timeout)
        qtbot.wait(20)  # what the answers posted (layouts, zero-delay timers) runs too
        qtbot.waitUntil(tasks.idle, timeout=timeout)
    else:
        qtbot.waitUntil(until, timeout=timeout)


@pytest.fixture
def window_factory(qtbot: QtBot, tasks: TaskManager, vault_dir: Path) -> Callable[..., MainWindow]:
    def make(settings: Settings | None = None) -> MainWindow:
        chosen = settings or Settings()
        window = MainWindow(
            tasks,
            # As app.py: nothing written until the check after the list has found it sound.
            opener=lambda passphrase: open_workspace(
                vault_dir, passphrase, chosen, check_later=True
            ),
            recoverer=lambda key, new: recover_workspace(
                vault_dir, key, new, chosen, check_later=True
            ),
            settings=chosen,
            place=str(vault_dir),
        )
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def unlock(qtbot: QtBot, tasks: TaskManager, window: MainWindow, passphrase: str) -> Workspace:
    window.unlock_panel.passphrase.setText(passphrase)
    window.unlock_panel.submit()
    settle(qtbot, tasks, until=lambda: window.workspace is not None)
    settle(qtbot, tasks)
    assert window.workspace is not None
    workspace = window.workspace
    # The check after the list: its verdict in and the UNLOCKED record written.
    qtbot.waitUntil(lambda: not window.backups.soundness_check_running, timeout=10_000)
    settle(qtbot, tasks)
    return workspace


@pytest.fixture
def locked_vault(created_vault: CreatedVault, register: RegisterService) -> Path:
    """A vault with one parent, locked, for a fresh bufapp process to start on."""
    register.save_parent(Parent("Máret", "Čuđe"))
    created_vault.vault.lock()
    return created_vault.directory


def tab_walk_from(start: QWidget, steps: int = 12) -> list[QWidget]:
    """The widgets Tab gives the focus to, one key at a time, starting at ``start``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(steps):
        current = QApplication.focusWidget() or start
        QTest.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.append(focused)
    return reached
