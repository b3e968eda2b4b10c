"""«Hva kontoret lærer» in the window, on a real vault: the year's figures as a table with how
each is computed and small numbers hidden; the parents' words chosen from the journal, refused
with a name in them (the name said under the words), then kept; the dialog through a lock; the
report saved as a PDF where the person chose."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import ContactForm, ContactTopic, ParentRole, PlacementBasis, PlaceType
from bufapp.services.clock import OSLO
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.office_report.dialog import QuoteDialog
from bufapp.ui.office_report.view import OfficeReportView
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import OFFICE_REPORT_VIEW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock

WORDS = "Det hjalp at Máret fikk være med på møtet og si hva hun trengte."


def _family(workspace: Workspace) -> None:
    """A mother whose son was placed in March last year; her words after the first talk."""
    register = workspace.register
    register.save_office(Office(municipality="Fjellvik kommune"))
    last_year = register.today().year - 1
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    child = register.save_child(
        Child("Áilu", "Čuđe", date(2016, 4, 2), "2026/101",
              parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME,
                  date(last_year, 3, 2))
    )  # fmt: skip
    workspace.contact_log.save(
        ContactEntry(
            mother.id or 0,
            datetime.combine(date(last_year, 3, 9), time(10), tzinfo=OSLO),
            ContactForm.OFFICE_MEETING,
            topics=(ContactTopic.FIRST_CONVERSATION,),
            summary="Første samtale.",
            parent_words=WORDS,
        ),
        final=True,
    )


def _view(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, OfficeReportView]:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    _family(workspace)
    window.view_actions[OFFICE_REPORT_VIEW].trigger()
    view = window.work.view(OFFICE_REPORT_VIEW)  # type: ignore[union-attr]
    assert isinstance(view, OfficeReportView)
    assert window.work.stack.currentWidget() is view  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    return window, view


def _cells(view: OfficeReportView) -> list[list[str]]:
    table = view.table
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _quote_dialog(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> QuoteDialog:
    settle(qtbot, tasks, until=lambda: any(isinstance(d, QuoteDialog) for d in window.open_dialogs))
    return next(d for d in window.open_dialogs if isinstance(d, QuoteDialog))


def test_the_office_report_shows_figures_chosen_words_and_saves_a_pdf(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:  # fmt: skip
    window, view = _view(qtbot, tasks, vault, window_factory)
    today = view.service.today()
    assert view.period.year == today.year - 1  # the last full year
    assert "Máret" not in window.windowTitle()
    cells = _cells(view)
    assert cells[0] == ["Første samtale etter plassering", "", ""]
    placed = next(row for row in cells if row[0] == "Foreldre med barn plassert i perioden")
    assert placed[1] == "færre enn 5" and placed[2].startswith("Foreldre til barn")
    assert all(row[2] for row in cells if row[1])  # every figure says how it is computed
    assert "Máret" not in " ".join(" ".join(row) for row in cells)
    assert "Foreldre informert om gruppetilbudene" in [row[0] for row in cells]
    assert "Foreldre med minst to ORS-målinger" in [row[0] for row in cells]
    assert not view.missing.text()  # every part's figures are in

    # Words chosen from the journal: the name is refused, said under the words.
    view.add_button.click()
    dialog = _quote_dialog(qtbot, tasks, window)
    assert dialog.found.count() == 2
    dialog.found.setCurrentIndex(1)
    assert dialog.words.toPlainText() == WORDS
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not dialog.saving)
    under_words = dialog.form._errors["words"].text()
    assert "«Máret»" in under_words and "«Čuđe»" not in under_words
    assert window.workspace.office_report.quotes(today.year - 1) == []  # type: ignore[union-attr]

    # Through a lock, the dialog comes back with what was typed.
    dialog.words.setPlainText("Det hjalp å få være med på møtet og si hva jeg trengte.")
    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlock(qtbot, tasks, window, PASSPHRASE)
    again = _quote_dialog(qtbot, tasks, window)
    assert again.words.toPlainText() == "Det hjalp å få være med på møtet og si hva jeg trengte."
    again.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    view = window.work.view(OFFICE_REPORT_VIEW)  # type: ignore[union-attr]
    assert isinstance(view, OfficeReportView)
    settle(qtbot, tasks, until=lambda: bool(view.loaded and view.report and view.report.quotes))
    assert "si hva jeg trengte" in view.quotes.item(0).text()
    (kept,) = window.workspace.office_report.quotes(today.year - 1)  # type: ignore[union-attr]
    assert kept.parent_id is not None and kept.source.value == "contact_entry"

    # Saved as a PDF where the person chose.
    view.save_path_for_tests = tmp_path / "rapport.pdf"
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    view.pdf_button.click()
    settle(qtbot, tasks, until=lambda: (tmp_path / "rapport.pdf").exists())
    settle(qtbot, tasks)
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")

    # This year so far: the chooser's first line, counted up to today.
    assert view.year_box.itemText(0) == f"{today.year} (hittil i år)"
    view.year_box.setCurrentIndex(0)
    settle(qtbot, tasks, until=lambda: bool(view.loaded and view.period.year == today.year))
    assert view.period.end == today and view.report is not None
    assert view.report.period.label == f"{today.year} (til og med {today:%d.%m.%Y})"


def test_tab_from_the_navigation_reaches_the_year_and_the_pdf_first(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    """Entering at the table put the year and «Lagre som PDF …» out of Tab's reach."""
    from tests.ui.conftest import tab_walk_from

    window, view = _view(qtbot, tasks, vault, window_factory)
    assert window.work is not None
    reached = tab_walk_from(window.work.nav, 4)
    assert reached[:4] == [view.year_box, view.pdf_button, view.table, view.quotes]
