"""Screenshots of «Hva kontoret lærer»: the office's figures for last year with the words the
demo's caseworker chose, and the dialog refusing words with a name from the vault in them; and
the report itself as a PDF (``dok-19-hva-kontoret-laerer``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.domain.office_report import QuoteSource, ReportQuote
from bufapp.errors import ValidationFailed
from bufapp.ui.main_window import MainWindow
from bufapp.ui.office_report.dialog import QuoteDialog
from bufapp.ui.office_report.view import OfficeReportView
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import OFFICE_REPORT_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


def office_report_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    window.show_view(OFFICE_REPORT_VIEW)
    settle(tasks, 8)
    view = window.work.view(OFFICE_REPORT_VIEW)
    assert isinstance(view, OfficeReportView)
    save(window, name("98-hva-kontoret-laerer"), shots)

    service = workspace.office_report
    year = view.period.year
    candidates = service.candidates(view.period)
    summary = workspace.register.parent_summaries()[0]
    named = summary.name.split()[0] if summary.name.split() else "Máret"
    quote = ReportQuote(year, "", QuoteSource.OTHER)
    dialog = QuoteDialog(tasks, service.save_quote, quote, candidates, window)
    dialog.words.setPlainText(
        f"Det hjalp at {named} fikk være med og si hva hun trengte før møtet."
    )
    try:
        service.save_quote(dialog.collect())
    except ValidationFailed as failure:
        dialog._show(failure)
    save(dialog, name("99-ord-til-rapporten-med-navn"), shots)
    dialog.close()


def write_office_report_document(out: Path, workspace: Workspace) -> list[Path]:
    """Last year's report as the office saves it (PDF/A)."""
    service = workspace.office_report
    path = out / "dok-19-hva-kontoret-laerer.pdf"
    path.write_bytes(service.pdf(service.default_period()))
    return [path]
