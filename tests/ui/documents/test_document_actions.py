"""Documents and consents from the window, on a real vault: the card's links open the consent
register and a new consent (a lock keeps it as a draft and unlocking reopens it), an extract is
previewed and kept as PDF/A once saved, and a kept document is shown again from the vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.documents import pdfa
from bufapp.domain.audit import AuditAction
from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import (
    Audience,
    ConsentForm,
    DocumentKind,
    InformationCategory,
    ServiceType,
)
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.extract_dialog import ExtractDialog
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.referrals.consent_dialogs import ConsentDialog
from bufapp.ui.referrals.consent_register import ConsentRegister
from bufapp.ui.referrals.editor import ReferralEditor
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import DIRECTORY_VIEW, REFERRALS_VIEW
from tests.conftest import PASSPHRASE
from tests.documents.pdf_checks import flat
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window


@pytest.fixture
def opened(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int]:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    nav = workspace.directory.save(Service("NAV Kárášjohka", ServiceType.NAV))
    workspace.consents.save(
        Consent(parent_id, "Bolig", (InformationCategory.FINANCES_AND_HOUSING,),
                workspace.register.today() - timedelta(days=3), ConsentForm.WRITTEN,
                service_id=nav.id)
    )  # fmt: skip
    return window, workspace, parent_id


def _one(qtbot: QtBot, tasks: TaskManager, window: MainWindow, kind: type) -> object:
    settle(qtbot, tasks, until=lambda: any(w.isVisible() for w in window.findChildren(kind)))
    return next(w for w in window.findChildren(kind) if w.isVisible())


def test_the_card_opens_the_consent_register_and_a_new_consent_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, opened: tuple[MainWindow, Workspace, int]
) -> None:
    window, _workspace, parent_id = opened
    window.card_links.follow("consents", parent_id)
    register = _one(qtbot, tasks, window, ConsentRegister)
    settle(qtbot, tasks, until=lambda: register.model.rowCount() == 1)  # type: ignore[attr-defined]

    window.card_links.follow("new-consent", parent_id)
    dialog = _one(qtbot, tasks, window, ConsentDialog)
    dialog.purpose.setText("Samarbeid om Áilus skolegang")  # type: ignore[attr-defined]
    window.lock()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    reopened = _one(qtbot, tasks, window, ConsentDialog)
    assert reopened is not dialog
    assert reopened.purpose.text() == "Samarbeid om Áilus skolegang"  # type: ignore[attr-defined]


def test_an_extract_is_kept_as_pdfa_once_saved_and_shown_again_from_the_vault(
    qtbot: QtBot,
    tasks: TaskManager,
    opened: tuple[MainWindow, Workspace, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace, parent_id = opened
    window.card_links.follow("extract", parent_id)
    choose = _one(qtbot, tasks, window, ExtractDialog)
    choose.submit()  # type: ignore[attr-defined]
    assert choose.choice.audience is Audience.PARENT  # type: ignore[attr-defined]
    preview = _one(qtbot, tasks, window, PdfPreviewDialog)
    # Made for the parent: what is withheld from them is listed (here: nothing).
    assert "Ingenting i perioden er unntatt innsyn" in flat(preview._pdf)  # type: ignore[attr-defined]
    assert workspace.register.parent_detail(parent_id).documents == ()  # only looked at so far

    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "utdrag.pdf")
    preview.save_as()  # type: ignore[attr-defined]
    settle(qtbot, tasks, until=lambda: bool(workspace.register.parent_detail(parent_id).documents))
    (kept,) = workspace.register.parent_detail(parent_id).documents
    assert kept.kind is DocumentKind.CONTACT_EXTRACT
    _described, stored = workspace.documents.stored(kept.id or 0)
    assert pdfa.findings(stored) == []
    assert (tmp_path / "utdrag.pdf").read_bytes().startswith(b"%PDF")

    preview.close()  # type: ignore[attr-defined]
    window.card_links.follow("show-document", kept.id or 0)
    shown = _one(qtbot, tasks, window, PdfPreviewDialog)
    assert shown._pdf == stored  # type: ignore[attr-defined]
    settle(qtbot, tasks)
    # Looked at, saved, kept, looked at again: each in the parent's audit trail.
    trail = [r.action for r in workspace.audit.of_parent(parent_id)]
    seen = [a for a in trail if a.value.startswith("document_")]
    assert seen == [
        AuditAction.DOCUMENT_PREVIEWED,
        AuditAction.DOCUMENT_SAVED,
        AuditAction.DOCUMENT_MADE,
        AuditAction.DOCUMENT_PREVIEWED,
    ]


def test_the_directory_is_a_view_of_its_own(
    qtbot: QtBot, tasks: TaskManager, opened: tuple[MainWindow, Workspace, int]
) -> None:
    window, _workspace, _parent_id = opened
    window.show_view(DIRECTORY_VIEW)
    assert window.work is not None
    directory = window.work.directory
    settle(qtbot, tasks, until=lambda: directory.visible_names() == ["NAV Kárášjohka"])


def test_the_card_opens_referrals_and_a_referral_being_written_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, opened: tuple[MainWindow, Workspace, int]
) -> None:
    window, _first, parent_id = opened
    window.card_links.follow("new-referral", parent_id)
    editor = _one(qtbot, tasks, window, ReferralEditor)
    assert window.work is not None and window.work.stack.currentIndex() == REFERRALS_VIEW
    editor.request.setPlainText("Vi ber om hjelp til bolig for Máret nå.")  # type: ignore[attr-defined]
    editor.service.setCurrentIndex(1)  # type: ignore[attr-defined]  # NAV Kárášjohka
    window.lock()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    reopened = _one(qtbot, tasks, window, ReferralEditor)
    assert reopened.collect().request == "Vi ber om hjelp til bolig for Máret nå."  # type: ignore[attr-defined]
    reopened.save_draft()  # type: ignore[attr-defined]
    workspace = window.workspace  # the one unlocked again
    assert workspace is not None
    settle(qtbot, tasks, until=lambda: bool(workspace.referrals.of_parent(parent_id)))
    (draft,) = workspace.referrals.of_parent(parent_id)
    reopened.done(0)  # type: ignore[attr-defined]

    window.card_links.follow("open-referral", draft.id or 0)
    again = _one(qtbot, tasks, window, ReferralEditor)
    assert again.record_key == str(draft.id)  # type: ignore[attr-defined]
