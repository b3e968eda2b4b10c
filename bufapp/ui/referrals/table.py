"""The list of one parent's referrals: a row per referral with its recipient, state and dates,
a reply that is late and a draft the gate now blocks said in words as well as in colour, and
the warning that names the blocked drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bufapp.domain.consent import GateDecision
from bufapp.domain.enums import ReferralState
from bufapp.domain.referral import Referral
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.referrals.widgets import day_text, how_sent, status_colour, why_text
from bufapp.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


@dataclass(frozen=True)
class ReferralRow:
    referral: Referral
    recipient: str
    overdue_days: int | None  # sent, the reply date passed this many days ago
    blocked: tuple[str, ...] = ()  # a draft the gate blocks now: why, per category


@dataclass(frozen=True)
class LoadedReferrals:
    """One parent's referrals as loaded on the database worker."""

    referrals: list[Referral]
    recipients: dict[int, str]  # service id → name
    blocked: list[tuple[Referral, GateDecision]]  # drafts the gate blocks now
    today: date


def load_referrals(workspace: Workspace, parent_id: int) -> LoadedReferrals:
    """Run on the database worker."""
    return LoadedReferrals(
        workspace.referrals.of_parent(parent_id),
        {s.id: s.name for s in workspace.directory.services() if s.id is not None},
        workspace.referrals.blocked_drafts(parent_id),
        workspace.register.today(),
    )


def referral_rows(data: LoadedReferrals) -> list[ReferralRow]:
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
                tuple(why_text(b) for b in decision.blocked) if decision else (),
            )
        )
    return rows


def blocked_drafts_text(rows: list[ReferralRow]) -> str:
    """Drafts the gate blocks now (a consent withdrawn or expired since they were written),
    named with the reason, so they are not found out only at Ferdigstill; "" when none is."""
    blocked = [r for r in rows if r.blocked]
    if not blocked:
        return ""
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
    return "\n".join(lines)


class ReferralTableModel(RowTableModel[ReferralRow]):
    COLUMNS = (
        QT_TR_NOOP("Mottaker"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Ferdigstilt"),
        QT_TR_NOOP("Sendt"),
        QT_TR_NOOP("Svar ventes innen"),
        QT_TR_NOOP("Merknad"),
    )
    REPLY = 4
    NOTE = 5
    ID_ROLE = Qt.ItemDataRole.UserRole

    def row_data(self, row: ReferralRow, column: int, role: int) -> Any:
        r = row.referral
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.recipient,
                tr(r.state.label),
                day_text(r.finished_on),
                day_text(r.sent_on) + how_sent(r),
                day_text(r.reply_expected_by) if r.state is ReferralState.SENT else "",
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
        flagged = late_or_blocked and column in (self.REPLY, self.NOTE)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(QColor(status_colour("blocked")))
        if role == Qt.ItemDataRole.FontRole and column == self.NOTE and row.overdue_days:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def note(row: ReferralRow) -> str:
        """Said in words, not only by colour: a late reply, a blocked draft, the outcome."""
        if row.overdue_days is not None:
            return tr("Svaret er forsinket ({days})").format(
                days=tr("%n dager", None, row.overdue_days)
            )
        if row.blocked:
            return tr("Sperret – samtykke mangler")
        return row.referral.outcome_note.splitlines()[0] if row.referral.outcome_note else ""

    def row_key(self, row: ReferralRow) -> int | None:
        return row.referral.id
