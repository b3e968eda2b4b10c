"""Dialogs of the consent register: a consent, withdrawing one. (A service of the directory has
its own dialog, ``service_dialog``.)

A consent is specific (DOMAIN.md section 9): which information, to whom, for what. The dialog
asks for exactly that, and the service's validation (``check_consent``) names the field that is
wrong; each problem is shown under that field. Nothing is saved until the service accepts it.

Draft kinds (for the window's lock): "service" and "consent" keep the record as typed;
"consent-withdrawal" keeps the consent with ``withdrawn_on`` and ``withdrawal_note`` filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.collation import sort_key
from bufapp.domain.consent import Consent, Service, all_of_type, listed_recipient
from bufapp.domain.enums import ConsentForm, ServiceType
from bufapp.ui.qt import QT_TR_NOOP, WARNING_STYLE, tr
from bufapp.ui.widgets.category_checks import CategoryChecks
from bufapp.ui.widgets.field_form import OptionalDateEdit, date_edit, from_qdate, to_qdate
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def describe_recipient(consent: Consent, services: dict[int, Service]) -> str:
    """The consent's recipient as a person reads it: the service's name, or a whole type of
    service as such («Alle fastleger»)."""
    if consent.service_id is None and consent.service_type is not None:
        text = tr(all_of_type(consent.service_type))
        return text[:1].upper() + text[1:]
    if consent.service_id is not None and consent.service_id not in services:
        return tr(listed_recipient(consent, services))  # «(tjeneste som ikke finnes lenger)»
    return listed_recipient(consent, services)


# --- a consent -------------------------------------------------------------------------------


class RecipientChooser(QWidget):
    """One recipient: a service from the directory, or every service of a type."""

    def __init__(
        self,
        services: Sequence[Service],
        service_id: int | None,
        service_type: ServiceType | None,
    ) -> None:
        super().__init__()
        self.by_service = QRadioButton(tr("Én bestemt tje&neste:"))
        self.by_type = QRadioButton(tr("Alle tjenester av t&ypen:"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.by_service)
        self.group.addButton(self.by_type)
        self.service = QComboBox()
        self.service.setAccessibleName(tr("Tjeneste"))
        for service in sorted(services, key=lambda s: sort_key(s.name)):
            self.service.addItem(f"{service.name} ({tr(service.type.label)})", service.id)
        self.type = enum_combo(ServiceType, service_type or ServiceType.NAV)
        self.type.setAccessibleName(tr("Type tjeneste"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_service, 0, 0)
        grid.addWidget(self.service, 0, 1)
        grid.addWidget(self.by_type, 1, 0)
        grid.addWidget(self.type, 1, 1)
        grid.setColumnStretch(1, 1)
        if not services:
            self.service.addItem(tr("Adresseboka er tom – velg en type"), None)
            self.by_service.setEnabled(False)
        if service_id is not None:
            index = self.service.findData(service_id)
            if index < 0:  # a service no longer listed: keep it, so saving keeps the recipient
                self.service.addItem(tr("(tjeneste nr. {id})").format(id=service_id), service_id)
                index = self.service.count() - 1
            self.service.setCurrentIndex(index)
            self.by_service.setEnabled(True)
            self.by_service.setChecked(True)
        elif service_type is not None or not services:
            self.by_type.setChecked(True)
        else:
            self.by_service.setChecked(True)
        self.by_service.toggled.connect(self._switched)
        self._switched()
        self.setTabOrder(self.by_service, self.service)
        self.setTabOrder(self.service, self.by_type)
        self.setTabOrder(self.by_type, self.type)

    def _switched(self) -> None:
        specific = self.by_service.isChecked()
        self.service.setEnabled(specific and self.by_service.isEnabled())
        self.type.setEnabled(not specific)
        self.setFocusProxy(self.by_service if specific else self.by_type)

    def value(self) -> tuple[int | None, ServiceType | None]:
        if self.by_service.isChecked():
            return self.service.currentData(), None
        return None, chosen(self.type, ServiceType)


class ConsentDialog(RecordDialog[Consent]):
    """A new or changed consent of one parent."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Consent], Consent],
        parent_id: int,
        services: Sequence[Service],
        consent: Consent | None = None,
        today: date | None = None,
        parent_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        editing = consent is not None and consent.id is not None
        title = tr("Endre samtykke") if editing else tr("Nytt samtykke")
        super().__init__(title, tasks, save, parent)
        show_parent(self, parent_name)
        self.setMinimumWidth(680)  # two columns of category labels without clipping
        self._today = today or date.today()
        self._parent_id = parent_id
        self._original = consent
        self.kind = "consent"
        self.record_key = str(consent.id) if editing and consent else f"new:{parent_id}"
        c = consent or Consent(parent_id, "", (), self._today, ConsentForm.WRITTEN)
        intro = _hint(
            tr(
                "Bare de opplysningene du krysser av, kan gis videre – og bare til mottakeren "
                "du velger, for formålet som står her."
            )
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)

        f = self.form
        self.recipient = RecipientChooser(services, c.service_id, c.service_type)
        f.add_row("recipient", QT_TR_NOOP("&Mottaker"), self.recipient)
        self.purpose = f.add_row("purpose", QT_TR_NOOP("&Formål"), line(c.purpose))
        self.purpose.setPlaceholderText(tr("For eksempel: søknad om hjelp til å skaffe bolig"))
        self.categories = CategoryChecks(c.categories)
        f.add_row("categories", QT_TR_NOOP("&Opplysninger"), self.categories)
        self.given_on = f.add_row("given_on", QT_TR_NOOP("&Gitt dato"), date_edit(c.given_on))
        self.how = f.add_row("how", QT_TR_NOOP("&Hvordan gitt"), enum_combo(ConsentForm, c.how))
        self.signed = QCheckBox(tr("&Signert samtykkeerklæring foreligger"))
        self.signed.setChecked(c.signed_declaration)
        f.add_row("signed_declaration", QT_TR_NOOP("Erklæring"), self.signed)
        self.signed.setAccessibleName(tr("Signert samtykkeerklæring foreligger"))
        self.valid_until = OptionalDateEdit(tr("Tidsbegrenset"), c.valid_until)
        if c.valid_until is None:  # a first guess when the box is ticked: one year from given
            self.valid_until.editor.setDate(to_qdate(c.given_on + timedelta(days=365)))
        f.add_row("valid_until", QT_TR_NOOP("Gyldig &til"), self.valid_until)
        self.how.currentIndexChanged.connect(self._how_changed)
        self._how_changed()
        self.setTabOrder(self.recipient.type, self.purpose)

    def _how_changed(self) -> None:
        written = chosen(self.how, ConsentForm) is ConsentForm.WRITTEN
        if not written:
            self.signed.setChecked(False)  # only a written consent has a signed declaration
        self.signed.setEnabled(written)

    def collect(self) -> Consent:
        service_id, service_type = self.recipient.value()
        how = chosen(self.how, ConsentForm) or ConsentForm.WRITTEN
        base = self._original or Consent(self._parent_id, "", (), self._today, how)
        return replace(
            base,
            parent_id=self._parent_id,
            service_id=service_id,
            service_type=service_type,
            purpose=self.purpose.text(),
            categories=self.categories.chosen(),
            given_on=from_qdate(self.given_on.date()),
            how=how,
            signed_declaration=how is ConsentForm.WRITTEN and self.signed.isChecked(),
            valid_until=self.valid_until.value(),
        )


