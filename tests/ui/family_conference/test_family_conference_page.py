"""Familieråd in the window, on a real vault: the page shows the held conference with who came,
the family's plan with the tasks it became and the approval; a conference planned in the dialog
(a coordinator from the service refused under the field); «Gjør planen til oppgaver» makes each
item a task once; a dialog being written survives a lock; Oversikt's line opens the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlaceType
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.family_conference.dialogs import ConferenceDialog
from bufapp.ui.family_conference.view import FamilyConferenceView
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.overview_view import ROUTES, SHOWN, Opens
from bufapp.ui.screenshots.family_conference import example_conference
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import CONFERENCE_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _open(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int]:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    register = workspace.register
    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    child = register.save_child(
        Child("Áilu", "Čuđe", date(2016, 4, 2), "2026/101",
              parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME,
                  date(2025, 1, 10))
    )  # fmt: skip
    parent_id = mother.id or 0
    window.refresh(then_select=parent_id)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == parent_id)  # type: ignore[union-attr]
    return window, workspace, parent_id


def _page(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> FamilyConferenceView:
    window.show_view(CONFERENCE_VIEW)
    view = window.work.built(CONFERENCE_VIEW)  # type: ignore[union-attr]
    assert isinstance(view, FamilyConferenceView)
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks)
    return view


def test_the_page_plans_shows_and_makes_tasks_once(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open(qtbot, tasks, vault, window_factory)
    assert VIEWS[CONFERENCE_VIEW] == "Familieråd"
    view = _page(qtbot, tasks, window)
    assert view.heading.text() == "Familieråd – Máret Čuđe"
    assert "Máret" not in window.windowTitle()
    assert not view.print_button.isEnabled() and not view.tasks_button.isEnabled()

    view.new_button.click()
    settle(
        qtbot,
        tasks,
        until=lambda: any(isinstance(d, ConferenceDialog) for d in window.open_dialogs),
    )
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, ConferenceDialog)]
    assert "Máret" not in dialog.windowTitle()
    dialog.question.setPlainText("Hvordan kan familien støtte Máret?")
    dialog.coordinator_name.setText("Elle Ŧuoŧŧu Šárá")
    dialog.in_service.setChecked(True)
    dialog.people.add_row()
    dialog.people.table.item(0, 0).setText("Mormor Ánne")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not dialog.saving)
    assert "uavhengig" in dialog.form.error_text("coordinator_in_service")
    assert workspace.family_conferences.page(parent_id).conferences == ()
    dialog.in_service.setChecked(False)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: view.conferences.count() == 1)
    (planned,) = workspace.family_conferences.page(parent_id).conferences
    assert [p.name for p in planned.people] == ["Mormor Ánne"]

    held = example_conference(workspace, parent_id)
    window.refresh()
    settle(qtbot, tasks, until=lambda: view.conferences.count() == 2)
    view.conferences.setCurrentRow(1)  # planned first, then the held one
    settle(qtbot, tasks)
    assert view.chosen() == held
    assert "Elle Ŧuoŧŧu Šárá" in view.details.toPlainText()
    assert view.people.rowCount() == 3 and view.items.rowCount() == 3
    assert view.items.item(0, 3).text() == "oppgave, åpen"
    assert "Godkjent med forbehold" in view.approval.text()
    assert not view.tasks_button.isEnabled()  # already made
    assert view.print_button.isEnabled()

    Messages.answer_next(QMessageBox.StandardButton.Ok)
    window.family_conferences.plan_to_tasks(held.id or 0)  # pressed again: nothing new
    settle(qtbot, tasks)
    assert len(workspace.contact_log.tasks_of(parent_id)) == 3

    from bufapp.domain.enums import DocumentKind
    from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

    view.print_button.click()  # «Skriv ut planen …»: previewed, kept once it is used
    settle(
        qtbot,
        tasks,
        until=lambda: any(
            isinstance(d, PdfPreviewDialog) for d in window.findChildren(PdfPreviewDialog)
        ),
    )
    (preview,) = window.findChildren(PdfPreviewDialog)
    assert "Máret" not in preview.windowTitle()
    preview.used.emit()
    preview.used.emit()  # printed and then saved: kept once
    settle(qtbot, tasks)
    with workspace.unit_of_work() as uow:
        stored = uow.documents.of_parent(parent_id)
    kept = [d for d in stored if d.kind is DocumentKind.FAMILY_CONFERENCE_PLAN]
    assert len(kept) == 1 and kept[0].family_conference_id == held.id
    preview.done(0)


def test_a_conference_being_written_survives_a_lock_and_oversikt_opens_the_page(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id = _open(qtbot, tasks, vault, window_factory)
    view = _page(qtbot, tasks, window)
    view.new_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (dialog,) = window.open_dialogs
    dialog.question.setPlainText("Hva trenger Máret etter plasseringen?")
    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(
        qtbot,
        tasks,
        until=lambda: any(isinstance(d, ConferenceDialog) for d in window.open_dialogs),
    )
    (again,) = [d for d in window.open_dialogs if isinstance(d, ConferenceDialog)]
    assert again.reopened_from_draft
    assert again.question.toPlainText() == "Hva trenger Máret etter plasseringen?"
    again.done(0)
    settle(qtbot, tasks)

    assert all(shown.opens is Opens.CONFERENCE for k, shown in SHOWN.items() if "FAMILY" in k.name)
    assert ROUTES[Opens.CONFERENCE] == "open_conference"
    window.show_view(0)
    settle(qtbot, tasks)
    window.work.overview.open_conference.emit(parent_id)  # type: ignore[union-attr]
    settle(qtbot, tasks)
    assert window.work.stack.currentIndex() == CONFERENCE_VIEW  # type: ignore[union-attr]


def test_both_dialogs_of_the_page_are_reopened_from_their_drafts(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open(qtbot, tasks, vault, window_factory)
    held = example_conference(workspace, parent_id)
    _page(qtbot, tasks, window)
    for action in ("edit", "approve"):
        window.family_conferences.page_action(action, parent_id, held)
        settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
        (dialog,) = window.open_dialogs
        kept = dialog.collect()
        if isinstance(dialog, ConferenceDialog):  # an item made a task is not removed
            dialog.items.table.setCurrentCell(0, 0)
            Messages.answer_next(QMessageBox.StandardButton.Ok)
            dialog.items.remove_button.click()
            assert dialog.items.table.rowCount() == 3 and dialog.collect() == kept
        workspace.drafts.save(dialog.kind, dialog.record_key, kept)
        dialog.done(0)
        settle(qtbot, tasks, until=lambda: not window.open_dialogs)
        (draft,) = [d for d in workspace.drafts.all() if d.kind == dialog.kind]
        assert draft.record == kept
        Messages.answer_next(QMessageBox.StandardButton.Ok)
        window.draft_reopening.reopen([draft])
        settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
        (again,) = window.open_dialogs
        assert type(again) is type(dialog) and again.collect() == kept, action
        assert "Máret" not in again.windowTitle()
        again.done(0)
        settle(qtbot, tasks)
        workspace.drafts.discard(dialog.kind, dialog.record_key)
