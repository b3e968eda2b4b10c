"""The office's written standard and the interface's language, in Innstillinger.

The standard (bokmål or nynorsk) decides the language of every document; a parent can still get
theirs in another. The interface language is read when bufapp starts: changing it is said to
take effect at the next start, and nothing open is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from bufapp.languages import ENDONYMS, INTERFACE_LANGUAGES, OFFICE_STANDARDS
from bufapp.settings import Settings
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm

_STANDARD_NAMES = {"nb": QT_TR_NOOP("Bokmål"), "nn": QT_TR_NOOP("Nynorsk")}


class LanguageChoices:
    """Two rows: the office's standard in the office's form, the interface's in the work form."""

    def __init__(self, office_form: FieldForm, work_form: FieldForm, current: Settings) -> None:
        self._started_in = current.interface_language or current.office_standard
        self.standard = QComboBox()
        for code in OFFICE_STANDARDS:
            self.standard.addItem(tr(_STANDARD_NAMES[code]), code)
        self.standard.setCurrentIndex(max(0, self.standard.findData(current.office_standard)))
        self.standard.setToolTip(
            tr(
                "Brev og dokumenter skrives på kontorets målform. En forelder kan likevel få "
                "sine dokumenter på et annet språk når dokumentet finnes på det."
            )
        )
        office_form.add_row("office_standard", QT_TR_NOOP("&Målform"), self.standard)

        self.interface = QComboBox()
        self.interface.addItem(tr("Som kontorets målform"), "")
        for code in INTERFACE_LANGUAGES:  # each in its own name: found by those who read it
            self.interface.addItem(ENDONYMS[code], code)
        self.interface.setCurrentIndex(max(0, self.interface.findData(current.interface_language)))
        work_form.add_row("interface_language", QT_TR_NOOP("&Språk i programmet"), self.interface)
        self.restart_note: QLabel = work_form.add_note("interface_language")
        self.interface.currentIndexChanged.connect(self._say_when)
        self.standard.currentIndexChanged.connect(self._say_when)

    def _say_when(self) -> None:
        changed = self.chosen_interface() != self._started_in
        self.restart_note.setText(
            tr("Programmet får det nye språket neste gang bufapp startes.") if changed else ""
        )
        self.restart_note.setVisible(changed)

    def chosen_interface(self) -> str:
        return self.interface.currentData() or self.standard.currentData()

    def applied(self, settings: Settings) -> Settings:
        return settings.replace(
            office_standard=self.standard.currentData(),
            interface_language=self.interface.currentData(),
        )
