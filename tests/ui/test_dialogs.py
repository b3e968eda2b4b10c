"""Dialogs on a real vault: invalid input is shown under its field and nothing is saved;
valid input is saved; recovery and first-start setup work end to end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlacementEndReason, PlaceType
from bufapp.services.register import RegisterService
from bufapp.services.workspace import recover_workspace
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.register.placement_dialog import PlacementDialog
from bufapp.ui.register.record_dialogs import ChildDialog, ParentDialog
from bufapp.ui.vault.recovery_dialog import RecoveryDialog
from bufapp.ui.vault.setup_wizard import SetupWizard
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, CreatedVault
from tests.recovery_typos import with_caught_typo
from tests.ui.conftest import settle


def test_parent_dialog_rejects_invalid_input_and_saves_nothing(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    dialog = ParentDialog(tasks, register.save_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_names.setText("Máret")
    dialog.postal_code.setText("95")
    dialog.national_id.setText("12345678901")
    dialog.submit()
    settle(
        qtbot,
        tasks,
        until=lambda: dialog.buttons.isEnabled() and dialog.form.error_text("postal_code") != "",
    )
    assert "4 siffer" in dialog.form.error_text("postal_code")
    assert "Kontrollsifrene" in dialog.form.error_text("national_id")
    assert dialog.result() == 0 and dialog.saved is None
    assert register.parent_summaries() == []

    dialog.postal_code.setText("9520")
    dialog.national_id.clear()
    dialog.family_name.setText("Eira")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    assert [s.name for s in register.parent_summaries()] == ["Máret Eira"]


def test_edit_parent_keeps_id_and_updates(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    saved = register.save_parent(Parent("Ánde", "Somby", phone="41234567"))
    dialog = ParentDialog(tasks, register.save_parent, saved)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rediger forelder"
    dialog.phone.setText("abc")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("phone") != "")
    assert register.parent(saved.id or 0).phone == "41234567"
    dialog.phone.setText("91234567")
    dialog.needs_interpreter.setChecked(True)
    dialog.interpreter_language.setText("nordsamisk")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    updated = register.parent(saved.id or 0)
    assert (updated.phone, updated.interpreter_language) == ("91234567", "nordsamisk")


def test_child_dialog_links_the_parent_and_rejects_a_bad_case_number(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    mother = register.save_parent(Parent("Elle", "Utsi"))
    dialog = ChildDialog(tasks, register.save_child, None, mother.id)
    qtbot.addWidget(dialog)
    dialog.given_names.setText("Nils")
    dialog.birth_date.setDate(QDate(2018, 3, 1))
    dialog.case_number.setText("saksnr")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("case_number") != "")
    assert register.parent_detail(mother.id or 0).children == ()
    dialog.case_number.setText("2026/77")
    assert dialog.role is not None
    dialog.role.setCurrentIndex(dialog.role.findData(ParentRole.MOTHER))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (entry,) = register.parent_detail(mother.id or 0).children
    assert entry.child.parents == (ParentLink(mother.id or 0, ParentRole.MOTHER, True),)


def test_placement_dialog_validates_dates_and_edits(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    parent = register.save_parent(Parent("Saba", "Tesfay"))
    child = register.save_child(
        Child(
            "Robel",
            "Tesfay",
            date(2015, 5, 5),
            "2025/12",
            parents=(ParentLink(parent.id or 0, ParentRole.MOTHER),),
        )
    )
    dialog = PlacementDialog(tasks, register.save_placement, child.id or 0)
    qtbot.addWidget(dialog)
    dialog.start_date.setDate(QDate(2014, 1, 1))  # before the child was born
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("start_date") != "")
    assert register.placements_of(child.id or 0) == []
    dialog.start_date.setDate(QDate(2026, 3, 1))
    dialog.basis.setCurrentIndex(dialog.basis.findData(PlacementBasis.CARE_ORDER))
    dialog.place_type.setCurrentIndex(dialog.place_type.findData(PlaceType.INSTITUTION))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (placement,) = register.placements_of(child.id or 0)
    assert (placement.basis, placement.place_type) == (
        PlacementBasis.CARE_ORDER,
        PlaceType.INSTITUTION,
    )

    edit = PlacementDialog(tasks, register.save_placement, child.id or 0, placement)
    qtbot.addWidget(edit)
    edit.end_date.set_value(date(2026, 5, 1))  # an end without a reason is refused
    edit.submit()
    settle(qtbot, tasks, until=lambda: edit.form.error_text("end_reason") != "")
    edit.end_reason.setCurrentIndex(edit.end_reason.findData(PlacementEndReason.REUNIFICATION))
    edit.submit()
    settle(qtbot, tasks, until=lambda: edit.saved is not None)
    assert register.placement(placement.id or 0) == Placement(
        child.id or 0,
        PlacementBasis.CARE_ORDER,
        PlaceType.INSTITUTION,
        date(2026, 3, 1),
        date(2026, 5, 1),
        PlacementEndReason.REUNIFICATION,
        id=placement.id,
    )


def test_recovery_dialog_reports_typos_then_recovers(
    qtbot: QtBot, tasks: TaskManager, created_vault: CreatedVault
) -> None:
    created_vault.vault.lock()
    directory = created_vault.directory
    dialog = RecoveryDialog(
        tasks, lambda key, new: recover_workspace(directory, key, new, Settings())
    )
    qtbot.addWidget(dialog)
    dialog.key.setText(with_caught_typo(created_vault.recovery_key, 1))
    dialog.passphrase.first.setText(NEW_PASSPHRASE)
    dialog.passphrase.second.setText(NEW_PASSPHRASE)
    dialog.submit()
    assert "gruppe 2" in dialog.form.error_text("recovery_key")

    dialog.key.setText(created_vault.recovery_key.lower())
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.workspace is not None)
    dialog.workspace.lock()  # type: ignore[attr-defined]
    Vault.open(directory, NEW_PASSPHRASE).lock()


def test_setup_wizard_creates_the_vault_and_requires_the_key_to_be_retyped(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    directory = tmp_path / "ny"
    wizard = SetupWizard(tasks, directory)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.office_page.validatePage()  # municipality and name are required
    wizard.office_page.municipality.setText("Barnevernstjenesten i Guovdageaidnu")
    wizard.office_page.org_number.setText("123456785")
    wizard.office_page.caseworker.setText("Áilu Sara")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    wizard.passphrase_page.fields.first.setText("kort")
    wizard.passphrase_page.fields.second.setText("kort")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page  # refused: too short
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    settle(qtbot, tasks, until=lambda: wizard.recovery_key is not None)
    assert wizard.key_page.isComplete()
    wizard.next()
    confirm = wizard.confirm_page
    assert not confirm.isComplete()
    groups = (wizard.recovery_key or "").split("-")
    for number, editor in confirm.inputs.items():
        editor.setText(groups[number - 1].lower())
    assert confirm.isComplete()
    wizard.accept()  # Start bufapp: the key is marked confirmed
    assert wizard.result() == 1
    assert wizard.vault.recovery_key_confirmed  # type: ignore[union-attr]
    wizard.vault.lock()  # type: ignore[union-attr]

    vault = Vault.open(directory, PASSPHRASE)
    from bufapp.storage.uow import UnitOfWork

    register = RegisterService(lambda: UnitOfWork(vault.session_factory))
    assert register.office().municipality == "Barnevernstjenesten i Guovdageaidnu"  # type: ignore[union-attr]
    assert register.caseworker().name == "Áilu Sara"  # type: ignore[union-attr]
    vault.lock()


def test_link_child_dialog_connects_the_other_parent(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    from bufapp.ui.register.record_dialogs import LinkChildDialog

    mother = register.save_parent(Parent("Biret", "Hætta"))
    father = register.save_parent(Parent("Ánde", "Hætta"))
    child = register.save_child(
        Child(
            "Sunná",
            "Hætta",
            date(2017, 8, 9),
            "2026/5",
            parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),),
        )
    )
    dialog = LinkChildDialog(tasks, register.link_parent, father.id or 0, register.children())
    qtbot.addWidget(dialog)
    assert dialog.child.count() == 1
    dialog.responsibility.setChecked(False)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    assert register.child(child.id or 0).parents == (
        ParentLink(mother.id or 0, ParentRole.MOTHER, True),
        ParentLink(father.id or 0, ParentRole.FATHER, False),
    )
    assert [p.full_name for p in register.parent_detail(father.id or 0).other_parents] == [
        "Biret Hætta"
    ]
