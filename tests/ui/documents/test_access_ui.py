"""Innsyn in the window, on a real vault: the contact editor's "Unntatt innsyn" needs a reason,
marks a final entry without a new version and shows in the timeline and the reading pane; the
Foreldre menu and the parent card open the access pack and the access report in the preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bufapp.domain.audit import AuditAction
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm
from bufapp.services.clock import now_utc
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.timeline_model import TimelineModel
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW
from tests.storage.test_access import text_of
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _editor, _open_window
from tests.ui.documents.test_document_actions import _one

REASON = "Fosterhjemmets adresse er sperret"
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def a_minute(days_ago: int) -> datetime:
    """A whole minute, as the editor's time field shows it (seconds would read as a change)."""
    return (now_utc() - timedelta(days=days_ago)).replace(second=0, microsecond=0)


def test_exemption_needs_a_reason_and_marks_a_final_entry_without_a_new_version(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    log = workspace.contact_log
    entry = log.save(
        ContactEntry(parent_id, a_minute(days_ago=2), ContactForm.PHONE,
                     summary="Fosterhjemmet bor nå i Skáidevuohki."),
        final=True,
    )  # fmt: skip
    window.contacts.entry_action("edit-entry", entry.id or 0)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert not editor.exemption.check.isChecked() and not editor.exemption.reason.isEnabled()

    editor.exemption.check.setChecked(True)
    editor.final_button.click()  # "Lagre ny versjon" with the box checked and no reason
    settle(qtbot, tasks)
    assert "Skriv hvorfor kontakten er unntatt innsyn" in editor.texts.error_text("exempt_reason")
    assert editor.isVisible() and not log.entry(entry.id or 0).is_exempt

    editor.exemption.reason.setText(REASON)
    editor.final_button.click()  # a reason, but no legal basis chosen
    settle(qtbot, tasks)
    assert "Velg hjemmelen" in editor.texts.error_text("exempt_reason")
    assert editor.isVisible() and not log.entry(entry.id or 0).is_exempt

    combo = editor.exemption.basis
    assert combo.isEnabled() and combo.count() > 3  # the vetted list from forms/
    combo.setCurrentIndex(combo.findData("fvl_19_1_d"))
    assert "forvaltningsloven § 19" in combo.itemData(combo.currentIndex(), TOOLTIP).casefold()
    editor.final_button.click()  # no reason for a change needed: the text is the same
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    saved = log.entry(entry.id or 0)
    assert saved.exempt_reason == REASON and saved.exempt_basis == "fvl_19_1_d"
    assert saved.version == 1 and log.versions(saved.id or 0) == []

    window.show_view(LOG_VIEW)
    view = window.work.contact_log  # type: ignore[union-attr]
    view.show_parent(parent_id, select_entry=entry.id)
    settle(qtbot, tasks, until=lambda: REASON in view.pane.toPlainText())
    assert f"Unntatt innsyn: {REASON}" in view.pane.toPlainText()
    assert "Hjemmel: Forvaltningsloven § 19 første ledd bokstav d" in view.pane.toPlainText()
    model: TimelineModel = view.model
    assert "[Unntatt innsyn]" in model.index(0, 3).data()
    assert "unntatt innsyn" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)


def test_the_menu_opens_the_access_pack_and_the_card_the_access_report(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    workspace.contact_log.save(
        ContactEntry(parent_id, now_utc() - timedelta(days=3), ContactForm.PHONE,
                     summary="Snakket om samværet."),
        final=True,
    )  # fmt: skip
    assert window.access.access_pack_action.isEnabled()
    window.access.access_pack_action.trigger()
    preview = _one(qtbot, tasks, window, PdfPreviewDialog)
    assert preview.windowTitle() == "Forhåndsvisning"  # type: ignore[attr-defined]
    assert "Innsyn – Máret Čuđe" in preview.heading.text()  # type: ignore[attr-defined]
    assert "Snakket om samværet." in text_of(preview._pdf)  # type: ignore[attr-defined]
    preview.close()  # type: ignore[attr-defined]
    settle(qtbot, tasks)
    made = {r.action for r in workspace.audit.of_parent(parent_id)}
    assert AuditAction.ACCESS_PACK in made and AuditAction.ACCESS_REPORT not in made
    assert AuditAction.DOCUMENT_PREVIEWED in made  # the preview is in the parent's own trail

    card = window.work.parents.card  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: '"access-report"' in card.toHtml())  # loads a bit later
    assert '"access-pack"' in card.toHtml()
    window.card_links.follow("access-report", parent_id)
    settle(qtbot, tasks, until=lambda: any(
        w.isVisible() and "Hvem har sett" in w.heading.text()
        for w in window.findChildren(PdfPreviewDialog)
    ))  # fmt: skip
    report = next(w for w in window.findChildren(PdfPreviewDialog) if w.isVisible())
    text = text_of(report._pdf)  # type: ignore[attr-defined]
    assert "Innsyn: alt om forelderen samlet" in text
    assert AuditAction.ACCESS_REPORT in {r.action for r in workspace.audit.of_parent(parent_id)}
