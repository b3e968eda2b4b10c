"""Gruppetilbud: the catalogue of group offers in the area (filtered by type and by active or
ended; add, change, end or delete an offer; print the overview for a parent) and, in a second
tab, the chosen parent's way through the offers — told, referred, started, sessions attended,
completed or stopped, the parent's evaluation — following the parent chosen under Foreldre.

The buttons ask the window (``requested(action, parent_id, record)``); ``GroupOfferActions``
opens the dialogs. Actions: "new-offer", "edit-offer" / "end-offer" / "delete-offer" (the
offer), "print-overview" (the type filtered on, or None), "told" / "refer" (the parent),
"edit-participation" (the record)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bufapp.domain.enums import GroupOfferType
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.group_offers.service import CatalogueRow, GroupOfferPage
from bufapp.ui.group_offers.models import CatalogueModel, ParticipationModel, day
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.page_parts import button, button_row, caption, fit_columns, notice
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

SHOWN_ACTIVE = (QT_TR_NOOP("Aktive"), QT_TR_NOOP("Avsluttede"), QT_TR_NOOP("Alle"))
Ask = Callable[[str, object], None]


@dataclass(frozen=True)
class Loaded:
    catalogue: list[CatalogueRow]
    name: str = ""
    page: GroupOfferPage | None = None


class CatalogueTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self._ask = ask
        self.rows: list[CatalogueRow] = []
        self.type_box = QComboBox()
        self.type_box.addItem(tr("Alle typer"), None)
        for kind in GroupOfferType:
            self.type_box.addItem(tr(kind.label), kind)
        self.active_box = QComboBox()
        for text in SHOWN_ACTIVE:
            self.active_box.addItem(tr(text))
        self.type_box.currentIndexChanged.connect(lambda _i: self._filter())
        self.active_box.currentIndexChanged.connect(lambda _i: self._filter())
        self.model = CatalogueModel()
        self.table = row_table(self.model, tr("Gruppetilbud i området"))
        self.table.doubleClicked.connect(lambda _i: self._chosen_ask("edit-offer"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        self.new_button = button(QT_TR_NOOP("&Nytt tilbud …"))
        self.new_button.clicked.connect(lambda: self._emit("new-offer", None))
        self.edit_button = button(QT_TR_NOOP("&Endre …"))
        self.edit_button.clicked.connect(lambda: self._chosen_ask("edit-offer"))
        self.end_button = button(QT_TR_NOOP("&Avslutt tilbudet"))
        self.end_button.setToolTip(
            tr("Tilbudet er over: det blir stående i katalogen som avsluttet, med deltakerne")
        )
        self.end_button.clicked.connect(lambda: self._chosen_ask("end-offer"))
        self.delete_button = button(QT_TR_NOOP("S&lett"))
        self.delete_button.setToolTip(tr("Bare et tilbud uten deltakere kan slettes"))
        self.delete_button.clicked.connect(lambda: self._chosen_ask("delete-offer"))
        self.print_button = button(QT_TR_NOOP("Skriv ut &oversikt …"))
        self.print_button.setToolTip(
            tr("De aktive tilbudene som PDF, til en forelder eller kontoret: ingen navn")
        )
        self.print_button.clicked.connect(
            lambda: self._emit("print-overview", self.type_box.currentData())
        )
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(caption(QT_TR_NOOP("&Type:"), self.type_box))
        filters.addWidget(self.type_box)
        filters.addWidget(caption(QT_TR_NOOP("&Vis:"), self.active_box))
        filters.addWidget(self.active_box)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            button_row(
                self.new_button,
                self.edit_button,
                self.end_button,
                self.delete_button,
                self.print_button,
            )
        )
        # In at the filters above the list: entering at the list put them out of Tab's reach.
        self.setFocusProxy(self.type_box)
        self._follow()

    def _emit(self, action: str, record: object) -> None:
        self._ask(action, record)

    def chosen(self) -> GroupOffer | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row).offer if 0 <= row < self.model.rowCount() else None

    def _chosen_ask(self, action: str) -> None:
        offer = self.chosen()
        if offer is not None:
            self._emit(action, offer)

    def show_rows(self, rows: list[CatalogueRow], today: date | None = None) -> None:
        self.rows = rows
        self.model.today = today
        self._filter()

    def _filter(self) -> None:
        keep = self.chosen()
        kind = self.type_box.currentData()
        shown = self.active_box.currentIndex()
        rows = [
            r
            for r in self.rows
            if (kind is None or r.offer.offer_type == kind)
            and (shown == 2 or r.offer.active == (shown == 0))
        ]
        self.model.set_rows(rows)
        # The offer's name is what a caseworker looks for: it keeps the room, and the other
        # columns wrap within their caps (a catalogue has a handful of rows, not hundreds).
        fit_columns(self.table, 0, {1: 150, 2: 160, 3: 190, 4: 150}, wrap=True)
        row = self.model.row_of(keep.id) if keep is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        active = sum(r.offer.active for r in self.rows)
        self.count.setText(tr("{n} aktive av {all} tilbud").format(n=active, all=len(self.rows)))
        self._follow()

    def _follow(self) -> None:
        offer = self.chosen()
        self.edit_button.setEnabled(offer is not None)
        self.end_button.setEnabled(offer is not None and offer.active)
        self.delete_button.setEnabled(offer is not None)


class ParticipationTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self._ask = ask
        self.page: GroupOfferPage | None = None
        self.prompt = notice()
        self.told = QLabel()
        self.told.setWordWrap(True)
        self.model = ParticipationModel()
        self.table = row_table(self.model, tr("Forelderens deltakelse i gruppetilbud"))
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        self.told_button = button(QT_TR_NOOP("&Informert om tilbudene …"))
        self.told_button.setToolTip(
            tr("Forelderen er fortalt om gruppetilbudene: når, og hva forelderen svarte")
        )
        self.told_button.clicked.connect(lambda: self._emit("told", None))
        self.refer_button = button(QT_TR_NOOP("&Henvist til et tilbud …"))
        self.refer_button.clicked.connect(lambda: self._emit("refer", None))
        self.edit_button = button(QT_TR_NOOP("&Neste steg eller endre …"))
        self.edit_button.setToolTip(
            tr("Startet, samlinger deltatt, fullført eller sluttet, og forelderens evaluering")
        )
        self.edit_button.clicked.connect(self._edit)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.told)
        layout.addWidget(caption(QT_TR_NOOP("&Deltakelse"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.told_button, self.refer_button, self.edit_button))
        layout.addWidget(self.detail)
        self.setFocusProxy(self.table)

    def _emit(self, action: str, record: object) -> None:
        self._ask(action, record)

    def chosen(self) -> GroupParticipation | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row).record if 0 <= row < self.model.rowCount() else None

    def _edit(self) -> None:
        record = self.chosen()
        if record is not None:
            self._emit("edit-participation", record)

    def show_page(self, page: GroupOfferPage) -> None:
        keep = self.chosen()
        self.page = page
        prompt = page.prompt
        if prompt is not None:
            self.prompt.setText(
                tr(
                    "▲ Forelderen er ikke informert om gruppetilbudene. Barnevernstjenesten "
                    "bør kjenne til gruppetilbudene i området og fortelle om dem (frist "
                    "{due}: 30 dager etter plasseringen)."
                ).format(due=day(prompt.due))
            )
        self.prompt.setVisible(prompt is not None)
        self.told.setText(
            tr("Informert om gruppetilbudene første gang {day}.").format(day=day(page.told_on))
            if page.told_on
            else tr("Ikke informert om gruppetilbudene ennå.")
        )
        self.told.setVisible(prompt is None)  # the prompt says it already
        self.model.set_rows(list(page.lines))
        fit_columns(self.table, 0, {1: 190}, wrap=False)
        row = self.model.row_of(keep.id) if keep is not None else None
        if row is None and page.lines:
            row = len(page.lines) - 1
        if row is not None:
            self.table.selectRow(row)
        self._follow()

    def _follow(self) -> None:
        record = self.chosen()
        self.edit_button.setEnabled(record is not None)
        if record is None:
            self.detail.clear()
            return
        parts = []
        if record.evaluation:
            parts.append(tr("Forelderens evaluering: «{words}»").format(words=record.evaluation))
        if record.stopped_reason:
            parts.append(tr("Hvorfor sluttet: {why}").format(why=record.stopped_reason))
        if record.note:
            parts.append(tr("Merknad: {note}").format(note=record.note))
        self.detail.setText("\n".join(parts))


class GroupOffersView(QWidget):
    requested = Signal(str, object, object)

    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks, self._workspace = tasks, workspace
        self.parent_id: int | None = None
        self.loaded = False  # the catalogue (and the chosen parent's page) is shown (tests)
        self.heading = QLabel(tr("Gruppetilbud"))
        self.heading.setObjectName("viewHeading")
        self.catalogue = CatalogueTab(lambda action, record: self._ask(action, record, False))
        self.participation = ParticipationTab(
            lambda action, record: self._ask(action, record, True)
        )
        self.no_parent = QLabel(
            tr("Velg en forelder under Foreldre for å se forelderens deltakelse.")
        )
        self.no_parent.setWordWrap(True)
        self.no_parent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(self.no_parent)
        column.addWidget(self.participation, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Gruppetilbud"))
        self.tabs.addTab(self.catalogue, tr("&Katalog"))
        self.tabs.addTab(holder, tr("Forelderens &deltakelse"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self._show_parent_part(None)
        self.refresh()

    def show_parent(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.loaded = False
        self._show_parent_part(None)
        self.refresh()

    def refresh(self) -> None:
        parent_id = self.parent_id
        workspace = self._workspace

        def load() -> Loaded:
            rows = workspace.group_offers.catalogue()
            if parent_id is None:
                return Loaded(rows)
            name = workspace.register.parent(parent_id).full_name
            return Loaded(rows, name, workspace.group_offers.page(parent_id))

        def loaded(data: Loaded) -> None:
            if parent_id == self.parent_id:  # not another parent chosen while this loaded
                self.catalogue.show_rows(data.catalogue, workspace.group_offers.today())
                self._show_parent_part(data)
                self.loaded = True

        self._tasks.run(load, loaded)

    def _show_parent_part(self, data: Loaded | None) -> None:
        chosen = self.parent_id is not None
        self.no_parent.setVisible(not chosen)
        shown = chosen and data is not None and data.page is not None
        self.participation.setVisible(shown)
        if not shown or data is None or data.page is None:
            self.heading.setText(tr("Gruppetilbud"))
            return
        self.heading.setText(tr("Gruppetilbud – {name}").format(name=data.name))
        self.participation.show_page(data.page)
        prompt = "▲ " if data.page.prompt is not None else ""
        self.tabs.setTabText(1, prompt + tr("Forelderens &deltakelse"))

    def _ask(self, action: str, record: object, about_parent: bool) -> None:
        if about_parent and self.parent_id is None:
            return
        self.requested.emit(action, self.parent_id, record)
