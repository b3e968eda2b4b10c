"""The keys of a window: every Alt letter used once (``assign_mnemonics``), Tab through the inputs
before the dialog's buttons and on past lists, tables and text fields, Enter on the dialog's own
default, and the focus starting on the first input. ``arrange_keys`` does all of it for a window;
``window_kit`` calls it the first time a window is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

# Lists, tables, tab bars and button boxes are known here by Qt's class names (``inherits``):
# importing their classes only to find none of them on the unlock screen cost its start-up
# (issue 18).

# --- mnemonics --------------------------------------------------------------------------------


def strip_mnemonic(text: str) -> str:
    """The text without its mnemonic marker ("&&" stays a literal ampersand)."""
    return re.sub(r"&(&?)", lambda m: "&&" if m.group(1) else "", text)


def mnemonic_of(text: str) -> str | None:
    """The (lower-case) Alt letter a text carries, if any."""
    found = re.search(r"(?:^|[^&])(?:&&)*&([^&])", text)
    return found.group(1).lower() if found else None


def _with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with its own letter kept if still free, else the first free letter marked."""
    own = mnemonic_of(text)
    plain = strip_mnemonic(text)
    if own is not None and own.isalpha() and own not in taken:
        taken.add(own)
        return text
    index = 0
    while index < len(plain):
        if plain[index] == "&":  # "&&" is one literal ampersand
            index += 2
            continue
        letter = plain[index].lower()
        if letter.isalpha() and letter not in taken:
            taken.add(letter)
            return plain[:index] + "&" + plain[index:]
        index += 1
    return plain


@dataclass
class _Labelled:
    """Something whose text may carry an Alt letter: a button, a label, a group, a tab."""

    get: Callable[[], str]
    set: Callable[[str], None]
    owner: QWidget


def _labelled(widget: QWidget) -> Iterator[_Labelled]:
    # Unbound calls: a subclass may have its own ``text`` or ``title`` attribute.
    if isinstance(widget, QAbstractButton) and mnemonic_of(QAbstractButton.text(widget)):
        yield _Labelled(partial(QAbstractButton.text, widget), widget.setText, widget)
    elif (
        isinstance(widget, QLabel)
        and widget.buddy() is not None
        and mnemonic_of(QLabel.text(widget))
    ):
        yield _Labelled(partial(QLabel.text, widget), widget.setText, widget)
    elif isinstance(widget, QGroupBox) and mnemonic_of(QGroupBox.title(widget)):
        yield _Labelled(partial(QGroupBox.title, widget), widget.setTitle, widget)
    elif widget.inherits("QTabBar"):
        for i in range(widget.count()):
            if mnemonic_of(widget.tabText(i)):
                yield _Labelled(partial(widget.tabText, i), partial(widget.setTabText, i), widget)


def _scope(root: QWidget) -> tuple[list[_Labelled], list[QWidget]]:
    """What carries a letter in ``root`` itself, and the stacked pages inside it (each page is
    its own scope: only one of them shows at a time). Other windows are not part of it."""
    found: list[_Labelled] = []
    pages: list[QWidget] = []
    # A loop, not a recursive closure: that closure's reference cycle left the widgets to the
    # garbage collector, which may run on the database thread, where freeing them crashed.
    waiting = _children(root)
    while waiting:
        child = waiting.pop()
        if child.isWindow():
            continue
        found.extend(_labelled(child))
        if isinstance(child, QStackedWidget):
            pages.extend(child.widget(i) for i in range(child.count()))
        else:
            waiting.extend(_children(child))
    return found, pages


def _children(widget: QWidget) -> list[QWidget]:
    """The direct children, last first: popped from the end, they come in their own order."""
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return list(reversed(children))


def _assign(root: QWidget, taken: set[str]) -> None:
    found, pages = _scope(root)
    shown = [f for f in found if f.owner.isVisibleTo(root.window())]
    boxed = [f for f in shown if _in_button_box(f.owner)]
    # Lagre, Avbryt first; what is hidden now (shown later, or on its way out) last.
    for item in boxed + [f for f in shown if f not in boxed] + [f for f in found if f not in shown]:
        item.set(_with_mnemonic(item.get(), taken))
    for page in pages:
        _assign(page, set(taken))


def assign_mnemonics(window: QWidget) -> None:
    """Give every Alt letter in ``window`` once: the dialog's buttons first, then labels and
    buttons in order, each keeping its own letter while it is free, else the first free one.
    Only texts written with a letter take part (a caption without one stays as written)."""
    taken: set[str] = set()
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        taken |= {m for a in window.menuBar().actions() if (m := mnemonic_of(a.text()))}
    _assign(window, taken)


# --- focus and Tab ----------------------------------------------------------------------------


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order (hidden or disabled ones included)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        if (
            widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _in_button_box(widget: QWidget) -> bool:
    parent = widget.parent()
    return parent is not None and parent.inherits("QDialogButtonBox")


def is_dialog_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and _in_button_box(widget)


def first_input(window: QWidget) -> QWidget | None:
    """The first widget Tab reaches that takes input (not the dialog's Lagre/Avbryt)."""
    for widget in focus_chain(window):
        if widget.isVisibleTo(window) and widget.isEnabled() and not is_dialog_button(widget):
            return widget
    return None


def _buttons_last(window: QWidget) -> None:
    chain = focus_chain(window)
    inputs = [w for w in chain if not is_dialog_button(w)]
    if not inputs:
        return
    previous = inputs[-1]
    for button in (w for w in chain if is_dialog_button(w)):
        QWidget.setTabOrder(previous, button)
        previous = button


def _defaults(window: QWidget) -> None:
    """Enter presses the dialog's own default, never the button that happens to have focus."""
    from PySide6.QtWidgets import QDialogButtonBox  # dialogs only

    for box in window.findChildren(QDialogButtonBox):
        buttons = [b for b in box.buttons() if isinstance(b, QPushButton)]
        accept = [
            b
            for b in buttons
            if box.buttonRole(b)
            in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
        ]
        default = next((b for b in buttons if b.isDefault()), accept[0] if accept else None)
        for button in buttons:
            button.setAutoDefault(False)
            button.setDefault(button is default)


def _tab_leaves(window: QWidget) -> None:
    """Tab moves on from lists, tables and text fields (Ctrl+Tab still moves inside a table)."""
    for area in window.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop: Tab goes on inside
    for widget in window.findChildren(QWidget):
        if widget.inherits("QAbstractItemView"):
            widget.setTabKeyNavigation(False)  # type: ignore[attr-defined]
        elif widget.inherits("QPlainTextEdit") or widget.inherits("QTextEdit"):
            widget.setTabChangesFocus(True)  # type: ignore[attr-defined]


def arrange_keys(window: QWidget) -> None:
    _tab_leaves(window)
    assign_mnemonics(window)
    if isinstance(window, QDialog):
        _defaults(window)
        _buttons_last(window)


def first_focus(window: QWidget) -> None:
    """Focus on the first input, unless the dialog chose its own starting field."""
    current = window.focusWidget()
    if current is not None and current is not window and not is_dialog_button(current):
        return  # the dialog chose its own starting field
    first = first_input(window)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)
