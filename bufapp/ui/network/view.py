"""Nettverkskart: the maps of the parent chosen under Foreldre, newest first, with the chosen map's
drawing and figures, and what can be done with them. The buttons ask the main window
(``requested(action, id)``): "new" and "compare" with the parent's id, "open", "print" and
"print-initials" with the map's, "sectors" with 0; ``NetworkActions`` opens the dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.network import MapListing, NetworkMap
from bufapp.ui.network.canvas import NetworkCanvas
from bufapp.ui.network.scene import NetworkScene
from bufapp.ui.network.summary import SummaryPanel, summary_text
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel, row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

EMPTY_TEXT = QT_TR_NOOP(
    "Ingen nettverkskart for denne forelderen ennå. Et nettverkskart tegnes sammen med "
    "forelderen: hvem som står nær, hvem som støtter og hvem som belaster, hvilke bånd som er "
    "brutt – og om nettverket kan utvides. Tegnet på nytt senere viser det om arbeidet hjalp. "
    "Velg «Nytt kart …» for å begynne."
)


class MapsModel(RowTableModel[MapListing]):
    COLUMNS = (QT_TR_NOOP("Tegnet"), QT_TR_NOOP("Personer"))

    def row_data(self, row: MapListing, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.drawn_on:%d.%m.%Y}" if column == 0 else str(row.member_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, map_id: int | None) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == map_id), -1)


@dataclass(frozen=True)
class Loaded:
    name: str
    maps: list[MapListing]


def _button(text: str) -> QPushButton:
    made = QPushButton(tr(text))
    made.setAccessibleName(tr(text).replace("&", "").rstrip(" …"))
    return made


class NetworkView(QWidget):
    requested = Signal(str, int)

    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace = workspace
        self.parent_id: int | None = None
        self.parent_name = ""
        self.shown_map: NetworkMap | None = None
        self.loaded = False  # the chosen parent's maps are listed and the first drawn (tests)
        self.heading = QLabel(tr("Nettverkskart"))
        self.heading.setObjectName("viewHeading")
        self.no_parent = QLabel(tr("Velg en forelder under Foreldre for å se nettverkskartene."))
        self.empty = QLabel(tr(EMPTY_TEXT))
        for hint in (self.no_parent, self.empty):
            hint.setWordWrap(True)
            hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.model = MapsModel()
        self.maps = row_table(self.model, tr("Kart"))
        self.maps.selectionModel().currentRowChanged.connect(lambda *_: self._map_chosen())
        self.maps.activated.connect(lambda _i: self._ask("open"))
        self.maps.setMaximumHeight(170)
        self.new_button = _button(QT_TR_NOOP("&Nytt kart …"))
        self.new_button.setToolTip(tr("Begynner med personene fra forrige kart"))
        self.open_button = _button(QT_TR_NOOP("Å&pne/endre …"))
        self.compare_button = _button(QT_TR_NOOP("&Sammenlign to kart …"))
        self.print_button = _button(QT_TR_NOOP("&Forhåndsvis/skriv ut …"))
        self.initials = QCheckBox(tr("Pseudonymisert (navn som &initialer)"))
        self.sectors_button = _button(QT_TR_NOOP("S&ektorer …"))
        self.sectors_button.setToolTip(tr("Kontorets sektorer for nye kart"))
        self.new_button.clicked.connect(lambda: self._ask("new"))
        self.open_button.clicked.connect(lambda: self._ask("open"))
        self.compare_button.clicked.connect(lambda: self._ask("compare"))
        self.print_button.clicked.connect(
            lambda: self._ask("print-initials" if self.initials.isChecked() else "print")
        )
        self.sectors_button.clicked.connect(lambda: self.requested.emit("sectors", 0))
        self.scene = NetworkScene(editable=False, parent=self)
        self.canvas = NetworkCanvas(self.scene)
        self.summary = SummaryPanel()
        self._arrange()
        self._show(Loaded("", []))

    def _arrange(self) -> None:
        caption = QLabel(tr("&Kart"))
        caption.setBuddy(self.maps)
        side = QVBoxLayout()
        side.addWidget(caption)
        side.addWidget(self.maps)
        for widget in (self.new_button, self.open_button, self.compare_button,
                       self.print_button, self.initials, self.sectors_button):  # fmt: skip
            side.addWidget(widget)
        figures = QScrollArea()
        figures.setWidgetResizable(True)
        figures.setWidget(self.summary)
        side.addWidget(figures, 1)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setFixedWidth(360)
        body = QHBoxLayout()
        body.addWidget(self.side)
        body.addWidget(self.canvas, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        chain = (self.maps, self.new_button, self.open_button, self.compare_button,
                 self.print_button, self.initials, self.sectors_button)  # fmt: skip
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.maps)

    # --- data ---------------------------------------------------------------------------------

    def show_parent(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.parent_name = ""
        self.loaded = False
        self._show(Loaded("", []))
        self.refresh()

    def refresh(self, then_map: int | None = None) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            return
        workspace = self._workspace
        keep = then_map or self.current_map_id()

        def load() -> Loaded:
            name = workspace.register.parent(parent_id).full_name
            return Loaded(name, workspace.network_maps.of_parent(parent_id))

        def loaded(data: Loaded) -> None:
            if parent_id == self.parent_id:  # not another parent chosen while this loaded
                self._show(data, keep)

        self._tasks.run(load, loaded)

    def _show(self, data: Loaded, keep: int | None = None) -> None:
        self.parent_name = data.name
        self.scene.centre_text = data.name.split()[0] if data.name else tr("Forelderen")
        self.heading.setText(
            tr("Nettverkskart – {name}").format(name=data.name)
            if data.name
            else tr("Nettverkskart")
        )
        chosen, has_maps = self.parent_id is not None, bool(data.maps)
        self.no_parent.setVisible(not chosen)
        self.empty.setVisible(chosen and bool(data.name) and not has_maps)
        self.side.setVisible(chosen)
        self.canvas.setVisible(has_maps)
        self.model.set_rows(data.maps)
        self.new_button.setEnabled(chosen)
        self.sectors_button.setEnabled(True)
        self.compare_button.setEnabled(len(data.maps) >= 2)
        if has_maps:
            row = self.model.row_of(keep)
            self.maps.selectRow(row if row >= 0 else 0)  # the newest unless one was chosen
        else:
            self.shown_map = None
            self.scene.set_map(None)
            self.summary.show_map(None)
            self.loaded = bool(data.name)
        self._update_buttons()

    def _map_chosen(self) -> None:
        map_id = self.current_map_id()
        self._update_buttons()
        if map_id is None:
            return
        maps = self._workspace.network_maps

        def shown(network: NetworkMap) -> None:
            if map_id != self.current_map_id():
                return  # another map chosen meanwhile
            self.shown_map = network
            self.scene.set_map(network)
            self.scene.fit(self.canvas.viewport().size())
            self.summary.show_map(network)
            self.canvas.setAccessibleDescription(summary_text(network))
            self.loaded = True

        self._tasks.run(lambda: maps.get(map_id), shown)

    def current_map_id(self) -> int | None:
        row = self.maps.currentIndex().row()
        return self.model.row_at(row).id if 0 <= row < self.model.rowCount() else None

    def _update_buttons(self) -> None:
        chosen = self.current_map_id() is not None
        for button in (self.open_button, self.print_button):
            button.setEnabled(chosen)
        self.initials.setEnabled(chosen)

    def _ask(self, action: str) -> None:
        if action in ("new", "compare"):
            button = self.new_button if action == "new" else self.compare_button
            if self.parent_id is not None and button.isEnabled():
                self.requested.emit(action, self.parent_id)
            return
        map_id = self.current_map_id()
        if map_id is not None:
            self.requested.emit(action, map_id)
