"""A document refused because it would say where a hidden child lives can be made anyway only
after the caseworker writes why; the reason is kept with the document and in the audit trail,
and cancelling makes nothing (issue 16 §1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bufapp.documents.disclosure_check import require_discreet
from bufapp.domain.audit import AuditAction
from bufapp.domain.enums import Audience, DocumentKind
from bufapp.services.disclosure import disclosure_of
from bufapp.storage.vault import Vault
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.documents.reveal_dialog import RevealDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.disclosure_family import add_hidden_family
from tests.ui.conftest import settle, unlock


def _visible(window: MainWindow, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible()]


@pytest.mark.parametrize("include", [False, True])
def test_a_refused_document_is_made_only_with_a_written_reason(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    include: bool,
) -> None:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    family = add_hidden_family(
        workspace.register, workspace.contact_log, workspace.register.today()
    )
    entry = workspace.contact_log.entry(family.own_entry_id)
    workspace.contact_log.save(
        replace(entry, id=None, version=1, summary="Fosterfar Niillas ringte om skolen."),
        final=True,
    )
    # The office's own extract names the foster father; sent to a service it must not.
    internal = workspace.documents.contact_extract(
        family.maret_id,
        workspace.register.today().replace(year=2020),
        workspace.register.today(),
        audience=Audience.INTERNAL,
    )
    with_foster_home = internal + b""  # the same bytes, now checked as a letter to others

    def checked(reason: str) -> bytes:
        with workspace.register.unit_of_work() as uow:
            rules = disclosure_of(uow, family.maret_id, Audience.THIRD_PARTY, reason)
        return require_discreet(with_foster_home, rules, "Dokumentet")

    window.documents.show_pdf(
        lambda: checked(""),
        "Til tjenesten",
        "til-tjenesten.pdf",
        keep=(DocumentKind.CONTACT_EXTRACT, family.maret_id, "Til tjenesten"),
        reveal=checked,
    )
    settle(qtbot, tasks, until=lambda: bool(_visible(window, RevealDialog)))
    (dialog,) = _visible(window, RevealDialog)
    assert not dialog.include.isEnabled()  # not without a reason
    if not include:
        dialog.reject()
        settle(qtbot, tasks)
        assert not _visible(window, PdfPreviewDialog)
        return
    dialog.reason.setPlainText("Fastlegen må kunne ringe fosterhjemmet ved sykdom")
    assert dialog.include.isEnabled()
    dialog.include.click()
    settle(qtbot, tasks, until=lambda: bool(_visible(window, PdfPreviewDialog)))
    (preview,) = _visible(window, PdfPreviewDialog)
    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "brev.pdf")
    preview.save_as()
    settle(
        qtbot,
        tasks,
        until=lambda: bool(workspace.register.parent_detail(family.maret_id).documents),
    )
    (kept,) = workspace.register.parent_detail(family.maret_id).documents
    assert kept.disclosure_reason == "Fastlegen må kunne ringe fosterhjemmet ved sykdom"
    trail = workspace.audit.of_parent(family.maret_id)
    assert any(r.action is AuditAction.WHEREABOUTS_INCLUDED for r in trail)
