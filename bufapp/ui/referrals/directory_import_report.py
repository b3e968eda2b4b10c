"""What a CSV import into the address book did: how many services were added, every rejected
line with its reason, and a note when the file was read as Windows-1252."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bufapp.ui.qt import tr
from bufapp.ui.widgets.parent_banner import show_about

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.directory_import import ImportOutcome


class ImportReportDialog(QDialog):
    """What the import did: how many were added, and every rejected line with its reason."""

    def __init__(self, outcome: ImportOutcome, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import fra CSV"))
        self.setMinimumWidth(560)
        added = len(outcome.report.added)
        rejected = len(outcome.report.problems)
        if added == 0:
            summary = tr("Ingen tjenester ble lagt til i adresseboka.")
        else:
            summary = tr("{services} ble lagt til i adresseboka.").format(
                services=tr("%n tjenester", None, added)
            )
        if rejected:
            summary += " " + tr("{lines} ble ikke importert:").format(
                lines=tr("%n linjer", None, rejected)
            )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        show_about(self, tr("Fil: {name}").format(name=file_name))
        self.problems = QPlainTextEdit("\n".join(outcome.report.problems))
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(tr("Linjer som ikke ble importert"))
        self.problems.setVisible(bool(rejected))
        layout.addWidget(self.problems)
        if rejected:
            layout.addWidget(
                self._note(
                    tr(
                        "Rett linjene i fila og importer den på nytt, eller legg tjenestene inn "
                        "for hånd med «Ny tjeneste…». Linjene som ble lagt til nå, må da tas ut "
                        "av fila for ikke å komme inn to ganger."
                    )
                )
            )
        self.encoding_note = self._note(outcome.note)
        self.encoding_note.setVisible(bool(outcome.note))
        layout.addWidget(self.encoding_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text = "\n".join(filter(None, [summary, *outcome.report.problems, outcome.note]))

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
