"""A hidden placement and a confidential address are recorded in the dialogs and marked plainly
on the parent's card (issue 16 §1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Parent, ParentLink
from bufapp.domain.enums import AddressProtection, ParentRole
from bufapp.services.register import RegisterService
from bufapp.ui.register import parent_detail
from bufapp.ui.register.placement_dialog import PlacementDialog
from bufapp.ui.register.record_dialogs import ParentDialog
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import TODAY
from tests.ui.conftest import settle


def _child(register: RegisterService) -> tuple[int, int]:
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    child = register.save_child(
        Child(
            "Ánde",
            "Čuđe",
            date(2016, 5, 1),
            "2024/1201",
            parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),),
        )
    )
    return mother.id or 0, child.id or 0


def test_hiding_the_whereabouts_asks_for_the_decision_and_is_marked_on_the_card(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    mother_id, child_id = _child(register)
    dialog = PlacementDialog(tasks, register.save_placement, child_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.hidden_basis.isEnabled()  # only asked for once the box is ticked
    dialog.place_name.setText("Fosterhjem i Guovdageaidnu")
    dialog.carer_names.setText("Áile og Niillas Ŋuolla")
    dialog.place_phone.setText("784 81 234")
    dialog.whereabouts_hidden.setChecked(True)
    assert dialog.hidden_basis.isEnabled()
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("hidden_basis") != "")
    assert register.placements_of(child_id) == []  # nothing saved without the basis

    dialog.hidden_basis.setText("Fylkesnemndas vedtak 8.1.2025")
    dialog.hidden_decided_on.setDate(QDate(2025, 1, 8))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (placement,) = register.placements_of(child_id)
    assert placement.whereabouts_hidden and placement.carer_names == "Áile og Niillas Ŋuolla"
    assert placement.hidden_decided_on == date(2025, 1, 8)

    card = parent_detail.render(register.parent_detail(mother_id), TODAY)
    assert "Bosted skjult for foreldrene: Ánde" in card
    assert "Bosted skjult for foreldrene" in card
    assert "Fylkesnemndas vedtak 8.1.2025" in card
    assert "Fosterhjem i Guovdageaidnu" in card  # the caseworker's own view shows where


def test_a_confidential_address_is_recorded_and_marked_on_the_card(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    dialog = ParentDialog(tasks, register.save_parent)
    qtbot.addWidget(dialog)
    dialog.given_names.setText("Piera")
    dialog.address_line.setText("Duottarluodda 5")
    combo = dialog.address_protection
    combo.setCurrentIndex(combo.findData(AddressProtection.STRICTLY_CONFIDENTIAL))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    saved = dialog.saved
    assert saved is not None
    assert register.parent(saved.id or 0).address_protection is (
        AddressProtection.STRICTLY_CONFIDENTIAL
    )
    card = parent_detail.render(register.parent_detail(saved.id or 0), TODAY)
    assert "Strengt fortrolig adresse" in card
