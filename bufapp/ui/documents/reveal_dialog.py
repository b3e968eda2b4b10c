"""Asking the caseworker whether one document may, after all, say where a child with hidden
whereabouts lives, and why. The default is no: the document is not made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bufapp.ui.qt import tr


class RevealDialog(QDialog):
    def __init__(self, problems: list[str], parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Skjult bosted"))
        layout = QVBoxLayout(self)
        found = QLabel("\n".join(problems))
        found.setWordWrap(True)
        layout.addWidget(found)
        explained = QLabel(
            tr(
                "Fylkesnemnda har bestemt at foreldrene ikke skal vite hvor barnet bor. Bare hvis "
                "det er nødvendig for akkurat dette dokumentet, kan du ta det med. Skriv hvorfor: "
                "begrunnelsen lagres med dokumentet og i loggen, som forelderen kan få se. "
                "Ikke gjenta adressen eller navnene i begrunnelsen."
            )
        )
        explained.setWordWrap(True)
        layout.addWidget(explained)
        if note:  # e.g. a copy to the parent that this cannot go with
            said = QLabel(note)
            said.setWordWrap(True)
            said.setStyleSheet("font-weight: bold")
            layout.addWidget(said)
        caption = QLabel(tr("&Begrunnelse"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        caption.setBuddy(self.reason)
        self.reason.setAccessibleName(tr("Begrunnelse"))
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.include = self.buttons.addButton(
            tr("&Ta med i dette dokumentet"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)  # nothing is revealed by pressing Enter
        self.include.setAutoDefault(False)
        self.include.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.include.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
