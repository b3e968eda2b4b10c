"""«Bytt datanøkkel …» in the main window, on a real vault: the passphrase typed again, the
database re-encrypted on the worker, then the new recovery key shown and retyped; the old data
key and recovery key open nothing afterwards. And the recovery-key item is there, named for
what it does, also when the key in force was confirmed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from bufapp.errors import WrongRecoveryKey
from bufapp.storage import key_change
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, CreatedVault
from tests.storage.helpers import wrapped_data_key
from tests.ui.conftest import settle, unlock


def _finish(wizard: QWizard) -> None:
    groups = (wizard.recovery_key or "").split("-")  # type: ignore[attr-defined]
    confirm = wizard.confirm_page  # type: ignore[attr-defined]
    for number, editor in confirm.inputs.items():
        editor.setText(groups[number - 1])
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_data_key_is_changed_from_the_menu_and_the_new_key_confirmed(
    qtbot: QtBot,
    tasks: TaskManager,
    created_vault: CreatedVault,
    window_factory: Callable[..., MainWindow],
) -> None:
    directory = created_vault.directory
    created_vault.vault.confirm_recovery_key()
    created_vault.vault.lock()
    old_data_key = wrapped_data_key(directory, PASSPHRASE)
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks)
    assert (
        window.recovery_keys.new_recovery_key_action.text() == "&Ny gjenopprettingsnøkkel …"
    )  # confirmed
    assert window.recovery_keys.change_data_key_action.isEnabled()

    window.recovery_keys.change_data_key_action.trigger()
    wizard = window.recovery_keys.recovery_wizard
    page = wizard.passphrase_page  # type: ignore[attr-defined]
    assert "ny gjenopprettingsnøkkel" in page.findChild(type(wizard.key_page.status)).text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # the first page
    page.passphrase.setText("feil passord")
    wizard.next()
    settle(qtbot, tasks, until=lambda: "Feil passord" in wizard.key_page.status.text())
    assert key_change.opens(directory / "bufapp.db", old_data_key)  # nothing changed
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # to type it again

    wizard.back()
    page.passphrase.setText(PASSPHRASE)
    wizard.next()
    assert wizard.progress.isVisible()  # type: ignore[attr-defined]
    # Nothing leaves the page while the database is re-encrypted: its key must be shown.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    settle(qtbot, tasks, until=wizard.key_page.isComplete)
    assert not wizard.progress.isVisible()  # type: ignore[attr-defined]
    new_key = wizard.recovery_key or ""
    assert new_key and new_key != created_vault.recovery_key
    assert not key_change.opens(directory / "bufapp.db", old_data_key)
    # Changed: back to the passphrase would start a second change and lose this key.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.next()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # to read the key again
    _finish(wizard)
    settle(qtbot, tasks, until=lambda: not wizard.isVisible())
    assert wizard.confirmed
    settle(qtbot, tasks)
    assert not window.recovery_keys.recovery_reminder.isVisible()

    window.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(directory, created_vault.recovery_key, NEW_PASSPHRASE)
    recovered = Vault.recover(directory, new_key, NEW_PASSPHRASE)
    recovered.lock()


def test_the_new_recovery_key_item_is_named_for_the_state_of_the_key(
    qtbot: QtBot,
    tasks: TaskManager,
    created_vault: CreatedVault,
    window_factory: Callable[..., MainWindow],
) -> None:
    created_vault.vault.confirm_recovery_key()
    created_vault.vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks)
    assert window.recovery_keys.new_recovery_key_action.text() == "&Ny gjenopprettingsnøkkel …"
    Messages.answer_next(Button.Yes)  # "Lag ny nøkkel": a lost sheet of a confirmed key
    window.recovery_keys.new_recovery_key_action.trigger()
    new_wizard = window.recovery_keys.recovery_wizard
    settle(qtbot, tasks, until=new_wizard.key_page.isComplete)
    Messages.answer_next(Button.Yes)  # leave without confirming
    new_wizard.reject()
    settle(qtbot, tasks, until=window.recovery_keys.recovery_reminder.isVisible)
    assert (
        window.recovery_keys.new_recovery_key_action.text()
        == "Lag og bekreft &ny gjenopprettingsnøkkel …"
    )


def test_a_lock_while_the_database_is_re_encrypted_closes_the_wizard_and_loses_nothing(
    qtbot: QtBot,
    tasks: TaskManager,
    created_vault: CreatedVault,
    window_factory: Callable[..., MainWindow],
) -> None:
    directory = created_vault.directory
    created_vault.vault.lock()
    old_data_key = wrapped_data_key(directory, PASSPHRASE)
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.recovery_keys.change_data_key_action.trigger()
    wizard = window.recovery_keys.recovery_wizard
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.busy  # type: ignore[attr-defined]
    window.lock()  # as the idle timer would: the change completes first, then the lock
    assert not wizard.isVisible()
    assert not key_change.opens(directory / "bufapp.db", old_data_key)
    unlock(qtbot, tasks, window, PASSPHRASE)
    # Its recovery key was never shown: the window says so until a new one is made.
    settle(qtbot, tasks, until=window.recovery_keys.recovery_reminder.isVisible)
