"""The small dialogs that move a finished referral on: *Registrer sendt* (how, which day, and by
when a reply is expected) and *Registrer svar* (svar mottatt, avslått or ingen svar, with a
note). Each offers only what the referral's state allows (``ALLOWED_MOVES``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import QButtonGroup, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

from bufapp.domain.enums import ReferralState, SentBy
from bufapp.domain.referral import ALLOWED_MOVES, Referral
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.referrals.widgets import day_text
from bufapp.ui.widgets.field_form import OptionalDateEdit, date_edit, from_qdate, to_qdate
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo
from bufapp.ui.widgets.tasks import TaskManager

REPLY_DAYS = 21  # the reply date suggested when a referral is sent: three weeks
ANSWERS = (ReferralState.ANSWERED, ReferralState.DECLINED, ReferralState.NO_ANSWER)


def can_be_sent(referral: Referral) -> bool:
    return ReferralState.SENT in ALLOWED_MOVES[referral.state]


def answers_allowed(referral: Referral) -> list[ReferralState]:
    """The outcomes that may be registered now (after *ingen svar*, only a late answer)."""
    return [s for s in ANSWERS if s in ALLOWED_MOVES[referral.state]]


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
            QT_TR_NOOP("Registrer sendt"),
            tasks,
            lambda s: send(referral_id, s.sent_by, s.reply_expected_by, s.sent_on),  # type: ignore[attr-defined]
            parent,
        )
        show_about(self, tr("Henvisning til {r}").format(r=recipient))
        self._today = today
        self._finished_on = referral.finished_on
        self.kind = ""  # three fields, nothing worth a draft
        f = self.form
        self.sent_by = f.add_row(
            "sent_by", QT_TR_NOOP("&Hvordan sendt"), enum_combo(SentBy, SentBy.POST)
        )
        self.sent_on = f.add_row("sent_on", QT_TR_NOOP("Sendt &dato"), date_edit(today))
        self.reply_expected_by = OptionalDateEdit(tr("Frist"), today + timedelta(days=REPLY_DAYS))
        f.add_row("reply_expected_by", QT_TR_NOOP("&Svar ventes innen"), self.reply_expected_by)
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
                        d=day_text(self._finished_on)
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
            QT_TR_NOOP("Registrer svar"),
            tasks,
            lambda a: close(referral_id, a.outcome, a.note),  # type: ignore[attr-defined]
            parent,
        )
        show_about(self, tr("Henvisning til {r}").format(r=recipient))
        self.kind = ""
        self.outcomes = answers_allowed(referral)
        self.form.add_row("state", QT_TR_NOOP("&Utfall"), self._outcome_choices())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        self.note.setPlaceholderText(tr("For eksempel: time hos NAV 3.12. kl. 10, Máret møter"))
        self.form.add_row("outcome_note", QT_TR_NOOP("&Merknad"), self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Registrer"))
        if referral.state is ReferralState.NO_ANSWER:
            self.general_error.setText(
                tr("Henvisningen står som «Ingen svar». Et svar som kommer sent, registreres her.")
            )
            self.general_error.show()

    def _outcome_choices(self) -> QWidget:
        """A radio button per allowed outcome, the first chosen."""
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[ReferralState, QRadioButton] = {}
        for outcome in self.outcomes:
            radio = QRadioButton(tr(outcome.label))
            self.group.addButton(radio)
            column.addWidget(radio)
            self.radios[outcome] = radio
        if self.outcomes:
            self.radios[self.outcomes[0]].setChecked(True)
            choices.setFocusProxy(self.radios[self.outcomes[0]])
        return choices

    def collect(self) -> Answer:
        outcome = next(s for s, radio in self.radios.items() if radio.isChecked())
        return Answer(outcome, self.note.toPlainText())

    def choose(self, outcome: ReferralState) -> None:
        self.radios[outcome].setChecked(True)
