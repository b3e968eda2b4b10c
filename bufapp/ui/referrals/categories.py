"""*Opplysninger som gis*: the eight information categories of a referral, each with the consent
gate's answer beside it, and the dialog that opens a blocked category by another legal basis
(an exception, with a written reason). Asking the gate is ``referral_gate``'s job."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.consent import LegalBasisException
from bufapp.domain.enums import InformationCategory
from bufapp.errors import FieldProblem
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.referrals.widgets import freeze, status_colour, text_box
from bufapp.ui.widgets.field_form import FieldForm
from bufapp.ui.widgets.record_dialog import line

# Every short answer the gate gives beside a box (referral_gate writes them).
SHORT_ANSWERS = (tr("✓ samtykke gitt"), tr("✗ ikke samtykke"), tr("✓ annet rettsgrunnlag"))


def exception_text(exception: LegalBasisException) -> str:
    return tr("Hjemmel: {basis}. Begrunnelse: {reason}").format(
        basis=exception.legal_basis, reason=exception.reason
    )


class CategoryGate(QWidget):
    """The eight categories: a check box each with the gate's short answer beside it, the full
    answers below them all (when it was given, or why it is blocked), and the way to an
    exception (*Annet rettsgrunnlag…*) where the gate blocks a chosen category.

    Nothing moves under the pointer: the boxes sit in a grid whose rows and columns keep their
    size whatever the gate answers (the buttons keep their room while hidden), and what grows
    (the hint, the full answers) grows below the boxes."""

    toggled = Signal()
    exception_wanted = Signal(object)  # InformationCategory
    exception_removed = Signal(object)  # InformationCategory

    def __init__(self, chosen: Sequence[InformationCategory]) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("gateHint")
        self.hint.hide()
        column.addWidget(self.hint)
        self._answers = column
        self.boxes: dict[InformationCategory, QCheckBox] = {}
        self.shorts: dict[InformationCategory, QLabel] = {}
        self.details: dict[InformationCategory, QLabel] = {}
        self.exception_buttons: dict[InformationCategory, QPushButton] = {}
        self.remove_buttons: dict[InformationCategory, QPushButton] = {}
        for i, category in enumerate(InformationCategory):
            self._add_row(grid, i, category, category in chosen)
        self.setFocusProxy(self.boxes[InformationCategory.PERSONAL_DETAILS])

    def _add_row(
        self, grid: QGridLayout, row: int, category: InformationCategory, on: bool
    ) -> None:
        """The box, the short answer and the exception buttons; the full answer below the grid."""
        box = QCheckBox(tr(category.label))
        box.setChecked(on)
        box.toggled.connect(lambda _on: self.toggled.emit())
        short = QLabel()
        short.setMinimumWidth(  # room for the longest answer from the start
            max(short.fontMetrics().horizontalAdvance(t) for t in SHORT_ANSWERS) + 8
        )
        short.setObjectName(f"gate_{category.value}")
        short.setAccessibleName(tr("Samtykke for {category}").format(category=tr(category.label)))
        detail = QLabel()
        detail.setWordWrap(True)
        detail.setContentsMargins(0, 0, 0, 4)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.setAccessibleName(
            tr("Begrunnelse for {category}").format(category=tr(category.label))
        )
        detail.hide()
        other = _hidden_button(
            tr("Annet rettsgrunnlag…"),
            tr("Annet rettsgrunnlag for {category}").format(category=tr(category.label)),
            self.exception_wanted,
            category,
        )
        remove = _hidden_button(
            tr("Fjern unntak"),
            tr("Fjern unntaket for {category}").format(category=tr(category.label)),
            self.exception_removed,
            category,
        )
        grid.addWidget(box, row, 0)
        grid.addWidget(short, row, 1)
        # One place for both: a category offers an exception or has one, never both.
        grid.addWidget(other, row, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(remove, row, 2, Qt.AlignmentFlag.AlignRight)
        grid.setRowMinimumHeight(row, other.sizeHint().height())
        self._answers.addWidget(detail)
        self.boxes[category] = box
        self.shorts[category] = short
        self.details[category] = detail
        self.exception_buttons[category] = other
        self.remove_buttons[category] = remove

    def chosen(self) -> tuple[InformationCategory, ...]:
        return tuple(c for c, box in self.boxes.items() if box.isChecked())

    def set_status(self, category: InformationCategory, short: str, detail: str, kind: str) -> None:
        """``short`` beside the box; ``detail`` under it (empty: hidden). The words carry the
        meaning (✓/✗ and text); ``kind`` only colours it."""
        colour = f"color: {status_colour(kind)};"
        self.shorts[category].setText(short)
        self.shorts[category].setStyleSheet(colour if short else "")
        label = self.details[category]
        # Below the boxes the answer names its category.
        label.setText(f"{tr(category.label)}: {detail}" if detail else "")
        label.setStyleSheet(colour if detail else "")
        label.setVisible(bool(detail))
        self.boxes[category].setAccessibleDescription(" ".join(filter(None, (short, detail))))

    def show_exception(self, category: InformationCategory, exception: LegalBasisException) -> None:
        """A chosen category opened by another legal basis: allowed, with the basis and reason."""
        self.set_status(category, tr("✓ annet rettsgrunnlag"), exception_text(exception), "allowed")

    def status(self, category: InformationCategory) -> str:
        detail = self.details[category].text().removeprefix(f"{tr(category.label)}: ")
        return " ".join(filter(None, (self.shorts[category].text(), detail)))

    def set_actions(self, category: InformationCategory, offer: bool, removable: bool) -> None:
        self.exception_buttons[category].setVisible(offer)
        self.remove_buttons[category].setVisible(removable)

    def set_read_only(self) -> None:
        """Only the categories that were given are listed, and nothing takes input."""
        for category, box in self.boxes.items():
            freeze(box)
            box.setVisible(box.isChecked())
            self.shorts[category].setVisible(box.isChecked())
        if not self.chosen():
            self.hint.setText(tr("Ingen opplysninger ble gitt."))
            self.hint.show()


def _hidden_button(
    text: str, accessible_name: str, clicked: SignalInstance, category: InformationCategory
) -> QPushButton:
    """A button that emits ``clicked(category)``; shown only where ``set_actions`` says so."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(lambda _checked=False: clicked.emit(category))
    policy = button.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # its column keeps its width: the boxes stay put
    button.setSizePolicy(policy)
    button.hide()
    return button


