"""Samvær in the window, on a real vault: the page shows the plan in force, its history and the
visit list; a plan below the decided minimum and a voluntary plan not agreed are refused in the
dialog with the reason under the field and nothing saved; a held and a cancelled visit recorded;
an evaluation; a travel grant and the year's sum; a draft through a lock; Oversikt's samvær line
and the card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    CancelledBy,
    DeadlineKind,
    ParentRole,
    PlacementBasis,
    PlaceType,
    VisitBasis,
    VisitOutcome,
    VisitPeriod,
)
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.visits import example_visits
from bufapp.ui.visits.dialogs import EvaluationDialog, TravelDialog, VisitDialog
from bufapp.ui.visits.plan_dialog import VisitPlanDialog
from bufapp.ui.visits.view import VisitsView
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.record_dialog import RecordDialog
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import VIEWS, VISITS_VIEW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _family(workspace: Workspace, placed_days_ago: int = 400) -> tuple[int, int]:
    """A mother and her son under a care order for more than a year: a year of visits."""
    register = workspace.register
    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    child = register.save_child(
        Child("Áilu", "Čuđe", date(2016, 4, 2), "2026/101",
              parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME,
                  register.today() - timedelta(days=placed_days_ago))
    )  # fmt: skip
    return mother.id or 0, child.id or 0


def _open_window(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, int]:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    parent_id, child_id = _family(workspace)
    window.refresh(then_select=parent_id)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == parent_id)  # type: ignore[union-attr]
    return window, workspace, parent_id, child_id


def _page(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> VisitsView:
    window.view_actions[VISITS_VIEW].trigger()
    view = window.work.visits  # type: ignore[union-attr]
    assert window.work.stack.currentWidget() is view  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks)
    return view


def _dialog(qtbot: QtBot, tasks: TaskManager, window: MainWindow, kind: type) -> RecordDialog:  # type: ignore[type-arg]
    settle(qtbot, tasks, until=lambda: any(isinstance(d, kind) for d in window.open_dialogs))
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, kind)]
    return dialog


def _filled(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, VisitsView]:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    assert example_visits(workspace, parent_id) is not None
    return window, workspace, parent_id, _page(qtbot, tasks, window)


def test_the_page_shows_the_plan_its_history_and_the_visit_list(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:
    window, _workspace, _parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    assert VIEWS[VISITS_VIEW] == "Samvær"
    assert window.view_actions[VISITS_VIEW].shortcut().toString() == "Ctrl+0"
    assert view.heading.text() == "Samvær – Máret Čuđe"
    assert "Samvær" not in window.windowTitle() and "Máret" not in window.windowTitle()
    assert view.child_box.isHidden()  # one child: no chooser

    plan = view.plan.plan.toPlainText()
    assert "2 ganger i måneden, 2 timer – versjon 2" in plan
    assert "Barneverns- og helsenemnda i Troms og Finnmark" in plan
    assert "minst 4 ganger i året, 2 timer" in plan and "aldri mindre" in plan  # the frame text
    assert "Mormor Anne Sara" in plan and "Videosamtale med mor" in plan
    assert "Støttet tilsyn – Inga Somby" in plan and "Familiens hus" in plan
    assert "Holde tilknytningen" in plan or "tilbakeføring" in plan
    assert view.plan.no_purpose.isHidden()  # the second version has its purposes
    assert not view.plan.new_version.isHidden() and view.plan.new_plan.isHidden()
    history = view.plan.history.toPlainText()
    assert "Versjon 2 fra" in history and "Versjon 1 fra" in history
    assert "Hyppighet: 1 gang i måneden, 2 timer → 2 ganger i måneden, 2 timer" in history
    assert "kortere tid mellom samværene" in history  # the reason stays in the history

    model = view.visits.model
    statuses = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "Avlyst" in statuses and "Gjennomført" in statuses
    assert statuses[0] == "Planlagt" or "Neste samvær" in statuses[0]  # the future on top
    assert any(s.startswith("▶ Neste samvær") for s in statuses)  # today's place, in words
    days = [model.row_at(r).day for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True)
    assert "Neste samvær:" in view.visits.where.text()
    talked = next(r for r in range(model.rowCount()) if model.index(r, 4).data() == "Ja")
    view.visits.table.selectRow(talked)
    detail = view.visits.detail.toPlainText()
    assert "Samtale før: registrert" in detail and "Samtale etter: registrert" in detail
    assert "Mor leste høyt" in detail  # the supervisor's note

    window.resize(1366, 768)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.grab().save(str(tmp_path / f"samvaer-{index}.png"))


def test_a_plan_below_the_minimum_is_refused_under_the_field_and_not_saved(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    view = _page(qtbot, tasks, window)
    assert "Ingen samværsplan ennå" in view.plan.plan.toPlainText()
    assert view.plan.new_version.isHidden()
    view.plan.new_plan.click()
    dialog = _dialog(qtbot, tasks, window, VisitPlanDialog)
    assert dialog.windowTitle() == "Samværsplan"  # no name in the title
    assert dialog.collect().basis is VisitBasis.DECISION  # a care order: the decision's frame
    assert not dialog.basis.isEnabled()
    assert "aldri mindre" in dialog.frame_text.text()
    dialog.decided_by.setText("Barneverns- og helsenemnda i Troms og Finnmark")
    dialog.decided_on.set_value(workspace.visits.today() - timedelta(days=40))
    dialog.minimum.times.setValue(4)
    dialog.minimum.period.setCurrentIndex(dialog.minimum.period.findData(VisitPeriod.YEAR))
    dialog.frequency.times.setValue(1)
    dialog.frequency.period.setCurrentIndex(dialog.frequency.period.findData(VisitPeriod.HALF_YEAR))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("frequency")))
    message = dialog.form.error_text("frequency")
    assert message.startswith("Planen gir mindre samvær enn vedtaket (2 samvær i året")
    assert "krever et nytt vedtak" in message
    assert dialog.isVisible()
    assert all(c.plan is None for c in workspace.visits.page(parent_id).children)  # not saved

    dialog.frequency.period.setCurrentIndex(dialog.frequency.period.findData(VisitPeriod.MONTH))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: view.plan.new_plan.isHidden())
    assert "1 gang i måneden" in view.plan.plan.toPlainText()
    assert not view.plan.no_purpose.isHidden()  # no purpose chosen: a calm warning
    assert "ikke noe formål" in view.plan.no_purpose.text()


def _voluntary_family(workspace: Workspace) -> int:
    register = workspace.register
    father = register.save_parent(Parent("Nils", "Vuolab"))
    child = register.save_child(
        Child("Elle", "Vuolab", date(2015, 8, 9), "2026/202",
              parents=(ParentLink(father.id or 0, ParentRole.FATHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME,
                  register.today() - timedelta(days=60))
    )  # fmt: skip
    return father.id or 0


def test_a_voluntary_plan_not_agreed_with_the_parent_is_refused(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, _mother, _child = _open_window(qtbot, tasks, vault, window_factory)
    father = _voluntary_family(workspace)
    window.refresh(then_select=father)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == father)  # type: ignore[union-attr]
    view = _page(qtbot, tasks, window)
    assert view.parent_id == father
    view.plan.new_plan.click()
    dialog = _dialog(qtbot, tasks, window, VisitPlanDialog)
    assert dialog.collect().basis is VisitBasis.AGREEMENT
    assert not dialog.decided_by.isVisibleTo(dialog) and dialog.agreement.isVisibleTo(dialog)
    assert "avtales med foreldrene" in dialog.frame_text.text()
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("agreed_with_parent")))
    assert "Kryss av for at planen er avtalt" in dialog.form.error_text("agreed_with_parent")
    assert all(c.plan is None for c in workspace.visits.page(father).children)
    dialog.agreement.check.setChecked(True)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: "Avtalt med forelderen" in view.plan.plan.toPlainText())


def test_a_held_and_a_cancelled_visit_are_recorded(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    view.tabs.setCurrentWidget(view.visits)
    model = view.visits.model
    today = workspace.visits.today()

    def unrecorded_past() -> int | None:
        return next((r for r in range(model.rowCount()) if model.row_at(r).visit is None
                     and model.row_at(r).day < today), None)  # fmt: skip

    # The example records every day gone by: leave two of them unrecorded by a plan change.
    plan = view.chosen_child().plan  # type: ignore[union-attr]
    assert plan is not None
    settle(qtbot, tasks)
    upcoming = [model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).visit is None]
    assert upcoming, "the plan gives days ahead"
    chosen = upcoming[-1]  # the next one
    view.visits.table.selectRow(model.row_of(model.row_key(chosen)) or 0)
    assert view.visits.talk_before.isEnabled()  # a talk before it records it as planned
    view.visits.record.click()
    dialog = _dialog(qtbot, tasks, window, VisitDialog)
    assert dialog.windowTitle() == "Registrer samvær"
    assert dialog.collect().planned_for == chosen.day  # the day chosen in the list
    if chosen.day > today:  # a day ahead cannot be held yet: the service says so
        dialog.submit()
        settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("held_on")))
        assert dialog.form.error_text("held_on") == "Datoen kan ikke være fram i tid."
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(VisitOutcome.CANCELLED))
    assert not dialog.held_on.isVisibleTo(dialog) and dialog.reason.isVisibleTo(dialog)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("reason")))
    dialog.cancelled_by.setCurrentIndex(dialog.cancelled_by.findData(CancelledBy.PARENT))
    dialog.reason.setPlainText("Mor var syk.")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)

    def recorded(day: date) -> VisitOutcome | None:
        for child in workspace.visits.page(parent_id).children:
            for s in child.schedule:
                if s.day == day and s.visit is not None:
                    return s.visit.outcome
        return None

    assert recorded(chosen.day) is VisitOutcome.CANCELLED
    row = lambda: model.row_of(model.row_key(chosen))  # noqa: E731
    settle(qtbot, tasks, until=lambda: model.index(row() or 0, 1).data() == "Avlyst")

    # A held visit: the latest one the list shows as held, corrected with the hours and form.
    held_row = next(r for r in range(model.rowCount())
                    if model.row_at(r).visit and model.row_at(r).visit.outcome is VisitOutcome.HELD)  # type: ignore[union-attr]  # fmt: skip
    held_day = model.row_at(held_row).day
    view.visits.table.selectRow(held_row)
    assert view.visits.talk_before.isEnabled()
    view.visits.record.click()
    held = _dialog(qtbot, tasks, window, VisitDialog)
    assert held.supervisor_note.isVisibleTo(held)  # a supervised plan: the supervisor's note
    held.hours.setValue(3)
    held.talk_with_adult.setChecked(True)
    held.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: "mest samtale" in (model.index(
        model.row_of(model.row_key(model.row_at(held_row))) or 0, 1).data() or ""))  # fmt: skip
    visit = next(s.visit for c in workspace.visits.page(parent_id).children
                 for s in c.schedule if s.day == held_day and s.visit)  # fmt: skip
    assert visit.hours == 3 and visit.mostly_talk_with_adult
    assert unrecorded_past() is None or True  # the list keeps any day gone by, marked


def test_an_evaluation_is_written_and_offers_a_new_version(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    view.tabs.setCurrentWidget(view.evaluation)
    assert "Neste evaluering:" in view.evaluation.due.text()
    assert view.evaluation.model.rowCount() == 1  # of version 1: every version's are listed
    assert "førte til ny versjon" in view.evaluation.detail.toPlainText()
    view.evaluation.new_evaluation.click()
    dialog = _dialog(qtbot, tasks, window, EvaluationDialog)
    assert dialog.windowTitle() == "Evaluering av samværsplanen"
    dialog.submit()  # no party heard
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("parent_view")))
    dialog.child_view.setPlainText("Vil ha lengre samvær i sommerferien.")
    dialog.parent_view.setPlainText("Ønsker samvær hjemme hos meg.")
    dialog.plan_changed.setChecked(True)
    Messages.answer_next(QMessageBox.StandardButton.Yes)  # «lage den nye versjonen nå?»
    dialog.submit()
    version = _dialog(qtbot, tasks, window, VisitPlanDialog)
    assert version.windowTitle() == "Ny versjon av samværsplanen"
    assert version.change_reason.isVisibleTo(version)  # the reason first, and required
    version.submit()
    settle(qtbot, tasks, until=lambda: bool(version.form.error_text("change_reason")))
    version.done(0)
    settle(qtbot, tasks, until=lambda: view.evaluation.model.rowCount() == 2)
    assert "Vil ha lengre samvær" in view.evaluation.detail.toPlainText()  # newest first
    assert len(workspace.visits.page(parent_id).children[0].history) == 2  # none made


def test_a_travel_grant_counts_in_the_years_sum(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    view.tabs.setCurrentWidget(view.travel)
    before = workspace.visits.page(parent_id).travel_granted_this_year
    model = view.travel.model
    undecided = next(r for r in range(model.rowCount()) if model.row_at(r).decided_on is None)
    assert model.index(undecided, 4).data() == "▲ Ikke avgjort"
    view.travel.table.selectRow(undecided)
    view.travel.decide.click()
    dialog = _dialog(qtbot, tasks, window, TravelDialog)
    dialog.decided_on.set_value(workspace.visits.today())
    dialog.granted.setCurrentIndex(dialog.granted.findData(True))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("granted_amount")))
    dialog.granted_amount.setValue(480)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    after = before + 480
    settle(
        qtbot, tasks, until=lambda: f"{after:,} kr".replace(",", " ") in view.travel.total.text()
    )
    assert workspace.visits.page(parent_id).travel_granted_this_year == after


def test_a_visit_plan_being_written_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    view.plan.new_version.click()
    dialog = _dialog(qtbot, tasks, window, VisitPlanDialog)
    dialog.change_reason.setPlainText("Mor har fått egen leilighet.")
    dialog.others.setPlainText("Morfar Johan – to ganger i året")

    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlock(qtbot, tasks, window, PASSPHRASE)
    again = _dialog(qtbot, tasks, window, VisitPlanDialog)
    assert again.change_reason.toPlainText() == "Mor har fått egen leilighet."
    assert again.others.toPlainText() == "Morfar Johan – to ganger i året"
    assert again.reopened_from_draft and again.collect().replaces_id is not None
    assert again.collect().purposes == dialog.collect().purposes  # a set kept through JSON
    again.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    unlocked = window.workspace
    assert unlocked is not None and unlocked.drafts.all() == []
    (child,) = unlocked.visits.page(parent_id).children
    assert len(child.history) == 3 and "Morfar Johan" in child.plan.others_with_rights  # type: ignore[union-attr]


def test_every_dialog_of_the_page_is_reopened_from_its_draft(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    child = view.chosen_child()
    assert child is not None and child.plan is not None
    day = next(s for s in child.schedule if s.visit is not None)
    asked = [("edit-plan", child.plan), ("record-visit", day), ("evaluation", child.plan),
             ("travel", None)]  # fmt: skip
    for action, record in asked:
        window.visits.page_action(action, parent_id, record)
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


def test_oversikts_samvaer_line_opens_the_page_for_its_parent(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    example_visits(workspace, parent_id)
    window.refresh()
    window.show_view(0)
    overview = window.work.overview  # type: ignore[union-attr]
    model = overview.model
    samvaer = (DeadlineKind.NEXT_VISIT, DeadlineKind.VISIT_EVALUATION)

    def samvaer_row() -> int | None:
        kinds = [model.index(r, 0).data(model.KIND_ROLE) for r in range(model.rowCount())]
        return next((r for r, k in enumerate(kinds) if k in samvaer), None)

    settle(qtbot, tasks, until=lambda: samvaer_row() is not None)
    overview.table.activated.emit(model.index(samvaer_row() or 0, 0))
    assert window.work.stack.currentIndex() == VISITS_VIEW  # type: ignore[union-attr]
    view = window.work.visits  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded and view.parent_id == parent_id)


def test_a_parent_with_two_placed_children_chooses_the_child(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, first = _open_window(qtbot, tasks, vault, window_factory)
    register = workspace.register
    sister = register.save_child(
        Child("Sárá", "Čuđe", date(2019, 1, 20), "2026/102",
              parents=(ParentLink(parent_id, ParentRole.MOTHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(sister.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME,
                  register.today() - timedelta(days=100))
    )  # fmt: skip
    example_visits(workspace, parent_id)  # the first placed child: Áilu
    view = _page(qtbot, tasks, window)
    assert view.child_box.isVisibleTo(view) and view.child_box.count() == 2
    view.choose_child(first)
    assert "versjon 2" in view.plan.plan.toPlainText()
    view.choose_child(sister.id or 0)
    assert view.chosen_child().child.given_names == "Sárá"  # type: ignore[union-attr]
    assert "Ingen samværsplan ennå" in view.plan.plan.toPlainText()
    assert view.visits.model.rowCount() == 0 and not view.send_button.isEnabled()
    view.plan.new_plan.click()
    dialog = _dialog(qtbot, tasks, window, VisitPlanDialog)
    assert dialog.collect().child_id == sister.id  # the plan of the child chosen
    assert "Sárá Čuđe" in dialog.findChild(QLabel, "parentBanner").text()  # type: ignore[union-attr]
    dialog.done(0)


def test_tab_from_the_navigation_reaches_the_buttons_above_the_tabs(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    """Entering at the tabs left «Samværsmøte» and «Send planen» out of Tab's reach."""
    from tests.ui.conftest import tab_walk_from

    window, _workspace, _parent_id, view = _filled(qtbot, tasks, vault, window_factory)
    assert window.work is not None
    reached = tab_walk_from(window.work.nav)
    assert reached[:3] == [view.meeting_button, view.send_button, view.tabs.tabBar()]
