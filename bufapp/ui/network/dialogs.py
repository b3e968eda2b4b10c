"""The editor's two small dialogs: adding a person (name, sector, ring, how the tie is) and tying
two people together (or changing or removing the tie between them). Both only say what was
chosen; the editor makes it an undoable change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from bufapp.domain.enums import TieQuality
from bufapp.domain.network import RINGS, MemberTie, NetworkMap, NetworkMember
from bufapp.domain.network_rules import LABEL_LENGTH, new_key
from bufapp.errors import FieldProblem
from bufapp.ui.network.table import ring_text
from bufapp.ui.network.undo import roomy_angle
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.record_dialog import enum_combo, line

NO_TIE = "none"


def _combo(choices: list[tuple[str, object]], current: object = None) -> QComboBox:
    combo = QComboBox()
    for label, value in choices:
        combo.addItem(label, value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AddMemberDialog(QDialog):
    """A new person; ``member`` holds them once accepted."""

    def __init__(
        self, network: NetworkMap, sector: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Legg til person"))
        self.setMinimumWidth(420)
        self._network = network
        self.member: NetworkMember | None = None
        self.form = f = FieldForm()
        self.label = f.add_row("label", QT_TR_NOOP("&Navn eller betegnelse"), line())
        self.label.setMaxLength(LABEL_LENGTH)
        self.label.setPlaceholderText(tr("For eksempel «Mormor» eller «Kari»"))
        self.sector = f.add_row(
            "sector", QT_TR_NOOP("&Sektor"),
            _combo([(tr(s.name), s.key) for s in network.sectors], sector or None),
        )  # fmt: skip
        self.ring = f.add_row(
            "ring", QT_TR_NOOP("&Ring"), _combo([(ring_text(n), n) for n in RINGS], 2)
        )
        self.quality = f.add_row(
            "quality", QT_TR_NOOP("&Forhold"), enum_combo(TieQuality, TieQuality.WEAK)
        )
        hint = QLabel(tr("Resten fyller du ut i tabellen."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(f)
        layout.addWidget(hint)
        layout.addWidget(submit_buttons(self, self.submit, QT_TR_NOOP("&Legg til")))
        self.label.setFocus()

    def submit(self) -> None:
        label = self.label.text().strip()
        if not label:
            self.form.show_problems(
                [FieldProblem("label", tr("Skriv et navn eller en kort betegnelse."))]
            )
            return
        sector, ring = str(self.sector.currentData()), int(self.ring.currentData())
        self.member = NetworkMember(
            key=new_key(),
            label=label,
            sector=sector,
            ring=ring,
            angle=roomy_angle(self._network, sector, ring),
            quality=TieQuality(self.quality.currentData()),
        )
        self.accept()


class TieDialog(QDialog):
    """Two people and the tie between them; "Ingen forbindelse" removes one. Accepted, it
    holds ``first``, ``second`` and ``tie`` (None to untie)."""

    def __init__(self, network: NetworkMap, first: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Forbind to personer"))
        self.setMinimumWidth(560)
        self._network = network
        people = [(m.label, m.key) for m in network.members]
        self.first_key = self.second_key = ""
        self.tie: MemberTie | None = None
        self.form = f = FieldForm()
        self.first = f.add_row("first", QT_TR_NOOP("&Første person"), _combo(people, first or None))
        others = [(label, key) for label, key in people if key != self.first.currentData()]
        self.second = f.add_row(
            "second", QT_TR_NOOP("&Andre person"), _combo(people, others[0][1] if others else None)
        )
        qualities: list[tuple[str, object]] = [(tr(q.label), q.value) for q in TieQuality]
        qualities.append((tr("Ingen forbindelse (fjern)"), NO_TIE))
        self.quality = f.add_row("quality", QT_TR_NOOP("&Forhold mellom dem"), _combo(qualities))
        self.existing = QListWidget()
        self.existing.setAccessibleName(tr("Forbindelser mellom personer"))
        for tie in network.ties:
            self.existing.addItem(self._describe(tie))
        if not network.ties:
            self.existing.addItem(tr("Ingen forbindelser ennå."))
        self.existing.setMaximumHeight(120)
        self.existing.setWordWrap(True)
        f.add_row("ties", QT_TR_NOOP("Forbindelser &nå"), self.existing)
        for combo in (self.first, self.second):
            combo.currentIndexChanged.connect(self._pair_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(f)
        layout.addWidget(submit_buttons(self, self.submit, QT_TR_NOOP("&OK")))
        self._pair_changed()

    def _describe(self, tie: MemberTie) -> str:
        names = [
            m.label if (m := self._network.member(k)) else "?" for k in (tie.first, tie.second)
        ]
        return f"{names[0]} – {names[1]}: {tr(tie.quality.label)}"

    def _pair_changed(self) -> None:
        """A pair already tied shows their tie, so it can be changed or removed."""
        first, second = self.first.currentData(), self.second.currentData()
        existing = next((t for t in self._network.ties if t.joins(first, second)), None)
        value = existing.quality.value if existing else TieQuality.WEAK.value
        self.quality.setCurrentIndex(max(0, self.quality.findData(value)))

    def submit(self) -> None:
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None or first == second:
            self.form.show_problems([FieldProblem("second", tr("Velg to forskjellige personer."))])
            return
        chosen = self.quality.currentData()
        self.first_key, self.second_key = str(first), str(second)
        self.tie = (
            None
            if chosen == NO_TIE
            else MemberTie(self.first_key, self.second_key, TieQuality(chosen))
        )
        self.accept()
