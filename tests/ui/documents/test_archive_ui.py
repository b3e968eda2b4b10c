"""Eksporter til arkivet from the window, on a real vault: the card's link opens the dialog, which
lists what will go per kind and document by document, exports with progress on the database
thread, and then shows the documents as exported; a cancel leaves nothing marked and no files;
a child's case number lists what concerns that case."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from bufapp.documents import pdfa
from bufapp.services.archive.model import ExportScope
from bufapp.services.register import RegisterService
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.documents.archive_dialog import ArchiveDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.storage.test_archive_export import SHARED_CASE, Case, make_case
from tests.ui.conftest import settle, unlock

Opened = tuple[MainWindow, Workspace, Case]


@pytest.fixture
def opened(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    register: RegisterService,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
) -> Opened:
    forms = tmp_path / "forms"
    forms.mkdir()
    case = make_case(vault, register, forms)
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    window.refresh(then_select=case.mother)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == case.mother)
    return window, workspace, case


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "til arkivet"
    folder.mkdir()
    ArchiveDialog.folder_for_tests = folder
    yield folder
    ArchiveDialog.folder_for_tests = None


def _dialog(qtbot: QtBot, tasks: TaskManager, window: MainWindow, rows: int) -> ArchiveDialog:
    def shown() -> bool:
        found = [d for d in window.findChildren(ArchiveDialog) if d.isVisible()]
        return bool(found) and found[-1].documents.rowCount() == rows

    settle(qtbot, tasks, until=shown)
    return [d for d in window.findChildren(ArchiveDialog) if d.isVisible()][-1]


def _counts(dialog: ArchiveDialog) -> list[tuple[str, int, int]]:
    return [dialog.counts.row_at(r) for r in range(dialog.counts.rowCount())]


def test_the_dialog_lists_what_goes_and_exports_it_with_progress(
    qtbot: QtBot, tasks: TaskManager, opened: Opened, target: Path
) -> None:
    window, _workspace, case = opened
    card = window.work.parents.card
    settle(qtbot, tasks, until=lambda: "archive-export" in card.toHtml())  # the card's link
    assert window.archive.archive_action.isEnabled()
    window.card_links.follow("archive-export", case.mother)
    dialog = _dialog(qtbot, tasks, window, rows=6)
    assert _counts(dialog) == [
        ("Kontakter", 3, 0), ("Referater", 1, 0), ("Henvisninger", 1, 0), ("Nettverkskart", 1, 0),
    ]  # fmt: skip
    assert dialog.history.text() == "Ingenting herfra er eksportert til arkivet før."
    assert not dialog.export_button.isEnabled()  # no folder yet
    dialog.choose_folder()
    assert dialog.folder.text() == str(target) and dialog.export_button.isEnabled()

    steps: list[tuple[int, int]] = []
    dialog._relay.advanced.connect(lambda done, total: steps.append((done, total)))
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    dialog.export_button.click()
    settle(qtbot, tasks, until=lambda: dialog.result is not None and dialog.progress is None)
    assert steps == [(n, 6) for n in range(1, 7)]
    assert dialog.result is not None and dialog.result.folder is not None
    pdfs = sorted(dialog.result.folder.glob("*.pdf"))
    assert len(pdfs) == 6 and all(pdfa.findings(p.read_bytes()) == [] for p in pdfs)
    assert any("6 dokumenter er eksportert til arkivet" in text for text in Messages.shown)

    settle(qtbot, tasks, until=lambda: dialog.documents.rowCount() == 0)
    assert [row[1:] for row in _counts(dialog)] == [(0, 3), (0, 1), (0, 1), (0, 1)]
    assert dialog.history.text().startswith("Sist eksportert til arkivet ")
    assert "(6 dokumenter herfra i alt)" in dialog.history.text()
    assert not dialog.export_button.isEnabled()  # nothing new

    # The shared child's case also holds the father's entry, which the mother's export left.
    dialog.case_choice.click()  # its first case number is the shared child's
    settle(qtbot, tasks, until=lambda: dialog.documents.rowCount() == 1)
    assert dialog.case_choice.isChecked() and dialog.scope.case_number == SHARED_CASE
    assert dialog.documents.row_at(0).item_id == case.entries["father"]
    assert _counts(dialog)[0] == ("Kontakter", 1, 2) and dialog.export_button.isEnabled()


def test_a_cancelled_export_leaves_no_files_and_nothing_marked(
    qtbot: QtBot, tasks: TaskManager, opened: Opened, target: Path
) -> None:
    window, workspace, case = opened
    window.archive.export_to_archive(case.mother)
    dialog = _dialog(qtbot, tasks, window, rows=6)
    dialog.choose_folder()
    gate = threading.Event()
    tasks.run(gate.wait)  # the database thread waits, so the cancel lands before any file
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    dialog.export_button.click()
    assert dialog.progress is not None and not dialog.export_button.isEnabled()
    dialog.progress.findChild(QPushButton).click()  # Avbryt
    gate.set()
    settle(qtbot, tasks, until=lambda: dialog.progress is None)
    assert Messages.shown[-1] == "Eksporten ble avbrutt. Ingenting ble eksportert eller merket."
    assert dialog.outcome.text() == Messages.shown[-1] and dialog.result is None
    assert list(target.iterdir()) == []
    assert len(workspace.archive.pending(ExportScope(case.mother)).items) == 6
    assert dialog.export_button.isEnabled()  # the caseworker can try again


def test_a_folder_field_that_is_no_folder_gives_a_norwegian_message_and_marks_nothing(
    qtbot: QtBot, tasks: TaskManager, opened: Opened, tmp_path: Path
) -> None:
    """Typed, not chosen: a file, and a path too long for the file system (is_dir raises)."""
    window, workspace, case = opened
    window.archive.export_to_archive(case.father)
    dialog = _dialog(qtbot, tasks, window, rows=1)  # the father's own entry
    assert [dialog.case_box.itemText(i) for i in range(dialog.case_box.count())] == [
        f"{SHARED_CASE} – Áilu Čuđe"
    ]  # his child's case only, not Biret's
    a_file = tmp_path / "notat.txt"
    a_file.write_text("x")
    for typed in (str(a_file), str(tmp_path / ("x" * 300) / "arkiv")):
        dialog.folder.setText(typed)
        Messages.answer_next(QMessageBox.StandardButton.Ok)
        dialog.export_button.click()
        settle(qtbot, tasks, until=lambda: dialog.progress is None and bool(dialog.outcome.text()))
        assert "Mappen du valgte, finnes ikke" in dialog.outcome.text() == Messages.shown[-1]
        dialog.outcome.setText("")
    assert len(workspace.archive.pending(ExportScope(case.father)).items) == 1


def test_a_lock_during_an_export_stops_it_and_marks_nothing(
    qtbot: QtBot, tasks: TaskManager, opened: Opened, target: Path
) -> None:
    """Locking queues behind the database work in flight (keeping the return point is its first
    step): the export must stop at its next document rather than finish, with worker processes
    holding case data, while the screen is to lock."""
    window, _workspace, case = opened
    window.archive.export_to_archive(case.mother)
    dialog = _dialog(qtbot, tasks, window, rows=6)
    dialog.choose_folder()
    gate = threading.Event()
    tasks.run(gate.wait)  # the export waits behind this until the lock has begun

    def open_the_gate_when_cancelled() -> None:
        # (A bound to end the test if the lock never asks: then the export runs whole.)
        dialog._cancel.wait(timeout=60)
        gate.set()

    threading.Thread(target=open_the_gate_when_cancelled, daemon=True).start()
    dialog.export_button.click()
    relaunched: list[bool] = []
    window.after_lock = lambda: relaunched.append(True)  # as the app has it: start afresh
    window.lock()  # keeps the return point in the vault first, behind the export
    assert relaunched == [True]
    assert window.workspace is None
    assert list(target.iterdir()) == []
    assert multiprocessing.active_children() == []
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    assert len(workspace.archive.pending(ExportScope(case.mother)).items) == 6
