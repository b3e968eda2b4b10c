"""Dialogs to add and edit parents and children, and to link a parent to a child already in the
register. A child's placements have their own dialog (``placement_dialog``).

Each dialog collects an entity, hands it to ``save`` (a service call run on the database
thread), and shows every rejected field under the field itself. Nothing is saved until the
service accepts the whole record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QWidget,
)

from bufapp.domain.entities import Child, Parent, ParentLink
from bufapp.domain.enums import AddressProtection, ParentRole
from bufapp.errors import FieldProblem
from bufapp.ui.qt import QT_TR_NOOP, tr

# Importable from here too, where the main window opens the register's dialogs.
from bufapp.ui.widgets.field_form import (
    OptionalDateEdit,
    date_edit,
    from_qdate,
)
from bufapp.ui.widgets.parent_languages import (
    level_choices,
    tolkeloven,
    written_language_choices,
)
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager


def _choices(choices: list[tuple[str, str]], current: str) -> QComboBox:
    """A combo of (label, value), ``current`` chosen (the first when it is none of them)."""
    combo = QComboBox()
    for label, value in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    # As wide as the form, not as its longest item (a category's description): the list that
    # opens shows the whole text.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


class ParentDialog(RecordDialog[Parent]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Parent], Parent],
        parent_record: Parent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QT_TR_NOOP("Rediger forelder")
            if parent_record and parent_record.id
            else QT_TR_NOOP("Ny forelder"),
            tasks,
            save,
            parent,
        )
        self._original = parent_record
        self.kind = "parent"
        self.record_key = str(parent_record.id) if parent_record and parent_record.id else "new"
        p = parent_record or Parent("", "")
        f = self.form
        self.given_names = f.add_row("given_names", QT_TR_NOOP("&Fornavn"), line(p.given_names))
        self.family_name = f.add_row("family_name", QT_TR_NOOP("&Etternavn"), line(p.family_name))
        self.national_id = f.add_row(
            "national_id", QT_TR_NOOP("Fødselsnummer/&D-nummer"), line(p.national_id)
        )
        self.national_id.setPlaceholderText(tr("11 siffer – kan stå tomt"))
        self.birth_date = f.add_row(
            "birth_date", QT_TR_NOOP("Fødsels&dato"), OptionalDateEdit(tr("Kjent"), p.birth_date)
        )
        self.address_line = f.add_row("address_line", QT_TR_NOOP("&Adresse"), line(p.address_line))
        self.postal_code = f.add_row("postal_code", QT_TR_NOOP("&Postnummer"), line(p.postal_code))
        self.postal_town = f.add_row("postal_town", QT_TR_NOOP("Post&sted"), line(p.postal_town))
        self.address_protection = f.add_row(
            "address_protection",
            QT_TR_NOOP("Adresse&sperre"),
            enum_combo(AddressProtection, p.address_protection),
        )
        self.address_protection.setToolTip(
            tr(
                "Fortrolig eller strengt fortrolig adresse i Folkeregisteret: adressen kommer "
                "bare med i dokumenter til forelderen selv."
            )
        )
        self.phone = f.add_row("phone", QT_TR_NOOP("&Telefon"), line(p.phone))
        self.email = f.add_row("email", QT_TR_NOOP("E-&post"), line(p.email))
        self.preferred_language = f.add_row(
            "preferred_language", QT_TR_NOOP("Foretrukket &språk"), line(p.preferred_language)
        )
        self.preferred_language.setToolTip(tr("Språket forelderen snakker best."))
        self.written_language = f.add_row(
            "written_language",
            QT_TR_NOOP("Foretrukket skr&iftspråk"),
            _choices(written_language_choices(p.written_language), p.written_language),
        )
        self.written_language.setToolTip(
            tr(
                "Språket forelderen leser best. Brev og dokumenter til forelderen lages på dette "
                "språket der de finnes på det, ellers på kontorets målform."
            )
        )
        self.needs_interpreter = QCheckBox(tr("Trenger tolk"))
        self.needs_interpreter.setChecked(p.needs_interpreter)
        f.add_row("needs_interpreter", QT_TR_NOOP("T&olk"), self.needs_interpreter)
        self.interpreter_language = f.add_row(
            "interpreter_language", QT_TR_NOOP("Tolkespr&åk"), line(p.interpreter_language)
        )
        self.interpreter_level = f.add_row(
            "interpreter_level",
            QT_TR_NOOP("Tolkens &kategori"),
            _choices(level_choices(), p.interpreter_level),
        )
        self.interpreter_level.setToolTip(tolkeloven())
        self.interpreter_level.setAccessibleDescription(tolkeloven())
        for field in (self.interpreter_language, self.interpreter_level):
            self.needs_interpreter.toggled.connect(field.setEnabled)
            field.setEnabled(p.needs_interpreter)
        self.support_person = f.add_row(
            "support_person", QT_TR_NOOP("St&øtteperson"), line(p.support_person)
        )
        self.notes = QPlainTextEdit(p.notes)
        self.notes.setTabChangesFocus(True)
        f.add_row("notes", QT_TR_NOOP("&Notater"), self.notes)

    def collect(self) -> Parent:
        base = self._original or Parent("", "")
        return replace(
            base,
            given_names=self.given_names.text(),
            family_name=self.family_name.text(),
            national_id=self.national_id.text().strip() or None,
            birth_date=self.birth_date.value(),
            address_line=self.address_line.text().strip(),
            postal_code=self.postal_code.text().strip(),
            postal_town=self.postal_town.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            preferred_language=self.preferred_language.text().strip(),
            written_language=self.written_language.currentData() or "",
            interpreter_language=self.interpreter_language.text()
            if self.needs_interpreter.isChecked()
            else None,
            interpreter_level=(self.interpreter_level.currentData() or "")
            if self.needs_interpreter.isChecked()
            else "",
            support_person=self.support_person.text().strip(),
            notes=self.notes.toPlainText(),
            address_protection=chosen(self.address_protection, AddressProtection)
            or AddressProtection.NONE,
        )


class ChildDialog(RecordDialog[Child]):
    """A child with its first parent link; further parents are linked from the parent pane."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Child], Child],
        child: Child | None = None,
        link_parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QT_TR_NOOP("Rediger barn") if child and child.id else QT_TR_NOOP("Nytt barn"),
            tasks,
            save,
            parent,
        )
        self._original = child
        self._link_parent_id = link_parent_id
        self.kind = "child"
        self.record_key = str(child.id) if child and child.id else f"new:{link_parent_id}"
        c = child or Child("", "", date.today(), "")
        f = self.form
        self.given_names = f.add_row("given_names", QT_TR_NOOP("&Fornavn"), line(c.given_names))
        self.family_name = f.add_row("family_name", QT_TR_NOOP("&Etternavn"), line(c.family_name))
        self.birth_date = f.add_row(
            "birth_date", QT_TR_NOOP("Fødsels&dato"), date_edit(c.birth_date)
        )
        self.national_id = f.add_row(
            "national_id", QT_TR_NOOP("Fødselsnummer/&D-nummer"), line(c.national_id)
        )
        self.case_number = f.add_row(
            "case_number", QT_TR_NOOP("&Saksnummer i fagsystemet"), line(c.case_number)
        )
        self.case_number.setPlaceholderText("2024/1234")
        self.role: QComboBox | None = None
        self.responsibility: QCheckBox | None = None
        if c.id is None and link_parent_id is not None:
            first = c.parents[0] if c.parents else ParentLink(link_parent_id, ParentRole.MOTHER)
            self.role = f.add_row(
                "role", QT_TR_NOOP("Forelderens &rolle"), enum_combo(ParentRole, first.role)
            )
            self.responsibility = QCheckBox(tr("Har foreldreansvar"))
            self.responsibility.setChecked(first.parental_responsibility)
            f.add_row("parental_responsibility", QT_TR_NOOP("Foreldre&ansvar"), self.responsibility)

    def collect(self) -> Child:
        base = self._original or Child("", "", date.today(), "")
        parents = base.parents
        if (
            self.role is not None
            and self.responsibility is not None
            and self._link_parent_id is not None
        ):
            parents = (
                ParentLink(
                    self._link_parent_id,
                    chosen(self.role, ParentRole),
                    self.responsibility.isChecked(),
                ),
            )
        return replace(
            base,
            given_names=self.given_names.text(),
            family_name=self.family_name.text(),
            birth_date=from_qdate(self.birth_date.date()),
            national_id=self.national_id.text().strip() or None,
            case_number=self.case_number.text(),
            parents=parents,
        )


