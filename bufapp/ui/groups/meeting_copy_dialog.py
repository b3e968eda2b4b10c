"""Choosing whose copy of an invitation or minutes to make, seeing first what each member's
copy leaves out and why (their consent does not cover it). The copies themselves are made by
``GroupDocuments`` (``invitation_plan`` / ``minutes_plan`` say what each holds)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from bufapp.services.groups.documents import CopyPlan
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.parent_banner import show_parent

OFFICE = "office"  # the office's own copy of the minutes (the only one naming who lacks consent)


def left_out_text(plan: CopyPlan) -> str:
    """What one member's copy leaves out, one line per reason; "" when it is whole."""
    by_why: dict[str, list[str]] = {}
    for part, why in plan.left_out:
        by_why.setdefault(why, []).append(part)
    return "\n".join(
        tr("Uten {parts}. {why}").format(parts=", ".join(parts), why=tr(why))
        for why, parts in by_why.items()
    )


def summary(plans: Sequence[CopyPlan]) -> str:
    """Every member whose copy is not whole (or who gets none), one line each."""
    lines = []
    for plan in plans:
        if not plan.gets_minutes:
            lines.append(tr("• {name} får det ikke").format(name=plan.name))
        elif plan.left_out:
            parts = ", ".join(part for part, _why in plan.left_out)
            lines.append(tr("• {name} får det uten {parts}").format(name=plan.name, parts=parts))
    return "\n".join(lines) or tr("Alle medlemmene får alt.")


def _note(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MeetingCopyDialog(QDialog):
    """``chosen`` after OK: a member's key, or ``OFFICE`` for the office's own copy."""

    def __init__(
        self,
        title: str,
        plans: Sequence[CopyPlan],
        submit_text: str,
        office_copy: bool = False,
        parent_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)  # the reasons are sentences: room for them to wrap readably
        self.chosen: str | None = None
        self._plans = {p.key: p for p in plans}
        self.form = FieldForm()
        self.recipient = QComboBox()
        if office_copy:
            self.recipient.addItem(tr("Barnevernstjenestens eget eksemplar"), OFFICE)
        for plan in plans:
            if plan.gets_minutes:
                self.recipient.addItem(plan.name, plan.key)
        self.form.add_row("recipient", QT_TR_NOOP("&Mottaker"), self.recipient)
        self.copy_note = _note(tr("Hva denne kopien ikke har med"))
        self.everyone = _note(tr("Hvem som ikke får alt"))
        self.everyone.setText(summary(plans))
        self.recipient.currentIndexChanged.connect(self._show_copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        # Plain labels in the box layout, not form rows: wrapped text then gets its full height.
        for caption, note in (
            (tr("Denne kopien:"), self.copy_note),
            (tr("Samtykket dekker ikke alt for:"), self.everyone),
        ):
            heading = QLabel(caption)
            heading.setStyleSheet("font-weight: bold")
            layout.addWidget(heading)
            layout.addWidget(note)
        layout.addStretch()
        layout.addWidget(submit_buttons(self, self.submit, submit_text))
        show_parent(self, parent_name)
        self._show_copy()

    def _show_copy(self) -> None:
        plan = self._plans.get(self.recipient.currentData())
        if plan is None:
            self.copy_note.setText(tr("Alt, også hvem som ikke får referatet. Sendes ikke ut."))
        else:
            self.copy_note.setText(left_out_text(plan) or tr("Alt."))

    def submit(self) -> None:
        self.chosen = self.recipient.currentData()
        self.accept()
