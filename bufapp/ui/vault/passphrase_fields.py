"""A new passphrase typed twice, with a strength meter and the minimum spelled out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from bufapp.errors import FieldProblem
from bufapp.services import setup
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm


def password_line() -> QLineEdit:
    editor = QLineEdit()
    editor.setEchoMode(QLineEdit.EchoMode.Password)
    return editor


class NewPassphraseFields:
    """Adds three rows to a FieldForm: passphrase, repeat, strength."""

    def __init__(self, form: FieldForm) -> None:
        self.form = form
        # The office's and caseworker's names, for the callers that know them (the setup wizard).
        self.known_words: Callable[[], Sequence[str]] = tuple
        self.first = form.add_row("passphrase", QT_TR_NOOP("Nytt &passord"), password_line())
        self.second = form.add_row(
            "passphrase_repeat", QT_TR_NOOP("&Gjenta passordet"), password_line()
        )
        holder = QWidget()
        self.meter = QProgressBar(holder)
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Passordstyrke"))
        self.verdict = QLabel()
        self.verdict.setObjectName("passphraseVerdict")
        form.add_row("strength", QT_TR_NOOP("Styrke"), self.meter)
        form.layout_.addRow("", self.verdict)
        hint = QLabel(
            tr(
                "Minst 10 tegn, og vanskelig å gjette: flere ord som ikke hører sammen, gjerne en "
                "hel setning. Navn, årstall og vanlige ord alene er lette å gjette."
            )
        )
        hint.setWordWrap(True)
        form.layout_.addRow("", hint)
        self.first.textChanged.connect(self._update)
        # "Passordene er ikke like" is about both: fixing the first passphrase fixes it too.
        self.first.textChanged.connect(lambda: form.clear_problem("passphrase_repeat"))
        self._update("")

    def _update(self, text: str) -> None:
        rating = setup.strength(text, self.known_words())
        self.meter.setValue(rating.percent)
        self.verdict.setText(tr(rating.label) if text else "")

    def problems(self) -> list[FieldProblem]:
        return setup.check_passphrases(self.first.text(), self.second.text(), self.known_words())

    def value(self) -> str:
        return self.first.text()
