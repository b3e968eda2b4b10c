"""The first main window on a real vault: the parent list model and the demo marking."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlaceType
from bufapp.services.register import RegisterService
from bufapp.ui.main_window import MainWindow
from bufapp.ui.parent_table_model import ParentTableModel


def _fill(register: RegisterService) -> None:
    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    father = register.save_parent(Parent("Ŋuolláš", "Somby", interpreter_language=None))
    child = register.save_child(
        Child(
            "Áilu",
            "Čuđe",
            date(2016, 4, 2),
            "2026/101",
            parents=(
                ParentLink(mother.id or 0, ParentRole.MOTHER),
                ParentLink(father.id or 0, ParentRole.FATHER),
            ),
        )
    )
    register.save_placement(
        Placement(
            child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, date(2026, 6, 10)
        )
    )


def test_parent_model_passes_qt_model_tester(qtbot: QtBot, register: RegisterService) -> None:
    _fill(register)
    model = ParentTableModel()
    tester = ModelTester(None)
    tester.check(model)
    model.set_rows(register.parent_summaries())
    assert model.rowCount() == 2
    # Norwegian order: Č sorts with C, so Čuđe comes before Somby (SQLite's byte order would not)
    names = [model.data(model.index(r, 0)) for r in range(2)]
    assert names == ["Čuđe, Máret", "Somby, Ŋuolláš"]
    deadline_text = model.data(model.index(0, 3))
    assert deadline_text == "Første samtale 24.06.2026"


def test_demo_window_is_marked_and_lists_parents(qtbot: QtBot, register: RegisterService) -> None:
    _fill(register)
    locked = []
    window = MainWindow(register, demo=True, on_close=lambda: locked.append(True))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "bufapp – Fjellvik kommune – DEMO"
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "DEMO" in banner.text()
    assert window.statusBar().currentMessage() == "2 foreldre"
    assert window.table.model().rowCount() == 2
    window.close()
    assert locked == [True]
