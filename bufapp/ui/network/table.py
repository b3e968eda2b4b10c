"""The members of the map being edited as a table, the way to edit it from the keyboard and with
a screen reader: one row per person, the columns of the Social Network Map.

Type in a cell or press F2 to edit; lists open for the chosen columns; while a cell is being
edited, Tab goes on to the next cell, otherwise Tab leaves the table. Insert adds a person,
Delete removes the chosen one. The model never changes the map itself: an edit is handed on as
``edit_requested(key, field, value)``, the editor makes it an undoable command, and the model is
given the new map (``set_map``) like the drawing is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bufapp.domain.enums import ContactFrequency, HowOften, KnownFor, SupportDirection, TieQuality
from bufapp.domain.network import RING_LABELS, RINGS, NetworkMap, NetworkMember
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import commit_open_editor, edit_in_place

Index = QModelIndex | QPersistentModelIndex

# field, header, what a screen reader or a tooltip says about the column
COLUMNS = (
    ("label", QT_TR_NOOP("Navn"), QT_TR_NOOP("Navn eller kort betegnelse forelderen bruker")),
    ("sector", QT_TR_NOOP("Sektor"), QT_TR_NOOP("Hvilken del av livet personen hører til")),
    ("ring", QT_TR_NOOP("Ring"), QT_TR_NOOP("Hvor nær forelderen personen står, 1 nærmest")),
    ("quality", QT_TR_NOOP("Forhold"), QT_TR_NOOP("Hvordan forholdet til forelderen er")),
    (
        "practical",
        QT_TR_NOOP("Praktisk hjelp"),
        QT_TR_NOOP("Hvor ofte personen gir praktisk hjelp"),
    ),
    (
        "emotional",
        QT_TR_NOOP("Følelsesmessig støtte"),
        QT_TR_NOOP("Hvor ofte personen gir følelsesmessig støtte"),
    ),
    (
        "informational",
        QT_TR_NOOP("Råd og informasjon"),
        QT_TR_NOOP("Hvor ofte personen gir råd og informasjon"),
    ),
    ("direction", QT_TR_NOOP("Hjelpen går"), QT_TR_NOOP("Hvem som hjelper hvem")),
    ("critical", QT_TR_NOOP("Kritisk"), QT_TR_NOOP("Hvor ofte personen er kritisk til forelderen")),
    ("contact", QT_TR_NOOP("Kontakt"), QT_TR_NOOP("Hvor ofte de har kontakt")),
    ("known_for", QT_TR_NOOP("Kjent i"), QT_TR_NOOP("Hvor lenge de har kjent hverandre")),
    (
        "knows_about_placement",
        QT_TR_NOOP("Vet om plasseringen"),
        QT_TR_NOOP("Om personen vet at barnet er plassert"),
    ),
    (
        "note",
        QT_TR_NOOP("Merknad"),
        QT_TR_NOOP("Forelderens eller saksbehandlerens merknad om personen"),
    ),
)
FIELDS = tuple(c[0] for c in COLUMNS)
LABEL, SECTOR, RING = 0, 1, 2
ENUMS: dict[str, type] = {
    "quality": TieQuality, "practical": HowOften, "emotional": HowOften,
    "informational": HowOften, "direction": SupportDirection, "critical": HowOften,
    "contact": ContactFrequency, "known_for": KnownFor,
}  # fmt: skip
KNOWS = (
    (QT_TR_NOOP("Ja"), "yes", True),
    (QT_TR_NOOP("Nei"), "no", False),
    (QT_TR_NOOP("Vet ikke"), "unknown", None),
)


def ring_text(ring: int) -> str:
    return f"{ring} – {tr(RING_LABELS[ring])}"


class MembersModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object)  # member key, field, new value

    def __init__(self) -> None:
        super().__init__()
        self.network: NetworkMap | None = None
        self._members: tuple[NetworkMember, ...] = ()

    def set_map(self, network: NetworkMap) -> None:
        """Same people in the same order: their cells change in place (the cursor stays);
        otherwise the rows are laid anew."""
        same = [m.key for m in network.members] == [m.key for m in self._members]
        if not same:
            self.beginResetModel()
        self.network, self._members = network, network.members
        if not same:
            self.endResetModel()
        elif self._members:
            last = self.index(len(self._members) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def member_at(self, row: int) -> NetworkMember | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, key: str) -> int:
        return next((i for i, m in enumerate(self._members) if m.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr(COLUMNS[section][1])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return tr(COLUMNS[section][2])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def choices(self, column: int) -> list[tuple[str, object]]:
        """(label, value) of a column edited with a list; empty for a text column."""
        field = FIELDS[column]
        if field == "sector":
            return [(tr(s.name), s.key) for s in self.network.sectors] if self.network else []
        if field == "ring":
            return [(ring_text(n), n) for n in RINGS]
        if field in ENUMS:
            return [(tr(m.label), m.value) for m in ENUMS[field]]
        if field == "knows_about_placement":
            return [(tr(text), code) for text, code, _value in KNOWS]
        return []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member_at(index.row()) if index.isValid() else None
        if member is None:
            return None
        field = FIELDS[index.column()]
        value = getattr(member, field)
        if role == Qt.ItemDataRole.EditRole:
            if field == "knows_about_placement":
                return next(code for _text, code, v in KNOWS if v is value)
            return value.value if field in ENUMS else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._shown(member, field, value)
        return None

    def _shown(self, member: NetworkMember, field: str, value: Any) -> str:
        if field == "sector":
            return tr(self.network.sector_name(value)) if self.network else value
        if field == "ring":
            return ring_text(value)
        if field in ENUMS:
            return tr(value.label)
        if field == "knows_about_placement":
            return next(tr(text) for text, _code, v in KNOWS if v is value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        member = self.member_at(index.row()) if index.isValid() else None
        if member is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELDS[index.column()]
        if field in ENUMS:
            value = ENUMS[field](value)
        elif field == "ring":
            value = int(value)
        elif field == "knows_about_placement":
            value = next(v for _text, code, v in KNOWS if code == value)
        elif field == "label":
            value = str(value).strip()
            if not value:
                return False  # a person keeps a name; remove the row to take them out
        else:
            value = str(value)
        if getattr(member, field) == value:
            return False
        self.edit_requested.emit(member.key, field, value)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A list for the columns that have one (the model names the choices)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        choices = model.choices(index.column()) if isinstance(model, MembersModel) else []
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(str(model.headerData(index.column(), Qt.Orientation.Horizontal)))
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class MembersTable(QTableView):
    """``add_requested`` (Insert) and ``remove_requested(key)`` (Delete) go to the editor;
    ``member_chosen(key)`` when the current row changes."""

    add_requested = Signal()
    remove_requested = Signal(str)
    member_chosen = Signal(str)

    def __init__(self, model: MembersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = model
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(self))
        edit_in_place(self, tr("Personer i nettverket"))
        self.setAccessibleDescription(
            tr("Én rad per person. Skriv i en celle eller trykk F2 for å endre, Insert legger "
               "til en person, Delete fjerner den valgte. Ctrl+Z angrer.")
        )  # fmt: skip
        self.setWordWrap(False)
        for column, width in ((LABEL, 130), (SECTOR, 150), (RING, 120)):
            self.setColumnWidth(column, width)
        for shortcut, signal in ((QKeySequence(Qt.Key.Key_Insert), self.add_requested),
                                 (QKeySequence(Qt.Key.Key_Delete), None)):  # fmt: skip
            action = QShortcut(shortcut, self, context=Qt.ShortcutContext.WidgetShortcut)
            action.activated.connect(signal.emit if signal is not None else self._remove_current)
        model.modelReset.connect(self._restore_cursor)
        self._last_key = ""
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter edits the cell (as F2), so it never reaches the dialog's buttons."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() is not QAbstractItemView.State.EditingState:
            if self.currentIndex().isValid():
                self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """Wide enough for what is in them, within reason (long notes scroll)."""
        self.resizeColumnsToContents()
        for column in range(self.members.columnCount()):
            self.setColumnWidth(column, min(max(self.columnWidth(column), 70), 190))

    def current_key(self) -> str:
        member = self.members.member_at(self.currentIndex().row())
        return member.key if member else ""

    def choose(self, key: str) -> None:
        """Put the cursor on ``key``'s row, keeping the column (from the drawing or a redraw)."""
        row = self.members.row_of(key)
        if row < 0 or row == self.currentIndex().row():
            return
        column = max(self.currentIndex().column(), 0)
        self._last_key = key  # no echo back to the drawing
        self.setCurrentIndex(self.members.index(row, column))

    def _restore_cursor(self) -> None:
        if self._last_key:
            row = self.members.row_of(self._last_key)
            if row >= 0:
                self.setCurrentIndex(self.members.index(row, 0))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member = self.members.member_at(current.row())
        key = member.key if member else ""
        if key != self._last_key:
            self._last_key = key
            self.member_chosen.emit(key)

    def _remove_current(self) -> None:
        key = self.current_key()
        if key:
            self.remove_requested.emit(key)

    def commit_editing(self) -> None:
        commit_open_editor(self)
