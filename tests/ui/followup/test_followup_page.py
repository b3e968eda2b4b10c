"""Oppfølging in the window, on a real vault: the page shows each part for a parent with a
follow-up under way, the card's link and the navigation open it, an item of information recorded
from its dialog changes the checklist, a wish refused without a reason is stopped with the
Norwegian message under the field, and a wish being written survives a lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.documents.forms import load_form
from bufapp.domain.enums import ChildPlanKind, DeadlineKind, Understanding, WishOutcome
from bufapp.domain.followup_rules import ItemState
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.followup.dialogs import ChildPlanDialog, InformationDialog, PurposeDialog
from bufapp.ui.followup.view import FollowUpView
from bufapp.ui.followup.wish_dialogs import (
    AssessmentDialog,
    ParentEvaluationDialog,
    WishAnswerDialog,
    WishDialog,
)
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.followup import example_follow_up
from bufapp.ui.widgets import keys
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.record_dialog import RecordDialog
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import FOLLOWUP_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock
from tests.ui.contacts.test_contact_log_ui import _open_window


def _page(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> FollowUpView:
    window.view_actions[FOLLOWUP_VIEW].trigger()
    view = window.work.followup  # type: ignore[union-attr]
    assert window.work.stack.currentWidget() is view  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks)
    return view


def _dialog(window: MainWindow, kind: type) -> RecordDialog:  # type: ignore[type-arg]
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, kind)]
    return dialog


def _open_window_with_page(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, FollowUpView]:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    return window, workspace, parent_id, _page(qtbot, tasks, window)


def _filled(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, FollowUpView]:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    example_follow_up(workspace, parent_id)
    return window, workspace, parent_id, _page(qtbot, tasks, window)


def test_the_page_shows_each_part_for_a_parent_with_a_follow_up(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:
    window, _workspace, _parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    assert VIEWS[FOLLOWUP_VIEW] == "Oppfølging"
    assert window.view_actions[FOLLOWUP_VIEW].shortcut().toString() == "Ctrl+9"
    assert view.tabs.isAncestorOf(QApplication.focusWidget()) or view.hasFocus()  # keys go in
    assert view.heading.text() == "Oppfølging – Máret Čuđe"
    assert "Oppfølging" not in window.windowTitle() and "Máret" not in window.windowTitle()

    roles = view.roles
    assert roles.plans_model.rowCount() == 1
    assert roles.plans_model.index(0, 1).data() == "Omsorgsplan"
    purpose = roles.purpose.toPlainText()
    assert "vise at jeg klarer mer nå" in purpose and "Biblioteket i sentrum" in purpose
    assert "Hver 14. dag" in purpose and "Søster Sárá" in purpose
    table = roles.roles.toPlainText()
    assert "Avgjørelse" in table and "Hvem bestemmer" in table and "Samvær" in table

    information = view.information
    states = {s.key: s.state for s in view.page.checklist}  # type: ignore[union-attr]
    assert states["grounds"] is ItemState.UNDERSTOOD
    assert states["rights_care_order"] is ItemState.DUE_AGAIN
    row = information.model.row_of("rights_care_order")
    status = information.model.index(row, 1).data()
    assert status.startswith("▲ ") and "Skal gis igjen" in status  # not by colour alone
    assert "skal gis igjen" in information.summary.text()
    assert view.tabs.tabText(1).endswith("(4 å følge opp)")  # the tab counts what waits there
    letters = [keys.mnemonic_of(view.tabs.tabText(i)) for i in range(view.tabs.count())]
    assert None not in letters and len(set(letters)) == len(letters)

    assessment = view.assessment.text.toPlainText()
    assert "Tilbakeføring kan bli aktuelt" in assessment and "fast bolig" in assessment
    assert "Tidligere vurderinger" in assessment and "Ikke nå" in assessment
    assert view.assessment.model.rowCount() == 1

    wishes = view.wishes.model
    assert [wishes.row_at(r).is_open for r in range(wishes.rowCount())] == [True, False]
    assert wishes.index(1, 0).data() == "Kan ikke innfris"
    view.wishes.table.selectRow(1)
    assert "Barnet trenger ro" in view.wishes.detail.toPlainText()

    deadlines = view.deadlines.model
    titles = [deadlines.row_at(r).deadline.title for r in range(deadlines.rowCount())]
    assert any("Svar på ønske" in t for t in titles)
    assert view.deadlines.problems.isHidden()  # the form has no faults

    window.resize(1366, 768)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.grab().save(str(tmp_path / f"oppfolging-{index}.png"))


def test_the_card_link_opens_the_page_and_the_sheet_button_previews_the_sheet(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.show_view(1)
    card = window.work.parents.card  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: 'href="followup"' in card.toHtml())
    assert "Samarbeidsavtale" in card.toPlainText()
    assert window.work.built(FOLLOWUP_VIEW) is None  # built when first shown, not at unlock
    window.work.parents.link_activated.emit("followup", parent_id)  # type: ignore[union-attr]
    assert window.work.stack.currentIndex() == FOLLOWUP_VIEW  # type: ignore[union-attr]
    view = window.work.followup  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    assert view.parent_id == parent_id and view.heading.text() == "Oppfølging – Máret Čuđe"
    assert view.roles.plans_model.rowCount() == 0  # nothing written yet: the page says so
    assert "Ikke skrevet ennå" in view.roles.purpose.toPlainText()
    assert "Første samtale" in view.roles.purpose.toPlainText()  # the register's facts
    assert "Ingen vurdering ennå" in view.assessment.text.toPlainText()

    view.sheet_button.click()  # the window wires the information sheet's action to it

    def previews() -> list[PdfPreviewDialog]:
        return [w for w in window.findChildren(PdfPreviewDialog) if w.isVisible()]

    settle(qtbot, tasks, until=lambda: bool(previews()))
    previews()[0].reject()


def test_an_item_recorded_in_its_dialog_changes_the_checklist(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, _parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    information = view.information
    row = information.model.row_of("rights_care_order")
    assert row is not None
    information.table.selectRow(row)
    information.record.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    dialog = _dialog(window, InformationDialog)
    assert dialog.windowTitle() == "Informasjon gitt"  # no name in the title
    assert dialog.collect().item == "rights_care_order"  # the item chosen on the page
    dialog.understood.setCurrentIndex(dialog.understood.findData(Understanding.UNDERSTOOD))
    dialog.with_support_person.setChecked(True)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: information.model.index(row, 1).data() == "Forstått")
    status = information.model.row_at(row)
    assert status.state is ItemState.UNDERSTOOD and status.times_given == 2
    assert information.model.index(row, 3).data() == "I samtale (støtteperson)"
    assert workspace.drafts.all() == []


def test_a_refused_wish_without_a_reason_is_stopped_under_the_field(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    view.tabs.setCurrentWidget(view.wishes)
    view.wishes.table.selectRow(0)  # the open one, first
    view.wishes.answer.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    dialog = _dialog(window, WishAnswerDialog)
    assert dialog.windowTitle() == "Svar på ønsket"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(WishOutcome.REFUSED))
    dialog.answer.setPlainText("Det passer ikke nå.")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("reason")))
    assert dialog.form.error_text("reason") == (
        "Skriv den faglige begrunnelsen forelderen fikk for at ønsket ikke kan innfris."
    )
    assert dialog.isVisible()
    assert all(w.is_open for w in workspace.followup.page(parent_id).wishes[:1])  # not saved

    dialog.reason.setPlainText("Fosterforeldrene trenger tid; vi avtaler et møte i januar.")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: "ubesvart" not in view.tabs.tabText(3))
    answered = [w for w in view.page.wishes if w.kind.value == "meet_carers"]  # type: ignore[union-attr]
    assert answered[0].outcome is WishOutcome.REFUSED and "januar" in answered[0].reason


def test_a_wish_being_written_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    view.tabs.setCurrentWidget(view.wishes)
    view.wishes.new_wish.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    dialog = _dialog(window, WishDialog)
    dialog.words.setPlainText("Jeg vil ha en annen saksbehandler.")

    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))

    again = _dialog(window, WishDialog)
    assert again.words.toPlainText() == "Jeg vil ha en annen saksbehandler."
    assert again.record_key == f"{parent_id}:new" and again.reopened_from_draft
    again.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    unlocked = window.workspace
    assert unlocked is not None and unlocked.drafts.all() == []
    words = [w.words for w in unlocked.followup.page(parent_id).wishes]
    assert "Jeg vil ha en annen saksbehandler." in words


def test_every_dialog_of_the_page_is_reopened_from_its_draft(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    """What a lock keeps of each dialog (its ``collect()``), reopened in a dialog of its kind
    with the same record: the draft kinds are known to the drafts and to the window."""
    window, workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    page = view.page
    assert page is not None
    wish = next(w for w in page.wishes if w.is_open)
    asked = [
        ("new-plan", None), ("purpose", None), ("information", "meaning"), ("assessment", None),
        ("evaluation", None), ("wish", None), ("answer", wish),
    ]  # fmt: skip
    for action, record in asked:
        window.followup.page_action(action, parent_id, record)
        settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
        (dialog,) = window.open_dialogs
        kept = dialog.collect()
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


def test_faults_in_the_municipalitys_form_are_a_calm_notice_under_frister(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, _parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    fault = "Skjemaet followup.toml: «rolles» er ikke i bruk og blir ikke tatt med."
    ours = load_form("followup")
    workspace.followup._form = lambda: replace(ours, problems=(fault,))  # type: ignore[method-assign]
    view = _page(qtbot, tasks, window)
    notice = view.deadlines.problems
    assert not notice.isHidden() and fault in notice.text()
    assert "bufapps egen tekst" in notice.text()
    assert view.deadlines.table.isHidden() and not view.deadlines.empty.isHidden()


def test_a_childs_plan_is_added_and_changed_from_the_page(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, _parent_id, view = _open_window_with_page(
        qtbot, tasks, vault, window_factory
    )
    roles = view.roles
    assert not roles.edit_plan.isEnabled()
    roles.new_plan.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    dialog = _dialog(window, ChildPlanDialog)
    assert dialog.collect().kind is ChildPlanKind.CARE_PLAN  # a care order: omsorgsplan
    dialog.submit()  # without a goal
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("goal")))
    assert dialog.form.error_text("goal") == "Skriv planens mål, slik det står i planen."
    dialog.goal.setPlainText("Áilu skal bo trygt i fosterhjemmet og ha samvær med mor.")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: roles.plans_model.rowCount() == 1)

    roles.edit_plan.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    again = _dialog(window, ChildPlanDialog)
    assert not again.child.isEnabled()  # a plan stays with its child
    again.time_frame.setText("Ny vurdering i fylkesnemnda om ett år")
    again.submit()
    settle(qtbot, tasks, until=lambda: roles.plans_model.index(0, 4).data().startswith("Ny"))
    assert roles.plans_model.rowCount() == 1  # changed, not added


def test_the_purpose_an_assessment_and_an_evaluation_are_written_from_the_page(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _open_window_with_page(qtbot, tasks, vault, window_factory)
    view.roles.purpose_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    purpose = _dialog(window, PurposeDialog)
    purpose.parent_words.setPlainText("Jeg vil vite hvordan Áilu har det på skolen.")
    purpose.submit()
    settle(qtbot, tasks, until=lambda: "på skolen" in view.roles.purpose.toPlainText())

    view.assessment.new_assessment.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    assessment = _dialog(window, AssessmentDialog)
    assert assessment.reassess_on.value() is not None  # a reassessment proposed: Oversikt
    assessment.text.setPlainText("Du må ha en fast bolig før Áilu kan flytte hjem.")
    assessment.submit()
    settle(qtbot, tasks, until=lambda: "fast bolig" in view.assessment.text.toPlainText())

    view.assessment.new_evaluation.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    evaluation = _dialog(window, ParentEvaluationDialog)
    evaluation.words.setPlainText("Fosterfamilien er snill, men jeg hører lite fra dem.")
    evaluation.submit()
    settle(qtbot, tasks, until=lambda: view.assessment.model.rowCount() == 1)
    assert view.assessment.none_yet.isHidden()
    kinds = {d.kind for d in workspace.register.open_deadlines() if d.parent_id == parent_id}
    assert DeadlineKind.REASSESSMENT in kinds


def test_a_follow_up_line_in_oversikt_opens_that_parents_page(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    example_follow_up(workspace, parent_id)  # an open wish among others: its answer is due
    window.refresh()
    window.show_view(0)
    overview = window.work.overview  # type: ignore[union-attr]
    model = overview.model

    def wish_row() -> int | None:
        kinds = [model.index(r, 0).data(model.KIND_ROLE) for r in range(model.rowCount())]
        return kinds.index(DeadlineKind.WISH_ANSWER) if DeadlineKind.WISH_ANSWER in kinds else None

    settle(qtbot, tasks, until=lambda: wish_row() is not None)
    overview.table.activated.emit(model.index(wish_row() or 0, 0))
    assert window.work.stack.currentIndex() == FOLLOWUP_VIEW  # type: ignore[union-attr]
    view = window.work.followup  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded and view.parent_id == parent_id)


def test_tab_from_the_navigation_reaches_the_button_above_the_tabs(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    from tests.ui.conftest import tab_walk_from

    window, _workspace, _parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    assert window.work is not None
    reached = tab_walk_from(window.work.nav)
    assert reached[:2] == [view.sheet_button, view.tabs.tabBar()]
