"""The parent's own evaluation of a meeting: three questions on a scale of 1 to 5, read out to the
parent, with words at both ends, and what the parent says in their own words. Not part of the
minutes (saving it makes no new version)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from bufapp.domain.groups import Evaluation, Meeting
from bufapp.services.clock import today_oslo
from bufapp.services.groups.service import GroupService
from bufapp.ui.groups.meeting_widgets import (
    ERROR_STYLE,
    PARENT_BOX_STYLE,
    hint,
    text_box,
    when_text,
)
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog
from bufapp.ui.widgets.tasks import TaskManager

QUESTIONS = (
    (
        "how_it_was",
        QT_TR_NOOP("&Hvordan var møtet for deg?"),
        QT_TR_NOOP("svært dårlig"),
        QT_TR_NOOP("svært bra"),
    ),
    (
        "understood",
        QT_TR_NOOP("&Forsto du det som ble sagt?"),
        QT_TR_NOOP("nei, ingenting"),
        QT_TR_NOOP("ja, alt"),
    ),
    ("heard", QT_TR_NOOP("&Ble du hørt?"), QT_TR_NOOP("nei"), QT_TR_NOOP("ja, helt")),
)


class Scale(QWidget):
    """Five radio buttons, 1 to 5, with the meaning of each end written beside it. The arrow
    keys move along the scale; typing a digit 1–5 chooses it."""

    changed = Signal()

    def __init__(self, question: str, low: str, high: str, value: int = 0) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.low = QLabel(tr("1 = {low}").format(low=tr(low)))
        row.addWidget(self.low)
        for number in range(1, 6):
            button = QRadioButton(str(number))
            ends = {1: low, 5: high}
            said = f"{number} – {tr(ends[number])}" if number in ends else str(number)
            button.setAccessibleName(f"{tr(question).replace('&', '')} {said}")
            self.group.addButton(button, number)
            row.addWidget(button)
        row.addWidget(QLabel(tr("5 = {high}").format(high=tr(high))))
        row.addStretch(1)
        self.set_value(value)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.setFocusProxy(self.group.button(value if 1 <= value <= 5 else 1))

    def value(self) -> int:
        """The chosen number, or 0 when nothing is chosen yet."""
        return max(0, self.group.checkedId())

    def set_value(self, value: int) -> None:
        button = self.group.button(value)
        if button is not None:
            button.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {"1", "2", "3", "4", "5"}:
            self.set_value(int(text))
            self.group.button(int(text)).setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)


class EvaluationDialog(RecordDialog[Evaluation]):
    """Saves through ``record_evaluation``; ``saved`` is the evaluation as it was kept.

    ``evaluation`` pre-fills the form (a draft reopened after a lock, or one given before)."""

    def __init__(
        self,
        tasks: TaskManager,
        groups: GroupService,
        meeting: Meeting,
        parent_name: str = "",
        evaluation: Evaluation | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = today_oslo,
    ) -> None:
        assert meeting.id is not None
        meeting_id = meeting.id
        super().__init__(
            QT_TR_NOOP("Forelderens evaluering"),
            tasks,
            lambda e: groups.record_evaluation(meeting_id, e).evaluation or e,
            parent,
        )
        self.kind, self.record_key = "evaluation", str(meeting_id)
        given = evaluation or meeting.evaluation
        show_parent(self, parent_name)
        f = self.form
        intro = hint(
            QT_TR_NOOP(
                "Spør forelderen etter møtet, gjerne uten de andre til stede. Les spørsmålene høyt "
                "og skriv ned svarene slik forelderen gir dem."
            )
        )
        f.layout_.addRow(QLabel(tr("Møtet {when}").format(when=when_text(meeting.starts_at))))
        f.layout_.addRow(intro)
        self.scales: dict[str, Scale] = {}
        for field, question, low, high in QUESTIONS:
            scale = Scale(question, low, high, getattr(given, field) if given else 0)
            f.add_row(field, question, scale)
            self.scales[field] = scale
        self.words = text_box(
            given.words if given else "", 70, QT_TR_NOOP("Det forelderen sier om møtet")
        )
        self.words.setStyleSheet(PARENT_BOX_STYLE)
        f.add_row("words", QT_TR_NOOP("Forelderens &egne ord"), self.words)
        self.given_on = date_edit(given.given_on if given else today())
        f.add_row("given_on", QT_TR_NOOP("&Dato"), self.given_on)
        # The scales line up, whatever the words at their low end.
        widest = max(s.low.sizeHint().width() for s in self.scales.values())
        for scale in self.scales.values():
            scale.low.setMinimumWidth(widest)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.setMinimumWidth(720)
        self.scales["how_it_was"].setFocus()

    def collect(self) -> Evaluation:
        return Evaluation(
            from_qdate(self.given_on.date()),
            self.scales["how_it_was"].value(),
            self.scales["understood"].value(),
            self.scales["heard"].value(),
            self.words.toPlainText(),
        )
