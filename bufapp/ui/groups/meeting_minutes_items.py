"""The minutes' items, one block per agenda item: what was said, the parent's own views (set apart
and labelled, so they are never folded into the others' account), the conclusion and the
decisions, one per line. Items raised in the meeting can be added; added ones removed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import AgendaOrigin
from bufapp.domain.groups import AgendaItem, Meeting, MinutesItem
from bufapp.ui.groups.meeting_widgets import (
    PARENT_BOX_STYLE,
    focusable_before,
    hint,
    lines,
    tab_chain,
    text_box,
)
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.record_dialog import line


class ItemBlock(QGroupBox):
    changed = Signal()
    remove_asked = Signal(object)

    def __init__(self, item: MinutesItem, agenda: AgendaItem | None, removable: bool) -> None:
        super().__init__()
        self._number = 0
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if agenda is not None:
            about = tr(agenda.origin.label) + (f" – {agenda.detail}" if agenda.detail else "")
            form.addRow(hint(about))
        self.title = line(item.title)
        self.summary = text_box(
            item.summary, 90, QT_TR_NOOP("Hva ble sagt, og av hvem"), grows=False
        )
        self.parent_views = text_box(
            item.parent_views,
            70,
            QT_TR_NOOP("Hva mente forelderen selv? Skriv gjerne med forelderens ord."),
            grows=False,
        )
        self.parent_views.setStyleSheet(PARENT_BOX_STYLE)
        self.conclusion = text_box(item.conclusion, 50, grows=False)
        self.decisions = text_box(
            "\n".join(item.decisions), 50, QT_TR_NOOP("Én beslutning per linje"), grows=False
        )
        self.fields: tuple[tuple[QLineEdit | QPlainTextEdit, str], ...] = (
            (self.title, QT_TR_NOOP("Sak")),
            (self.summary, QT_TR_NOOP("Hva ble sagt")),
            (self.parent_views, QT_TR_NOOP("Forelderens syn")),
            (self.conclusion, QT_TR_NOOP("Konklusjon")),
            (self.decisions, QT_TR_NOOP("Beslutninger")),
        )
        for widget, label in self.fields:
            caption = QLabel(tr(label))
            if widget is self.parent_views:
                caption.setStyleSheet("font-weight: bold;")
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            widget.textChanged.connect(self.changed)
        self.title.textChanged.connect(self._retitle)
        self.remove: QPushButton | None = None
        if removable:
            self.remove = QPushButton(tr("Fjern punktet"))
            self.remove.clicked.connect(lambda: self.remove_asked.emit(self))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.remove)
            form.addRow(row)

    def focus_order(self) -> list[QWidget]:
        fields: list[QWidget] = [widget for widget, _label in self.fields]
        return fields + ([self.remove] if self.remove is not None else [])

    def number(self, number: int) -> None:
        self._number = number
        self._retitle()

    def _retitle(self) -> None:
        title = self.title.text().strip() or tr("(uten tittel)")
        self.setTitle(f"{self._number}. {title}")
        for widget, label in self.fields:
            widget.setAccessibleName(
                tr("Punkt {n}: {label}").format(n=self._number, label=tr(label))
            )

    def item(self) -> MinutesItem:
        return MinutesItem(
            self.title.text().strip(),
            self.summary.toPlainText().strip(),
            self.parent_views.toPlainText().strip(),
            self.conclusion.toPlainText().strip(),
            lines(self.decisions.toPlainText()),
        )

    def is_empty(self) -> bool:
        return self.item() == MinutesItem("")


def starting_items(meeting: Meeting) -> list[tuple[MinutesItem, AgendaItem | None]]:
    """The minutes written so far, or (none yet) one empty item per agenda item; each with
    the agenda item it answers where there is one (same title)."""
    by_title = {a.title: a for a in meeting.agenda}
    if meeting.minutes.items:
        return [(i, by_title.get(i.title)) for i in meeting.minutes.items]
    return [(MinutesItem(a.title), a) for a in meeting.agenda]


class ItemsPanel(QWidget):
    changed = Signal()

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.blocks: list[ItemBlock] = []
        self._built = False
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._column)
        for item, agenda in starting_items(meeting):
            self.add_item(item, agenda)
        # Made after the items, so Tab reaches it after them.
        self.add_button = QPushButton(tr("Legg til &punkt som kom opp i møtet"))
        self.add_button.clicked.connect(lambda: self.add_item(MinutesItem(""), None, focus=True))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        # The first field of all (a proxy further in would be moved first in the Tab order).
        self.setFocusProxy(self.blocks[0].title if self.blocks else self.add_button)
        self._built = True

    def add_item(self, item: MinutesItem, agenda: AgendaItem | None, focus: bool = False) -> None:
        own = agenda is not None and agenda.origin is AgendaOrigin.PARENT
        block = ItemBlock(item, agenda, removable=agenda is None)
        if own:
            block.setStyleSheet("QGroupBox { font-weight: bold; }")
        block.changed.connect(self.changed)
        block.remove_asked.connect(self._remove)
        before = self.blocks[-1].focus_order()[-1] if self.blocks else None
        self._column.addWidget(block)
        self.blocks.append(block)
        if self._built:  # an item added later would otherwise come last in the Tab order
            tab_chain(before or focusable_before(self.add_button), *block.focus_order())
            tab_chain(block.focus_order()[-1], self.add_button)
        self._renumber()
        if focus:
            block.show()  # the layout would show it only later; focus needs it now
            block.title.setFocus()
            self.changed.emit()

    def _remove(self, block: ItemBlock) -> None:
        if not block.is_empty():
            answer = Messages.ask(
                self,
                tr("Vil du fjerne punktet «{title}» og det som er skrevet i det?").format(
                    title=block.title.text().strip()
                ),
                Button.Yes | Button.No,
                Button.No,
            )
            if answer != Button.Yes:
                return
        self.blocks.remove(block)
        block.deleteLater()
        self._renumber()
        self.add_button.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, block in enumerate(self.blocks, start=1):
            block.number(number)

    def items(self) -> tuple[MinutesItem, ...]:
        return tuple(block.item() for block in self.blocks if not block.is_empty())
