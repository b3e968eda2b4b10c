"""The window manners never touch a window that is gone: a window shown and destroyed before
its turn (as Qt's own static message boxes and file dialogs can be) is forgotten."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
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