# --- withdrawing -----------------------------------------------------------------------------


def withdrawal_warning(affected_drafts: int) -> str:
    text = tr(
        "Fra denne datoen kan ingen opplysninger gis videre på grunnlag av dette samtykket. "
        "Samtykket blir stående i registeret, merket som trukket tilbake."
    )
    if affected_drafts > 0:
        text += "\n\n" + tr(
            "{n} utkast til henvisning bygger på samtykket og blir sperret: de kan ikke "
            "gjøres ferdige før forelderen samtykker på nytt eller et annet lovgrunnlag er "
            "begrunnet."
        ).format(n=affected_drafts)
    return text


class WithdrawConsentDialog(RecordDialog[Consent]):
    """The parent withdraws a consent: from which date, and a note (what the parent said)."""

    def __init__(
        self,
        tasks: TaskManager,
        withdraw: Callable[[int, date, str], Consent],
        consent: Consent,
        recipient: str = "",
        affected_drafts: int = 0,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        assert consent.id is not None
        super().__init__(
            QT_TR_NOOP("Trekk tilbake samtykke"),
            tasks,
            lambda c: withdraw(c.id or 0, c.withdrawn_on or date.today(), c.withdrawal_note),
            parent,
        )
        self._consent = consent
        self.kind, self.record_key = "consent-withdrawal", str(consent.id)
        self.affected_drafts = affected_drafts
        categories = ", ".join(tr(c.label) for c in consent.categories)
        about = _hint(
            tr("Samtykke til {recipient}: {categories}. Formål: {purpose}. Gitt {given}.").format(
                recipient=recipient or tr("mottakeren"),
                categories=categories.lower() if categories else tr("ingen opplysninger"),
                purpose=consent.purpose,
                given=f"{consent.given_on:%d.%m.%Y}",
            )
        )
        self.warning = _hint(withdrawal_warning(affected_drafts))
        self.warning.setObjectName("withdrawWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, about)
        layout.insertWidget(1, self.warning)
        f = self.form
        self.withdrawn_on = f.add_row(
            "withdrawn_on",
            QT_TR_NOOP("Trukket tilbake &den"),
            date_edit(consent.withdrawn_on or today),
        )
        self.note = QPlainTextEdit(consent.withdrawal_note)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.setPlaceholderText(tr("For eksempel: mor ringte og sa at hun ikke lenger vil …"))
        f.add_row("withdrawal_note", QT_TR_NOOP("&Merknad"), self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Trekk tilbake"))

    def collect(self) -> Consent:
        return replace(
            self._consent,
            withdrawn_on=from_qdate(self.withdrawn_on.date()),
            withdrawal_note=self.note.toPlainText(),
        )
