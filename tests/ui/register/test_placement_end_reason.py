"""The placement's end reason no longer mixes coming of age with ettervern, and the dialog says
what an end reason brings: a follow-up deadline after a reunification, ettervern as its own
question."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Parent, ParentLink
from bufapp.domain.enums import ParentRole, PlacementEndReason
from bufapp.services.register import RegisterService
from bufapp.ui.register.placement_dialog import PlacementDialog
from bufapp.ui.widgets.tasks import TaskManager


def _dialog(qtbot: QtBot, tasks: TaskManager, register: RegisterService) -> PlacementDialog:
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    child = register.save_child(
        Child(
            "Ánde",
            "Čuđe",
            date(2009, 5, 1),
            "2024/1201",
            parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),),
        )
    )
    dialog = PlacementDialog(tasks, register.save_placement, child.id or 0)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: PlacementDialog, reason: PlacementEndReason | None) -> None:
    dialog.end_reason.setCurrentIndex(dialog.end_reason.findData(reason))


def test_the_end_reasons_do_not_say_ettervern(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    dialog = _dialog(qtbot, tasks, register)
    combo = dialog.end_reason
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Fylt 18 år" in texts
    assert not any("ettervern" in text.lower() for text in texts)


def test_the_dialog_says_what_a_reunification_and_coming_of_age_bring(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    dialog = _dialog(qtbot, tasks, register)
    help_label = dialog.end_reason_help
    assert not help_label.isVisible()  # no end reason chosen: nothing to say

    choose(dialog, PlacementEndReason.REUNIFICATION)
    assert help_label.isVisible()
    assert "følge opp familien etter flyttingen" in help_label.text()
    assert dialog.end_reason.accessibleDescription() == help_label.text()

    choose(dialog, PlacementEndReason.CAME_OF_AGE)
    assert "Ettervern" in help_label.text() and "eget spørsmål" in help_label.text()

    choose(dialog, PlacementEndReason.MOVED)
    assert not help_label.isVisible() and dialog.end_reason.accessibleDescription() == ""
