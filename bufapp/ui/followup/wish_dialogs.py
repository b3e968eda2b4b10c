"""The dialogs of Vurdering og veien hjem and Ønsker: the service's assessment written for the
parent, the parent's own evaluation, a wish in the parent's words, and its answer (with the
professional reason when it cannot be granted, or only partly)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from bufapp.domain.enums import HomeOutlook, WishKind, WishOutcome
from bufapp.domain.followup import Assessment, ParentEvaluation, Wish
from bufapp.domain.followup_rules import WISH_ANSWER_DAYS
from bufapp.ui.followup.fields import GrowingDialog, draft_key, optional_date, text_box
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_about, show_parent
from bufapp.ui.widgets.record_dialog import chosen, enum_combo
from bufapp.ui.widgets.tasks import TaskManager

# A reassessment the caseworker can change: a care order is meant to be temporary.
REASSESS_AFTER_DAYS = 180


class AssessmentDialog(GrowingDialog[Assessment]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Assessment], Assessment],
        assessment: Assessment,
        parent_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Vurdering og veien hjem"), tasks, save, parent)
        show_parent(self, parent_name)
        self._assessment = assessment
        self.kind = "assessment"
        self.record_key = draft_key(assessment.parent_id, assessment.id)
        f = self.form
        self.written_on = f.add_row(
            "written_on", QT_TR_NOOP("&Dato"), date_edit(assessment.written_on)
        )
        self.outlook = f.add_row(
            "outlook", QT_TR_NOOP("V&eien hjem"), enum_combo(HomeOutlook, assessment.outlook)
        )
        self.text = f.add_row("text", QT_TR_NOOP("&Vurderingen"), text_box(assessment.text, 180))
        self.text.setPlaceholderText(
            tr(
                "Skrevet til forelderen, med enkle ord: hva som skal til for at barnet kan "
                "flytte hjem – eller hvorfor det ikke er forventet nå."
            )
        )
        suggested = assessment.written_on + timedelta(days=REASSESS_AFTER_DAYS)
        self.reassess_on = f.add_row(
            "reassess_on",
            QT_TR_NOOP("&Ny vurdering"),
            optional_date(assessment.reassess_on, suggested),
        )

    def collect(self) -> Assessment:
        return replace(
            self._assessment,
            written_on=from_qdate(self.written_on.date()),
            outlook=chosen(self.outlook, HomeOutlook) or self._assessment.outlook,
            text=self.text.toPlainText(),
            reassess_on=self.reassess_on.value(),
        )


class ParentEvaluationDialog(GrowingDialog[ParentEvaluation]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[ParentEvaluation], ParentEvaluation],
        evaluation: ParentEvaluation,
        parent_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Forelderens evaluering"), tasks, save, parent)
        show_parent(self, parent_name)
        self._evaluation = evaluation
        self.kind = "parent-evaluation"
        self.record_key = draft_key(evaluation.parent_id, evaluation.id)
        f = self.form
        self.on = f.add_row("on", QT_TR_NOOP("&Dato"), date_edit(evaluation.on))
        self.words = f.add_row(
            "words", QT_TR_NOOP("Med forelderens &ord"), text_box(evaluation.words, 160)
        )
        self.words.setPlaceholderText(tr("Hvordan forelderen synes plasseringen gjennomføres"))

    def collect(self) -> ParentEvaluation:
        return replace(
            self._evaluation, on=from_qdate(self.on.date()), words=self.words.toPlainText()
        )


class WishDialog(GrowingDialog[Wish]):
    """A wish as the parent said it, and by when they can expect an answer."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Wish], Wish],
        wish: Wish,
        parent_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Forelderens ønske"), tasks, save, parent)
        show_parent(self, parent_name)
        self._wish = wish
        self.kind, self.record_key = "wish", draft_key(wish.parent_id, wish.id)
        f = self.form
        self.wish_kind = f.add_row("kind", QT_TR_NOOP("&Gjelder"), enum_combo(WishKind, wish.kind))
        self.words = f.add_row(
            "words", QT_TR_NOOP("Med forelderens &ord"), text_box(wish.words, 120)
        )
        self.wished_on = f.add_row("wished_on", QT_TR_NOOP("&Dato"), date_edit(wish.wished_on))
        suggested = wish.wished_on + timedelta(days=WISH_ANSWER_DAYS)
        self.answer_by = f.add_row(
            "answer_by", QT_TR_NOOP("&Svar innen"), optional_date(wish.answer_by, suggested)
        )
        days = tr("%n dager", None, WISH_ANSWER_DAYS)
        self.answer_by.setToolTip(tr("Uten dato: svar innen {days}.").format(days=days))

    def collect(self) -> Wish:
        return replace(
            self._wish,
            kind=chosen(self.wish_kind, WishKind) or WishKind.OTHER,
            words=self.words.toPlainText(),
            wished_on=from_qdate(self.wished_on.date()),
            answer_by=self.answer_by.value(),
        )


class WishAnswerDialog(GrowingDialog[Wish]):
    """The answer the parent got; when the wish cannot be granted, or only partly, the reason."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Wish], Wish],
        wish: Wish,
        parent_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Svar på ønsket"), tasks, save, parent)
        show_about(self, tr("Ønsket: {words}").format(words=wish.words))
        show_parent(self, parent_name)
        self._wish = wish
        self.kind, self.record_key = "wish-answer", draft_key(wish.parent_id, wish.id)
        f = self.form
        self.answered_on = f.add_row(
            "answered_on", QT_TR_NOOP("&Svart"), date_edit(wish.answered_on or today)
        )
        self.outcome = f.add_row(
            "outcome",
            QT_TR_NOOP("&Utfall"),
            enum_combo(WishOutcome, wish.outcome, allow_empty=True),
        )
        self.answer = f.add_row("answer", QT_TR_NOOP("Sv&aret"), text_box(wish.answer, 70))
        self.reason = f.add_row("reason", QT_TR_NOOP("&Begrunnelse"), text_box(wish.reason, 80))
        self.reason.setPlaceholderText(
            tr("Påkrevd når ønsket ikke kan innfris, helt eller delvis: den faglige grunnen")
        )

    def collect(self) -> Wish:
        return replace(
            self._wish,
            answered_on=from_qdate(self.answered_on.date()),
            outcome=chosen(self.outcome, WishOutcome),
            answer=self.answer.toPlainText(),
            reason=self.reason.toPlainText(),
        )
