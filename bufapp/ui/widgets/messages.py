"""Message boxes with a test seam: tests pre-answer the next question instead of clicking.

Like KeePassXC's MessageBox::setNextAnswer: ``Messages.answer_next(...)`` makes the next call
return that answer without showing anything; every call is also recorded for assertions.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

from bufapp.ui.qt import tr

Button = QMessageBox.StandardButton


class Messages:
    _next_answers: ClassVar[list[Button]] = []
    shown: ClassVar[list[str]] = []  # texts of every message, for tests

    @classmethod
    def answer_next(cls, answer: Button) -> None:
        cls._next_answers.append(answer)

    @classmethod
    def reset(cls) -> None:
        cls._next_answers.clear()
        cls.shown.clear()

    @classmethod
    def _preset(cls, text: str) -> Button | None:
        cls.shown.append(text)
        return cls._next_answers.pop(0) if cls._next_answers else None

    @classmethod
    def error(cls, parent: QWidget | None, text: str) -> None:
        if cls._preset(text) is None:
            QMessageBox.critical(parent, tr("bufapp"), text)

    @classmethod
    def info(cls, parent: QWidget | None, text: str) -> None:
        if cls._preset(text) is None:
            QMessageBox.information(parent, tr("bufapp"), text)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        text: str,
        buttons: Button = Button.Yes | Button.No,
        default: Button = Button.No,
    ) -> Button:
        preset = cls._preset(text)
        if preset is not None:
            return preset
        return QMessageBox.question(parent, tr("bufapp"), text, buttons, default)

    @classmethod
    def ask_discard(cls, parent: QWidget | None, text: str) -> bool:
        """Throw typing away? «Forkast» or «Fortsett å skrive» (the default, and Escape): a plain
        «Avbryt» would be ambiguous in a dialog whose own Avbryt asked. True means discard (a
        pre-answered Discard in tests)."""
        preset = cls._preset(text)
        if preset is not None:
            return preset == Button.Discard
        box = QMessageBox(QMessageBox.Icon.Question, tr("bufapp"), text, parent=parent)
        discard = box.addButton(Button.Discard)
        discard.setText(tr("&Forkast"))
        stay = box.addButton(Button.Cancel)
        stay.setText(tr("F&ortsett å skrive"))
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is discard

    @classmethod
    def choose(cls, parent: QWidget | None, text: str, go_text: str, stay_text: str) -> bool:
        """A warned choice with buttons that say what they do; stay is the default and Esc.
        True when the person chose ``go_text`` (a pre-answered Yes in tests)."""
        preset = cls._preset(text)
        if preset is not None:
            return preset == Button.Yes
        box = QMessageBox(QMessageBox.Icon.Warning, tr("bufapp"), text, parent=parent)
        go = box.addButton(go_text, QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(stay_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is go


# One wording for a draft wherever one is kept: "tatt vare på", never "lagret" (that is the
# record itself being saved).


def draft_kept() -> str:
    from bufapp.services.clock import OSLO  # zoneinfo: not needed for the unlock screen

    return tr("Utkast tatt vare på kl. {time}").format(time=f"{datetime.now(OSLO):%H:%M:%S}")


def draft_not_kept(reason: str) -> str:
    return tr("Utkastet kunne ikke tas vare på ({reason}). Teksten er fortsatt her.").format(
        reason=reason
    )


def draft_restored() -> str:
    return tr("Utkast tatt vare på – ikke lagret ennå.")
