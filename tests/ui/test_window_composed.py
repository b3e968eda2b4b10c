"""Issue 19: the main window is composed of one actions object per feature, each built with a
``WindowContext``; it inherits none of them. An actions object, the dialog registry, the draft
reopening and the return place each work on a real vault without a MainWindow around them.
That no feature reaches another or the window is an import contract (pyproject.toml)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Parent
from bufapp.services.drafts import ReturnPoint
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.draft_reopening import DraftReopening
from bufapp.ui.features import Features
from bufapp.ui.main_window import MainWindow
from bufapp.ui.open_dialogs import OpenDialogs
from bufapp.ui.register.actions import RegisterActions
from bufapp.ui.register.record_dialogs import ParentDialog
from bufapp.ui.return_place import Remembered, ReturnPlace
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import WindowContext
from tests.ui.conftest import settle


def test_the_main_window_inherits_no_class_of_ours() -> None:
    ours = [c for c in MainWindow.__mro__ if c.__module__.startswith("bufapp.ui")]
    assert ours == [MainWindow]


@dataclass
class Office:
    """A window in name only: a plain QMainWindow, the registry and a context around them."""

    workspace: Workspace | None
    window: QMainWindow
    dialogs: OpenDialogs
    context: WindowContext
    refreshed: list[int | None] = field(default_factory=list)


@pytest.fixture
def office(qtbot: QtBot, tasks: TaskManager, vault: Vault) -> Iterator[Office]:
    window = QMainWindow()
    qtbot.addWidget(window)
    refreshed: list[int | None] = []

    def refresh(then_select: int | None = None, on_loaded: object = None) -> None:
        refreshed.append(then_select)

    holder: list[Workspace | None] = [workspace_for(vault, Settings())]
    dialogs = OpenDialogs(tasks, lambda: holder[0], refresh, lambda _index: None)
    context = WindowContext(
        window=window,
        tasks=tasks,
        workspace=lambda: holder[0],
        settings=lambda: Settings(),
        open=dialogs.open,
        open_about=dialogs.open_about,
        open_dialogs=lambda: dialogs.dialogs,
        refresh=refresh,
        show_view=lambda _index: None,
        built_view=lambda _index: None,
        current_parent=lambda: None,
        add_action=lambda *_args: pytest.fail("no menus here"),  # type: ignore[arg-type,return-value]
    )
    made = Office(holder[0], window, dialogs, context, refreshed)
    yield made
    for dialog in list(dialogs.dialogs):
        dialog.done(0)
    # The database work the test started (a saved dialog's draft removed, ...) ends before the
    # vault locks: a session still opening on the database thread made the lock fail, rarely.
    settle(qtbot, tasks)
    holder[0] = None


def _parent_dialog(qtbot: QtBot, tasks: TaskManager, dialogs: OpenDialogs) -> ParentDialog:
    settle(qtbot, tasks, until=lambda: any(isinstance(d, ParentDialog) for d in dialogs.dialogs))
    (dialog,) = [d for d in dialogs.dialogs if isinstance(d, ParentDialog)]
    return dialog


def test_the_register_actions_save_a_new_parent_without_a_main_window(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    RegisterActions(office.context).new_parent()
    dialog = _parent_dialog(qtbot, tasks, office.dialogs)
    assert dialog.parent() is office.window  # the context's window is every dialog's parent
    dialog.given_names.setText("Biret")
    dialog.family_name.setText("Gaup")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not office.dialogs.dialogs)
    assert office.workspace is not None
    (saved,) = office.workspace.register.parent_summaries()
    assert saved.name == "Biret Gaup"
    assert office.refreshed == [saved.id]  # the list reloads and chooses the new parent


def test_a_dialog_kept_as_a_draft_is_reopened_by_its_feature(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    workspace = office.workspace
    assert workspace is not None
    records = RegisterActions(office.context)
    records.new_parent()
    dialog = _parent_dialog(qtbot, tasks, office.dialogs)
    dialog.given_names.setText("Ánde")
    office.dialogs.keep_as_drafts(workspace)  # as a lock does
    assert office.dialogs.dialogs == []
    drafts = workspace.drafts.all()
    assert [draft.kind for draft in drafts] == ["parent"]

    reopening = DraftReopening(office.context, lambda: None, Features.build(office.context))
    Messages.answer_next(Button.Ok)  # "Du hadde ulagrede endringer …"
    reopening.reopen(drafts)
    reopened = _parent_dialog(qtbot, tasks, office.dialogs)
    assert reopened is not dialog and reopened.given_names.text() == "Ánde"
    assert reopened.reopened_from_draft
    assert Messages.shown == ["Du hadde ulagrede endringer. De er tatt vare på og åpnes nå."]


def test_the_return_place_is_kept_in_the_vault_for_the_next_process(
    tasks: TaskManager, office: Office, vault: Vault
) -> None:
    workspace = office.workspace
    assert workspace is not None
    parent = workspace.register.save_parent(Parent("Máret", "Čuđe"))
    place = ReturnPlace(tasks, lambda: None, lambda _index: None)
    place.remember()  # no views (a lock while they were gone): the start view, no parent
    assert place.fresh_start and place.remembered == Remembered()
    place.remembered = Remembered(view=5, parent_id=parent.id)
    place.keep_in(workspace)
    assert workspace.drafts.return_point() == ReturnPoint(5, parent.id)
    place.return_to(ReturnPoint(2, parent.id))  # not fresh: this process knows where it was
    assert place.remembered == Remembered(view=5, parent_id=parent.id)
