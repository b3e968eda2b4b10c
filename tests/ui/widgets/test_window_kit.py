"""The window manners never touch a window that is gone: a window shown and destroyed before
its turn (as Qt's own static message boxes and file dialogs can be) is forgotten."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from bufapp.ui.widgets import window_kit


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

    class OwnMessageBox(QMessageBox):  # a subclass is still Qt's dialog
        pass

    for made in (
        QMessageBox(),
        OwnMessageBox(),
        QFileDialog(),
        QInputDialog(),
        QColorDialog(),
        QFontDialog(),
    ):
        qtbot.addWidget(made)
        assert not window_kit._managed(made), type(made).__name__
    ours = QDialog()
    qtbot.addWidget(ours)
    assert window_kit._managed(ours)


def test_while_held_no_window_is_tended_and_afterwards_every_one_is_again(qtbot: QtBot) -> None:
    """What ``Application`` does while it builds the main window (issue 18: the filter saw and
    made PySide wrap every event of the construction)."""
    app = QApplication.instance()
    kit = window_kit.install(app)  # type: ignore[arg-type]
    with window_kit.held(app):  # type: ignore[arg-type]
        during = QDialog()
        QVBoxLayout(during).addWidget(QLineEdit())
        qtbot.addWidget(during)
        during.show()
        assert not kit._waiting and kit.held
    assert window_kit._kit(app) is kit and not kit.held  # type: ignore[arg-type]
    after = QDialog()
    QVBoxLayout(after).addWidget(QLineEdit())
    qtbot.addWidget(after)
    after.show()
    qtbot.waitUntil(lambda: after.property("bufappKeysArranged") is True)
    assert during.property("bufappKeysArranged") is not True


def test_a_window_on_screen_is_held_until_it_is_hidden(qtbot: QtBot) -> None:
    """Python's collector freed an open dialog that only Qt's parent kept (the comparison of two
    network maps vanished in the screenshots' walk at a full collection): the manners hold every
    window while it is on screen, and let it go when it is hidden."""
    kit = window_kit.install(QApplication.instance())  # type: ignore[arg-type]
    owner = QDialog()
    qtbot.addWidget(owner)
    owner.show()
    dialog = QDialog(owner)
    dialog.show()
    address = shiboken6.getCppPointer(dialog)[0]
    assert kit._on_screen.get(address) is dialog

    dialog.hide()
    assert address not in kit._on_screen
    dialog.show()
    shiboken6.delete(dialog)  # destroyed while shown: hidden on the way, and let go
    assert address not in kit._on_screen
