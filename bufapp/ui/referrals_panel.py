"""One parent's referrals (henvisninger): a list with state, dates and late replies, a warning
when a withdrawn or expired consent blocks a draft, and the actions the state allows.

utkast → ferdig → sendt → svar mottatt / avslått / ingen svar. Only moves the domain allows
(``ALLOWED_MOVES``) are offered for the chosen referral; the service refuses the rest anyway.
Standalone given the task manager and the workspace: the main window shows it as a view or a
tab, and passes its own ``open_dialog`` so an editor open when the vault locks is kept as a
draft. ``changed`` is emitted after anything is saved, so Oversikt can be refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.consent import GateDecision
from bufapp.domain.enums import ReferralState, SentBy
from bufapp.domain.referral import ALLOWED_MOVES, Referral
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.ui.field_form import OptionalDateEdit, date_edit, from_qdate, to_qdate
from bufapp.ui.messages import Messages
from bufapp.ui.qt import tr
from bufapp.ui.record_dialogs import RecordDialog, chosen, enum_combo
from bufapp.ui.referral_editor import (
    WARNING_STYLE,
    ReferralEditor,
    dark_theme,
    open_referral_editor,
)
from bufapp.ui.row_table_model import RowTableModel, row_table
from bufapp.ui.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.drafts import Draft
    from bufapp.services.workspace import Workspace

REPLY_DAYS = 21  # the reply date suggested when a referral is sent: three weeks
ANSWERS = (ReferralState.ANSWERED, ReferralState.DECLINED, ReferralState.NO_ANSWER)


@dataclass(frozen=True)
class ReferralRow:
    referral: Referral
    recipient: str
    overdue_days: int | None  # sent, the reply date passed this many days ago
    blocked: tuple[str, ...] = ()  # a draft the gate blocks now: why, per category


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


class ReferralTableModel(RowTableModel[ReferralRow]):
    COLUMNS = ("Mottaker", "Status", "Ferdigstilt", "Sendt", "Svar ventes innen", "Merknad")
    NOTE = 5
    ID_ROLE = Qt.ItemDataRole.UserRole

    def row_data(self, row: ReferralRow, column: int, role: int) -> Any:
        r = row.referral
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.recipient,
                r.state.label,
                _day(r.finished_on),
                _day(r.sent_on) + (f" ({r.sent_by.label.lower()})" if r.sent_by else ""),
                _day(r.reply_expected_by) if r.state is ReferralState.SENT else "",
                self.note(row),
            )[column]
        if role == self.ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NOTE and row.blocked:
                return "\n".join(row.blocked)
            if column == self.NOTE and r.outcome_note:
                return r.outcome_note
            return None
        late_or_blocked = row.overdue_days is not None or bool(row.blocked)
        if role == Qt.ItemDataRole.ForegroundRole and column in (4, self.NOTE) and late_or_blocked:
            return QBrush(QColor("#ef9a9a" if dark_theme() else "#b3261e"))
        if role == Qt.ItemDataRole.FontRole and column == self.NOTE and row.overdue_days:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def note(row: ReferralRow) -> str:
        """Said in words, not only by colour: a late reply, a blocked draft, the outcome."""
        if row.overdue_days is not None:
            return tr("Svaret er forsinket ({n} dager)").format(n=row.overdue_days)
        if row.blocked:
            return tr("Sperret – samtykke mangler")
        return row.referral.outcome_note.splitlines()[0] if row.referral.outcome_note else ""

    def row_of(self, referral_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.referral.id == referral_id), None)


@dataclass(frozen=True)
class _Loaded:
    referrals: list[Referral]
    recipients: dict[int, str]
    blocked: list[tuple[Referral, GateDecision]]
    today: date


# --- the small dialogs ----------------------------------------------------------------------


@dataclass(frozen=True)
class Sending:
    sent_by: SentBy
    sent_on: date
    reply_expected_by: date | None


class SendDialog(RecordDialog[Referral]):
    """Registrer sendt: how, which day, and by when a reply is expected (into Oversikt)."""

    def __init__(
        self,
        tasks: TaskManager,
        send: Callable[[int, SentBy, date | None, date | None], Referral],
        referral: Referral,
        recipient: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        assert referral.id is not None
        referral_id = referral.id
        super().__init__(
            "Registrer sendt",
            tasks,
            lambda s: send(referral_id, s.sent_by, s.reply_expected_by, s.sent_on),  # type: ignore[attr-defined]
            parent,
        )
        self.setWindowTitle(tr("Registrer sendt – henvisning til {r}").format(r=recipient))
        self._today = today
        self._finished_on = referral.finished_on
        self.kind = ""  # three fields, nothing worth a draft
        f = self.form
        self.sent_by = f.add_row("sent_by", "&Hvordan sendt", enum_combo(SentBy, SentBy.POST))
        self.sent_on = f.add_row("sent_on", "Sendt &dato", date_edit(today))
        self.reply_expected_by = OptionalDateEdit(tr("Frist"), today + timedelta(days=REPLY_DAYS))
        f.add_row("reply_expected_by", "&Svar ventes innen", self.reply_expected_by)
        self._last_sent = today
        self.sent_on.dateChanged.connect(self._sent_changed)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Registrer sendt"))
        self.general_error.setText(
            tr("Svarfristen kommer på Oversikt og varsles når den er passert.")
        )
        self.general_error.show()

    def _sent_changed(self) -> None:
        """The reply date follows the sent date (same distance), until it is set by hand."""
        sent = from_qdate(self.sent_on.date())
        reply = self.reply_expected_by.value()
        if reply is not None:
            moved = reply + (sent - self._last_sent)
            self.reply_expected_by.editor.setDate(to_qdate(moved))
        self._last_sent = sent

    def collect(self) -> Sending:
        sent_on = from_qdate(self.sent_on.date())
        problems = []
        if sent_on > self._today:
            problems.append(FieldProblem("sent_on", tr("Sendedatoen kan ikke være fram i tid.")))
        if self._finished_on is not None and sent_on < self._finished_on:
            problems.append(
                FieldProblem(
                    "sent_on",
                    tr("Henvisningen ble ferdigstilt {d}; den kan ikke være sendt før.").format(
                        d=_day(self._finished_on)
                    ),
                )
            )
        if problems:
            raise ValidationFailed(problems)
        return Sending(
            chosen(self.sent_by, SentBy) or SentBy.POST, sent_on, self.reply_expected_by.value()
        )


@dataclass(frozen=True)
class Answer:
    outcome: ReferralState
    note: str


class AnswerDialog(RecordDialog[Referral]):
    """Registrer svar: svar mottatt, avslått or ingen svar (only what the state allows), and
    a note of what came of it. Registered with today's date."""

    def __init__(
        self,
        tasks: TaskManager,
        close: Callable[[int, ReferralState, str], Referral],
        referral: Referral,
        recipient: str,
        parent: QWidget | None = None,
    ) -> None:
        assert referral.id is not None
        referral_id = referral.id
        super().__init__(
            "Registrer svar",
            tasks,
            lambda a: close(referral_id, a.outcome, a.note),  # type: ignore[attr-defined]
            parent,
        )
        self.setWindowTitle(tr("Registrer svar – henvisning til {r}").format(r=recipient))
        self.kind = ""
        self.outcomes = [s for s in ANSWERS if s in ALLOWED_MOVES[referral.state]]
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[ReferralState, QRadioButton] = {}
        for outcome in self.outcomes:
            radio = QRadioButton(outcome.label)
            self.group.addButton(radio)
            column.addWidget(radio)
            self.radios[outcome] = radio
        if self.outcomes:
            self.radios[self.outcomes[0]].setChecked(True)
            choices.setFocusProxy(self.radios[self.outcomes[0]])
        self.form.add_row("state", "&Utfall", choices)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        self.note.setPlaceholderText(tr("For eksempel: time hos NAV 3.12. kl. 10, Máret møter"))
        self.form.add_row("outcome_note", "&Merknad", self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Registrer"))
        if referral.state is ReferralState.NO_ANSWER:
            self.general_error.setText(
                tr("Henvisningen står som «Ingen svar». Et svar som kommer sent, registreres her.")
            )
            self.general_error.show()

    def collect(self) -> Answer:
        outcome = next(s for s, radio in self.radios.items() if radio.isChecked())
        return Answer(outcome, self.note.toPlainText())

    def choose(self, outcome: ReferralState) -> None:
        self.radios[outcome].setChecked(True)


# --- the panel ------------------------------------------------------------------------------


class ReferralsPanel(QWidget):
    """The referrals of one parent with *Ny henvisning…*, *Åpne…*, *Forhåndsvis…*,
    *Registrer sendt…* and *Registrer svar…*.

    ``open_dialog`` shows a dialog; the main window passes its own (``MainWindow._open``), so
    an editor open when the vault locks is kept as a draft and reopened after unlocking.
    ``changed`` is emitted after a referral is saved, finished, sent or answered.
    """

    changed = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        open_dialog: Callable[[QDialog], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace = workspace
        self._open_dialog = open_dialog or self._open_here
        self.parent_id: int | None = None
        self.parent_name = ""
        self._today = date.today()
        self._has_services = True
        self.editors: list[ReferralEditor] = []
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests look at it)

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
        self.table.activated.connect(lambda _index: self.open_current())
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
        self.new_button.clicked.connect(self.new_referral)
        self.open_button.clicked.connect(self.open_current)
        self.preview_button.clicked.connect(self.preview_current)
        self.send_button.clicked.connect(self.send_current)
        self.answer_button.clicked.connect(self.answer_current)

        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        previous: QWidget = self.table
        for button in self.buttons:
            self.setTabOrder(previous, button)
            previous = button
        self.setFocusProxy(self.table)
        self._show_rows(_Loaded([], {}, [], self._today))

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
            self._show_rows(_Loaded([], {}, [], self._today))
            return
        workspace = self._workspace
        keep = then_select or self.current_referral_id()

        def load() -> _Loaded:
            return _Loaded(
                workspace.referrals.of_parent(parent_id),
                {s.id: s.name for s in workspace.directory.services() if s.id is not None},
                workspace.referrals.blocked_drafts(parent_id),
                workspace.register.today(),
            )

        def loaded(data: _Loaded) -> None:
            if parent_id != self.parent_id:
                return  # another parent was chosen while this loaded
            self._show_rows(data)
            if keep is not None and self.model.row_of(keep) is not None:
                self.select_referral(keep)
            elif self.model.rowCount():
                self.table.selectRow(0)

        self._tasks.run(load, loaded)

    def _show_rows(self, data: _Loaded) -> None:
        self._today = data.today
        self._has_services = bool(data.recipients)
        blocked = {r.id: d for r, d in data.blocked}
        rows = []
        for referral in data.referrals:
            late = None
            due = referral.reply_expected_by
            if referral.state is ReferralState.SENT and due is not None and due < data.today:
                late = (data.today - due).days
            decision = blocked.get(referral.id)
            rows.append(
                ReferralRow(
                    referral,
                    data.recipients.get(referral.service_id, tr("(ukjent tjeneste)")),
                    late,
                    tuple(b.why for b in decision.blocked) if decision else (),
                )
            )
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
        """Drafts the gate blocks now (a consent withdrawn or expired since they were written):
        named, with the reason, so they are not found out only at Ferdigstill."""
        blocked = [r for r in rows if r.blocked]
        if not blocked:
            self.banner.hide()
            self.banner.clear()
            return
        lines = [
            tr("{n} utkast kan ikke ferdigstilles nå:").format(n=len(blocked))
            if len(blocked) > 1
            else tr("Et utkast kan ikke ferdigstilles nå:")
        ]
        for row in blocked:
            lines.append(
                tr("• Henvisning til {recipient}: {why}").format(
                    recipient=row.recipient, why=" ".join(row.blocked)
                )
            )
        lines.append(
            tr(
                "Fjern opplysningen fra utkastet, registrer et nytt samtykke, eller begrunn et "
                "annet rettsgrunnlag i utkastet."
            )
        )
        self.banner.setText("\n".join(lines))
        self.banner.show()

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
        moves = ALLOWED_MOVES[row.referral.state] if row else frozenset()
        self.open_button.setEnabled(row is not None)
        self.preview_button.setEnabled(row is not None)
        self.send_button.setEnabled(ReferralState.SENT in moves)
        self.answer_button.setEnabled(any(a in moves for a in ANSWERS))

    # --- actions --------------------------------------------------------------------------------

    def _open_here(self, dialog: QDialog) -> None:
        """Without the main window's opener: show it, and drop an editor's kept draft when the
        person closes it (not when a lock closes it: then the draft is what is kept)."""
        workspace = self._workspace

        def finished(_result: int) -> None:
            if isinstance(dialog, ReferralEditor) and dialog.kind and not dialog.closed_by_program:
                self._tasks.run(lambda: workspace.drafts.discard(dialog.kind, dialog.record_key))

        dialog.finished.connect(finished)
        dialog.open()

    def _saved(self, referral: Referral | None = None) -> None:
        self.refresh(then_select=referral.id if referral else None)
        self.changed.emit()

    def show_editor(self, editor: ReferralEditor) -> None:
        """Show an editor built elsewhere (a reopened draft) with the panel's wiring."""
        self.editors.append(editor)
        self.last_dialog = editor
        editor.saved_referral.connect(self._saved)

        def finished(_result: int) -> None:
            if editor in self.editors:
                self.editors.remove(editor)

        editor.finished.connect(finished)
        self._open_dialog(editor)

    def reopen_draft(self, draft: Draft) -> None:
        """Reopen a kept "referral" draft after unlocking (the main window's ``_reopen_drafts``):
        editable, marked unsaved; read-only with a warning if it was finished meanwhile."""
        self._edit(draft.record, restored=True)

    def _edit(self, referral: Referral, restored: bool = False) -> None:
        key = str(referral.id) if referral.id else None
        for editor in self.editors:
            if key is not None and editor.record_key == key:
                editor.raise_()
                editor.activateWindow()
                return
        open_referral_editor(
            self._tasks, self._workspace, referral, self.show_editor, self.window(), restored
        )

    def new_referral(self) -> None:
        if self.parent_id is None:
            return
        if not self._has_services:
            Messages.info(
                self,
                tr(
                    "Adresseboka er tom. Legg inn tjenesten som skal få henvisningen i "
                    "adresseboka først."
                ),
            )
            return
        self._edit(Referral(self.parent_id, 0, ""))

    def open_referral(self, referral_id: int) -> None:
        """Open one referral (the parent card's «Åpne …» link): a draft to edit, others to read."""
        row = self.model.row_of(referral_id)
        if row is not None:
            self.table.selectRow(row)
            self._edit(self.model.row_at(row).referral)
            return
        referrals = self._workspace.referrals
        parent_id = self.parent_id

        def found(all_of_parent: list[Referral]) -> None:
            match = next((r for r in all_of_parent if r.id == referral_id), None)
            if match is not None:
                self._edit(match)

        if parent_id is not None:
            self._tasks.run(lambda: referrals.of_parent(parent_id), found)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._edit(row.referral)

    def preview_current(self) -> None:
        row = self.current_row()
        if row is None or row.referral.id is None:
            return
        referral_id, recipient = row.referral.id, row.recipient
        referrals = self._workspace.referrals
        from bufapp.ui.pdf_preview import PdfPreviewDialog

        def show(pdf: bytes) -> None:
            dialog = PdfPreviewDialog(
                tr("Henvisning til {r}").format(r=recipient),
                pdf,
                tr("Henvisning til {r} {day}.pdf").format(
                    r=recipient, day=f"{row.referral.finished_on or self._today:%Y-%m-%d}"
                ),
                self.window(),
            )
            self.last_dialog = dialog
            dialog.open()

        def failed(failure: Exception) -> None:
            Messages.error(
                self,
                tr("Brevet kunne ikke lages: {reason}").format(reason=failure)
                if str(failure)
                else tr("Brevet kunne ikke lages."),
            )

        self._tasks.run(lambda: referrals.letter(referral_id), show, failed)

    def _show_small(self, dialog: RecordDialog) -> None:  # type: ignore[type-arg]
        self.last_dialog = dialog

        def finished(result: int) -> None:
            if result:
                self._saved(dialog.saved)  # type: ignore[arg-type]

        dialog.finished.connect(finished)
        self._open_dialog(dialog)

    def send_current(self) -> None:
        row = self.current_row()
        if row is None or ReferralState.SENT not in ALLOWED_MOVES[row.referral.state]:
            return
        self._show_small(
            SendDialog(
                self._tasks,
                self._workspace.referrals.send,
                row.referral,
                row.recipient,
                self._today,
                self.window(),
            )
        )

    def answer_current(self) -> None:
        row = self.current_row()
        if row is None or not any(a in ALLOWED_MOVES[row.referral.state] for a in ANSWERS):
            return
        self._show_small(
            AnswerDialog(
                self._tasks,
                self._workspace.referrals.close,
                row.referral,
                row.recipient,
                self.window(),
            )
        )
