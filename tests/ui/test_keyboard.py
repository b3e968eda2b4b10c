"""The keyboard: dialogs start on their first field, Alt letters are unique, Ctrl+L locks from an
open dialog and keeps what was typed, Enter and Down go where the person expects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, Parent, ParentLink
from bufapp.domain.enums import ContactForm, ParentRole
from bufapp.services.clock import now_utc
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.placement_dialog import PlacementDialog
from bufapp.ui.register.record_dialogs import ChildDialog, ParentDialog
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW
from tests.conftest import PASSPHRASE, TODAY
from tests.ui.conftest import settle, unlock
from tests.ui.window_walk import _mnemonics


def _open_window(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, int]:
    from bufapp.services.register import RegisterService
    from bufapp.storage.uow import UnitOfWork

    register = RegisterService(lambda: UnitOfWork(vault.session_factory))
    parent = register.save_parent(Parent("Biret", "Gaup"))
    assert parent.id is not None
    register.save_child(
        Child("Ánde", "Gaup", TODAY, "2024/1", parents=(ParentLink(parent.id, ParentRole.MOTHER),))
    )
    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.show_view(1)
    settle(qtbot, tasks)
    return window, parent.id


def _typed_into_focus(qtbot: QtBot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClicks(focus, text)


def test_each_record_dialog_starts_on_its_first_field_with_unique_alt_letters(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _parent_id = _open_window(qtbot, tasks, vault, window_factory)
    window.records.new_parent()
    window.card_links.follow("new-child", 0)
    # The card's links look the parent's name up first (it is shown inside the dialog).
    settle(qtbot, tasks, until=lambda: len(window.open_dialogs) == 2)
    child_id = window.workspace.register.children()[0].id  # type: ignore[union-attr]
    window.card_links.follow("new-placement", child_id or 0)
    settle(qtbot, tasks, until=lambda: len(window.open_dialogs) == 3)
    QApplication.processEvents()  # the manners come right after each dialog shows
    dialogs = list(window.open_dialogs)
    assert [type(d) for d in dialogs] == [ParentDialog, ChildDialog, PlacementDialog]
    firsts = [dialogs[0].given_names, dialogs[1].given_names, dialogs[2].basis]  # type: ignore[attr-defined]
    for dialog, first in zip(dialogs, firsts, strict=True):
        assert dialog.focusWidget() is first, type(dialog).__name__
        letters = [letter for letter, _text in _mnemonics(dialog)]
        assert len(letters) == len(set(letters)), _mnemonics(dialog)
        save = dialog.buttons.buttons()[0]  # type: ignore[attr-defined]
        assert save.isDefault() and not save.autoDefault()
    placement = dialogs[2]
    # Alt+L saves, and Sluttdato answers to another letter.
    assert ("l", "&Lagre") in _mnemonics(placement)
    assert not any(letter == "l" and "Sluttdato" in t for letter, t in _mnemonics(placement))
    parent_dialog = dialogs[0]
    assert (
        sum(1 for letter, t in _mnemonics(parent_dialog) if letter == "d" and "Fødsels" in t) == 1
    )
    parent_dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is parent_dialog)
    parent_dialog.given_names.setFocus()
    _typed_into_focus(qtbot, "Maret")
    assert parent_dialog.given_names.text() == "Maret"


def test_ctrl_l_in_an_open_dialog_locks_and_the_typed_text_comes_back(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _parent_id = _open_window(qtbot, tasks, vault, window_factory)
    window.records.new_parent()
    (dialog,) = window.open_dialogs
    assert isinstance(dialog, ParentDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClicks(dialog.given_names, "Sunniva")
    QTest.keyClick(dialog.given_names, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.workspace is None
    assert not dialog.isVisible()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "your drafts are reopened"
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: len(window.open_dialogs) == 1)
    (restored,) = window.open_dialogs
    assert isinstance(restored, ParentDialog)
    assert restored.given_names.text() == "Sunniva"

    # The reopened draft is unsaved work: Escape asks before throwing it away, and staying
    # keeps the dialog and its text.
    asked = len(Messages.shown)
    Messages.answer_next(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(restored.given_names, Qt.Key.Key_Escape)
    assert Messages.shown[asked:] == ["Vil du forkaste det du har skrevet?"]
    assert restored.isVisible() and restored.given_names.text() == "Sunniva"


def test_enter_in_the_log_search_opens_the_hit_and_down_in_the_parent_search_enters_the_list(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    assert window.workspace is not None and window.work is not None
    wanted = window.workspace.contact_log.save(
        ContactEntry(
            parent_id,
            now_utc() - timedelta(days=2),
            ContactForm.OFFICE_MEETING,
            summary="Samvaeret gikk fint.",
        ),
        final=True,
    )
    window.search_log()
    search = window.work.search
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is search.query
    QTest.keyClicks(search.query, "samvaer")
    QTest.keyClick(search.query, Qt.Key.Key_Return)  # before the pause has searched
    log = window.work.contact_log
    settle(qtbot, tasks, until=lambda: window.work.stack.currentIndex() == LOG_VIEW)  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: log.current_entry_id() == wanted.id)

    window.show_view(1)  # Foreldre
    parents = window.work.parents
    parents.search.setFocus()
    QTest.keyClicks(parents.search, "biret")
    QTest.keyClick(parents.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is parents.table
    assert parents.table.currentIndex().isValid()
    QTest.keyClick(parents.table, Qt.Key.Key_Tab)  # and Tab leaves the list for the card
    assert QApplication.focusWidget() is parents.card


def test_clicking_a_view_in_the_navigation_puts_the_cursor_in_that_view(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    """A click on «Søk i kontaktlogg» and then typing searches: the words go to the view's
    field, not to the list of views (whose type-ahead would jump to another view). The arrow
    keys still move along the list of views, which keeps the focus there."""
    from bufapp.ui.widgets.window_context import SEARCH_VIEW

    window, _parent_id = _open_window(qtbot, tasks, vault, window_factory)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    work = window.work
    assert work is not None
    nav = work.nav
    nav.setFocus()
    QTest.keyClick(nav, Qt.Key.Key_Down)  # Foreldre → Kontaktlogg, by keyboard: stays in the list
    assert QApplication.focusWidget() is nav
    place = nav.visualItemRect(nav.item(SEARCH_VIEW)).center()
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert work.stack.currentIndex() == SEARCH_VIEW
    search = work.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.query)
    _typed_into_focus(qtbot, "samvaer")  # QTest types ASCII only (the real window took Sami)
    assert search.query.text() == "samvaer"
