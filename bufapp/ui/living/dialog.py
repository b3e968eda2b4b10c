"""A new levekår assessment: the date, then one row per area with the parent's judgement and
words beside the caseworker's and whether the parent wants help, the guideline's questions
under each (the finance area also says what a placement costs a parent). It keeps what is typed
as a draft through a lock (kind "living-assessment", key ``<parent>:new``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from bufapp.domain.enums import LivingArea
from bufapp.domain.living import SCALE, AreaRating, LivingAssessment
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.page_parts import notice
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import RecordDialog
from bufapp.ui.widgets.tasks import TaskManager

DRAFT_KIND = "living-assessment"


def draft_key(parent_id: int) -> str:
    return f"{parent_id}:new"


def scale_combo(value: int | None, name: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(tr("Ikke svart"), None)
    for score, label in SCALE.items():
        combo.addItem(f"{score} – {tr(label)}", score)
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.setAccessibleName(name)
    return combo


def words_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(48)
    box.setAccessibleName(name)
    return box


@dataclass
class AreaFields:
    parent_score: QComboBox
    parent_words: QPlainTextEdit
    worker_score: QComboBox
    worker_words: QPlainTextEdit
    wants_help: QCheckBox

    def rating(self, area: LivingArea) -> AreaRating:
        return AreaRating(
            area,
            parent_score=self.parent_score.currentData(),
            parent_words=self.parent_words.toPlainText(),
            worker_score=self.worker_score.currentData(),
            worker_words=self.worker_words.toPlainText(),
            wants_help=self.wants_help.isChecked(),
        )


def _area_row(
    area: LivingArea, rating: AreaRating | None, prompts: Sequence[str], extra: str
) -> tuple[QWidget, AreaFields, QLabel | None]:
    rating = rating or AreaRating(area)
    name = tr(area.label)
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 6)
    fields = AreaFields(
        scale_combo(rating.parent_score, tr("{a}: forelderens vurdering").format(a=name)),
        words_box(rating.parent_words, tr("{a}: forelderens egne ord").format(a=name)),
        scale_combo(rating.worker_score, tr("{a}: din vurdering").format(a=name)),
        words_box(rating.worker_words, tr("{a}: dine ord").format(a=name)),
        QCheckBox(tr("Forelderen ønsker hjelp med dette")),
    )
    fields.wants_help.setChecked(rating.wants_help)
    fields.wants_help.setAccessibleName(tr("{a}: forelderen ønsker hjelp").format(a=name))
    grid.addWidget(QLabel(tr("Forelderen")), 0, 0)
    grid.addWidget(fields.parent_score, 0, 1)
    grid.addWidget(fields.parent_words, 0, 2)
    grid.addWidget(QLabel(tr("Saksbehandler")), 1, 0)
    grid.addWidget(fields.worker_score, 1, 1)
    grid.addWidget(fields.worker_words, 1, 2)
    grid.addWidget(fields.wants_help, 2, 1, 1, 2)
    grid.setColumnStretch(2, 1)
    row = 3
    if extra:
        note = notice()
        note.setText(extra)
        note.show()
        grid.addWidget(note, row, 0, 1, 3)
        row += 1
    asked = None
    if prompts:
        asked = QLabel("<br>".join(f"• {escape(p)}" for p in prompts))
        asked.setWordWrap(True)
        asked.setStyleSheet("color: palette(placeholder-text);")
        asked.setAccessibleName(tr("{a}: spørsmål du kan stille").format(a=name))
        grid.addWidget(asked, row, 0, 1, 3)
    return holder, fields, asked


class AssessmentDialog(RecordDialog[LivingAssessment]):
    kind = DRAFT_KIND

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[LivingAssessment], LivingAssessment],
        assessment: LivingAssessment,
        prompts: Mapping[LivingArea, Sequence[str]],
        finance_consequences: str,
        today: date,
        about: str = "",
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Ny vurdering av levekår"), tasks, save, parent)
        self.setMinimumWidth(860)
        show_about(self, about)
        self._assessment = assessment
        self.record_key = draft_key(assessment.parent_id)
        f = self.form
        if intro:
            lead = QLabel(intro)
            lead.setWordWrap(True)
            f.layout_.addRow(lead)
        self.assessed_on = f.add_row(
            "assessed_on", QT_TR_NOOP("&Dato"), date_edit(assessment.assessed_on or today)
        )
        self.show_prompts = QCheckBox(tr("Vis &spørsmålene fra veilederen under hvert område"))
        f.layout_.addRow(self.show_prompts)
        self.areas: dict[LivingArea, AreaFields] = {}
        self.area_rows: dict[LivingArea, QWidget] = {}
        self.prompts: list[QLabel] = []
        for area in LivingArea:
            extra = finance_consequences if area is LivingArea.FINANCES else ""
            holder, fields, asked = _area_row(
                area, assessment.rating(area), prompts.get(area, ()), extra
            )
            if asked is not None:
                asked.hide()
                self.prompts.append(asked)
            self.areas[area] = fields
            self.area_rows[area] = f.add_row(area.value, area.label, holder)
        self.note = f.add_row("note", QT_TR_NOOP("&Notat"), words_box(assessment.note, tr("Notat")))
        # «Fyll ut minst ett område» has no field of its own: it shows under the form.
        self.show_prompts.toggled.connect(self._show_prompts)

    def _show_prompts(self, shown: bool) -> None:
        for label in self.prompts:
            label.setVisible(shown)

    def collect(self) -> LivingAssessment:
        return LivingAssessment(
            parent_id=self._assessment.parent_id,
            assessed_on=from_qdate(self.assessed_on.date()),
            areas=tuple(fields.rating(area) for area, fields in self.areas.items()),
            note=self.note.toPlainText(),
        )

    def _show(self, failure: ValidationFailed) -> None:
        # An area's own fields (``finances.parent_score``) are shown under the area's row.
        placed = [
            FieldProblem(p.field.split(".", 1)[0], p.message) if "." in p.field else p
            for p in failure.problems
        ]
        super()._show(ValidationFailed(placed))
