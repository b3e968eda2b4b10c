"""The parent dialog records the written language and the interpreter the parent needs (issue
23): the written language is chosen from a list that starts with the office's standard, the
interpreter's category is one of Nasjonalt tolkeregister's, and the card says both."""

from __future__ import annotations

from html import unescape

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Parent
from bufapp.services.register import RegisterService
from bufapp.ui.register import parent_detail
from bufapp.ui.register.record_dialogs import ParentDialog
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import TODAY
from tests.ui.conftest import settle, tab_walk_from


def _dialog(qtbot: QtBot, tasks: TaskManager, register: RegisterService, parent: Parent | None):
    dialog = ParentDialog(tasks, register.save_parent, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_written_languages_start_with_the_offices_standard_then_the_sami_languages(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    dialog = _dialog(qtbot, tasks, register, None)
    texts = _texts(dialog.written_language)
    assert texts[:7] == [
        "Som kontoret (bokmål/nynorsk)",
        "bokmål",
        "nynorsk",
        "engelsk",
        "nordsamisk",
        "lulesamisk",
        "sørsamisk",
    ]
    rest = texts[7:]
    assert "arabisk" in rest and "tigrinja" in rest and rest.index("arabisk") == 0
    assert dialog.written_language.currentData() == ""  # the office's standard by default
    assert _texts(dialog.interpreter_level)[0] == "Ikke oppgitt"
    assert "Kategori A: statsautorisert og tolkeutdanning" in _texts(dialog.interpreter_level)
    assert "Minst kategori B: statsautorisert" in _texts(dialog.interpreter_level)
    assert "Tolkeloven" in dialog.interpreter_level.toolTip()
    assert not dialog.interpreter_level.isEnabled()  # no interpreter needed yet


def test_the_dialog_saves_the_written_language_and_the_interpreters_category(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    saved = register.save_parent(Parent("Máret", "Čuđe"))
    dialog = _dialog(qtbot, tasks, register, saved)
    _choose(dialog.written_language, "se")
    dialog.needs_interpreter.setChecked(True)
    assert dialog.interpreter_level.isEnabled()
    dialog.interpreter_language.setText("nordsamisk")
    _choose(dialog.interpreter_level, "B")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)

    stored = register.parent(saved.id or 0)
    assert stored.full_name == "Máret Čuđe"
    assert (stored.written_language, stored.interpreter_language, stored.interpreter_level) == (
        "se",
        "nordsamisk",
        "B",
    )
    card = unescape(parent_detail.render(register.parent_detail(saved.id or 0), TODAY))
    assert "<th align=left valign=top>Skriftspråk</th><td>nordsamisk</td>" in card
    assert "<th align=left valign=top>Tolk</th><td>nordsamisk, kategori A–B</td>" in card

    # Reopened, the dialog shows what was saved; no interpreter any more clears the category.
    again = _dialog(qtbot, tasks, register, stored)
    assert again.written_language.currentData() == "se"
    assert again.interpreter_level.currentData() == "B"
    again.needs_interpreter.setChecked(False)
    assert not again.interpreter_level.isEnabled()
    collected = again.collect()
    assert (collected.interpreter_language, collected.interpreter_level) == (None, "")
    assert collected.written_language == "se"


def test_a_code_the_office_added_is_kept_and_shown_as_it_is(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    saved = register.save_parent(Parent("Ánde", "Čuđe", written_language="yi"))
    dialog = _dialog(qtbot, tasks, register, saved)
    assert dialog.written_language.currentData() == "yi"
    assert dialog.written_language.currentText() == "yi"
    assert dialog.collect().written_language == "yi"


def test_tab_goes_from_the_spoken_to_the_written_language_and_on_to_the_interpreter(
    qtbot: QtBot, tasks: TaskManager, register: RegisterService
) -> None:
    parent = register.save_parent(Parent("Máret", "Čuđe", interpreter_language="arabisk"))
    dialog = _dialog(qtbot, tasks, register, parent)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    reached = tab_walk_from(dialog.preferred_language, 5)
    expected = [
        dialog.written_language,
        dialog.needs_interpreter,
        dialog.interpreter_language,
        dialog.interpreter_level,
        dialog.support_person,
    ]
    assert reached[:5] == expected
