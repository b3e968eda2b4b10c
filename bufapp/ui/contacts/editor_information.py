"""The contact editor's "Informasjon gitt" row: the items of the follow-up's checklist given in
this contact, ticked, and whether the parent understood them. Saved with the entry
(``record_information_in_entry``): each ticked item gets the contact's date, a manner from the
contact's form, and the interpreter and support person the contact names. Items recorded for
this contact before are shown ticked and cannot be unticked here (change them on the
Oppfølging page)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, InformationManner, Understanding
from bufapp.domain.followup import InformationGiven, InformationTicks
from bufapp.errors import BufappError
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.record_dialog import chosen, enum_combo

# A conversation (at the office, at home, elsewhere, on video) is "i samtale"; "i møte" is for
# meetings with others present, recorded on the Oppfølging page.
_MANNERS = {
    ContactForm.PHONE: InformationManner.PHONE,
    ContactForm.LETTER: InformationManner.LETTER,
    ContactForm.MESSAGE: InformationManner.LETTER,
}


@dataclass(frozen=True)
class InformationChecklist:
    """What the editor needs for the row: the checklist's items, those already recorded for
    this entry, and how to record the ticked ones once the entry has its id."""

    items: Sequence[tuple[str, str]]
    given_before: frozenset[str]
    record: Callable[[int, list[str], InformationGiven], object]
    ticked_draft: InformationTicks | None = None  # ticked before a lock, kept beside the draft


class InformationField(QWidget):
    """A short list of the items, each with a tick box (Space ticks it), as wide as the form
    allows: the items' long labels are read in full in the list, not spread over the form."""

    changed = Signal()

    def __init__(self, checklist: InformationChecklist) -> None:
        super().__init__()
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Informasjon gitt i denne kontakten"))
        self.items.setMaximumHeight(120)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setWordWrap(True)
        self._before = checklist.given_before
        self._record = checklist.record
        for key, label in checklist.items:
            item = QListWidgetItem(label, self.items)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(label)
            given = key in checklist.given_before
            item.setCheckState(Qt.CheckState.Checked if given else Qt.CheckState.Unchecked)
            if given:  # recorded with this contact: changed on the Oppfølging page
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tr("{item} – registrert for denne kontakten").format(item=label))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
        self.items.itemChanged.connect(lambda _item: self.changed.emit())
        kept = checklist.ticked_draft or InformationTicks()
        for key in kept.items:
            if key in dict(checklist.items) and key not in self._before:
                self.tick(key)
        self.understood = enum_combo(Understanding, kept.understood)
        self.understood.setAccessibleName(tr("Forstod forelderen informasjonen"))
        self.understood.currentIndexChanged.connect(self.changed)
        row = QHBoxLayout()
        said = QLabel(tr("Forstod forelderen det som er krysset av?"))
        said.setBuddy(self.understood)
        row.addWidget(said)
        row.addWidget(self.understood)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items)
        column.addLayout(row)
        self.setFocusProxy(self.items)

    def _item(self, key: str) -> QListWidgetItem:
        return next(
            self.items.item(i)
            for i in range(self.items.count())
            if self.items.item(i).data(Qt.ItemDataRole.UserRole) == key
        )

    def tick(self, key: str, ticked: bool = True) -> None:
        self._item(key).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def is_ticked(self, key: str) -> bool:
        return self._item(key).checkState() == Qt.CheckState.Checked

    def can_tick(self, key: str) -> bool:
        return bool(self._item(key).flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def ticked(self) -> list[str]:
        """The items newly ticked in this editor (those recorded before are left as they are)."""
        found = [self.items.item(i) for i in range(self.items.count())]
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in found
            if item.checkState() == Qt.CheckState.Checked
            and item.data(Qt.ItemDataRole.UserRole) not in self._before
        ]

    def understanding(self) -> Understanding:
        return chosen(self.understood, Understanding) or Understanding.UNCONFIRMED

    def as_ticks(self) -> InformationTicks:
        """What is ticked, to keep beside the contact's draft."""
        return InformationTicks(tuple(self.ticked()), self.understanding())

    def ticked_now(self) -> TickedInformation:
        """What is ticked, read on this thread; recorded on the worker once the entry is saved."""
        return TickedInformation(self.ticked(), self.understanding(), self._record)


@dataclass(frozen=True)
class TickedInformation:
    keys: list[str]
    understood: Understanding
    recorder: Callable[[int, list[str], InformationGiven], object]

    def record(self, saved: ContactEntry) -> BufappError | None:
        """On the worker, once the entry is saved. A failure is returned, not raised: the entry
        is saved, and saving it again would write it twice."""
        if self.keys and saved.id is not None:
            try:
                self.recorder(saved.id, self.keys, information_template(saved, self.understood))
            except BufappError as failure:
                return failure
        return None


NOT_RECORDED = QT_TR_NOOP(
    "Kontakten er lagret, men informasjonen som var krysset av, ble ikke registrert:\n\n"
    "{reason}\n\nRegistrer den på siden Oppfølging."
)


def information_template(entry: ContactEntry, understood: Understanding) -> InformationGiven:
    """What every ticked item is recorded with; the service sets the item and the date."""
    people = entry.participants
    return InformationGiven(
        parent_id=entry.parent_id,
        item="",
        given_on=date.min,  # the contact's own date, set by the service
        manner=_MANNERS.get(entry.form, InformationManner.TALK),
        with_interpreter=bool(people.interpreter_language or people.interpreter_name),
        with_support_person=bool(people.support_person),
        understood=understood,
    )
