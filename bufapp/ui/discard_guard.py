"""A mixin for record dialogs: leaving a form with typed changes asks first."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from bufapp.ui.messages import Button, Messages
from bufapp.ui.qt import tr


class AsksBeforeDiscarding:
    """Avbryt, Escape or closing the window asks before throwing away what was typed."""

    _initial: object = None

    def _finish(self, last_field: QWidget) -> None:
        """Fields first, then Lagre and Avbryt (the base class made the buttons first); keep
        the record as it opened, to know whether anything was typed."""
        box = self.buttons  # type: ignore[attr-defined]
        ok = box.button(box.StandardButton.Ok)
        cancel = box.button(box.StandardButton.Cancel)
        QWidget.setTabOrder(last_field, ok)
        QWidget.setTabOrder(ok, cancel)
        self._initial = self.collect()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not event.spontaneous():  # closed by the program (a lock keeps drafts): never ask
            self._initial = None
        super().closeEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        if self._initial is not None and self.collect() != self._initial:  # type: ignore[attr-defined]
            answer = Messages.ask(
                self,  # type: ignore[arg-type]
                tr("Vil du forkaste det du har skrevet?"),
                Button.Discard | Button.Cancel,
                Button.Cancel,
            )
            if answer != Button.Discard:
                return
        super().reject()  # type: ignore[misc]


# --- the directory ----------------------------------------------------------------------------
