"""One parent's referrals as a list: recipient, state, dates, a late reply or a blocked draft
said in words (``referral_table``), the warning that names the drafts a withdrawn or expired
consent blocks, and the action buttons, enabled for what the chosen referral's state allows.
What the buttons do is ``ReferralsPanel``'s.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

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
from bufapp.ui.widgets.record_table_panel import RecordTablePanel
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


class ReferralList(RecordTablePanel[ReferralRow]):
    """The referrals of the parent chosen by ``show_parent``; ``refresh`` reloads them (on the
    worker) and keeps the chosen referral chosen."""

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            tasks, ReferralTableModel(), tr("Henvisninger"), tr("Henvisninger"),
            column_width=120, parent=parent,
        )  # fmt: skip
        self._workspace = workspace
        self.parent_id: int | None = None
        self.parent_name = ""
        self._today = date.today()
        self._has_services = True
        self._build_list()
        # The actions, named for screen readers by their text; ``ReferralsPanel`` connects them.
        (
            self.new_button, self.open_button, self.preview_button, self.send_button,
            self.answer_button,
        ) = self.make_buttons(
            tr("&Ny henvisning…"), tr("&Åpne…"), tr("Forhånds&vis…"), tr("Registrer &sendt…"),
            tr("Registrer sv&ar…"),
        )  # fmt: skip
        self.lay_out(
            # Whichever of the texts and the table shows takes the free height, text at the
            # top: the heading stays put.
            self.heading, self.banner, self.no_parent, self.empty, self.table, self.button_row()
        )  # fmt: skip
        self._show_rows(LoadedReferrals([], {}, [], self._today))

    def _build_list(self) -> None:
        """The blocked-drafts warning and what shows instead of the table."""
        self.banner = QLabel()
        self.banner.setObjectName("blockedDrafts")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(tr("Sperrede utkast"))
        self.banner.hide()
        self.empty = self.empty_text(
            tr(
                "Ingen henvisninger for denne forelderen. En henvisning ber en annen tjeneste om "
                "hjelp – bare med opplysninger forelderen har samtykket til. Velg «Ny "
                "henvisning…» for å skrive en."
            )
        )
        self.no_parent = self.empty_text(tr("Velg en forelder for å se henvisningene."), wrap=False)

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
        self.load_rows(
            lambda: load_referrals(workspace, parent_id),
            self._show_rows,
            then_select,
            lambda: parent_id == self.parent_id,
        )

    def _show_rows(self, data: LoadedReferrals) -> None:
        self._today = data.today
        self._has_services = bool(data.recipients)
        rows = referral_rows(data)
        self.model.set_rows(rows)
        if rows:
            self.fit_columns(260, 0)
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
        self.select_key(referral_id)

    def current_referral_id(self) -> int | None:
        return self.current_key()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.preview_button.setEnabled(row is not None)
        self.send_button.setEnabled(row is not None and can_be_sent(row.referral))
        self.answer_button.setEnabled(row is not None and bool(answers_allowed(row.referral)))
