"""The chosen parent is the selected row the person sees in Foreldre: a search that hides it, or
shows nobody, leaves no parent chosen, and no per-parent action (menu, shortcut, card link, the
views that follow the parent) acts on the hidden one. The search folds letters like the
contact-log search does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Office, Parent, ParentLink
from bufapp.domain.enums import ParentRole
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import GROUPS_VIEW, LOG_VIEW, NETWORK_VIEW, REFERRALS_VIEW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
NO_PARENT = "Ingen forelder valgt"


@pytest.fixture
def people(vault: Vault) -> dict[str, int]:
    register = RegisterService(lambda: UnitOfWork(vault.session_factory))
    register.save_office(Office(municipality="Fjellvik kommune"))
    ids = {
        key: register.save_parent(Parent(given, family)).id or 0
        for key, given, family in (
            ("maret", "Máret", "Čuđe-Ŋuolja"),
            ("bjorn", "Bjørn", "Haugen"),
            ("wojciech", "Wojciech", "Zieliński"),
        )
    }
    register.save_child(
        Child("Áilu", "Čuđe-Ŋuolja", date(2016, 4, 2), "2026/101",
              parents=(ParentLink(ids["maret"], ParentRole.MOTHER),))
    )  # fmt: skip
    vault.lock()
    return ids


@pytest.fixture
def window(
    qtbot: QtBot,
    tasks: TaskManager,
    people: dict[str, int],
    window_factory: Callable[..., MainWindow],
) -> Iterator[MainWindow]:
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    work = window.work
    assert work is not None
    settle(qtbot, tasks, until=lambda: work.parents.model.rowCount() == 3)
    window.show_view(1)
    window.activateWindow()  # shortcuts belong to the active window
    yield window


def _choose(qtbot: QtBot, tasks: TaskManager, window: MainWindow, parent_id: int) -> None:
    parents = window.work.parents  # type: ignore[union-attr]
    parents.select_parent(parent_id)
    settle(qtbot, tasks, until=lambda: parents.current_parent_id == parent_id)
    settle(qtbot, tasks, until=lambda: NO_PARENT not in parents.card.toPlainText())
    settle(qtbot, tasks, until=lambda: parents.card.toPlainText() != "")


def _type_search(qtbot: QtBot, tasks: TaskManager, window: MainWindow, text: str) -> None:
    """By keyboard: Ctrl+F to the search, the old text selected and typed over."""
    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    search = window.work.parents.search  # type: ignore[union-attr]
    assert search.hasFocus()
    QTest.keyClicks(search, text)
    settle(qtbot, tasks)


def _visible_names(window: MainWindow) -> list[str]:
    proxy = window.work.parents.proxy  # type: ignore[union-attr]
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def _open_dialogs(window: MainWindow) -> list[str]:
    return [
        w.windowTitle() or type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and isinstance(w, QDialog)
    ]


def _assert_nothing_acts_on(
    qtbot: QtBot, tasks: TaskManager, window: MainWindow, hidden: int
) -> None:
    """Every way to act on "the parent" from the window, with none chosen."""
    work = window.work
    assert work is not None
    assert work.parents.current_parent_id is None
    settle(qtbot, tasks, until=lambda: NO_PARENT in work.parents.card.toPlainText())
    assert "Ny kontakt" not in work.parents.card.toPlainText()  # no links for a hidden parent
    for action in window.per_parent_actions:
        assert not action.isEnabled(), action.text()
    QTest.keyClick(window, Qt.Key.Key_K, CTRL)  # Ny kontakt
    settle(qtbot, tasks)
    assert window.open_dialogs == [] and _open_dialogs(window) == []
    # Called directly (a card link, a view's button): a calm answer, nothing opened.
    for act in (window.contacts.new_contact, window.contacts.edit_plan, window.contacts.make_extract,
                window.access.access_pack, window.archive.export_to_archive):  # fmt: skip
        Messages.reset()
        Messages.answer_next(Button.Ok)
        act()
        settle(qtbot, tasks)
        assert Messages.shown == ["Velg en forelder først."], act.__name__
        assert _open_dialogs(window) == [], act.__name__
    # The views that follow the chosen parent show no parent rather than the hidden one.
    for key, view_index, view in (
        (Qt.Key.Key_6, GROUPS_VIEW, work.groups),
        (Qt.Key.Key_7, NETWORK_VIEW, work.network),
        (Qt.Key.Key_5, REFERRALS_VIEW, work.referrals),
        (Qt.Key.Key_3, LOG_VIEW, work.contact_log),
    ):
        QTest.keyClick(window, key, CTRL)
        settle(qtbot, tasks)
        assert work.stack.currentIndex() == view_index
        assert view.parent_id != hidden and view.parent_id is None, key
    settle(qtbot, tasks)
    assert window.open_dialogs == [] and _open_dialogs(window) == []
    assert work.contact_log.model.rowCount() == 0
    assert "Velg en forelder" in work.contact_log.heading.text()
    window.show_view(1)


def test_a_search_with_no_hits_leaves_no_parent_chosen(
    qtbot: QtBot, tasks: TaskManager, window: MainWindow, people: dict[str, int]
) -> None:
    _choose(qtbot, tasks, window, people["maret"])
    window.show_view(GROUPS_VIEW)  # the views were showing Máret before the search
    window.show_view(LOG_VIEW)
    settle(qtbot, tasks)
    window.show_view(1)
    _type_search(qtbot, tasks, window, "tuva")
    assert _visible_names(window) == []
    _assert_nothing_acts_on(qtbot, tasks, window, people["maret"])


def test_a_search_that_hides_the_chosen_parent_chooses_no_other(
    qtbot: QtBot, tasks: TaskManager, window: MainWindow, people: dict[str, int]
) -> None:
    _choose(qtbot, tasks, window, people["wojciech"])
    _type_search(qtbot, tasks, window, "bjorn")
    assert _visible_names(window) == ["Haugen, Bjørn"]
    # The count says the search hides some, so nobody seems lost from the register.
    assert window.work.parents.count.text() == "1 av 3 foreldre vises"  # type: ignore[union-attr]
    _assert_nothing_acts_on(qtbot, tasks, window, people["wojciech"])

    # Choosing the one shown makes them the chosen parent, and a cleared search keeps them.
    parents = window.work.parents  # type: ignore[union-attr]
    parents.table.selectRow(0)
    settle(qtbot, tasks, until=lambda: "Bjørn Haugen" in parents.card.toPlainText())
    assert parents.current_parent_id == people["bjorn"]
    assert all(action.isEnabled() for action in window.per_parent_actions)
    parents.search.clear()
    settle(qtbot, tasks)
    assert parents.current_parent_id == people["bjorn"]
    assert parents.count.text() == "3 foreldre"


def test_by_keyboard_only_typing_never_moves_the_choice_to_another_parent(
    qtbot: QtBot, tasks: TaskManager, window: MainWindow, people: dict[str, int]
) -> None:
    _choose(qtbot, tasks, window, people["maret"])
    parents = window.work.parents  # type: ignore[union-attr]
    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    for letter in "mar":  # Máret stays shown: she stays chosen on every key
        QTest.keyClicks(parents.search, letter)
        settle(qtbot, tasks)
        assert parents.current_parent_id == people["maret"]
    for _ in range(3):
        QTest.keyClick(parents.search, Qt.Key.Key_Backspace)
    QTest.keyClicks(parents.search, "wo")  # hides Máret and shows Wojciech: nobody is chosen
    settle(qtbot, tasks)
    assert _visible_names(window) == ["Zieliński, Wojciech"]
    assert parents.current_parent_id is None
    _assert_nothing_acts_on(qtbot, tasks, window, people["maret"])

    # Emptying the search shows Máret again, still the one chosen (not whoever is first).
    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    QTest.keyClick(parents.search, Qt.Key.Key_Backspace)
    settle(qtbot, tasks)
    assert parents.current_parent_id == people["maret"]
    settle(qtbot, tasks, until=lambda: "Máret Čuđe-Ŋuolja" in parents.card.toPlainText())
    QTest.keyClick(window, Qt.Key.Key_K, CTRL)
    settle(qtbot, tasks, until=lambda: len(window.open_dialogs) == 1)
    editor = window.open_dialogs[0]
    banner = editor.findChild(QLabel, "parentBanner")
    assert banner is not None and "Máret Čuđe-Ŋuolja" in banner.text()
    editor.done(0)


@pytest.mark.parametrize(
    ("typed", "found"),
    [("maret", "Čuđe-Ŋuolja, Máret"), ("cude", "Čuđe-Ŋuolja, Máret"),
     ("bjorn", "Haugen, Bjørn"), ("BJOERN haug", "Haugen, Bjørn"), ("zielinski", "Zieliński, Wojciech")],
)  # fmt: skip
def test_the_parent_search_folds_letters_like_the_contact_log_search(
    qtbot: QtBot, tasks: TaskManager, window: MainWindow, typed: str, found: str
) -> None:
    window.work.parents.search.setText(typed)  # type: ignore[union-attr]
    settle(qtbot, tasks)
    assert _visible_names(window) == [found]


def test_a_child_added_or_linked_from_the_card_names_the_parent_inside(
    qtbot: QtBot, tasks: TaskManager, window: MainWindow, people: dict[str, int]
) -> None:
    _choose(qtbot, tasks, window, people["bjorn"])
    for action, title in (("new-child", "Nytt barn"), ("link-child", "Koble til barn")):
        window.card_links.follow(action, 0)
        settle(qtbot, tasks, until=lambda: len(window.open_dialogs) == 1)
        dialog = window.open_dialogs[0]
        assert dialog.windowTitle() == title
        banner = dialog.findChild(QLabel, "parentBanner")
        assert banner is not None and banner.text() == "Forelder: Bjørn Haugen"
        dialog.done(0)
        settle(qtbot, tasks)
