"""A new passphrase is measured as the guesses it takes (zxcvbn, with Norwegian words and the
office's own names), in the meter and in every dialog that sets one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Caseworker, Office
from bufapp.services.register import RegisterService
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.vault.passphrase_change import ChangePassphraseDialog
from bufapp.ui.vault.passphrase_fields import NewPassphraseFields
from bufapp.ui.vault.setup_wizard import SetupWizard
from bufapp.ui.widgets.field_form import FieldForm
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock

MUNICIPALITY = "Barnevernstjenesten i Guovdageaidnu"
CASEWORKER = "Áilu Sara"
# Strong to a stranger (10^22 guesses), weak (10^8) to whoever reads the office's letterhead.
OFFICE_NAMES = "Áilu Sara Guovdageaidnu"
OWN_NAMES_REASON = "navn på kontoret, kommunen eller deg selv"


def test_the_meter_rates_a_common_password_weak_and_unrelated_words_strong(qtbot: QtBot) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    fields = NewPassphraseFields(form)
    fields.first.setText("passord123")
    assert fields.verdict.text() == "Svakt" and fields.meter.value() < 60
    fields.first.setText("trollmann paraply gulrot sykkel")
    assert (fields.verdict.text(), fields.meter.value()) == ("Sterkt", 100)
    fields.first.setText(OFFICE_NAMES)  # the form knows no office
    assert fields.verdict.text() == "Sterkt"


def _leave_when_closed(_wizard: object) -> None:
    Messages.answer_next(Button.Yes)  # the test's end closes it: leave without asking a person


def test_the_wizard_refuses_a_passphrase_made_of_the_names_just_entered(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    wizard = SetupWizard(tasks, tmp_path / "ny", create=lambda d, o, n, p: (object(), "-"))
    qtbot.addWidget(wizard, before_close_func=_leave_when_closed)
    wizard.show()
    wizard.office_page.municipality.setText(MUNICIPALITY)
    wizard.office_page.caseworker.setText(CASEWORKER)
    wizard.next()
    page = wizard.passphrase_page
    for field in (page.fields.first, page.fields.second):
        field.setText(OFFICE_NAMES)
    assert page.fields.verdict.text() == "Svakt"
    wizard.next()
    assert wizard.currentPage() is page
    assert OWN_NAMES_REASON in page.form.error_text("passphrase")


def test_changing_the_passphrase_refuses_the_offices_saved_names(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    register: RegisterService,
    window_factory: Callable[..., MainWindow],
) -> None:
    register.save_office(Office(MUNICIPALITY))
    register.save_caseworker(Caseworker(CASEWORKER))
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    dialog = ChangePassphraseDialog(tasks, workspace, window)
    settle(qtbot, tasks)
    dialog.current.setText(PASSPHRASE)
    for field in (dialog.new.first, dialog.new.second):
        field.setText(OFFICE_NAMES)
    dialog.submit()
    assert OWN_NAMES_REASON in dialog.form.error_text("passphrase")
    assert dialog.new.verdict.text() == "Svakt"
