"""The filter row over one parent's contact log: words to search for, the topic, the form of
contact, the child and a period. It only holds the choices and says when they change; the log
(``log_view``) filters its table and searches the words on the worker."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from bufapp.domain.enums import ContactForm, ContactTopic
from bufapp.ui.qt import QT_TR_NOOP, pause_timer, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.record_dialog import chosen

Period = tuple[date, date]


def _combo(name: str, everything: str, choices: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(tr(name))
    combo.addItem(tr(everything), None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


class LogFilters(QWidget):
    """``changed``: the topic, form, child or period changed. ``words_paused``: the words
    changed and the typing has paused (a search per keystroke would only queue up)."""

    changed = Signal()
    words_paused = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.topic = _combo(
            QT_TR_NOOP("Filtrer på tema"),
            QT_TR_NOOP("Alle temaer"),
            [(t, tr(t.label)) for t in ContactTopic],
        )
        self.form = _combo(
            QT_TR_NOOP("Filtrer på form"),
            QT_TR_NOOP("Alle former"),
            [(f, tr(f.label)) for f in ContactForm],
        )
        self.child = _combo(QT_TR_NOOP("Filtrer på barn"), QT_TR_NOOP("Alle barn"), [])
        self.use_period = QCheckBox(tr("&Periode"))
        self.period_from = date_edit(date.today() - timedelta(days=90))
        self.period_to = date_edit(date.today())
        self.period_from.setAccessibleName(tr("Fra dato"))
        self.period_to.setAccessibleName(tr("Til dato"))
        for widget in (self.topic, self.form, self.child):
            widget.currentIndexChanged.connect(self.changed)
        self.use_period.toggled.connect(self.changed)
        self.period_from.dateChanged.connect(self.changed)
        self.period_to.dateChanged.connect(self.changed)
        self.words = QLineEdit()
        self.words.setPlaceholderText(tr("Søk i loggen"))
        self.words.setAccessibleName(tr("Søk i denne forelderens kontakter"))
        self.words.setClearButtonEnabled(True)
        self.words.setMaximumWidth(260)
        # The whole placeholder shows, with room for the clear button, however crowded the row.
        self.words.setMinimumWidth(
            self.words.fontMetrics().horizontalAdvance(tr("Søk i loggen")) + 48
        )
        self._words_timer = pause_timer(self, 250, self.words_paused.emit)
        self.words.textChanged.connect(lambda _t: self._words_timer.start())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        for widget in (self.topic, self.form, self.child):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(widget)
        for part in (self.use_period, self.period_from, QLabel("–"), self.period_to):
            row.addWidget(part)
        row.addStretch(1)

    def chosen(self) -> tuple[ContactTopic | None, ContactForm | None, int | None, Period | None]:
        """Topic, form, child and period (None: any)."""
        period = None
        if self.use_period.isChecked():
            period = (from_qdate(self.period_from.date()), from_qdate(self.period_to.date()))
        return (
            chosen(self.topic, ContactTopic),
            chosen(self.form, ContactForm),
            self.child.currentData(),
            period,
        )

    def set_children(self, children: dict[int, str]) -> None:
        """The parent's children to choose among, keeping the chosen one if it is still there."""
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        self.child.addItem(tr("Alle barn"), None)
        for child_id, name in children.items():
            self.child.addItem(name, child_id)
        self.child.setCurrentIndex(max(0, self.child.findData(current)))
        self.child.blockSignals(False)

    def clear(self) -> None:
        for combo in (self.topic, self.form, self.child):
            combo.setCurrentIndex(0)
        self.use_period.setChecked(False)
        self.words.clear()
        self._words_timer.stop()
