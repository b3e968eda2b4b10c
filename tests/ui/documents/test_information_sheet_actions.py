"""The information sheet from the window, on a real vault: previewed as every document is, kept
as PDF/A with the items it gives noted on the checklist once saved, refused with a Norwegian
message when the assessment names a hidden foster home, and made for the basis chosen when the
children are placed on different bases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.documents import pdfa
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    DocumentKind,
    HomeOutlook,
    ParentRole,
    PlacementBasis,
    PlaceType,
    Understanding,
)
from bufapp.domain.followup import Assessment
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.documents.information_sheet_actions import InformationSheetActions
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.documents.pdf_checks import flat
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window


@pytest.fixture
def opened(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, InformationSheetActions]:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    actions = InformationSheetActions(window.documents._context, window.documents)  # type: ignore[attr-defined]
    return window, workspace, parent_id, actions


def _preview(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> PdfPreviewDialog:
    def visible() -> list[PdfPreviewDialog]:
        return [w for w in window.findChildren(PdfPreviewDialog) if w.isVisible()]

    settle(qtbot, tasks, until=lambda: bool(visible()))
    return visible()[0]


def test_the_sheet_is_previewed_then_kept_as_pdfa_and_noted_on_the_checklist_once_saved(
    qtbot: QtBot,
    tasks: TaskManager,
    opened: tuple[MainWindow, Workspace, int, InformationSheetActions],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace, parent_id, actions = opened
    actions.print_sheet(parent_id)
    preview = _preview(qtbot, tasks, window)
    assert "Det kalles en omsorgsovertakelse" in flat(preview._pdf)  # type: ignore[attr-defined]
    assert workspace.register.parent_detail(parent_id).documents == ()  # only looked at

    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "ark.pdf")
    preview.save_as()
    settle(qtbot, tasks, until=lambda: bool(workspace.register.parent_detail(parent_id).documents))
    (kept,) = workspace.register.parent_detail(parent_id).documents
    assert kept.kind is DocumentKind.INFORMATION_SHEET and kept.title.startswith("Informasjonsark")
    _described, stored = workspace.documents.stored(kept.id or 0)
    assert pdfa.findings(stored) == []
    noted = workspace.followup.page(parent_id).information
    assert noted and {g.understood for g in noted} == {Understanding.UNCONFIRMED}
    assert "rights_care_order" in {g.item for g in noted}
    preview.close()


def test_an_assessment_naming_a_hidden_foster_home_is_refused_in_norwegian(
    qtbot: QtBot,
    tasks: TaskManager,
    opened: tuple[MainWindow, Workspace, int, InformationSheetActions],
) -> None:
    window, workspace, parent_id, actions = opened
    (situation,) = workspace.register.parent_detail(parent_id).children
    placement = situation.placements[0]
    workspace.register.save_placement(
        replace(placement, carer_names="Elle og Niillas Ŋuolla", whereabouts_hidden=True,
                hidden_decided_on=placement.start_date, hidden_basis="Nemndas vedtak")
    )  # fmt: skip
    today = workspace.register.today()
    workspace.followup.save_assessment(
        Assessment(parent_id, today, HomeOutlook.NOT_NOW, "Áilu trives hos Niillas Ŋuolla.")
    )
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    actions.print_sheet(parent_id)
    settle(qtbot, tasks, until=lambda: bool(Messages.shown))
    settle(qtbot, tasks)
    (message,) = Messages.shown
    assert message.startswith("«Barnevernstjenestens vurdering» nevner fosterforeldrenes navn")
    assert not [w for w in window.findChildren(PdfPreviewDialog) if w.isVisible()]
    assert workspace.register.parent_detail(parent_id).documents == ()


def test_children_on_two_bases_ask_which_sheet_to_make(
    qtbot: QtBot,
    tasks: TaskManager,
    opened: tuple[MainWindow, Workspace, int, InformationSheetActions],
) -> None:
    window, workspace, parent_id, actions = opened
    register = workspace.register
    link = ParentLink(parent_id, ParentRole.MOTHER)
    biret = register.save_child(Child("Biret", "Čuđe", register.today().replace(year=2019),
                                      "2026/102", parents=(link,)))  # fmt: skip
    register.save_placement(Placement(biret.id or 0, PlacementBasis.VOLUNTARY,
                                      PlaceType.FOSTER_HOME, register.today() - timedelta(days=2)))  # fmt: skip
    Messages.answer_next(QMessageBox.StandardButton.Yes)  # the other basis, not the default
    actions.print_sheet(parent_id)
    preview = _preview(qtbot, tasks, window)
    assert "ulike grunnlag" in Messages.shown[0]
    text = flat(preview._pdf)  # type: ignore[attr-defined]
    assert "Áilu bor nå i et fosterhjem fordi" in text  # the care order, not Biret's
    assert "Det kalles en omsorgsovertakelse" in text
    preview.close()
