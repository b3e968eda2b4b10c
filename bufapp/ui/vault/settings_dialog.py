"""Innstillinger: office details, the caseworker's direct contact, auto-lock and the
first-conversation deadline (the days to offer it, and to hold it after the offer); its two buttons for the vault's key (a new passphrase, the KDF
calibrated anew) open ``passphrase_change``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bufapp import settings as settings_store
from bufapp.domain import validation
from bufapp.domain.deadlines import GUIDELINE_FIRST_CONVERSATION_DAYS
from bufapp.domain.entities import Caseworker, Office
from bufapp.errors import BufappError, ValidationFailed
from bufapp.settings import RANGES, Settings
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.language_settings import LanguageChoices
from bufapp.ui.vault.passphrase_change import change_passphrase, recalibrate
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


def fit_wrapped(label: QLabel, field: QWidget) -> None:
    """A wrapped label in a form layout does not grow by itself (Qt's height-for-width): give it
    the height its text needs at about the field's width, as the form does for its errors."""
    width = max(field.width(), 320) - 8  # minus the padding
    label.setMinimumHeight(label.heightForWidth(width) + 6 if label.text() else 0)


def _spin(field: str, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    low, high = RANGES[field]
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class SettingsDialog(QDialog):
    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        current: Settings,
        office: Office | None,
        on_saved: Callable[[Settings], None],
        parent: QWidget | None = None,
        caseworker: Caseworker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Innstillinger"))
        self.setMinimumWidth(560)
        self._tasks = tasks
        self._workspace = workspace
        self._settings = current
        self._office = office or Office("")
        self._caseworker = caseworker
        self._on_saved = on_saved

        office_box = QGroupBox(tr("Kontoret"))
        self.office_form = FieldForm()
        self.municipality = self.office_form.add_row(
            "municipality", QT_TR_NOOP("&Kommune/tjeneste"), QLineEdit(self._office.municipality)
        )
        self.address = self.office_form.add_row(
            "address", QT_TR_NOOP("&Adresse"), QLineEdit(self._office.address)
        )
        self.org_number = self.office_form.add_row(
            "org_number", QT_TR_NOOP("&Organisasjonsnummer"), QLineEdit(self._office.org_number)
        )
        self.office_phone = self.office_form.add_row(
            "phone", QT_TR_NOOP("&Telefon (sentralbord)"), QLineEdit(self._office.phone)
        )
        self.office_email = self.office_form.add_row(
            "email", QT_TR_NOOP("&E-post (postmottak)"), QLineEdit(self._office.email)
        )
        QVBoxLayout(office_box).addWidget(self.office_form)

        caseworker_box = QGroupBox(tr("Saksbehandler – står i alle brev"))
        self.caseworker_form = FieldForm()
        known = caseworker or Caseworker("")
        self.caseworker_name = self.caseworker_form.add_row(
            "name", QT_TR_NOOP("Nav&n"), QLineEdit(known.name)
        )
        self.caseworker_phone = self.caseworker_form.add_row(
            "caseworker_phone", QT_TR_NOOP("&Direkte telefon"), QLineEdit(known.phone)
        )
        self.caseworker_email = self.caseworker_form.add_row(
            "caseworker_email", QT_TR_NOOP("E-&post"), QLineEdit(known.email)
        )
        QVBoxLayout(caseworker_box).addWidget(self.caseworker_form)

        work_box = QGroupBox(tr("Arbeid og sikkerhet"))
        self.work_form = FieldForm()
        self.auto_lock = self.work_form.add_row(
            "auto_lock_minutes",
            QT_TR_NOOP("Lås &automatisk etter"),
            _spin("auto_lock_minutes", current.auto_lock_minutes, tr(" min uten bruk")),
        )
        self.first_days = self.work_form.add_row(
            "first_conversation_days",
            QT_TR_NOOP("&Første samtale tilbudt innen"),
            _spin(
                "first_conversation_days",
                current.first_conversation_days,
                tr(" dager etter plassering"),
            ),
        )
        self.first_days.setToolTip(
            tr(
                "Retningslinjen (Q-1157, kap. B) sier at foreldrene skal tilbys en samtale innen "
                "to uker etter plasseringen. Loven sier bare «kort tid». Et brev eller en SMS "
                "med tilbudet holder for fristen; samtalen følges så opp som egen frist, like "
                "mange dager etter tilbudet."
            )
        )
        self.first_days_warning = self.work_form.add_note("first_conversation_days")
        self.first_days.valueChanged.connect(self._warn_first_days)
        self._warn_first_days(self.first_days.value())
        # Short beside its label («Første samtale gjelder: enhver gjennomført samtale»): a
        # check box does not wrap, and the whole sentence was cut at the dialog's width.
        self.any_held = QCheckBox(tr("Enhver gjennomført samtale"))
        self.any_held.setToolTip(
            tr(
                "Avkrysset: enhver gjennomført samtale teller som første samtale, tilbudt og "
                "gjennomført. Ellers teller bare en kontakt med temaet «Første samtale»: et brev "
                "eller en SMS som tilbud, en samtale som gjennomført."
            )
        )
        self.any_held.setChecked(current.first_conversation_any_held)
        self.work_form.add_row(
            "first_conversation_any_held", QT_TR_NOOP("Første samtale &gjelder"), self.any_held
        )
        self.languages = LanguageChoices(self.office_form, self.work_form, current)
        QVBoxLayout(work_box).addWidget(self.work_form)

        key_row = QHBoxLayout()
        change = QPushButton(tr("&Bytt passord …"))
        change.clicked.connect(self._change_passphrase)
        recalibrate = QPushButton(tr("&Kalibrer nøkkelutledning på nytt …"))
        recalibrate.setToolTip(tr("Gjør passordsjekken passe treg (0,5–1 s) på denne maskinen."))
        recalibrate.clicked.connect(self._recalibrate)
        key_row.addWidget(change)
        key_row.addWidget(recalibrate)

        self.buttons = submit_buttons(self, self.submit, QT_TR_NOOP("&Lagre"))
        layout = QVBoxLayout(self)
        layout.addWidget(office_box)
        layout.addWidget(caseworker_box)
        layout.addWidget(work_box)
        layout.addLayout(key_row)
        layout.addWidget(self.buttons)

    def _warn_first_days(self, days: int) -> None:
        """Above the guideline's two weeks: said beside the field, saving is still allowed (the
        office may choose; the norm is the guideline's, not a section of the Act)."""
        above = days > GUIDELINE_FIRST_CONVERSATION_DAYS
        text = (
            tr(
                "Mer enn {days}: retningslinjen (Q-1157, kap. B) sier at første samtale skal "
                "tilbys innen to uker etter plasseringen. Det er en faglig norm, ikke en frist i "
                "loven – loven sier «kort tid». Du kan likevel lagre."
            ).format(days=tr("%n dager", None, GUIDELINE_FIRST_CONVERSATION_DAYS))
            if above
            else ""
        )
        self.first_days_warning.setText(text)
        self.first_days_warning.setVisible(above)
        fit_wrapped(self.first_days_warning, self.first_days)
        self.first_days.setAccessibleDescription(text)

    def submit(self) -> None:
        office = replace(
            self._office,
            municipality=self.municipality.text().strip(),
            address=self.address.text().strip(),
            org_number=self.org_number.text().strip(),
            phone=self.office_phone.text().strip(),
            email=self.office_email.text().strip(),
        )
        caseworker = replace(
            self._caseworker or Caseworker(""),
            name=self.caseworker_name.text().strip(),
            phone=self.caseworker_phone.text().strip(),
            email=self.caseworker_email.text().strip(),
        )
        # A vault made without a caseworker (bufapp-admin) gets one only when it is written.
        keep_caseworker = self._caseworker is not None or caseworker != Caseworker("")
        chosen = self.languages.applied(
            self._settings.replace(
                auto_lock_minutes=self.auto_lock.value(),
                first_conversation_days=self.first_days.value(),
                first_conversation_any_held=self.any_held.isChecked(),
            )
        )
        self.buttons.setEnabled(False)

        def saved(_: object) -> None:
            settings_store.save(chosen)
            self._on_saved(chosen)
            self.accept()

        register = self._workspace.register

        def save() -> None:
            problems = validation.check_office(
                replace(office, org_number=office.org_number.replace(" ", ""))
            )
            if keep_caseworker:
                problems += validation.check_caseworker(caseworker)
            validation.require_valid(problems)  # both, before either is saved
            register.save_office(office)
            if keep_caseworker:
                register.save_caseworker(caseworker)

        self._tasks.run(save, saved, self._failed)

    def _failed(self, failure: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(failure, ValidationFailed):
            unplaced = self.caseworker_form.show_problems(
                self.office_form.show_problems(failure.problems)
            )
            if unplaced:
                Messages.error(self, "\n".join(tr(p.message) for p in unplaced))
        elif isinstance(failure, BufappError):
            Messages.error(self, str(failure))
        else:
            raise failure

    def _change_passphrase(self) -> None:
        change_passphrase(self._tasks, self._workspace, self)

    def _recalibrate(self) -> None:
        recalibrate(self._tasks, self._workspace, self)
