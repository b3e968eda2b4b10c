"""Levekår in the window, on a real vault: the page shows the parent's newest assessment beside
the one before, the areas over time as a table, the history; the dialog refuses an empty
assessment and saves a new one; a draft survives a lock; the help buttons make a referral draft
(opened in Henvisninger) and a task; Oversikt's line opens the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.demo.living import story
from bufapp.domain.consent import Service
from bufapp.domain.deadlines import Deadline
from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    DeadlineKind,
    LivingArea,
    ParentRole,
    PlacementBasis,
    PlaceType,
    ServiceType,
)
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.living.dialog import AssessmentDialog
from bufapp.ui.living.view import LivingView
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.overview_view import SHOWN, Opens, OverviewView
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LIVING_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _open_window(
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
                  register.today() - timedelta(days=400))
    )  # fmt: skip
    workspace.directory.save(Service("NAV Fjellvik", ServiceType.NAV))
    window.refresh(then_select=mother.id)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == mother.id)  # type: ignore[union-attr]
    return window, workspace, mother.id or 0


def _page(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> LivingView:
    window.show_view(LIVING_VIEW)
    view = window.work.living  # type: ignore[union-attr]
    assert window.work.stack.currentWidget() is view  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks)
    return view


def _dialog(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> AssessmentDialog:
    settle(qtbot, tasks, until=lambda: any(isinstance(d, AssessmentDialog)
                                          for d in window.open_dialogs))  # fmt: skip
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, AssessmentDialog)]
    return dialog


def test_the_page_shows_the_latest_the_numbers_over_time_and_the_history(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    for assessment in story(parent_id, workspace.living.today()):  # the demo's year
        workspace.living.save_assessment(assessment)
    view = _page(qtbot, tasks, window)
    assert VIEWS[LIVING_VIEW] == "Levekår"
    assert view.heading.text() == "Levekår – Máret Čuđe"
    assert "Levekår" not in window.windowTitle() and "Máret" not in window.windowTitle()
    model = view.latest.model
    assert model.rowCount() == 5
    finances = [model.index(0, c).data() for c in range(model.columnCount())]
    assert finances == ["Økonomi", "4 – Bra (+1)", "4 – Bra (+1)", "Nei",
                        "«Jeg har litt til overs for første gang på lenge.»"]  # fmt: skip
    assert "Neste vurdering:" in view.due.text() and "(standard)" in view.due.text()
    # Help is wanted with health and social contact: a referral and a task button for each.
    assert set(view.latest.help_buttons) == {
        (kind, area) for kind in ("referral", "task")
        for area in (LivingArea.HEALTH, LivingArea.SOCIAL_CONTACT)
    }  # fmt: skip
    assert "bidrag" in view.latest.finance.text()
    # Over time: the chosen area's numbers, oldest first, as a table.
    series = view.over_time.model
    assert [series.index(r, 1).data() for r in range(series.rowCount())] == [
        "1 – Svært vanskelig", "2 – Vanskelig", "3 – Både og", "4 – Bra",
    ]  # fmt: skip
    assert series.index(1, 3).data() == "+1"
    view.over_time.area.setCurrentIndex(3)  # Helse
    assert [series.index(r, 1).data() for r in range(series.rowCount())] == ["3 – Både og"] * 4
    description = view.over_time.charts[LivingArea.FINANCES].accessibleDescription()
    assert description.startswith("Forelderen: ") and "4" in description
    assert view.history.model.rowCount() == 4
    assert "Først tar de fra meg barnet mitt" not in view.history.detail.toPlainText()
    view.history.table.selectRow(3)
    assert "Først tar de fra meg barnet mitt" in view.history.detail.toPlainText()
    # How often: a setting per parent; the next date follows it.
    view.interval.setValue(3)
    view.interval_button.click()
    settle(qtbot, tasks, until=lambda: "hver 3. måned" in view.due.text())
    assert "(standard)" not in view.due.text()


def test_the_dialog_refuses_an_empty_assessment_and_saves_one(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    view = _page(qtbot, tasks, window)
    assert "Ikke vurdert ennå" in view.due.text()
    view.new_button.click()
    dialog = _dialog(qtbot, tasks, window)
    assert dialog.prompts and all(p.isHidden() for p in dialog.prompts)
    dialog.show_prompts.setChecked(True)
    assert not any(p.isHidden() for p in dialog.prompts)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not dialog.saving)
    assert dialog.isVisible() and "minst ett område" in dialog.general_error.text()
    fields = dialog.areas[LivingArea.HOUSING]
    fields.parent_score.setCurrentIndex(2)
    fields.parent_words.setPlainText("  Trangt, men trygt. ")
    fields.wants_help.setChecked(True)
    dialog.areas[LivingArea.FINANCES].worker_score.setCurrentIndex(9)  # out of the list: stays
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not dialog.isVisible())
    (saved,) = workspace.living.page(parent_id).assessments
    rating = saved.rating(LivingArea.HOUSING)
    assert rating is not None and (rating.parent_score, rating.parent_words) == (
        2, "Trangt, men trygt.",
    )  # fmt: skip
    settle(qtbot, tasks, until=lambda: view.history.model.rowCount() == 1)
    assert "Neste vurdering:" in view.due.text()


def test_a_draft_of_the_dialog_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    _page(qtbot, tasks, window)
    window.living.page_action("new-assessment", parent_id)
    dialog = _dialog(qtbot, tasks, window)
    dialog.areas[LivingArea.HEALTH].parent_words.setPlainText("Ryggen plager meg.")
    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    reopened = _dialog(qtbot, tasks, window)
    assert reopened.areas[LivingArea.HEALTH].parent_words.toPlainText() == "Ryggen plager meg."
    assert reopened.reopened_from_draft
    reopened.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    assert len(workspace.living.page(parent_id).assessments) == 1
    assert workspace.drafts.all() == []


def test_the_help_buttons_make_a_referral_draft_and_a_task(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    from bufapp.domain.living import AreaRating, LivingAssessment

    workspace.living.save_assessment(
        LivingAssessment(parent_id, workspace.living.today(),
                         (AreaRating(LivingArea.FINANCES, 1, "Jeg har ikke råd til mat.",
                                     wants_help=True),))
    )  # fmt: skip
    view = _page(qtbot, tasks, window)
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", lambda _w, text, **_k: asked.append(text)
                        or QMessageBox.StandardButton.Yes)  # fmt: skip
    monkeypatch.setattr(Messages, "info", lambda _w, text: asked.append(text))
    monkeypatch.setattr(Messages, "error", lambda _w, text: asked.append("FEIL " + text))
    view.latest.help_buttons[("referral", LivingArea.FINANCES)].click()  # type: ignore[attr-defined]
    settle(qtbot, tasks, until=lambda: bool(workspace.referrals.of_parent(parent_id)))
    (draft,) = workspace.referrals.of_parent(parent_id)
    assert "økonomi" in draft.request and "ikke råd til mat" in draft.parent_words
    assert "samtykke" in asked[0]
    panel = window.work.referrals  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: window.work.stack.currentWidget() is panel)  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: bool(panel.editors))
    for editor in list(panel.editors):
        editor.done(0)
    window.show_view(LIVING_VIEW)
    view.latest.help_buttons[("task", LivingArea.FINANCES)].click()  # type: ignore[attr-defined]
    settle(qtbot, tasks, until=lambda: len(asked) == 2)
    (task,) = workspace.contact_log.tasks_of(parent_id, True)
    assert "økonomi" in task.what and "Oppgaven er lagret" in asked[1]


def test_the_oversikt_line_opens_the_levekaar_page(qtbot: QtBot) -> None:
    assert {k for k, s in SHOWN.items() if s.opens is Opens.LIVING} == {
        DeadlineKind.LIVING_CONDITIONS
    }
    view = OverviewView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.open_living) as opened:
        view.open_deadline(DeadlineKind.LIVING_CONDITIONS, 7)
    assert opened.args == [7]
    about = SHOWN[DeadlineKind.LIVING_CONDITIONS].about
    assert about.endswith(".") and "§" not in about
    assert Deadline(DeadlineKind.LIVING_CONDITIONS, 7, date(2026, 1, 1), "x").kind.label == (
        "Levekår skal vurderes på nytt"
    )
