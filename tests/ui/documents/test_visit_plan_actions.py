"""Sending the visit plan from the window, on a real vault: the recipients chosen (every party
ticked), their copies previewed together, each kept as PDF/A with its recipient once saved
(once, however often it is saved), and a copy that would name the meeting place to someone who
does not take part refused with a Norwegian message, nothing kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.documents import pdfa
from bufapp.domain.enums import DocumentKind, Supervision, VisitBasis, VisitPeriod, VisitPlace
from bufapp.domain.visits import Frequency, VisitPlan
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.documents.visit_plan_actions import VisitPlanActions
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.documents.pdf_checks import flat
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window

Opened = tuple[MainWindow, Workspace, int, VisitPlanActions, VisitPlan]


def _plan(workspace: Workspace, parent_id: int, child_id: int, **changes: object) -> VisitPlan:
    today = workspace.register.today()
    return workspace.visits.save_plan(
        VisitPlan(child_id, parent_id, today - timedelta(days=20), VisitBasis.DECISION,
                  Frequency(2, VisitPeriod.MONTH, 3.0), decided_by="Barneverns- og helsenemnda",
                  decided_on=today - timedelta(days=25), minimum=Frequency(1, VisitPeriod.MONTH),
                  place=VisitPlace.MEETING_PLACE, place_note="Familiens hus",
                  supervision=Supervision.SUPPORTED, supervisor="Biret Ŧuŧŧu", **changes)  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
def opened(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> Opened:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    actions = VisitPlanActions(window.documents._context, window.documents)  # type: ignore[attr-defined]
    return window, workspace, parent_id, actions, _plan(workspace, parent_id, child_id)


def _kept(workspace: Workspace, parent_id: int) -> list[str]:
    documents = workspace.register.parent_detail(parent_id).documents
    return [d.title for d in documents if d.kind is DocumentKind.VISIT_PLAN]


def _preview(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> PdfPreviewDialog:
    def visible() -> list[PdfPreviewDialog]:
        return [w for w in window.findChildren(PdfPreviewDialog) if w.isVisible()]

    settle(qtbot, tasks, until=lambda: bool(visible()))
    return visible()[0]


def test_the_chosen_parties_copies_are_previewed_together_and_kept_once_each(
    qtbot: QtBot, tasks: TaskManager, opened: Opened, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, workspace, parent_id, actions, plan = opened
    actions.send_plan(parent_id, plan.id or 0)
    settle(qtbot, tasks, until=lambda: bool(actions.choices) and actions.choices[0].isVisible())
    choice = actions.choices[0]
    assert list(choice.boxes) == ["parent", "carers", "supervisor"]
    assert all(box.isChecked() for box in choice.boxes.values())
    choice.boxes["supervisor"].setChecked(False)
    choice.accept()
    preview = _preview(qtbot, tasks, window)
    text = flat(preview._pdf)  # type: ignore[attr-defined]
    assert "Her er samværsplanen for samværet mellom Máret Čuđe og Áilu" in text
    assert "Dere får den fordi dere er med på å gjennomføre samværet" in text
    assert "Du får den fordi du skal føre tilsyn" not in text
    assert _kept(workspace, parent_id) == []  # only looked at

    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "plan.pdf")
    preview.save_as()
    settle(qtbot, tasks, until=lambda: bool(_kept(workspace, parent_id)))
    preview.save_as()  # saved twice: sent once
    settle(qtbot, tasks)
    start = f"Samværsplan for Áilu, versjon 1 fra {plan.valid_from:%d.%m.%Y} – til "
    assert _kept(workspace, parent_id) == [f"{start}Máret Čuđe (mor)", f"{start}fosterhjemmet"]
    for document in workspace.register.parent_detail(parent_id).documents:
        assert pdfa.findings(workspace.documents.stored(document.id or 0)[1]) == []
    assert workspace.visit_documents.sent_line(plan.id or 0).startswith(
        "Sendt til: Máret Čuđe (mor) ("
    )
    preview.close()


def test_a_copy_naming_the_meeting_place_to_an_outsider_is_refused_in_norwegian(
    qtbot: QtBot, tasks: TaskManager, opened: Opened
) -> None:
    window, workspace, parent_id, actions, plan = opened
    draft = workspace.visits.new_version(plan.id or 0)
    changed = workspace.visits.save_plan(
        replace(draft, others_with_rights="Mormor Elle – på Familiens hus",
                change_reason="Nemnda ga mormor samværsrett.")
    )  # fmt: skip
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    actions.preview(parent_id, changed.id or 0, ["parent", "other.1"], "Máret Čuđe")
    settle(qtbot, tasks, until=lambda: bool(Messages.shown))
    settle(qtbot, tasks)
    (message,) = Messages.shown
    assert message.startswith("«Andre med samværsrett» nevner møtestedet for samværet")
    assert not [w for w in window.findChildren(PdfPreviewDialog) if w.isVisible()]
    assert _kept(workspace, parent_id) == []