class LegalBasisDialog(QDialog):
    """Sharing a category without consent: the legal basis and the written reason, both
    required. Nothing is stored here; the editor keeps the exception with the referral."""

    def __init__(
        self,
        category: InformationCategory,
        recipient: str,
        existing: LegalBasisException | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.category = category
        self.setWindowTitle(tr("Annet rettsgrunnlag"))
        self.setMinimumWidth(560)
        intro = QLabel(
            tr(
                "Uten samtykke kan «{category}» bare gis til {recipient} når en lov gir adgang "
                "til det. Skriv hjemmelen og hvorfor opplysningen må gis nå. Begrunnelsen lagres "
                "med henvisningen og står i brevet."
            ).format(category=tr(category.label), recipient=recipient or tr("mottakeren"))
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.legal_basis = self.form.add_row(
            "legal_basis", QT_TR_NOOP("&Hjemmel"), line(existing.legal_basis if existing else "")
        )
        self.legal_basis.setPlaceholderText(tr("Lov og paragraf som gir adgang"))
        self.reason = text_box(existing.reason if existing else "", 90)
        self.reason.setPlaceholderText(tr("Hvorfor må opplysningen gis uten samtykke?"))
        self.form.add_row("reason", QT_TR_NOOP("&Begrunnelse"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Br&uk unntaket"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.legal_basis.setFocus()

    def problems(self) -> list[FieldProblem]:
        problems = []
        if not self.legal_basis.text().strip():
            problems.append(FieldProblem("legal_basis", tr("Skriv hjemmelen (lov og paragraf).")))
        if not self.reason.toPlainText().strip():
            problems.append(
                FieldProblem("reason", tr("Skriv hvorfor opplysningen må gis uten samtykke."))
            )
        return problems

    def submit(self) -> None:
        problems = self.problems()
        if problems:
            self.form.show_problems(problems)
            return
        self.accept()

    def exception(self) -> LegalBasisException:
        return LegalBasisException(
            self.category, self.legal_basis.text().strip(), self.reason.toPlainText().strip()
        )
