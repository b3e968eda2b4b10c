"""Gruppetilbud in the window, on a real vault: Oversikt's «not told» line opens the view for its
parent with the prompt; telling the parent in the dialog ends it; the catalogue counts the
participants and filters; an offer without a name is refused under the field; a participation
being written survives a lock; both dialogs reopen from their drafts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    DeadlineKind,
    GroupOfferType,
    OfferAnswer,
    ParentRole,
    PlacementBasis,
    PlaceType,
)
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.group_offers.dialogs import OfferDialog, ParticipationDialog
from bufapp.ui.group_offers.view import GroupOffersView
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.record_dialog import RecordDialog
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import GROUP_OFFERS_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _open_window(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int]:
    """A mother whose son was placed 40 days ago and who was never told of the group offers;
    an ICDP group of the office's own in the catalogue."""
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
                  register.today() - timedelta(days=40))
    )  # fmt: skip
    workspace.group_offers.save_offer(
        GroupOffer("ICDP-gruppe – høsten", GroupOfferType.ICDP, own_office=True, sessions=10)
    )
    window.refresh(then_select=mother.id)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == mother.id)  # type: ignore[union-attr]
    return window, workspace, mother.id or 0


def _dialog(qtbot: QtBot, tasks: TaskManager, window: MainWindow, kind: type) -> RecordDialog:  # type: ignore[type-arg]
    settle(qtbot, tasks, until=lambda: any(isinstance(d, kind) for d in window.open_dialogs))
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, kind)]
    return dialog


def test_oversikts_not_told_line_opens_the_view_and_telling_the_parent_ends_it(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    assert VIEWS[GROUP_OFFERS_VIEW] == "Gruppetilbud"
    window.show_view(0)
    overview = window.work.overview  # type: ignore[union-attr]
    model = overview.model

    def not_told_row() -> int | None:
        kinds = [model.index(r, 0).data(model.KIND_ROLE) for r in range(model.rowCount())]
        return next(
            (r for r, k in enumerate(kinds) if k == DeadlineKind.GROUP_OFFERS_NOT_TOLD), None
        )

    settle(qtbot, tasks, until=lambda: not_told_row() is not None)
    overview.table.activated.emit(model.index(not_told_row() or 0, 0))
    assert window.work.stack.currentIndex() == GROUP_OFFERS_VIEW  # type: ignore[union-attr]
    view = window.work.built(GROUP_OFFERS_VIEW)  # type: ignore[union-attr]
    assert isinstance(view, GroupOffersView)
    settle(qtbot, tasks, until=lambda: view.loaded and view.parent_id == parent_id)
    assert view.heading.text() == "Gruppetilbud – Máret Čuđe"
    assert "Máret" not in window.windowTitle()
    assert view.participation.prompt.isVisibleTo(view.participation)
    assert "ikke informert" in view.participation.prompt.text()
    assert view.catalogue.model.rowCount() == 1

    view.participation.told_button.click()
    dialog = _dialog(qtbot, tasks, window, ParticipationDialog)
    assert "Máret" not in dialog.windowTitle()
    dialog.answer.setCurrentIndex(dialog.answer.findData(OfferAnswer.INTERESTED))
    dialog.referred_on.set_value(workspace.group_offers.today() + timedelta(days=2))
    dialog.offer.setCurrentIndex(1)  # the ICDP group
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("referred_on")))
    assert "fram i tid" in dialog.form.error_text("referred_on")
    dialog.referred_on.set_value(None)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: view.participation.model.rowCount() == 1)
    settle(qtbot, tasks, until=lambda: not_told_row() is None)
    assert not view.participation.prompt.isVisibleTo(view.participation)
    assert view.participation.model.index(0, 1).data() == "Informert – interessert"
    assert view.catalogue.model.index(0, 5).data() == "1"  # one participant, no name

    view.catalogue.active_box.setCurrentIndex(1)  # the ended ones: none yet
    assert view.catalogue.model.rowCount() == 0
    view.catalogue.active_box.setCurrentIndex(0)
    view.catalogue.new_button.click()
    offer_dialog = _dialog(qtbot, tasks, window, OfferDialog)
    offer_dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(offer_dialog.form.error_text("name")))
    assert workspace.group_offers.catalogue() and len(workspace.group_offers.catalogue()) == 1
    offer_dialog.done(0)
    settle(qtbot, tasks)


