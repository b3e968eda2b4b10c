"""The guideline's questions for a samvær talk, beside the contact editor's fields: a note the
caseworker may use, folded away with one click, never fields to fill in. The parent's own words
go in the editor's own field for them, as in every contact."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolButton, QVBoxLayout

from bufapp.ui.qt import QT_TR_NOOP, tr

WIDTH = 320  # wide enough for a question on two or three lines
HINT = QT_TR_NOOP(
    "Spørsmålene er til hjelp, ikke et skjema. Skriv forelderens egne ord i feltet "
    "«Forelderens egne ord»."
)


class PromptNote(QFrame):
    """A heading that folds the note (Space or a click), the questions as a list, a hint."""

    def __init__(self, title: str, prompts: Sequence[str], note: str = "") -> None:
        super().__init__()
        self.setObjectName("talkPrompts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.toggle = QToolButton()
        self.toggle.setText(tr("Spørsmål du kan &bruke"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAccessibleName(tr("Vis eller skjul spørsmålene fra veilederen"))
        self.toggle.toggled.connect(self._fold)
        self.title = QLabel(f"<b>{escape(title)}</b>")
        self.title.setWordWrap(True)
        items = "".join(f"<li>{escape(p)}</li>" for p in prompts)
        self.questions = QLabel(f"<ul style='margin-left:-20px'>{items}</ul>" if items else "")
        self.questions.setWordWrap(True)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions.setAccessibleName(tr("Spørsmål fra veilederen"))
        self.note = QLabel(escape(note))
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.hint = QLabel(f"<i>{escape(tr(HINT))}</i>")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toggle)
        layout.addWidget(self.title)
        layout.addWidget(self.questions)
        layout.addWidget(self.note)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._fold(True)

    @property
    def shown(self) -> bool:
        return self.toggle.isChecked()

    def prompts(self) -> str:
        """The questions as shown (for reading in tests and by screen readers)."""
        return self.questions.text()

    def _fold(self, shown: bool) -> None:
        """Folded, the note is only its heading, and the fields get the width back."""
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.LeftArrow)
        self.setFixedWidth(WIDTH if shown else self.toggle.sizeHint().width() + 24)
        for part in (self.title, self.questions, self.hint):
            part.setVisible(shown)
        self.note.setVisible(shown and bool(self.note.text()))
