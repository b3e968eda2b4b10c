"""Where the network editor's parts go: the heading with undo and redo, the date, the drawing
and the table side by side (a splitter), the buttons under the table, the parent's words and the
caseworker's note beside the figures, and Lagre/Avbryt with the draft's state. Kept apart from
the editor so that file is about behaviour."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm

if TYPE_CHECKING:
    from bufapp.ui.network.editor import NetworkEditor


def button(text: str, tip: str = "") -> QPushButton:
    made = QPushButton(tr(text))
    made.setAccessibleName(tr(text).replace("&", "").rstrip(" …"))
    if tip:
        made.setToolTip(tr(tip))
    return made


def _table_side(editor: NetworkEditor) -> QWidget:
    editor.add_button = button(QT_TR_NOOP("Legg til &person …"), QT_TR_NOOP("Insert i tabellen"))
    editor.remove_button = button(
        QT_TR_NOOP("&Fjern person"), QT_TR_NOOP("Delete i tabellen – kan angres")
    )
    editor.tie_button = button(QT_TR_NOOP("&Forbind to personer …"))
    editor.add_button.clicked.connect(editor.add_person)
    editor.remove_button.clicked.connect(lambda: editor.remove_person())
    editor.tie_button.clicked.connect(editor.tie_people)
    caption = QLabel(tr("P&ersoner i nettverket"))
    caption.setBuddy(editor.table)
    font = caption.font()
    font.setBold(True)
    caption.setFont(font)
    hint = QLabel(
        tr("Skriv i en celle eller trykk F2 for å endre. Insert legger til, Delete fjerner.")
    )
    hint.setWordWrap(True)
    buttons = QHBoxLayout()
    for widget in (editor.add_button, editor.remove_button, editor.tie_button):
        buttons.addWidget(widget)
    buttons.addStretch(1)
    side = QWidget()
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(caption)
    column.addWidget(editor.map_error)
    column.addWidget(editor.table, 1)
    column.addLayout(buttons)
    column.addWidget(hint)
    figures = QScrollArea()  # the figures may be scrolled; the table keeps its room
    figures.setWidgetResizable(True)
    figures.setFrameShape(QFrame.Shape.NoFrame)
    figures.setWidget(editor.summary)
    split = QSplitter(Qt.Orientation.Vertical)
    split.setChildrenCollapsible(False)
    split.addWidget(side)
    split.addWidget(figures)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setSizes([440, 250])
    return split


def _bottom(editor: NetworkEditor) -> QHBoxLayout:
    """The two texts side by side; one FieldForm each, so each shows its own problem."""
    editor.words_form = FieldForm()
    editor.words_form.add_row(
        "parent_words", QT_TR_NOOP("Forelderens &egne ord"), editor.parent_words
    )
    editor.note_form = FieldForm()
    editor.note_form.add_row("note", QT_TR_NOOP("Saksbehandlers &vurdering"), editor.note)
    row = QHBoxLayout()
    row.addWidget(editor.words_form, 1)
    row.addWidget(editor.note_form, 1)
    return row


def _top(editor: NetworkEditor) -> QHBoxLayout:
    editor.undo_button = QToolButton()
    editor.undo_button.setDefaultAction(editor.undo_action)
    editor.redo_button = QToolButton()
    editor.redo_button.setDefaultAction(editor.redo_action)
    for tool in (editor.undo_button, editor.redo_button):
        tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tool.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    row = QHBoxLayout()
    row.addWidget(editor.heading)
    row.addWidget(editor.form)  # the date
    row.addStretch(1)
    row.addWidget(editor.undo_button)
    row.addWidget(editor.redo_button)
    return row


def arrange(editor: NetworkEditor) -> None:
    layout = editor.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.removeWidget(editor.form)
    layout.removeWidget(editor.general_error)
    layout.removeWidget(editor.buttons)
    editor.buttons.hide()  # replaced below; hidden at once, deleted when the loop runs
    editor.buttons.deleteLater()
    editor.splitter = QSplitter(Qt.Orientation.Horizontal)
    editor.splitter.setChildrenCollapsible(False)
    editor.splitter.addWidget(editor.canvas)
    editor.splitter.addWidget(_table_side(editor))
    editor.splitter.setStretchFactor(0, 5)
    editor.splitter.setStretchFactor(1, 6)
    editor.splitter.setSizes([620, 720])
    # Plain buttons, none of them default: Enter belongs to the table (it edits a cell) and
    # must never save the map by accident (a QDialogButtonBox would make Lagre the default).
    save = QPushButton(tr("&Lagre"))
    save.setToolTip(tr("Ctrl+S"))
    save.clicked.connect(editor.submit)
    cancel = QPushButton(tr("Avbryt"))
    cancel.clicked.connect(editor.reject)
    editor.save_button = save
    end = QHBoxLayout()
    end.addWidget(editor.draft_state, 1)
    for made in (save, cancel):
        made.setAutoDefault(False)
        end.addWidget(made)
    layout.addLayout(_top(editor))
    layout.addWidget(editor.splitter, 1)
    layout.addLayout(_bottom(editor))
    layout.addWidget(editor.general_error)
    layout.addLayout(end)
    chain = (editor.drawn_on, editor.table, editor.add_button, editor.remove_button,
             editor.tie_button, editor.canvas, editor.parent_words, editor.note,
             editor.save_button, cancel)  # fmt: skip
    for first, second in pairwise(chain):
        editor.setTabOrder(first, second)
