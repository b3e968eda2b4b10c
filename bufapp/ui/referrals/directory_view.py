"""Adressebok: the services the office works with, a folded type-as-you-filter search, and CSV
import of a municipality's own list (its rows are ``directory_table``, the import's report
``directory_import_report``).

The import reads the file on the database thread (a network drive must not freeze the window),
accepts UTF-8 with or without BOM and, failing that, Windows-1252 (what Excel on a Norwegian
Windows saves as "CSV"), and says so, because that encoding has no č, đ, ŋ or ŧ.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from bufapp.domain.consent import Service
from bufapp.domain.enums import ServiceType
from bufapp.errors import BufappError
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.referrals.directory_import_report import ImportReportDialog
from bufapp.ui.referrals.directory_table import ServiceFilter, ServiceTableModel
from bufapp.ui.referrals.service_dialog import ServiceDialog
from bufapp.ui.widgets.file_dialogs import FileDialogs
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.record_table_panel import RecordTablePanel
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.consents import DirectoryService
    from bufapp.services.directory_import import ImportOutcome


EMPTY_TEXT = QT_TR_NOOP(
    "Adresseboka er tom. Her samler du tjenestene dere samarbeider med – NAV, fastlege, DPS, "
    "rustjenesten, familievernkontoret, boligkontoret, frivillige organisasjoner – med "
    "postadresse og kontaktperson, slik at samtykker og henvisninger peker på riktig mottaker.\n\n"
    "Legg inn én og én med «Ny tjeneste…», eller hent kommunens liste med «Importer fra CSV…»: "
    "første linje er overskriftene type;navn;adresse;telefon;epost;kontaktperson (semikolon "
    "eller komma), og type er for eksempel «NAV-kontor», «Fastlege» eller «Familievernkontor»."
)


class DirectoryView(RecordTablePanel[Service]):
    """The office's service directory. ``services_changed`` is emitted after every change.

    ``open_dialog`` shows a dialog; the main window passes its own, so a dialog open when the
    vault locks is kept as a draft.
    """

    services_changed = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        directory: DirectoryService,
        open_dialog: Callable[[QDialog], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        model, proxy = ServiceTableModel(), ServiceFilter()
        proxy.setSourceModel(model)
        super().__init__(
            tasks, model, tr("Tjenester i adresseboka"), tr("Adressebok"),
            shown=proxy, open_dialog=open_dialog, parent=parent,
        )  # fmt: skip
        self._directory = directory
        self.proxy = proxy
        self.loaded = False
        self.importing = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Navn, type, kontaktperson eller adresse"))
        self.search.setAccessibleName(tr("Søk i adresseboka"))
        search_label = QLabel(tr("&Søk:"))
        search_label.setBuddy(self.search)
        self.type_filter = QComboBox()
        self.type_filter.addItem(tr("Alle typer"), None)
        for kind in ServiceType:
            self.type_filter.addItem(tr(kind.label), kind)
        self.type_filter.setAccessibleName(tr("Vis type"))
        type_label = QLabel(tr("T&ype:"))
        type_label.setBuddy(self.type_filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.empty = self.empty_text(tr(EMPTY_TEXT), "directoryEmpty", selectable=True)
        self.count = QLabel()

        self.new_button, self.edit_button, self.import_button = self.make_buttons(
            tr("&Ny tjeneste…"), tr("&Rediger…"), tr("&Importer fra CSV…")
        )
        self.new_button.clicked.connect(self.new_service)
        self.edit_button.clicked.connect(self.edit_current)
        self.import_button.clicked.connect(self.choose_and_import)

        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._to_table)
        self.type_filter.currentIndexChanged.connect(self._filter_changed)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 3)
        filters.addWidget(type_label)
        filters.addWidget(self.type_filter, 2)
        self.lay_out(
            self.heading, filters, self.empty, self.table, self.button_row(self.count),
            tab_first=(self.search, self.type_filter),
        )  # fmt: skip
        self._show_state()

    # --- data -----------------------------------------------------------------------------------

    def refresh(self, then_select: int | None = None) -> None:
        self.load_rows(self._directory.services, self._show_services, then_select)

    def _show_services(self, services: list[Service]) -> None:
        self.model.set_rows(services)
        self.loaded = True
        self.fit_columns(280, 0, 5)
        self._show_state()

    def select_key(self, key: int) -> None:
        row = self.model.row_of(key)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything so the change is seen
            self.search.clear()
            self.type_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def select_service(self, service_id: int) -> None:
        self.select_key(service_id)

    def current_service(self) -> Service | None:
        return self.current_row()

    def current_service_id(self) -> int | None:
        return self.current_key()

    def visible_names(self) -> list[str]:
        """The names shown, in the order shown."""
        return [self.proxy.data(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount())]

    def _filter_changed(self) -> None:
        kind = self.type_filter.currentData()  # Qt hands a StrEnum back as a plain str
        self.proxy.set_filter(self.search.text(), None if kind is None else ServiceType(kind))
        self._show_state()
        if self.current_service() is None and self.proxy.rowCount():
            self.table.selectRow(0)

    def _show_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        empty = self.loaded and total == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if total == 0:
            self.count.setText("")
        elif shown == total:
            self.count.setText(tr("%n tjenester", None, total))
        elif shown == 0:
            self.count.setText(
                tr("Ingen av {services} passer søket.").format(
                    services=tr("%n tjenester", None, total)
                )
            )
        else:
            self.count.setText(
                tr("{shown} av {services}").format(
                    shown=shown, services=tr("%n tjenester", None, total)
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current_service() is not None)
        self.import_button.setEnabled(not self.importing)

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            if self.current_service() is None:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions --------------------------------------------------------------------------------

    def new_service(self) -> None:
        kind = self.type_filter.currentData()
        start = Service("", ServiceType(kind)) if kind is not None else None
        self.open_and_reload(
            ServiceDialog(self._tasks, self._directory.save, start, self.window()),
            self.services_changed,
        )

    def open_current(self) -> None:
        self.edit_current()

    def edit_current(self) -> None:
        service = self.current_service()
        if service is not None:
            dialog = ServiceDialog(self._tasks, self._directory.save, service, self.window())
            self.open_and_reload(dialog, self.services_changed)

    def choose_and_import(self) -> None:
        chosen = FileDialogs.open_file(
            self,
            "import",
            tr("Importer tjenester fra CSV"),
            tr("CSV-filer (*.csv *.txt);;Alle filer (*)"),
        )
        if chosen is not None:
            self.import_file(chosen)

    def import_file(self, path: Path, on_done: Callable[[], None] | None = None) -> None:
        """Import ``path`` on the database thread, then show the report (the test seam)."""
        if self.importing:
            return
        self.importing = True
        self._update_buttons()
        directory = self._directory

        def done(outcome: ImportOutcome) -> None:
            self.importing = False
            self.refresh()
            if outcome.report.added:
                self.services_changed.emit()
            self._open_dialog_plain(ImportReportDialog(outcome, path.name, self.window()))
            if on_done is not None:
                on_done()

        def failed(failure: Exception) -> None:
            self.importing = False
            self._update_buttons()
            if not isinstance(failure, BufappError):
                raise failure
            Messages.error(
                self,
                tr("Importen fra «{name}» ble ikke gjort:\n{why}").format(
                    name=path.name, why=str(failure)
                ),
            )

        from bufapp.services.directory_import import import_csv_file

        self._tasks.run(lambda: import_csv_file(directory, path), done, failed)

    def _open_dialog_plain(self, dialog: QDialog) -> None:
        """A dialog with nothing to save (the import report): shown here, not kept as a draft."""
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
