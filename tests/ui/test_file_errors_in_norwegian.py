"""A file error reaches a person in Norwegian, by its errno, never as the system's English
(issue 17 §7): the setup wizard's folder, and any file error that escapes to the app."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.storage.vault import Vault
from bufapp.ui.vault.setup_wizard import SetupWizard
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle

ENGLISH = ("Errno", "Not a directory", "File exists", "Permission denied", "No such file")


def test_setup_wizard_says_in_norwegian_why_its_folder_cannot_be_made(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("ikke en mappe", encoding="utf-8")
    wizard = SetupWizard(tasks, tmp_path / "a-file" / "ny")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_page.municipality.setText("Fjellvik kommune")
    wizard.office_page.org_number.setText("123456785")
    wizard.office_page.caseworker.setText("Áilu Sara")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    status = wizard.key_page.status
    settle(qtbot, tasks, until=lambda: "a-file" in status.text())
    assert wizard.recovery_key is None and wizard.vault is None
    assert not any(english in status.text() for english in ENGLISH), status.text()
    assert "er en fil, ikke en mappe" in status.text() or "ligger under" in status.text()


def test_a_file_error_that_escapes_is_said_by_its_errno(qtbot: QtBot) -> None:
    from bufapp.ui.application import Application

    Messages.answer_next(QMessageBox.StandardButton.Ok)
    Application._unexpected(  # type: ignore[arg-type]
        type("Stub", (), {"window": None})(), PermissionError(13, "Permission denied", "/x")
    )
    assert Messages.shown[-1].startswith("bufapp har ikke tilgang til «/x»")


def test_saving_a_pdf_under_a_file_says_why_in_norwegian(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

    (tmp_path / "a-file").write_text("ikke en mappe", encoding="utf-8")
    from reportlab.pdfgen.canvas import Canvas

    page = io.BytesIO()
    canvas = Canvas(page)
    canvas.drawString(72, 720, "Innkalling")
    canvas.showPage()
    canvas.save()
    dialog = PdfPreviewDialog("Innkalling", page.getvalue(), "innkalling.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "a-file" / "brev")
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    dialog.save_as()
    said = Messages.shown[-1]
    assert "«" + str(tmp_path / "a-file" / "brev.pdf") + "» ligger under noe som er en fil" in said
    assert said.endswith("Velg en annen mappe.") and not any(e in said for e in ENGLISH)


def test_a_new_recovery_key_that_cannot_be_written_says_why_in_norwegian(
    qtbot: QtBot, tasks: TaskManager, vault: Vault
) -> None:
    from bufapp.ui.vault.recovery_key_wizard import NewRecoveryKeyWizard

    key_file = vault.directory / "bufapp.keys"
    key_file.unlink()
    key_file.mkdir()  # where the key file goes, a folder: the write fails with EISDIR
    (key_file / "noe").write_text("x", encoding="utf-8")
    wizard = NewRecoveryKeyWizard(tasks, vault, "Fjellvik kommune", lambda: True)
    qtbot.addWidget(wizard)
    wizard.show()
    status = wizard.key_page.status
    settle(qtbot, tasks, until=lambda: "bufapp.keys» er en mappe, ikke en fil." in status.text())
    assert wizard.recovery_key is None
    assert not any(english in status.text() for english in ENGLISH), status.text()