class LinkChildDialog(RecordDialog[Child]):
    """Connect this parent to a child already in the register (the other parent's child)."""

    def __init__(
        self,
        tasks: TaskManager,
        link: Callable[[int, ParentLink], Child],
        parent_id: int,
        children: list[Child],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Koble til barn"), tasks, lambda c: c, parent)
        self._link = link
        self._parent_id = parent_id
        self.child = QComboBox()
        for child in children:
            if all(existing.parent_id != parent_id for existing in child.parents):
                self.child.addItem(
                    f"{child.full_name} ({child.birth_date:%d.%m.%Y}, {child.case_number})",
                    child.id,
                )
        self.form.add_row("child", QT_TR_NOOP("&Barn"), self.child)
        self.role = self.form.add_row(
            "role", QT_TR_NOOP("Forelderens &rolle"), enum_combo(ParentRole, ParentRole.FATHER)
        )
        self.responsibility = QCheckBox(tr("Har foreldreansvar"))
        self.responsibility.setChecked(True)
        self.form.add_row(
            "parental_responsibility", QT_TR_NOOP("Foreldre&ansvar"), self.responsibility
        )
        self.kind = ""  # nothing worth a draft here

    def submit(self) -> None:
        child_id = self.child.currentData()
        if child_id is None:
            self.form.show_problems([FieldProblem("child", tr("Velg et barn."))])
            return
        link = ParentLink(
            self._parent_id, chosen(self.role, ParentRole), self.responsibility.isChecked()
        )
        self._save = lambda _: self._link(child_id, link)
        super().submit()

    def collect(self) -> Child:
        return Child("", "", date.today(), "")  # placeholder; the link is what is saved
