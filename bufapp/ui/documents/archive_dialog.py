"""Eksporter til arkivet: choose a parent or one of their children's case numbers, see what will
go (per kind, and every document) and what went before, choose the folder, and export with
progress on the database thread. Cancelling, or any failure, leaves nothing marked; the service
(``ArchiveExportService``) guarantees that, this only shows it. What the dialog lists (the counts
per kind, the documents, the history line) is ``archive_listing``'s."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.errors import BufappError
from bufapp.services.archive.model import ItemKind
from bufapp.services.clock import OSLO
from bufapp.ui.documents.archive_listing import KindCounts, PendingDocuments, history_text
from bufapp.ui.qt import tr
from bufapp.ui.widgets.file_dialogs import FileDialogs
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: the dialog opens after unlocking
    from bufapp.services.archive.export import ArchiveExportService, ExportResult
    from bufapp.services.archive.model import ExportScope, PendingExport


class _Relay(QObject):
    """Carries progress from the database thread to the GUI thread (a queued signal)."""

    advanced = Signal(int, int)


class ArchiveDialog(QDialog):
    """Emits ``exported`` after an export was written and marked."""

    exported = Signal()
    folder_for_tests: ClassVar[Path | None] = None  # test seam for the folder dialog

    def __init__(
        self,
        tasks: TaskManager,
        archive: ArchiveExportService,
        scopes: list[ExportScope],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks, self._archive = tasks, archive
        self._scopes = scopes
        self.pending: PendingExport | None = None
        self.result: ExportResult | None = None
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.advanced.connect(self._advanced)
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(tr("Eksporter til arkivet"))
        self.resize(820, 600)

        self.parent_choice = QRadioButton(
            tr("&Denne forelderen: {name}").format(name=scopes[0].label)
        )
        self.case_choice = QRadioButton(tr("Et barns &saksnummer:"))
        self.case_box = QComboBox()
        self.case_box.setAccessibleName(tr("Saksnummer"))
        for index, scope in enumerate(scopes[1:], start=1):
            self.case_box.addItem(scope.label, index)
        if len(scopes) < 2:
            self.case_choice.setEnabled(False)
            self.case_box.addItem(tr("Ingen barn med saksnummer"), None)
            self.case_box.setEnabled(False)
        choices = QButtonGroup(self)
        for button in (self.parent_choice, self.case_choice):
            choices.addButton(button)
        self.parent_choice.setChecked(True)
        choices.buttonToggled.connect(lambda _b, on: on and self.reload())
        self.case_box.currentIndexChanged.connect(self._case_changed)

        self.counts = KindCounts()
        self.count_table = row_table(self.counts, tr("Antall per dokumenttype"))
        header = self.count_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.count_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.documents = PendingDocuments()
        self.document_table = row_table(self.documents, tr("Dokumenter som eksporteres"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Mappe"))
        self.folder.setPlaceholderText(tr("Velg mappen eksporten skal legges i"))
        self.folder.textChanged.connect(self._update_buttons)
        choose = QPushButton(tr("&Velg mappe …"))
        choose.clicked.connect(self.choose_folder)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Lukk"))
        self.export_button = buttons.addButton(
            tr("&Eksporter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)

        scope_row = QHBoxLayout()
        scope_row.addWidget(self.case_choice)
        scope_row.addWidget(self.case_box, 1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(tr("Mappe:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Hva skal eksporteres?</b>")))
        layout.addWidget(self.parent_choice)
        layout.addLayout(scope_row)
        layout.addWidget(self.count_table, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.history)
        layout.addWidget(QLabel(tr("Disse dokumentene er ferdige og ikke eksportert før:")))
        layout.addWidget(self.document_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.setTabOrder(self.parent_choice, self.case_choice)
        self.setTabOrder(self.case_choice, self.case_box)
        self.setTabOrder(self.case_box, self.count_table)
        self.setTabOrder(self.count_table, self.document_table)
        self.setTabOrder(self.document_table, self.folder)
        self.setTabOrder(self.folder, choose)
        self._update_buttons()
        self.reload()

    # --- what will go ---------------------------------------------------------------------------

    @property
    def scope(self) -> ExportScope:
        if self.case_choice.isChecked() and self.case_box.currentData() is not None:
            return self._scopes[self.case_box.currentData()]
        return self._scopes[0]

    def _case_changed(self) -> None:
        if self.case_choice.isChecked():
            self.reload()
        else:
            self.case_choice.setChecked(True)  # choosing a case number means that scope

    def reload(self) -> None:
        archive, scope = self._archive, self.scope
        self._tasks.run(lambda: archive.pending(scope), self._show_pending, self._failed)

    def _show_pending(self, pending: PendingExport) -> None:
        if pending.scope != self.scope:
            return  # another scope was chosen while this one loaded
        self.pending = pending
        # Only the kinds this scope has: ten rows of zeros would hide the few that count.
        counted = [
            (k.plural, pending.count(k), pending.exported_before.get(k, 0)) for k in ItemKind
        ]
        self.counts.set_rows([row for row in counted if row[1] or row[2]])
        self.documents.set_rows(list(pending.items))
        self.document_table.resizeColumnsToContents()
        self.history.setText(history_text(pending))
        if not self.folder.text() and pending.last_folder:
            chosen = Path(pending.last_folder).parent  # where the caseworker put the last one
            with contextlib.suppress(OSError):  # a share that is gone raises, not False
                if chosen.is_dir():
                    self.folder.setText(str(chosen))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.pending and self.pending.items and self.folder.text().strip())
        self.export_button.setEnabled(ready and self.progress is None)

    def choose_folder(self) -> None:
        chosen = self.folder_for_tests
        if chosen is None:
            chosen = FileDialogs.folder(
                self, "archive", tr("Velg mappe for eksporten"), self.folder.text().strip()
            )
        if chosen is not None:
            self.folder.setText(str(chosen))

    # --- exporting ------------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.pending is None or not self.pending.items or self.progress is not None:
            return
        total = len(self.pending.items)
        self._cancel.clear()
        self.progress = QProgressDialog(
            tr("Eksporterer {documents} til arkivet …").format(
                documents=tr("%n dokumenter", None, total)
            ),
            tr("&Avbryt"), 0, total, self,
        )  # fmt: skip
        self.progress.setWindowTitle(tr("Eksporterer til arkivet"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_export)
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()
        archive, scope, folder = self._archive, self.scope, Path(self.folder.text().strip())
        relay, cancel = self._relay, self._cancel
        self._tasks.run(
            lambda: archive.export(scope, folder, relay.advanced.emit, cancel.is_set),
            self._finished,
            self._failed,
        )

    def cancel_export(self) -> None:
        """Stop an export in flight before its next document (Avbryt, or a lock)."""
        self._cancel.set()

    def _advanced(self, done: int, total: int) -> None:
        progress = self.progress  # setValue lets queued events run, the finish among them
        if progress is not None and not self._cancel.is_set():
            progress.setLabelText(tr("Eksporterer dokument {d} av {n} …").format(d=done, n=total))
            progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, result: ExportResult) -> None:
        self._close_progress()
        self.result = result
        if result.folder is None:
            text = tr("Det var ingenting nytt å eksportere.")
        else:
            when = result.made_at.astimezone(OSLO)
            text = tr(
                "{documents} er eksportert til arkivet {d} kl. {t}, i mappen {f} "
                "(metadata: {m}). De er merket som eksportert, og neste eksport tar bare med "
                "det som er nytt."
            ).format(
                documents=tr("%n dokumenter", None, len(result.items)),
                d=f"{when:%d.%m.%Y}", t=f"{when:%H:%M}",
                f=result.folder, m=result.metadata_file,
            )  # fmt: skip
        self.outcome.setText(text)
        Messages.info(self, text)
        self.exported.emit()
        self.reload()

    def _failed(self, failure: Exception) -> None:
        self._close_progress()
        self._update_buttons()
        if not isinstance(failure, BufappError):
            raise failure
        self.outcome.setText(str(failure))
        Messages.error(self, str(failure))
