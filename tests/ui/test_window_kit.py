"""The window manners never touch a window that is gone: a window shown and destroyed before
its turn (as Qt's own static message boxes and file dialogs can be) is forgotten."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from bufapp.ui import window_kit


def test_a_window_destroyed_before_its_turn_is_forgotten(qtbot: QtBot) -> None:
    kit = window_kit.install(QApplication.instance())  # type: ignore[arg-type]
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.show()
    address = shiboken6.getCppPointer(dialog)[0]
    assert address in kit._waiting  # its turn comes right after the show
    shiboken6.delete(dialog)
    assert address not in kit._waiting
    qtbot.wait(20)  # the turn comes and finds nothing to do


def test_a_window_shown_gets_its_manners_once_its_turn_comes(qtbot: QtBot) -> None:
    kit = window_kit.install(QApplication.instance())  # type: ignore[arg-type]
    dialog = QDialog()
    field = QLineEdit()
    QVBoxLayout(dialog).addWidget(field)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not kit._waiting)
    assert dialog.property("bufappKeysArranged") is True
    qtbot.waitUntil(lambda: dialog.focusWidget() is field)


def test_qt_own_dialogs_are_left_to_qt(qtbot: QtBot) -> None:
    """Qt's standard dialogs arrange their own keys and size; the static ones are Qt's to
    destroy, and tending a static message box from its nested event loop corrupted the heap."""
    for made in (QMessageBox(), QFileDialog(), QInputDialog()):
        qtbot.addWidget(made)
        assert not window_kit._managed(made), type(made).__name__
    ours = QDialog()
    qtbot.addWidget(ours)
    assert window_kit._managed(ours)
