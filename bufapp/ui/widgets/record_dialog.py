"""The shape every record dialog shares: a field form with Lagre/Avbryt, the save run on the
database thread, each rejected field shown under the field itself, and the draft kept while typing.
Nothing is saved until the service accepts the whole record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from bufapp.domain.enums import LabelledEnum
from bufapp.errors import BufappError, ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.messages import Messages, draft_kept, draft_not_kept
from bufapp.ui.widgets.screen_fit import scrolling
from bufapp.ui.widgets.tasks import TaskManager

E = TypeVar("E")
L = TypeVar("L", bound=LabelledEnum)
_UNREADABLE = object()  # what a form that cannot be read yet (a half-typed date) collects to


def enum_combo(kind: type[L], value: L | None = None, allow_empty: bool = False) -> QComboBox:
    combo = QComboBox()
    if allow_empty:
        combo.addItem("", None)
    for member in kind:
        combo.addItem(tr(member.label), member)
    if value is not None:
        combo.setCurrentIndex(combo.findData(value))
    return combo


def chosen(combo: QComboBox, kind: type[L]) -> L | None:
    """The combo's current enum member (Qt hands StrEnum item data back as a plain str)."""
    value = combo.currentData()
    return None if value is None else kind(value)


def line(text: str | None = "") -> QLineEdit:
    editor = QLineEdit(text or "")
    editor.setClearButtonEnabled(True)
    return editor


class RecordDialog(QDialog, Generic[E]):
    """Common shape: a FieldForm, Lagre/Avbryt, a save task, problems shown by field.

    ``kind`` and ``record_key`` name the draft this dialog's unsaved content is kept under.
    """

    kind = ""
    record_key = ""
    autosaves = False  # True: a draft exists while open, so closing the dialog discards it
    side_kinds: tuple[str, ...] = ()  # drafts kept beside this one, under the same key

    def side_drafts(self) -> list[tuple[str, object]]:
        """What is kept beside the draft (``side_kinds``), as (kind, record)."""
        return []

    discard_question = QT_TR_NOOP("Vil du forkaste det du har skrevet?")
    reopened_from_draft = False  # set by whoever reopens it: the draft is unsaved work

    def __init__(
        self, title: str, tasks: TaskManager, save: Callable[[E], E], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(title))
        self.setMinimumWidth(520)
        self._tasks = tasks
        self._save = save
        self.saved: E | None = None
        self.saving = False
        self._form_scrolls = False
        self._opened_as: object = _UNREADABLE
        self._closing_by_program = False
        self.form = FieldForm()
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = submit_buttons(self, self.submit, QT_TR_NOOP("&Lagre"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def collect(self) -> E:
        raise NotImplementedError

    def setVisible(self, visible: bool) -> None:
        if visible and not self._form_scrolls:
            self._form_scrolls = True
            self._scroll_form()
            self._opened_as = self._snapshot()
        super().setVisible(visible)

    # --- leaving without saving -------------------------------------------------------------

    def unsaved_changes(self) -> bool:
        """Whether leaving now throws typing away: anything changed since the dialog opened, or
        the draft it was reopened from. Editors that track changes themselves override it."""
        return self.reopened_from_draft or self._snapshot() != self._opened_as

    def _snapshot(self) -> object:
        try:
            return self.collect()
        except Exception:  # a half-typed field that does not read yet is typing too
            return _UNREADABLE

    def reject(self) -> None:
        """Avbryt, Escape and the window's close button ask before throwing typing away; a
        window closed by the program (a lock keeps drafts) never asks."""
        if (
            not self._closing_by_program
            and self.unsaved_changes()
            and not Messages.ask_discard(self, tr(self.discard_question))
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_by_program = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_by_program = False

    def _scroll_form(self) -> None:
        """On a screen too small for the form, it scrolls inside the dialog and Lagre stays in
        sight. Done at the first show: a subclass may have arranged the form itself by then."""
        layout = self.layout()
        index = layout.indexOf(self.form) if layout is not None else -1
        if isinstance(layout, QVBoxLayout) and index >= 0:
            layout.removeWidget(self.form)
            layout.insertWidget(index, scrolling(self.form), 1)

    def submit(self) -> None:
        try:
            record = self.collect()
        except ValidationFailed as failure:
            self._show(failure)
            return
        # Nothing can be typed while the record is saved: what was sent is what is kept.
        self._set_saving(True)
        self._tasks.run(lambda: self._save(record), self._saved, self._failed)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for child in self.findChildren(QWidget):
            if child.parent() is self:
                child.setEnabled(not saving)

    def _saved(self, record: E) -> None:
        self.saved = record
        self.saving = False
        self.accept()

    def _failed(self, failure: Exception) -> None:
        self._set_saving(False)
        if isinstance(failure, ValidationFailed):
            self._show(failure)
        elif isinstance(failure, BufappError):
            Messages.error(self, str(failure))
        else:
            raise failure

    def _show(self, failure: ValidationFailed) -> None:
        unplaced = self.form.show_problems(failure.problems)
        self.general_error.setText("\n".join(tr(p.message) for p in unplaced))
        self.general_error.setVisible(bool(unplaced))
        self.adjustSize()  # make room for the messages under the fields


def keep_draft(
    tasks: TaskManager,
    save: Callable[[str, str, Any], object],
    kind: str,
    key: str,
    record: object,
    status: QLabel,
) -> None:
    """Keep what is typed as an encrypted draft on the worker, and say in ``status`` whether it
    was kept. A failure leaves the text in the form; the next change tries again."""

    def kept(_result: object) -> None:
        status.setText(draft_kept())

    def not_kept(failure: Exception) -> None:
        reason = str(failure) if isinstance(failure, BufappError) else tr("ukjent feil")
        status.setText(draft_not_kept(reason))

    tasks.run(lambda: save(kind, key, record), kept, not_kept)
