"""The recovery key on screen, whole at any width and scale, and its confirmation group by group.

The key is shown in the bundled DejaVu Sans Mono (0 is dotted, never read as O), four groups to
a line, then two, then one as the room shrinks: never elided or clipped, since a key with a
character cut off is a vault lost the day the passphrase is forgotten. The label asks the layout
for the height its lines need, so the window grows rather than cuts.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bufapp import paths
from bufapp.services import setup
from bufapp.services.setup import GroupCheck
from bufapp.ui.qt import tr

FONT_FILE = "DejaVuSansMono-Bold.ttf"
GROUPS_PER_LINE = (4, 2, 1)  # divisors of 8: every line holds as many groups, so they line up
GAP = "  "
KEY_SCALE = 1.5  # the key against the application's font
# As FieldForm's messages under a field: white on red.
MESSAGE_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 4px;"


@cache
def _mono_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return (
        families[0]
        if families
        else QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    )


def key_font(scale: float = KEY_SCALE) -> QFont:
    """The monospace key font, ``scale`` times the application's font (so it follows scaling)."""
    base = QApplication.font()
    font = QFont(_mono_family())
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setBold(True)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    else:
        font.setPixelSize(round(base.pixelSize() * scale))
    return font


class RecoveryKeyLabel(QLabel):
    """The key's groups on as many lines as the width needs; no copying to the clipboard."""

    reflowed = Signal()  # the number of lines changed: the window may need to grow

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[str] = []
        self.setObjectName("recoveryKey")
        self.setFont(key_font())
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAccessibleName(tr("Gjenopprettingsnøkkel"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_key(self, key: str) -> None:
        self._groups = [group for group in key.split("-") if group]
        self.setAccessibleDescription(" ".join(self._groups))
        self._reflow()

    def lines(self) -> list[str]:
        return self.text().split("\n") if self.text() else []

    def _layout(self, per_line: int) -> str:
        rows = range(0, len(self._groups), per_line)
        return "\n".join(GAP.join(self._groups[i : i + per_line]) for i in rows)

    def _text_size(self, text: str) -> QSize:
        metrics = QFontMetrics(self.font())
        lines = text.split("\n") if text else [""]
        # The ink of a bold glyph may reach past its advance: take the wider of the two.
        width = max(
            max(metrics.horizontalAdvance(line), metrics.boundingRect(line).width())
            for line in lines
        )
        return QSize(width + 2, metrics.lineSpacing() * len(lines) + 2)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _per_line(self, width: int) -> int:
        return next(
            (n for n in GROUPS_PER_LINE if self._text_size(self._layout(n)).width() <= width),
            GROUPS_PER_LINE[-1],
        )

    def _reflow(self) -> None:
        text = self._layout(self._per_line(self.contentsRect().width())) if self._groups else ""
        if text != self.text():
            self.setText(text)
            self.updateGeometry()  # a line more or less: the layout gives the height it needs
            self.reflowed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._groups:  # a new font or style: other widths
            self._reflow()
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return bool(self._groups)

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        text = self._layout(self._per_line(inner))
        return self._text_size(text).height() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        if not self._groups:
            return super().sizeHint()
        widest = self._text_size(self._layout(GROUPS_PER_LINE[0])).width()
        return self._with_margins(QSize(widest, self._text_size(self.text()).height()))

    def minimumSizeHint(self) -> QSize:
        if not self._groups:
            return super().minimumSizeHint()
        narrowest = self._text_size(self._layout(GROUPS_PER_LINE[-1])).width()
        return self._with_margins(QSize(narrowest, self._text_size(self.text()).height()))


class KeyConfirmation(QWidget):
    """The asked-for groups, each with a message under it that names the group when it does not
    match, updated as the person types and when they leave the field."""

    changed = Signal()

    def __init__(self, groups: tuple[int, ...]) -> None:
        super().__init__()
        self.groups = groups
        self._key: str | None = None
        self.inputs: dict[int, QLineEdit] = {}
        self._messages: dict[int, QLabel] = {}
        # A plain column, not a form layout: a wrapped message then gets the height it needs.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number in groups:
            editor = QLineEdit()
            editor.setFont(key_font(1.0))
            editor.setMaxLength(12)  # room to see a character too many, not to paste a key
            editor.setAccessibleName(tr("Gruppe {n}").format(n=number))
            editor.textChanged.connect(lambda _t, n=number: self._check(n, leaving=False))
            editor.editingFinished.connect(lambda n=number: self._check(n, leaving=True))
            caption = QLabel(tr("Gruppe &{n}").format(n=number))
            caption.setBuddy(editor)
            row = QHBoxLayout()
            row.addWidget(caption)
            row.addWidget(editor, 1)
            message = QLabel()
            message.setObjectName(f"error_group_{number}")
            message.setWordWrap(True)
            message.setStyleSheet(MESSAGE_STYLE)
            message.hide()
            layout.addLayout(row)
            layout.addWidget(message)
            layout.addSpacing(6)
            self.inputs[number] = editor
            self._messages[number] = message

    def set_key(self, key: str | None) -> None:
        self._key = key
        for number in self.groups:
            self._check(number, leaving=False)

    def typed(self) -> dict[int, str]:
        return {number: editor.text() for number, editor in self.inputs.items()}

    def is_confirmed(self) -> bool:
        return self._key is not None and setup.confirms(self._key, self.typed())

    def message(self, number: int) -> str:
        return self._messages[number].text() if self._messages[number].isVisible() else ""

    def _check(self, number: int, leaving: bool) -> None:
        text = self.inputs[number].text()
        state = setup.check_group(self._key, number, text) if self._key else GroupCheck.EMPTY
        self._show(number, self._wording(number, state, setup.typed_length(text), leaving))
        self.changed.emit()

    @staticmethod
    def _wording(number: int, state: GroupCheck, typed: int, leaving: bool) -> str:
        if state is GroupCheck.DIFFERS:
            return tr(
                "Gruppe {n} stemmer ikke med nøkkelen. Se etter skrivefeil, eller trykk "
                "«Tilbake» for å se nøkkelen igjen."
            ).format(n=number)
        if state is GroupCheck.TOO_LONG or (state is GroupCheck.BEGUN and leaving):
            return tr("Gruppe {n} har 5 tegn, men du har skrevet {typed}.").format(
                n=number, typed=typed
            )
        return ""

    def _show(self, number: int, text: str) -> None:
        label = self._messages[number]
        label.setText(text)
        label.setVisible(bool(text))
