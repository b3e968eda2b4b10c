"""The feedback dialogs: a KOR score marked on paper (the scale, the day, the contact it was
given at – the latest by default –, four marks 0,0–10,0 in steps of 0,1 named by the form's
dimensions, the total shown as it is typed, a note), and a simple answer after a conversation.
Each keeps what is typed as a draft through a lock; the keys start with the parent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from bufapp.domain.enums import KorScale, Usefulness
from bufapp.domain.feedback import NOT_TYPED, KorScore, SimpleFeedback, tenths_text
from bufapp.domain.feedback_rules import KorNumbers
from bufapp.services.feedback.service import ContactChoice
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import chosen, enum_combo
from bufapp.ui.widgets.record_parts import GrowingDialog, draft_key, text_box
from bufapp.ui.widgets.tasks import TaskManager

SCORE_KIND, SIMPLE_KIND = "kor-score", "simple-feedback"


def _contacts(choices: Sequence[ContactChoice], current: int | None, optional: bool) -> QComboBox:
    """The parent's recent contacts, newest first; ``current`` chosen (kept even when it is
    older than the recent ones). A new record gets the latest."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(40)  # a long summary is cut in the box, whole in the list
    if optional:
        box.addItem(tr("Ikke knyttet til en kontakt"), None)
    for choice in choices:
        box.addItem(choice.label, choice.entry_id)
    if current is not None and box.findData(current) < 0:
        box.addItem(tr("Kontakt nr. {n} (eldre)").format(n=current), current)
    index = box.findData(current) if current is not None else (1 if optional else 0)
    box.setCurrentIndex(max(0, min(index, box.count() - 1)))
    return box


def _mark(tenths: int) -> QDoubleSpinBox:
    """0,0–10,0; one step below 0 is «–», a mark not typed yet (a new score starts there)."""
    box = QDoubleSpinBox()
    box.setLocale(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))  # 7,5
    box.setRange(NOT_TYPED / 10, 10.0)
    box.setSpecialValueText("–")
    box.setDecimals(1)
    box.setSingleStep(0.1)
    box.setValue(tenths / 10)
    return box


def _entry(box: QComboBox) -> int | None:
    value = box.currentData()
    return None if value is None else int(value)


class ScoreDialog(GrowingDialog[KorScore]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[KorScore], KorScore],
        score: KorScore,
        numbers: KorNumbers,
        contacts: Sequence[ContactChoice],
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("KOR-skår fra papirskjema"), tasks, save, parent)
        self.setMinimumWidth(600)
        show_about(self, about)
        self._score, self._numbers = score, numbers
        self.kind, self.record_key = SCORE_KIND, draft_key(score.parent_id, score.id)
        f = self.form
        hint = QLabel(
            tr(
                "Skriv inn tallene forelderen merket på skjemaet: 0–10 med én desimal. "
                "Spørsmålene står på skjemaet og vises ikke her."
            )
        )
        hint.setWordWrap(True)
        f.layout_.addRow(hint)
        self.scale = f.add_row("scale", QT_TR_NOOP("&Skjema"), enum_combo(KorScale, score.scale))
        self.given_on = f.add_row("given_on", QT_TR_NOOP("&Dato"), date_edit(score.given_on))
        new = score.id is None
        self.entry = f.add_row(
            "entry_id", QT_TR_NOOP("&Kontakt"), _contacts(contacts, score.entry_id, optional=True)
        )
        if new and score.entry_id is None and contacts:
            self.entry.setCurrentIndex(1)  # the latest contact
        self.marks: list[QDoubleSpinBox] = []
        self.names: list[QLabel] = []  # the dimension's name beside its mark: the form's words
        for index, tenths in enumerate(score.tenths):
            box = _mark(tenths)
            name = QLabel()
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box)
            line.addWidget(name, 1)
            row.setFocusProxy(box)
            f.add_row(f"score_{index + 1}", tr("Dimensjon &{n}").format(n=index + 1), row)
            box.valueChanged.connect(lambda _v: self._show_total())
            self.marks.append(box)
            self.names.append(name)
        self.total = QLabel()
        self.total.setObjectName("kor_total")
        f.layout_.addRow(tr("Sum"), self.total)
        self.note = f.add_row("note", QT_TR_NOOP("&Merknad"), text_box(score.note, 50))
        self.scale.currentIndexChanged.connect(lambda _i: self._name_marks())
        self._name_marks()
        self._show_total()

    def _chosen_scale(self) -> KorScale:
        return chosen(self.scale, KorScale) or KorScale.ORS  # type: ignore[arg-type]

    def _name_marks(self) -> None:
        names = self._numbers.dimensions(self._chosen_scale())
        for label, box, name in zip(self.names, self.marks, names, strict=True):
            label.setText(name)
            box.setAccessibleName(name)
        self._show_total()

    def tenths(self) -> tuple[int, int, int, int]:
        return tuple(round(box.value() * 10) for box in self.marks)  # type: ignore[return-value]

    def _show_total(self) -> None:
        if NOT_TYPED in self.tenths():
            self.total.setText(tr("– (skriv inn alle fire tallene)"))
            return
        total = sum(self.tenths())
        scale = self._chosen_scale()
        cutoff = self._numbers.cutoff(scale)
        side = tr("under grensen") if total < cutoff else tr("ikke under grensen")
        self.total.setText(
            tr("{total} av 40 ({side} {cut})").format(
                total=tenths_text(total), side=side, cut=tenths_text(cutoff)
            )
        )

    def collect(self) -> KorScore:
        return replace(
            self._score,
            scale=self._chosen_scale(),
            given_on=from_qdate(self.given_on.date()),
            tenths=self.tenths(),
            entry_id=_entry(self.entry),
            note=self.note.toPlainText(),
        )


class SimpleDialog(GrowingDialog[SimpleFeedback]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[SimpleFeedback], SimpleFeedback],
        feedback: SimpleFeedback,
        question: str,
        contacts: Sequence[ContactChoice],
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Tilbakemelding etter en samtale"), tasks, save, parent)
        self.setMinimumWidth(600)
        show_about(self, about)
        self._feedback = feedback
        self.kind, self.record_key = SIMPLE_KIND, draft_key(feedback.parent_id, feedback.id)
        f = self.form
        current = feedback.entry_id or None
        self.entry = f.add_row(
            "entry_id", QT_TR_NOOP("&Samtale"), _contacts(contacts, current, False)
        )
        self.given_on = f.add_row("given_on", QT_TR_NOOP("&Dato"), date_edit(feedback.given_on))
        self.answer = f.add_row("answer", f"&{question}", enum_combo(Usefulness, feedback.answer))
        self.words = f.add_row(
            "words", QT_TR_NOOP("&Forelderens ord"), text_box(feedback.words, 70)
        )
        self.words.setPlaceholderText(tr("Det forelderen sa, med egne ord"))  # type: ignore[attr-defined]

    def collect(self) -> SimpleFeedback:
        return replace(
            self._feedback,
            entry_id=_entry(self.entry) or 0,
            given_on=from_qdate(self.given_on.date()),
            answer=chosen(self.answer, Usefulness) or Usefulness.YES,  # type: ignore[arg-type]
            words=self.words.toPlainText(),  # type: ignore[attr-defined]
        )
