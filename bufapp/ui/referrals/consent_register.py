"""One parent's consent register: what may be passed on, to whom, for what, and whether it holds.

A compact table with its buttons (its rows are ``consent_table``), for the parent card or a
dialog. The status of each consent comes from the domain (``Consent.in_force`` and
``EXPIRY_NOTICE_DAYS``, the same rule Oversikt uses), so the register and the consent gate never
disagree. Withdrawing first counts the referral drafts that would be blocked, so the dialog can
say so before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QWidget,
)

from bufapp.domain.consent import Consent, Service, consent_status
from bufapp.domain.enums import ConsentStatus, ReferralState
from bufapp.domain.referral import drafts_blocked_by_withdrawal
from bufapp.ui.qt import tr
from bufapp.ui.referrals.consent_dialogs import (
    ConsentDialog,
    WithdrawConsentDialog,
    describe_recipient,
)
from bufapp.ui.referrals.consent_table import ConsentRow, ConsentTableModel, status_text
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.record_table_panel import RecordTablePanel
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


@dataclass(frozen=True)
class _Loaded:
    consents: list[Consent]
    services: dict[int, Service]
    today: date


class ConsentRegister(RecordTablePanel[ConsentRow]):
    """The consents of one parent, with *Nytt samtykke…*, *Endre…*, *Trekk tilbake…* and
    *Skriv ut samtykkeerklæring…* (emitted as ``declaration_requested(consent_id)``).

    ``open_dialog`` shows a dialog; the main window passes its own, so a dialog open when the
    vault locks is kept as a draft. ``changed`` is emitted after a consent is saved or withdrawn.
    """

    declaration_requested = Signal(int)
    changed = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        parent_id: int | None = None,
        open_dialog: Callable[[QDialog], None] | None = None,
        parent_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            tasks, ConsentTableModel(), tr("Samtykker"), tr("Samtykker"), "sectionHeading", 110,
            open_dialog=open_dialog, parent=parent,
        )  # fmt: skip
        self._workspace = workspace
        self.parent_id = parent_id
        self.parent_name = parent_name
        self._services: dict[int, Service] = {}
        self._today = date.today()

        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty = self.empty_text(
            tr(
                "Ingen samtykker er registrert for denne forelderen. Opplysninger kan bare gis "
                "videre til en annen tjeneste når forelderen har samtykket – til hvilke "
                "opplysninger, til hvem og for hvilket formål. Velg «Nytt samtykke…» for å "
                "registrere et."
            ),
            "consentsEmpty",
        )
        self.summary = QLabel()

        self.new_button, self.edit_button, self.withdraw_button, self.declaration_button = (
            self.make_buttons(
                tr("N&ytt samtykke…"),
                tr("&Endre…"),
                tr("Trekk til&bake…"),
                tr("Skriv &ut samtykkeerklæring…"),
            )
        )
        self.new_button.clicked.connect(self.new_consent)
        self.edit_button.clicked.connect(self.edit_current)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.declaration_button.clicked.connect(self._declaration)
        layout = self.lay_out(self.heading, self.empty, self.table, self.summary, self.button_row())
        layout.setContentsMargins(0, 0, 0, 0)
        self._show_rows(_Loaded([], {}, self._today))
        if parent_id is not None:
            self.refresh()

    # --- data -----------------------------------------------------------------------------------

    def show_parent(self, parent_id: int | None, parent_name: str = "") -> None:
        self.parent_id = parent_id
        self.parent_name = parent_name
        self.model.set_rows([])
        self.refresh()

    def refresh(self, then_select: int | None = None) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            self._show_rows(_Loaded([], {}, self._today))
            return
        workspace = self._workspace

        def load() -> _Loaded:
            return _Loaded(
                workspace.consents.of_parent(parent_id),
                {s.id: s for s in workspace.directory.services() if s.id is not None},
                workspace.register.today(),
            )

        self.load_rows(load, self._show_rows, then_select, lambda: parent_id == self.parent_id)

    def _show_rows(self, data: _Loaded) -> None:
        self._services = data.services
        self._today = data.today
        rows = [
            ConsentRow(
                c,
                describe_recipient(c, data.services),
                consent_status(c, data.today),
                status_text(c, data.today),
            )
            for c in data.consents
        ]
        self.model.set_rows(rows)
        if rows:
            self.fit_columns(220, 0, ConsentTableModel.CATEGORIES)
        holding = sum(
            r.status in (ConsentStatus.IN_FORCE, ConsentStatus.EXPIRES_SOON) for r in rows
        )
        self.summary.setText(
            tr("{holding} av {consents} gjelder i dag.").format(
                holding=holding, consents=tr("%n samtykker", None, len(rows))
            )
            if rows
            else ""
        )
        self.empty.setVisible(not rows and self.parent_id is not None)
        self.table.setVisible(bool(rows))
        self.summary.setVisible(bool(rows))
        self.new_button.setEnabled(self.parent_id is not None)
        self._update_buttons()

    def select_consent(self, consent_id: int) -> None:
        self.select_key(consent_id)

    def current_consent_id(self) -> int | None:
        return self.current_key()

    def current_row(self) -> ConsentRow | None:
        if not self.table.currentIndex().isValid():
            return None
        return super().current_row()

    def status_of(self, consent_id: int) -> str:
        """The status text shown for the consent (for tests and the lead's checks)."""
        row = self.model.row_of(consent_id)
        return "" if row is None else self.model.row_at(row).status_text

    def _update_buttons(self) -> None:
        row = self.current_row()
        active = row is not None and row.status is not ConsentStatus.WITHDRAWN
        self.edit_button.setEnabled(active)
        self.withdraw_button.setEnabled(active)
        self.declaration_button.setEnabled(active)

    # --- actions --------------------------------------------------------------------------------

    def new_consent(self) -> None:
        self._open_consent_dialog(None)

    def open_current(self) -> None:
        self.edit_current()

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.status is ConsentStatus.WITHDRAWN:
            Messages.info(
                self,
                tr(
                    "Samtykket er trukket tilbake og kan ikke endres. Registrer et nytt "
                    "samtykke hvis forelderen samtykker igjen."
                ),
            )
            return
        self._open_consent_dialog(row.consent)

    def _open_consent_dialog(self, consent: Consent | None) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            return
        workspace = self._workspace

        def opened(loaded: tuple[list[Service], date]) -> None:
            if parent_id != self.parent_id:
                return
            services, today = loaded
            dialog = ConsentDialog(
                self._tasks,
                workspace.consents.save,
                parent_id,
                services,
                consent,
                today,
                self.parent_name,
                self.window(),
            )
            self.open_and_reload(dialog, self.changed)

        self._tasks.run(
            lambda: (workspace.directory.services(), workspace.register.today()), opened
        )

    def withdraw_current(self) -> None:
        row = self.current_row()
        if row is None or row.status is ConsentStatus.WITHDRAWN:
            return
        consent = row.consent
        workspace = self._workspace

        def count() -> tuple[int, date]:
            today = workspace.register.today()
            referrals = workspace.referrals.of_parent(consent.parent_id)
            drafts = [r for r in referrals if r.state is ReferralState.DRAFT]
            if not drafts:
                return 0, today
            services = {s.id: s for s in workspace.directory.services() if s.id is not None}
            consents = workspace.consents.of_parent(consent.parent_id)
            return (
                len(drafts_blocked_by_withdrawal(consent, consents, drafts, services, today)),
                today,
            )

        def opened(counted: tuple[int, date]) -> None:
            affected, today = counted
            dialog = WithdrawConsentDialog(
                self._tasks,
                workspace.consents.withdraw,
                consent,
                row.recipient,
                affected,
                today,
                self.window(),
            )
            self.open_and_reload(dialog, self.changed)

        self._tasks.run(count, opened)

    def _declaration(self) -> None:
        consent_id = self.current_consent_id()
        if consent_id is not None:
            self.declaration_requested.emit(consent_id)

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
