"""The main window on a real vault: unlock right and wrong, the views, the parent list model,
and auto-lock that keeps an unsaved edit as an encrypted draft and clears every view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import DeadlineKind, ParentRole, PlacementBasis, PlaceType
from bufapp.services.drafts import RETURN_POINT, DraftService, ReturnPoint
from bufapp.services.overview import OverviewService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.parent_table_model import ParentTableModel
from bufapp.ui.register.record_dialogs import ParentDialog
from bufapp.ui.vault.idle import InactivityWatcher
from bufapp.ui.vault.unlock_panel import pause_after
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _fill(register: RegisterService) -> None:
    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    father = register.save_parent(Parent("Ŋuolláš", "Somby"))
    child = register.save_child(
        Child(
            "Áilu",
            "Čuđe",
            date(2016, 4, 2),
            "2026/101",
            parents=(
                ParentLink(mother.id or 0, ParentRole.MOTHER),
                ParentLink(father.id or 0, ParentRole.FATHER),
            ),
        )
    )
    register.save_placement(
        Placement(
            child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, date(2026, 6, 10)
        )
    )


def test_parent_model_passes_qt_model_tester(qtbot: QtBot, register: RegisterService) -> None:
    _fill(register)
    model = ParentTableModel()
    ModelTester(None).check(model)
    model.set_rows(register.parent_summaries())
    assert model.rowCount() == 2
    # Norwegian order: Č sorts with C, so Čuđe comes before Somby (SQLite's byte order would not)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Čuđe, Máret", "Somby, Ŋuolláš"]
    assert model.data(model.index(0, 3)) == f"Første samtale tilbudt {date(2026, 6, 24):%d.%m.%Y}"


def test_wrong_passphrase_is_calm_keeps_focus_and_then_unlocks(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    _fill(RegisterService(lambda: UnitOfWork(vault.session_factory)))
    vault.lock()
    window = window_factory()
    assert window.workspace is None and window.work is None
    assert window.windowTitle().startswith("Låst")
    assert not window.new_parent_action.isEnabled()

    panel = window.unlock_panel
    panel.passphrase.setText("helt feil passord")
    panel.submit()
    settle(qtbot, tasks, until=lambda: "stemmer ikke" in panel.message.text())
    assert window.workspace is None
    assert panel.failures == 1
    assert panel.passphrase.hasFocus() or panel.passphrase.selectedText() == "helt feil passord"

    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    assert workspace is window.workspace
    assert window.work is not None
    settle(qtbot, tasks, until=lambda: window.work.parents.model.rowCount() == 2)  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: window.work.overview.model.rowCount() >= 1)  # type: ignore[union-attr]
    assert window.windowTitle() == "Fjellvik kommune – bufapp"  # Qt adds no second "bufapp"
    assert window.new_parent_action.isEnabled()


def test_pause_grows_after_repeated_failures() -> None:
    assert [pause_after(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 30]


def test_overview_row_opens_its_parent(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    _fill(RegisterService(lambda: UnitOfWork(vault.session_factory)))
    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    work = window.work
    assert work is not None
    model = work.overview.model
    settle(qtbot, tasks, until=lambda: model.rowCount() >= 2)
    # The second parent's first conversation (other rows open their own pages, issues 20–22).
    first_talks = [
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), model.KIND_ROLE) is DeadlineKind.FIRST_CONVERSATION
    ]
    row = model.index(first_talks[1], 0)
    parent_id = model.data(row, model.PARENT_ID_ROLE)
    work.overview.table.activated.emit(row)
    settle(qtbot, tasks, until=lambda: work.parents.current_parent_id == parent_id)
    assert work.stack.currentWidget() is work.parents
    settle(qtbot, tasks, until=lambda: "Første samtale" in work.parents.card.toPlainText())
    assert "Den andre forelderen" in work.parents.card.toPlainText()


def test_auto_lock_keeps_the_draft_and_clears_the_views(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    from bufapp.ui.qt import make_application

    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.show_view(1)
    window.records.new_parent()
    (dialog,) = window.open_dialogs
    assert isinstance(dialog, ParentDialog)
    dialog.given_names.setText("Biret")
    dialog.family_name.setText("Gaup")
    dialog.phone.setText("912 34 567")

    watcher = InactivityWatcher(make_application([]), timeout_ms=150)
    watcher.idle.connect(window.lock)
    watcher.start()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=5_000)

    assert window.work is None
    assert window.open_dialogs == []
    assert not dialog.isVisible()
    assert window.pages.currentWidget() is window.unlock_panel

    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "your drafts are reopened"
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: len(window.open_dialogs) == 1)
    (restored,) = window.open_dialogs
    assert isinstance(restored, ParentDialog)
    assert (restored.given_names.text(), restored.family_name.text(), restored.phone.text()) == (
        "Biret",
        "Gaup",
        "912 34 567",
    )
    assert any("ulagrede endringer" in text for text in Messages.shown)
    assert (
        window.work is not None and window.work.stack.currentIndex() == 1
    )  # back to the same view

    restored.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    assert window.workspace is not None
    assert window.workspace.drafts.all() == []
    assert [p.name for p in window.workspace.register.parent_summaries()] == ["Biret Gaup"]
    watcher.stop()


def test_lock_clears_the_clipboard_only_when_it_holds_bufapps_text(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    from PySide6.QtWidgets import QApplication

    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    clipboard = QApplication.clipboard()
    window.activateWindow()
    clipboard.setText("Máret Čuđe, 17859012310")  # as if copied from the parent's card
    window.lock()
    assert clipboard.text() == ""

    # Something copied elsewhere while bufapp did not have the focus is left alone.
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.clipboard_guard.forget()
    window.lock()
    clipboard.setText("handleliste")
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.lock()
    assert clipboard.text() == "handleliste"


def test_a_lock_that_starts_afresh_returns_the_new_window_to_the_same_view_and_parent(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    register: RegisterService,
    window_factory: Callable[..., MainWindow],
) -> None:
    """The program's lock ends in a fresh process (bufapp.app.relaunch_locked): where the person
    was is kept in the vault, encrypted, and the next window goes back there."""
    _fill(register)
    father = next(p for p in register.parent_summaries() if p.name.startswith("Ŋuolláš"))
    vault.lock()
    first = window_factory()
    relaunched: list[bool] = []
    first.after_lock = lambda: relaunched.append(True)
    unlock(qtbot, tasks, first, PASSPHRASE)
    first.open_parent(father.id)
    settle(qtbot, tasks)
    first.show_view(2)
    first.lock_action.trigger()
    assert relaunched == [True]

    fresh = window_factory()  # what the new process shows
    shown_before = len(Messages.shown)
    unlock(qtbot, tasks, fresh, PASSPHRASE)
    settle(
        qtbot, tasks, until=lambda: fresh.work is not None and fresh.work.stack.currentIndex() == 2
    )
    assert fresh.work is not None and fresh.work.parents.last_chosen_id == father.id
    assert Messages.shown[shown_before:] == []  # a return point is not an unsaved change
    assert fresh.workspace is not None and fresh.workspace.drafts.all() == []

    relaunched.clear()
    fresh.after_lock = lambda: relaunched.append(True)
    fresh.close()  # quitting locks without starting afresh
    assert relaunched == [] and fresh.workspace is None


def test_a_fresh_start_with_a_return_point_loads_the_list_and_deadlines_once(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    register: RegisterService,
    window_factory: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The return point is read before the list arrives, so the first load already chooses the
    parent and view: the list and the deadlines are not fetched a second time (issue 18)."""
    _fill(register)
    father = next(p for p in register.parent_summaries() if p.name.startswith("Ŋuolláš"))
    drafts = DraftService(lambda: UnitOfWork(vault.session_factory))
    drafts.save(RETURN_POINT, "", ReturnPoint(view=2, parent_id=father.id))
    vault.lock()
    calls: list[str] = []
    for owner, name in ((RegisterService, "parent_rows"), (OverviewService, "open_deadlines")):
        original = getattr(owner, name)

        def counted(self: object, *args: object, _o=original, _n=name) -> object:  # type: ignore[no-untyped-def]
            calls.append(_n)
            return _o(self, *args)

        monkeypatch.setattr(owner, name, counted)
    fresh = window_factory()
    unlock(qtbot, tasks, fresh, PASSPHRASE)
    settle(
        qtbot, tasks, until=lambda: fresh.work is not None and fresh.work.stack.currentIndex() == 2
    )
    assert fresh.work is not None and fresh.work.parents.last_chosen_id == father.id
    assert fresh.work.contact_log.parent_id == father.id  # the view shows the parent chosen
    assert sorted(calls) == ["open_deadlines", "parent_rows"]
    assert fresh.workspace is not None and fresh.workspace.drafts.all() == []
