"""The table-and-buttons panel every record list shares: a heading, a read-only table of rows,
the text shown instead of it when there are none, and a row of buttons the chosen row enables.

Enter or a double click opens the chosen row (``open_current``); rows load on the database
worker and the chosen record stays chosen across a reload; after a dialog saves, the rows reload
with the saved record chosen. The consent register, the referral list and the address book are
built on it; each adds its own rows, buttons, rule for the buttons and actions.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.ui.widgets.row_table_model import RowTableModel, row_table
from bufapp.ui.widgets.tasks import TaskManager

R = TypeVar("R")
T = TypeVar("T")


def named_button(text: str) -> QPushButton:
    """A push button a screen reader names by its text, without the mnemonic and the dots."""
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    return button


class RecordTablePanel(QWidget, Generic[R]):
    """``model`` holds the rows; ``shown`` is what the table shows when it is not the model
    itself (a filter over it). Subclasses make their buttons with ``make_buttons``, their
    texts for no rows with ``empty_text``, place them with ``lay_out``, and say what
    ``refresh``, ``open_current`` and ``_update_buttons`` do.

    ``open_dialog`` shows a dialog; the main window passes its own, so a dialog open when the
    vault locks is kept as a draft. ``last_dialog`` is the dialog opened last (tests look at it).
    """

    def __init__(
        self,
        tasks: TaskManager,
        model: RowTableModel[R],
        table_name: str,
        heading: str,
        heading_style: str = "viewHeading",
        column_width: int | None = None,
        shown: QAbstractItemModel | None = None,
        open_dialog: Callable[[QDialog], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._open_dialog = open_dialog or (lambda dialog: dialog.open())
        self.last_dialog: QDialog | None = None
        self.heading = QLabel(heading)
        self.heading.setObjectName(heading_style)
        self.model = model
        self.table = row_table(shown or model, table_name)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if column_width is not None:
            header.setDefaultSectionSize(column_width)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons: tuple[QPushButton, ...] = ()
        self._filling: list[QWidget] = [self.table]

    # --- building ---------------------------------------------------------------------------

    def make_buttons(self, *texts: str) -> tuple[QPushButton, ...]:
        """The panel's buttons, in the order they stand and Tab reaches them."""
        self.buttons = tuple(named_button(text) for text in texts)
        return self.buttons

    def empty_text(
        self, text: str, name: str = "", wrap: bool = True, selectable: bool = False
    ) -> QLabel:
        """A text shown instead of the table; laid out, it takes the free height, text at top."""
        label = QLabel(text)
        label.setWordWrap(wrap)
        if name:
            label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._filling.append(label)
        return label

    def button_row(self, *after: QWidget) -> QHBoxLayout:
        """The buttons from the left, then room, then ``after`` (a count) at the right."""
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        for widget in after:
            row.addWidget(widget)
        return row

    def lay_out(
        self, *parts: QWidget | QLayout, tab_first: tuple[QWidget, ...] = ()
    ) -> QVBoxLayout:
        """Stack ``parts`` top to bottom (the table and the empty texts take the free height);
        Tab goes through ``tab_first``, the table, then the buttons; focus goes to the first
        of those."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part, 1 if part in self._filling else 0)
        chain = (*tab_first, self.table, *self.buttons)
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.setFocusProxy(chain[0])
        return layout

    # --- rows -------------------------------------------------------------------------------

    def load_rows(
        self,
        load: Callable[[], T],
        show: Callable[[T], None],
        then_select: Any = None,
        still_wanted: Callable[[], bool] = lambda: True,
    ) -> None:
        """``load`` on the database worker, then ``show`` what it read and choose the record
        ``then_select`` (else the one chosen now, else the first). Dropped if ``still_wanted``
        says no when it comes (another parent was chosen while this loaded)."""
        keep = then_select or self.current_key()

        def loaded(data: T) -> None:
            if not still_wanted():
                return
            show(data)
            if keep is not None and self.model.row_of(keep) is not None:
                self.select_key(keep)
            elif self.table.model().rowCount():
                self.table.selectRow(0)

        self._tasks.run(load, loaded)

    def fit_columns(self, widest: int, *columns: int) -> None:
        """Columns as wide as their contents, the long ones named at most ``widest``."""
        self.table.resizeColumnsToContents()
        for column in columns:
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def current_row(self) -> R | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.model.row_at(self._source(selected[0]).row())

    def current_key(self) -> Any:
        row = self.current_row()
        return None if row is None else self.model.row_key(row)

    def select_key(self, key: Any) -> None:
        row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)

    def _source(self, index: QModelIndex) -> QModelIndex:
        shown = self.table.model()
        return shown.mapToSource(index) if isinstance(shown, QAbstractProxyModel) else index

    # --- actions ----------------------------------------------------------------------------

    def open_current(self) -> None:
        """What Enter or a double click does with the chosen row (nothing, unless said)."""

    def _update_buttons(self) -> None:
        """Enable the buttons for the chosen row (each panel's own rule)."""

    def refresh(self, then_select: Any = None) -> None:
        """Reload the rows (each panel says from where, with ``load_rows``)."""

    def open_and_reload(self, dialog: QDialog, changed: SignalInstance) -> None:
        """Show ``dialog``; when it saves, reload with the saved record chosen and emit
        ``changed``."""
        self.last_dialog = dialog

        def finished(result: int) -> None:
            if result:
                saved = getattr(dialog, "saved", None)
                self.refresh(then_select=saved.id if saved is not None else None)
                changed.emit()

        dialog.finished.connect(finished)
        self._open_dialog(dialog)