def test_a_participation_being_written_survives_a_lock_and_both_dialogs_reopen(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    offer = workspace.group_offers.catalogue()[0].offer
    workspace.group_offers.save_participation(
        GroupParticipation(parent_id, offer.id, referred_on=workspace.group_offers.today())
    )
    window.show_view(GROUP_OFFERS_VIEW)
    view = window.work.built(GROUP_OFFERS_VIEW)  # type: ignore[union-attr]
    assert isinstance(view, GroupOffersView)
    settle(qtbot, tasks, until=lambda: view.loaded and view.participation.model.rowCount() == 1)
    view.participation.edit_button.click()
    dialog = _dialog(qtbot, tasks, window, ParticipationDialog)
    dialog.evaluation.setPlainText("Godt å møte andre foreldre på Čáhppes.")

    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    again = _dialog(qtbot, tasks, window, ParticipationDialog)
    assert again.reopened_from_draft
    assert again.evaluation.toPlainText() == "Godt å møte andre foreldre på Čáhppes."
    again.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    assert workspace.drafts.all() == []
    (line,) = workspace.group_offers.page(parent_id).lines
    assert line.record.evaluation == "Godt å møte andre foreldre på Čáhppes."

    window.group_offers.page_action("edit-offer", None, offer)
    offer_dialog = _dialog(qtbot, tasks, window, OfferDialog)
    kept = replace_name(offer_dialog)
    workspace.drafts.save(offer_dialog.kind, offer_dialog.record_key, kept)
    offer_dialog.done(0)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    (draft,) = [d for d in workspace.drafts.all() if d.kind == "group-offer"]
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    window.draft_reopening.reopen([draft])
    reopened = _dialog(qtbot, tasks, window, OfferDialog)
    assert reopened.collect() == kept
    reopened.done(0)
    settle(qtbot, tasks)


def replace_name(dialog: RecordDialog) -> object:  # type: ignore[type-arg]
    dialog.name.setText("ICDP-gruppe – våren")  # type: ignore[attr-defined]
    return dialog.collect()


def test_an_offer_with_participants_is_ended_and_one_without_is_deleted(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id = _open_window(qtbot, tasks, vault, window_factory)
    service = workspace.group_offers
    icdp = service.catalogue()[0].offer
    service.save_participation(GroupParticipation(parent_id, icdp.id, referred_on=service.today()))
    mistake = service.save_offer(GroupOffer("Feilført", GroupOfferType.OTHER, own_office=True))
    window.show_view(GROUP_OFFERS_VIEW)
    view = window.work.built(GROUP_OFFERS_VIEW)  # type: ignore[union-attr]
    assert isinstance(view, GroupOffersView)
    settle(qtbot, tasks, until=lambda: view.loaded and view.catalogue.model.rowCount() == 2)

    Messages.answer_next(QMessageBox.StandardButton.Yes)
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # «… kan ikke slettes. Avslutt det …»
    window.group_offers.page_action("delete-offer", None, icdp)
    settle(qtbot, tasks)
    assert len(service.catalogue()) == 2  # refused: it has a participant
    assert any("har deltakere og kan ikke slettes" in text for text in Messages.shown)
    Messages.answer_next(QMessageBox.StandardButton.Yes)
    window.group_offers.page_action("delete-offer", None, mistake)
    settle(qtbot, tasks, until=lambda: view.catalogue.model.rowCount() == 1)
    Messages.answer_next(QMessageBox.StandardButton.Yes)
    window.group_offers.page_action("end-offer", None, icdp)
    settle(qtbot, tasks, until=lambda: view.catalogue.model.rowCount() == 0)  # active only
    view.catalogue.active_box.setCurrentIndex(1)
    assert view.catalogue.model.index(0, 6).data() == "Avsluttet"
    assert not view.catalogue.end_button.isEnabled()


def test_tab_from_the_tab_bar_reaches_the_filters_above_the_catalogue(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    from bufapp.ui.widgets.window_context import GROUP_OFFERS_VIEW
    from tests.ui.conftest import tab_walk_from

    window, _workspace, _parent_id = _open_window(qtbot, tasks, vault, window_factory)
    window.show_view(GROUP_OFFERS_VIEW)
    settle(qtbot, tasks)
    assert window.work is not None
    catalogue = window.work.view(GROUP_OFFERS_VIEW).catalogue  # type: ignore[attr-defined]
    reached = tab_walk_from(window.work.nav, 4)
    assert reached[1:4] == [catalogue.type_box, catalogue.active_box, catalogue.table]
