"""One parent's referrals as a list: recipient, state, dates, a late reply or a blocked draft
said in words (``referral_table``), the warning that names the drafts a withdrawn or expired
consent blocks, and the action buttons, enabled for what the chosen referral's state allows.
What the buttons do is ``ReferralsPanel``'s.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from bufapp.ui.qt import WARNING_STYLE, tr
from bufapp.ui.referrals.state_dialogs import answers_allowed, can_be_sent
from bufapp.ui.referrals.table import (
    LoadedReferrals,
    ReferralRow,
    ReferralTableModel,
    blocked_drafts_text,
    load_referrals,
    referral_rows,
)
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


class ReferralList(QWidget):
    """The referrals of the parent chosen by ``show_parent``; ``refresh`` reloads them (on the
    worker) and keeps the chosen referral chosen."""

    def __init__(self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace = workspace
        self.parent_id: int | None = None
        self.parent_name = ""
        self._today = date.today()
        self._has_services = True
        self._build_list()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        # Whichever of these shows takes the free height, text at the top: the heading stays put.
        layout.addWidget(self.no_parent, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        previous: QWidget = self.table
        for button in self.buttons:
            self.setTabOrder(previous, button)
            previous = button
        self.setFocusProxy(self.table)
        self._show_rows(LoadedReferrals([], {}, [], self._today))

    def _build_list(self) -> None:
        """The heading, the blocked-drafts warning, the table, and what shows instead of it."""
        self.heading = QLabel(tr("Henvisninger"))
        self.heading.setObjectName("viewHeading")
        self.banner = QLabel()
        self.banner.setObjectName("blockedDrafts")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(tr("Sperrede utkast"))
        self.banner.hide()
        self.model = ReferralTableModel()
        self.table = row_table(self.model, tr("Henvisninger"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(
            tr(
                "Ingen henvisninger for denne forelderen. En henvisning ber en annen tjeneste om "
                "hjelp – bare med opplysninger forelderen har samtykket til. Velg «Ny "
                "henvisning…» for å skrive en."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_parent = QLabel(tr("Velg en forelder for å se henvisningene."))
        self.no_parent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _build_buttons(self) -> None:
        """The actions, named for screen readers by their text; ``ReferralsPanel`` connects them."""
        self.new_button = QPushButton(tr("&Ny henvisning…"))
        self.open_button = QPushButton(tr("&Åpne…"))
        self.preview_button = QPushButton(tr("Forhånds&vis…"))
        self.send_button = QPushButton(tr("Registrer &sendt…"))
        self.answer_button = QPushButton(tr("Registrer sv&ar…"))
        self.buttons = (
            self.new_button,
            self.open_button,
            self.preview_button,
            self.send_button,
            self.answer_button,
        )
        for button in self.buttons:
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- data -----------------------------------------------------------------------------------

    def show_parent(self, parent_id: int | None, parent_name: str = "") -> None:
        self.parent_id = parent_id
        self.parent_name = parent_name
        self.heading.setText(
            tr("Henvisninger – {name}").format(name=parent_name)
            if parent_name
            else tr("Henvisninger")
        )
        self.model.set_rows([])
        self.refresh()

    def refresh(self, then_select: int | None = None) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            self._show_rows(LoadedReferrals([], {}, [], self._today))
            return
        workspace = self._workspace
        keep = then_select or self.current_referral_id()

        def loaded(data: LoadedReferrals) -> None:
            if parent_id != self.parent_id:
                return  # another parent was chosen while this loaded
            self._show_rows(data)
            if keep is not None and self.model.row_of(keep) is not None:
                self.select_referral(keep)
            elif self.model.rowCount():
                self.table.selectRow(0)

        self._tasks.run(lambda: load_referrals(workspace, parent_id), loaded)

    def _show_rows(self, data: LoadedReferrals) -> None:
        self._today = data.today
        self._has_services = bool(data.recipients)
        rows = referral_rows(data)
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
        self._show_banner(rows)
        chosen_parent = self.parent_id is not None
        self.no_parent.setVisible(not chosen_parent)
        self.empty.setVisible(chosen_parent and not rows)
        self.table.setVisible(bool(rows))
        self.new_button.setEnabled(chosen_parent)
        self._update_buttons()

    def _show_banner(self, rows: list[ReferralRow]) -> None:
        """Drafts the gate blocks now, named with the reason (``blocked_drafts_text``)."""
        text = blocked_drafts_text(rows)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def select_referral(self, referral_id: int) -> None:
        row = self.model.row_of(referral_id)
        if row is not None:
            self.table.selectRow(row)

    def current_row(self) -> ReferralRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.model.row_at(selected[0].row())

    def current_referral_id(self) -> int | None:
        row = self.current_row()
        return row.referral.id if row else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.preview_button.setEnabled(row is not None)
        self.send_button.setEnabled(row is not None and can_be_sent(row.referral))
        self.answer_button.setEnabled(row is not None and bool(answers_allowed(row.referral)))
