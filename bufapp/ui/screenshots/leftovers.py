"""Bokmål left in an interface shown in another language: the texts a person reads on a window
(titles, buttons, tabs, labels, headers, menus, placeholders, tooltips) that still look like
bokmål. A screenshot run in nynorsk or English writes them to ``leftovers-LANG.txt``.

Heuristic, for finding what a catalogue misses: a text is suspect if it holds a word that is
bokmål and not the target language. Data (names, the demo's notes) is not read: table cells and
text fields are skipped; a label with data in it may still be listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Words that mark bokmål against nynorsk (nynorsk writes ikkje, kva, kven, kvar, korleis, eit,
# dei, noko, nokon, vere, òg, frå, berre, eg, ho, heime, tenesta, opne, lagra …).
_NOT_NYNORSK = (
    "ikke hva hvem hvor hvordan hvis hvilke hvilken noe noen være også fra bare jeg hun "
    "hjemme tjenesten tjenester åpne åpen lagret slettet endret valgt mye dere deres disse "
    "saksbehandler henvisning henvisninger ett et"
)
# Frequent bokmål words that are not English (and not parts of names).
_NOT_ENGLISH = (
    "og ikke er til med på som av har kan ingen ny nytt lagre avbryt velg skriv dato navn "
    "foreldre forelder barn kontakt kontakter samtale møte hvelv fra ved eller etter før "
    "alle alt vis åpne lukk slett endre hjelp fil mappe uke måned år dag dager"
)
_WORDS = {
    "nn": set(_NOT_NYNORSK.split()),
    "en": set(_NOT_ENGLISH.split()),
}
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")
_TAG = re.compile(r"<[^>]+>")


def looks_bokmal(text: str, language: str) -> bool:
    if language == "en" and re.search(r"[æøåÆØÅ]", _TAG.sub(" ", text)):
        return True
    words = {word.lower() for word in _WORD.findall(_TAG.sub(" ", text).replace("&", ""))}
    return bool(words & _WORDS.get(language, set()))


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    kind = type(widget).__name__
    if widget.isWindow() and widget.windowTitle():
        yield f"{kind} tittel", widget.windowTitle()
    if widget.toolTip():
        yield f"{kind} verktøytips", widget.toolTip()
    # Qt's own methods, unbound: a subclass may name an attribute "title" or "text".
    if isinstance(widget, QAbstractButton):
        yield kind, QAbstractButton.text(widget)
    elif isinstance(widget, QLabel):
        yield kind, QLabel.text(widget)
    elif isinstance(widget, QGroupBox):
        yield kind, QGroupBox.title(widget)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "fane", widget.tabText(index)
    elif isinstance(widget, (QLineEdit, QTextEdit)):
        yield "plassholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "valg", widget.itemText(index)
    elif isinstance(widget, (QMenu, QMenuBar)):
        for action in widget.actions():
            yield "meny", action.text()
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield "liste", widget.item(index).text()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield "kolonne", header


def leftovers(window: QWidget, language: str) -> list[str]:
    """«where: text» for each visible text in ``window`` that still looks like bokmål."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for where, text in _texts(widget):
            if isinstance(text, str) and text and looks_bokmal(text, language):
                found.append(f"{where}: {' '.join(text.split())[:160]}")
    return sorted(set(found))
