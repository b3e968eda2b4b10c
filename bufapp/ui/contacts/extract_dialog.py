"""Choosing what an extract of the contact log holds: whom it is for (the parent, by default,
or the office's own copy), a period, topics (none ticked: all) and one child or all. The extract
itself is built by ``DocumentService.contact_extract``; the parent's leaves out what they may
not be told and lists it as withheld."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import Audience, ContactTopic
from bufapp.errors import FieldProblem
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm, date_edit, from_qdate, submit_buttons
from bufapp.ui.widgets.parent_banner import show_parent

DEFAULT_DAYS = 90


@dataclass(frozen=True)
class ExtractChoice:
    parent_id: int
    start: date
    end: date
    topics: frozenset[ContactTopic]
    child_id: int | None
    audience: Audience = Audience.PARENT


class ExtractDialog(QDialog):
    def __init__(
        self,
        parent_id: int,
        parent_name: str,
        children: Sequence[tuple[int, str]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Utdrag av kontaktloggen"))
        self._parent_id = parent_id
        self.choice: ExtractChoice | None = None
        self.form = FieldForm()
        self.audience = QComboBox()
        self.audience.addItem(
            tr("Forelderen (innsyn: det som er unntatt, holdes tilbake)"), Audience.PARENT
        )
        self.audience.addItem(tr("Barnevernstjenestens eget eksemplar (alt)"), Audience.INTERNAL)
        self.form.add_row("audience", QT_TR_NOOP("&Utdrag til"), self.audience)
        self.start = self.form.add_row(
            "start", QT_TR_NOOP("&Fra"), date_edit(today - timedelta(days=DEFAULT_DAYS))
        )
        self.end = self.form.add_row("end", QT_TR_NOOP("&Til"), date_edit(today))
        topics = QWidget()
        grid = QGridLayout(topics)
        grid.setContentsMargins(0, 0, 0, 0)
        self.topic_boxes: dict[ContactTopic, QCheckBox] = {}
        for i, topic in enumerate(ContactTopic):
            box = QCheckBox(tr(topic.label))
            grid.addWidget(box, i // 2, i % 2)
            self.topic_boxes[topic] = box
        # The rule under the boxes, not in the label: a long label ran into the first column.
        grid.addWidget(QLabel(tr("Ingen valgt: alle temaer.")), grid.rowCount(), 0, 1, 2)
        self.form.add_row("topics", QT_TR_NOOP("&Temaer"), topics)
        self.child = QComboBox()
        self.child.addItem(tr("Alle barn"), None)
        for child_id, name in children:
            self.child.addItem(name, child_id)
        self.form.add_row("child_id", QT_TR_NOOP("&Barn"), self.child)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(submit_buttons(self, self.submit, QT_TR_NOOP("&Lag utdrag")))
        show_parent(self, parent_name)

    def submit(self) -> None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if end < start:
            self.form.show_problems(
                [FieldProblem("end", QT_TR_NOOP("Sluttdatoen er før startdatoen."))]
            )
            return
        self.choice = ExtractChoice(
            self._parent_id,
            start,
            end,
            frozenset(t for t, box in self.topic_boxes.items() if box.isChecked()),
            self.child.currentData(),
            Audience(self.audience.currentData()),  # Qt hands a StrEnum back as its str
        )
        self.accept()
