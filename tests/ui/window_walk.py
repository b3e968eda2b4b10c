"""Walk every view and dialog the screenshot registry shows, as a keyboard user and on a small
screen, and write down what goes wrong. Run in-process by the tests, or as a script (in a
subprocess at another scale): ``python -m tests.ui.window_walk``, which prints the findings.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from bufapp.ui.screenshots import kit as screenshot_kit
from bufapp.ui.widgets import keys
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.record_dialog import RecordDialog


def _tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab should reach: every visible, enabled widget of the window's focus chain."""
    return [w for w in keys.focus_chain(window) if w.isVisible() and w.isEnabled()]


_is_dialog_button = keys.is_dialog_button
_letter = keys.mnemonic_of


def _mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every Alt letter a visible widget of ``window`` answers to."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts = [QAbstractButton.text(widget)]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [QLabel.text(widget)]
        elif isinstance(widget, QGroupBox):
            texts = [QGroupBox.title(widget)]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        found += [(letter, t) for t in texts if (letter := _letter(t))]
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        found += [(m, a.text()) for a in window.menuBar().actions() if (m := _letter(a.text()))]
    return found


class WindowWalk:
    """Collects findings for each window the registry shows (each window once)."""

    def __init__(self) -> None:
        self.findings: list[str] = []
        self.seen: set[int] = set()
        self.windows = 0
        self.trace = False

    def __call__(self, widget: QWidget) -> None:
        window = widget.window()
        if id(window) in self.seen or not window.isVisible():
            return
        self.seen.add(id(window))
        self.windows += 1
        name = f"{type(window).__name__} «{window.windowTitle()}»"
        self._screen(window, name)
        self._mnemonics(window, name)
        if isinstance(window, QDialog):
            self._first_focus(window, name)
        self._tab_walk(window, name)
        if isinstance(window, RecordDialog):
            self._asks_before_discarding(window, name)

    def _note(self, name: str, what: str) -> None:
        self.findings.append(f"{name}: {what}")

    def _screen(self, window: QWidget, name: str) -> None:
        screen = QApplication.screenAt(window.geometry().center()) or QApplication.primaryScreen()
        room = screen.availableGeometry()
        needs = window.minimumSize().expandedTo(window.minimumSizeHint())
        if needs.width() > room.width() or needs.height() > room.height():
            self._note(name, f"needs at least {needs.width()}×{needs.height()}, has {room}")
        frame = window.frameGeometry()
        if not room.contains(frame):
            self._note(name, f"opens at {frame}, outside the screen's {room}")

    def _mnemonics(self, window: QWidget, name: str) -> None:
        letters = _mnemonics(window)
        counts = Counter(letter for letter, _ in letters)
        for letter, count in counts.items():
            if count > 1:
                texts = [t for lt, t in letters if lt == letter]
                self._note(name, f"Alt+{letter.upper()} is used {count} times: {texts}")

    def _first_focus(self, window: QWidget, name: str) -> None:
        stops = _tab_stops(window)
        fields = [w for w in stops if not isinstance(w, QPushButton)]
        if not fields:
            return  # only buttons: a progress dialog's Avbryt
        # On the first input, or on the text field the dialog is for (the contact's summary).
        focus = window.focusWidget()
        if focus not in fields:
            self._note(name, f"focus starts on {_describe(focus)}, not on {_describe(fields[0])}")
        # The chain is a ring: from the first input, the inputs come first, the buttons last.
        start = stops.index(fields[0])
        ring = stops[start:] + stops[:start]
        first_button = next((i for i, w in enumerate(ring) if _is_dialog_button(w)), len(ring))
        if any(not _is_dialog_button(w) for w in ring[first_button:]):
            self._note(name, "Tab reaches the dialog's buttons before its inputs")

    def _tab_walk(self, window: QWidget, name: str) -> None:
        stops = _tab_stops(window)
        if not stops:
            return
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 1000)
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached: set[int] = set()
        for _ in range(3 * len(stops) + 6):  # a date takes a Tab per part (day, month, year)
            current = QApplication.focusWidget()
            if current is None:
                self._note(name, "nothing has the focus")
                return
            reached.add(id(current))
            if self.trace:
                print("  tab:", _describe(current), file=sys.stderr)
            QTest.keyClick(current, Qt.Key.Key_Tab)
            if isinstance(current, QAbstractItemView) and QApplication.focusWidget() is current:
                self._note(name, f"Tab does not leave {_describe(current)}")
                following = stops[(stops.index(current) + 1) % len(stops)]
                following.setFocus(Qt.FocusReason.TabFocusReason)  # go on with the walk
        # Tab enters a group of radio buttons once; the arrow keys choose inside it.
        radio_groups = {
            id(w.parent()) for w in stops if isinstance(w, QRadioButton) and id(w) in reached
        }
        missed = [
            _describe(w)
            for w in stops
            if id(w) not in reached
            and not (isinstance(w, QRadioButton) and id(w.parent()) in radio_groups)
        ]
        if missed:
            self._note(name, f"Tab never reaches {missed}")

    def _asks_before_discarding(self, window: RecordDialog, name: str) -> None:  # type: ignore[type-arg]
        """One letter typed into the first text field, then Escape: the dialog asks before
        throwing it away, and stays open when the person says no. The text is put back."""
        fields = [
            w
            for w in _tab_stops(window)
            if isinstance(w, QLineEdit | QPlainTextEdit) and not w.isReadOnly()
        ]
        if not fields or getattr(window, "read_only", False):
            return
        field = fields[0]
        before = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClicks(field, "x")
        asked = len(Messages.shown)
        Messages.answer_next(Button.Cancel)
        QTest.keyClick(field, Qt.Key.Key_Escape)
        if len(Messages.shown) == asked:
            Messages.reset()  # the answer nobody asked for must not answer a later question
            self._note(name, "Escape throws away what was typed without asking")
        elif not window.isVisible():
            self._note(name, "closed although the person chose to stay")
        if isinstance(field, QLineEdit):
            field.setText(before)
        else:
            field.setPlainText(before)


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    label = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__}({label!r})"


def walk_all(out: Path) -> WindowWalk:
    from bufapp.app import take_screenshots

    walk = WindowWalk()
    screenshot_kit.inspector = walk
    try:
        take_screenshots(out)
    finally:
        screenshot_kit.inspector = None
    return walk


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        result = walk_all(Path(folder))
    print(f"windows: {result.windows}")
    for finding in result.findings:
        print(finding)
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of the windows the registry left behind
