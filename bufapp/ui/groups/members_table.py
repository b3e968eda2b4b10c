"""The members of a responsibility group as an editable table: name, role, position, the service
in the directory they come from, phone and e-mail.

Type straight into a cell (or F2); while a cell is being edited, Tab goes on to the next cell,
otherwise Tab leaves the table. Role and service are chosen from lists. Each row keeps the
member's key (made here for a new row), so the coordinator, attendance and actions keep pointing
at the same person when a name is corrected.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import uuid4

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.collation import sort_key
from bufapp.domain.consent import Service
from bufapp.domain.enums import MemberRole
from bufapp.domain.groups import GroupMember
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.row_table_model import commit_open_editor, edit_in_place

COLUMNS = (
    QT_TR_NOOP("Navn"),
    QT_TR_NOOP("Rolle"),
    QT_TR_NOOP("Funksjon"),
    QT_TR_NOOP("Tjeneste"),
    QT_TR_NOOP("Telefon"),
    QT_TR_NOOP("E-post"),
)
NAME, ROLE, POSITION, SERVICE, PHONE, EMAIL = range(len(COLUMNS))
KEY_ROLE = Qt.ItemDataRole.UserRole  # on the name cell: the member's key
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # on the role and service cells: what was chosen
NO_SERVICE = QT_TR_NOOP("Ingen (ikke i adresseboka)")
Index = QModelIndex | QPersistentModelIndex


def new_key(taken: set[str]) -> str:
    key = uuid4().hex[:8]
    while key in taken:
        key = uuid4().hex[:8]
    return key


class _ChoiceDelegate(QStyledItemDelegate):
    """A cell edited with a list: the cell shows the label and keeps the value in VALUE_ROLE."""

    def __init__(self, choices: list[tuple[str, object]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class MembersTable(QWidget):
    """``members()`` gives the rows as members (wholly empty rows left out); ``changed`` is
    emitted when a row is added or removed or a name changes (the coordinator list follows)."""

    changed = Signal()

    def __init__(self, services: Sequence[Service], members: Sequence[GroupMember]) -> None:
        super().__init__()
        self._services = {s.id: s for s in services if s.id is not None}
        self._saved_keys = {m.key for m in members if m.key}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        edit_in_place(self.table, tr("Medlemmer"))
        for column, width in ((NAME, 150), (ROLE, 150), (POSITION, 110), (SERVICE, 170)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(PHONE, 95)
        roles = [(tr(r.label), r.value) for r in MemberRole]
        self.table.setItemDelegateForColumn(ROLE, _ChoiceDelegate(roles, self.table))
        listed = sorted(self._services.values(), key=lambda s: sort_key(s.name))
        services_choice: list[tuple[str, object]] = [(tr(NO_SERVICE), None)]
        services_choice += [(f"{s.name} ({tr(s.type.label)})", s.id) for s in listed]
        self.table.setItemDelegateForColumn(SERVICE, _ChoiceDelegate(services_choice, self.table))
        for member in members:
            self._append(member)
        self.table.itemChanged.connect(self._item_changed)
        self.table.setMinimumHeight(215)  # six members without scrolling

        self.add_button = QPushButton(tr("Nytt me&dlem"))
        self.remove_button = QPushButton(tr("Fje&rn medlem"))
        for button in (self.add_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_current)
        hint = QLabel(
            tr("Skriv rett i en celle, eller trykk F2. Rolle og tjeneste velges fra en liste.")
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setFocusProxy(self.table)
        if self.table.rowCount():
            self.table.setCurrentCell(0, NAME)

    # --- rows -------------------------------------------------------------------------------------

    def _service_label(self, service_id: int | None) -> str:
        if service_id is None:
            return tr(NO_SERVICE)
        service = self._services.get(service_id)
        return service.name if service else tr("(tjeneste nr. {id})").format(id=service_id)

    def _append(self, member: GroupMember) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(member.name)
        name.setData(KEY_ROLE, member.key or new_key(self._keys()))
        role = QTableWidgetItem(tr(member.role.label))
        role.setData(VALUE_ROLE, member.role.value)
        service = QTableWidgetItem(self._service_label(member.service_id))
        service.setData(VALUE_ROLE, member.service_id)
        cells = {NAME: name, ROLE: role, SERVICE: service}
        for column, text in ((POSITION, member.position), (PHONE, member.phone),
                             (EMAIL, member.email)):  # fmt: skip
            cells[column] = QTableWidgetItem(text)
        for column, item in cells.items():
            self.table.setItem(row, column, item)
        return row

    def _keys(self) -> set[str]:
        keys = set()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None:
                keys.add(str(item.data(KEY_ROLE)))
        return keys

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == SERVICE:
            self._fill_from_service(item.row(), item.data(VALUE_ROLE))
        if item.column() in (NAME, ROLE):
            self.changed.emit()

    def _fill_from_service(self, row: int, service_id: int | None) -> None:
        """A service just chosen fills the cells still empty with its contact details."""
        service = self._services.get(service_id) if service_id is not None else None
        if service is None:
            return
        for column, text in ((NAME, service.contact_person), (PHONE, service.phone),
                             (EMAIL, service.email)):  # fmt: skip
            item = self.table.item(row, column)
            if item is not None and not item.text().strip() and text:
                item.setText(text)

    def add_member(self) -> None:
        row = self._append(GroupMember("", "", MemberRole.SERVICE))
        self.changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        name = self._text(row, NAME) or tr("Medlemmet")
        key = self.table.item(row, NAME).data(KEY_ROLE)
        if key in self._saved_keys:
            answer = Messages.ask(
                self,
                tr(
                    "{name} tas ut av gruppen. Tiltak og tidligere referater som nevner "
                    "medlemmet, viser da ikke lenger navnet. Vil du ta medlemmet ut?"
                ).format(name=name),
            )
            if answer != Button.Yes:
                return
        self.table.removeRow(row)
        self.changed.emit()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), NAME)

    # --- reading ------------------------------------------------------------------------------

    def commit_editing(self) -> None:
        commit_open_editor(self.table)

    def members(self) -> tuple[GroupMember, ...]:
        self.commit_editing()
        found = []
        for row in range(self.table.rowCount()):
            texts = {c: self._text(row, c) for c in (NAME, POSITION, PHONE, EMAIL)}
            role_item, service_item = self.table.item(row, ROLE), self.table.item(row, SERVICE)
            service_id = service_item.data(VALUE_ROLE) if service_item else None
            if not any(texts.values()) and service_id is None:
                continue  # an empty row added and never filled in
            role = role_item.data(VALUE_ROLE) if role_item else None
            found.append(
                GroupMember(
                    str(self.table.item(row, NAME).data(KEY_ROLE)),
                    texts[NAME],
                    MemberRole(role) if role else MemberRole.SERVICE,
                    texts[POSITION],
                    int(service_id) if service_id is not None else None,
                    texts[PHONE],
                    texts[EMAIL],
                )
            )
        return tuple(found)
