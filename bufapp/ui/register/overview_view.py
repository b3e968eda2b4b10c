"""Oversikt: every open deadline, overdue first, each row one keypress from its parent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.deadlines import Urgency
from bufapp.domain.enums import DeadlineKind
from bufapp.ui.qt import QT_TR_NOOP, dark_theme, tr
from bufapp.ui.widgets.domain_texts import deadline_title
from bufapp.ui.widgets.row_table_model import RowTableModel, row_table

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.overview import DeadlineRow
URGENCY_TEXT = {
    Urgency.OVERDUE: QT_TR_NOOP("Forfalt"),
    Urgency.SOON: QT_TR_NOOP("Innen 7 dager"),
    Urgency.LATER: QT_TR_NOOP("Senere"),
    Urgency.DONE: QT_TR_NOOP("Utført"),
}


class Opens(Enum):
    """Where a row of Oversikt leads."""

    CARD = "card"  # the parent's card (in Foreldre)
    FOLLOW_UP = "follow_up"  # the parent's follow-up page (oppfølging)
    VISITS = "visits"  # the parent's samvær page
    LIVING = "living"  # the parent's levekår page
    CONFERENCE = "conference"  # the parent's familieråd page
    GROUP_OFFERS = "group_offers"  # the parent's part in the group offers


@dataclass(frozen=True)
class Shown:
    """How one kind of deadline is shown and opened: ``about`` is the row's tooltip (where the
    deadline comes from, and a norm said to be a norm, not a section of law)."""

    opens: Opens
    about: str = ""


# Every kind of deadline, with how it is shown and opened (a test holds that none is missing).
SHOWN: dict[DeadlineKind, Shown] = {
    DeadlineKind.FIRST_CONVERSATION: Shown(
        Opens.CARD,
        QT_TR_NOOP(
            "Fristen er retningslinjens norm (Q-1157, kap. B): første samtale tilbudt innen to "
            "uker etter plasseringen. Loven sier «kort tid». Et brev eller en SMS med tilbudet "
            "holder. Antall dager velges i Innstillinger."
        ),
    ),
    DeadlineKind.CONTACT_FREQUENCY: Shown(Opens.CARD),
    DeadlineKind.NEW_OFFER: Shown(Opens.CARD),
    DeadlineKind.FOLLOW_UP: Shown(Opens.CARD),
    DeadlineKind.CONSENT_EXPIRES: Shown(Opens.CARD),
    DeadlineKind.REFERRAL_REPLY: Shown(Opens.CARD),
    DeadlineKind.MEETING_INVITATION: Shown(Opens.CARD),
    DeadlineKind.MEETING_ACTION: Shown(Opens.CARD),
    DeadlineKind.NEXT_MEETING: Shown(Opens.CARD),
    DeadlineKind.FIRST_CONVERSATION_HELD: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP(
            "Samtalen er tilbudt, men ikke gjennomført ennå. Forelderen velger hvor dere møtes: "
            "hjemme, på kontoret eller et nøytralt sted. Fristen er like mange dager etter "
            "tilbudet som fristen for tilbudet; sier forelderen nei, tilbys kontakt på nytt."
        ),
    ),
    DeadlineKind.INFORMATION_REPEAT: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP(
            "Informasjon fra sjekklisten skal gis igjen: mye blir ikke forstått første gang."
        ),
    ),
    DeadlineKind.INFORMATION_UNCONFIRMED: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP("Informasjonen er gitt, men det er ikke sjekket om forelderen forsto den."),
    ),
    DeadlineKind.REASSESSMENT: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP(
            "Tjenestens vurdering av hva som skal til for at barnet kan flytte hjem, skal "
            "vurderes på nytt."
        ),
    ),
    DeadlineKind.WISH_ANSWER: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP(
            "Forelderen har et ønske som ikke er besvart. Kan det ikke innfris, skal svaret ha en "
            "faglig begrunnelse."
        ),
    ),
    DeadlineKind.AFTER_REUNIFICATION: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP("Barnet har flyttet hjem igjen. Følg opp familien etter flyttingen."),
    ),
    DeadlineKind.AFTERCARE: Shown(
        Opens.FOLLOW_UP,
        QT_TR_NOOP(
            "Barnet nærmer seg 18 år. Snakk med forelderen om ettervern (hjelp etter fylte 18 år, "
            "til 25 år)."
        ),
    ),
    DeadlineKind.NEXT_VISIT: Shown(Opens.VISITS, QT_TR_NOOP("Neste samvær etter samværsplanen.")),
    DeadlineKind.VISITS_MISSED: Shown(
        Opens.VISITS,
        QT_TR_NOOP(
            "Flere samvær på rad er ikke gjennomført. Et slikt brudd er et signal: snakk med "
            "forelderen om hvorfor, og vurder andre former for kontakt."
        ),
    ),
    DeadlineKind.VISIT_EVALUATION: Shown(
        Opens.VISITS,
        QT_TR_NOOP(
            "Samværsplanen evalueres med jevne mellomrom: barnet, forelderen, fosterhjemmet eller "
            "institusjonen og tilsynsfører høres hver for seg (veilederen Q-1157, kap. 4.5.5)."
        ),
    ),
    DeadlineKind.VISIT_PLAN_PURPOSE: Shown(
        Opens.VISITS,
        QT_TR_NOOP(
            "Samværsplanen har ikke noe formål. Samværet følges opp og vurderes ut fra formålet."
        ),
    ),
    DeadlineKind.LIVING_CONDITIONS: Shown(
        Opens.LIVING,
        QT_TR_NOOP(
            "Spør forelderen om egen vurdering av økonomi, utdanning og arbeid, bolig, helse og "
            "sosial kontakt (veilederen Q-1157, kap. 4.5.6). Etter en vurdering: på nytt etter "
            "forelderens intervall (standard hver 6. måned, endres på siden Levekår). Er det ikke "
            "gjort ennå: en måned etter plasseringen – da har første samtale vært, og de "
            "økonomiske følgene av plasseringen (bortfalt barnetrygd, skatt, bidrag) begynner å "
            "merkes (vises for plasseringer fra det siste året). Vises her 30 dager før. Dette er "
            "bufapps forslag, ikke en frist i loven."
        ),
    ),
    DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP: Shown(
        Opens.CONFERENCE,
        QT_TR_NOOP(
            "Familierådet avtalte et oppfølgende familieråd for å se hvordan familiens plan har "
            "gått (veilederen Q-1157, kap. 4.4). Planlegg det med koordinatoren."
        ),
    ),
    DeadlineKind.FAMILY_CONFERENCE: Shown(
        Opens.CONFERENCE,
        QT_TR_NOOP(
            "Et planlagt familieråd de neste to ukene, eller et som ikke er registrert holdt eller "
            "avlyst."
        ),
    ),
    DeadlineKind.GROUP_OFFERS_NOT_TOLD: Shown(
        Opens.GROUP_OFFERS,
        QT_TR_NOOP(
            "Barnevernstjenesten bør kjenne til gruppetilbudene i området og fortelle foreldrene "
            "om dem: mange har glede av å møte andre i samme situasjon (familievernets fagside "
            "om kurs og gruppetilbud). Fristen er bufapps egen: 30 dager etter at barnet ble "
            "plassert, når de første ukene har roet seg. Den er oppfylt når forelderen er informert, "
            "uansett hva forelderen svarte. Vises bare når kontoret har lagt inn minst ett "
            "aktivt gruppetilbud."
        ),
    ),
}
# The signal each destination is opened by: the one place to route a destination anew.
ROUTES: dict[Opens, str] = {
    Opens.CARD: "open_parent",
    Opens.FOLLOW_UP: "open_follow_up",
    Opens.VISITS: "open_visits",
    Opens.LIVING: "open_living",
    Opens.CONFERENCE: "open_conference",
    Opens.GROUP_OFFERS: "open_group_offers",
}
FALLBACK = Shown(Opens.CARD)  # a kind added later and not yet listed: the card
# Deep red/amber on light backgrounds, lighter ones on dark (checked in both themes); the Status
# column says it in words too, so colour is never the only signal.
COLOURS = {
    (Urgency.OVERDUE, False): QColor("#c62828"),
    (Urgency.SOON, False): QColor("#a15c00"),
    (Urgency.OVERDUE, True): QColor("#ff6f60"),
    (Urgency.SOON, True): QColor("#ffb74d"),
}


def shown(kind: DeadlineKind) -> Shown:
    return SHOWN.get(kind, FALLBACK)


class DeadlineTableModel(RowTableModel["DeadlineRow"]):
    COLUMNS = (
        QT_TR_NOOP("Frist"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Hva"),
        QT_TR_NOOP("Forelder"),
        QT_TR_NOOP("Barn"),
    )
    PARENT_ID_ROLE = Qt.ItemDataRole.UserRole
    KIND_ROLE = Qt.ItemDataRole.UserRole + 1

    def row_data(self, row: DeadlineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.PARENT_ID_ROLE:
            return row.deadline.parent_id
        if role == self.KIND_ROLE:
            return row.deadline.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(shown(row.deadline.kind).about) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.urgency is not Urgency.LATER:
            return QBrush(COLOURS[(row.urgency, dark_theme())])
        if role == Qt.ItemDataRole.FontRole and row.urgency is Urgency.OVERDUE:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    @staticmethod
    def _text(row: DeadlineRow, column: int) -> str:
        return (
            f"{row.deadline.due:%d.%m.%Y}",
            tr(URGENCY_TEXT[row.urgency]),
            deadline_title(row.deadline),
            row.parent_name,
            row.child_names,
        )[column]

    def counts(self) -> dict[Urgency, int]:
        found = dict.fromkeys(Urgency, 0)
        for row in self._rows:
            found[row.urgency] += 1
        return found


class OverviewView(QWidget):
    open_parent = Signal(int)  # the parent's card
    open_follow_up = Signal(int)  # the parent's follow-up page (routed in ROUTES)
    open_visits = Signal(int)  # the parent's samvær page (routed in ROUTES)
    open_living = Signal(int)  # the parent's levekår page (routed in ROUTES)
    open_conference = Signal(int)  # the parent's familieråd page (routed in ROUTES)
    open_group_offers = Signal(int)  # the parent's group offers (routed in ROUTES)

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.model = DeadlineTableModel()
        self.table = row_table(self.model, tr("Frister"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        heading = QLabel(tr("Oversikt – frister"))
        heading.setObjectName("viewHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        self.model.set_rows(rows)
        counts = self.model.counts()
        self.summary.setText(
            tr("{overdue} forfalt · {soon} innen 7 dager · {later} senere").format(
                overdue=counts[Urgency.OVERDUE],
                soon=counts[Urgency.SOON],
                later=counts[Urgency.LATER],
            )
            if rows
            else tr("Ingen åpne frister.")
        )
        if rows:
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        parent_id = self.model.data(index, DeadlineTableModel.PARENT_ID_ROLE)
        kind = self.model.data(index, DeadlineTableModel.KIND_ROLE)
        if parent_id is not None:
            self.open_deadline(kind, parent_id)

    def open_deadline(self, kind: DeadlineKind, parent_id: int) -> None:
        """Open what a row of ``kind`` leads to, by the signal ``ROUTES`` names for it."""
        getattr(self, ROUTES[shown(kind).opens]).emit(parent_id)
