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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, InformationManner, Understanding
from bufapp.domain.followup import InformationGiven
from bufapp.ui.qt import tr
from bufapp.ui.widgets.choice_checks import ChoiceChecks
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


class InformationField(QWidget):
    changed = Signal()

    def __init__(self, checklist: InformationChecklist) -> None:
        super().__init__()
        self.checks = ChoiceChecks(list(checklist.items), checklist.given_before, 2)
        for key, box in self.checks.boxes:
            if key in checklist.given_before:
                box.setEnabled(False)
                box.setToolTip(tr("Registrert for denne kontakten (endres under Oppfølging)"))
            box.toggled.connect(self.changed)
        self._before = checklist.given_before
        self.understood = enum_combo(Understanding, Understanding.UNCONFIRMED)
        self.understood.setAccessibleName(tr("Forstod forelderen informasjonen"))
        self.understood.currentIndexChanged.connect(self.changed)
        row = QHBoxLayout()
        said = QLabel(tr("Forstod forelderen det?"))
        said.setBuddy(self.understood)
        row.addWidget(said)
        row.addWidget(self.understood)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.checks)
        column.addLayout(row)
        self.setFocusProxy(self.checks)

    def ticked(self) -> list[str]:
        """The items newly ticked in this editor (those recorded before are left as they are)."""
        return [key for key in self.checks.chosen() if key not in self._before]

    def understanding(self) -> Understanding:
        return chosen(self.understood, Understanding) or Understanding.UNCONFIRMED


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
