"""Every letter says how to reach the office and the caseworker directly (issue 16 §2): the
office's phone and e-mail and the caseworker's direct phone and e-mail are asked for when bufapp
is set up and can be changed in Innstillinger."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Caseworker, Office
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.vault.settings_dialog import SettingsDialog
from bufapp.ui.vault.setup_wizard import SetupWizard
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def test_settings_keep_the_offices_and_the_caseworkers_phone_and_e_mail(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    workspace.register.save_office(Office("Karasjok kommune", "Postboks 1, 9735 Karasjok"))
    workspace.register.save_caseworker(Caseworker("Inga Saksbehandler"))
    window.open_settings()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(SettingsDialog)))
    (dialog,) = window.findChildren(SettingsDialog)
    assert dialog.caseworker_name.text() == "Inga Saksbehandler"
    dialog.office_phone.setText("78 46 70 00")
    dialog.office_email.setText("postmottak@karasjok.kommune.no")
    dialog.caseworker_phone.setText("12")  # too short: shown beside the field, nothing saved
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.caseworker_form.error_text("caseworker_phone")))
    assert workspace.register.office().phone == ""  # type: ignore[union-attr]

    dialog.caseworker_phone.setText("909 12 345")
    dialog.caseworker_email.setText("inga@karasjok.kommune.no")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not dialog.isVisible())
    office, caseworker = workspace.register.office(), workspace.register.caseworker()
    assert office is not None and caseworker is not None
    assert (office.phone, office.email) == ("78 46 70 00", "postmottak@karasjok.kommune.no")
    assert (caseworker.name, caseworker.phone, caseworker.email) == (
        "Inga Saksbehandler",
        "909 12 345",
        "inga@karasjok.kommune.no",
    )


def test_setup_asks_for_the_phone_and_e_mail_every_letter_prints(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    created: list[tuple[Office, Caseworker]] = []

    def create(
        _dir: Path, office: Office, caseworker: Caseworker, _pass: str
    ) -> tuple[object, str]:
        created.append((office, caseworker))
        return object(), "ABCD-EFGH"

    wizard = SetupWizard(tasks, tmp_path / "ny", create=create)
    qtbot.addWidget(wizard, before_close_func=lambda _w: Messages.answer_next(Button.Yes))
    wizard.show()
    page = wizard.office_page
    page.municipality.setText("Karasjok kommune")
    page.phone.setText("78 46 70 00")
    page.email.setText("postmottak@karasjok.kommune.no")
    page.caseworker.setText("Inga Saksbehandler")
    page.caseworker_phone.setText("909 12 345")
    page.caseworker_email.setText("inga@karasjok.kommune.no")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    settle(qtbot, tasks, until=lambda: bool(created))
    ((office, caseworker),) = created
    assert (office.phone, office.email) == ("78 46 70 00", "postmottak@karasjok.kommune.no")
    assert (caseworker.phone, caseworker.email) == ("909 12 345", "inga@karasjok.kommune.no")
    wizard.done(0)
