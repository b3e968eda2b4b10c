"""Qt's file dialog writes the folders visited to a plaintext settings file (QtProject.conf)
when it is deleted; bufapp's dialogs leave no folder there, and bufapp still remembers its own
last folder in memory (issue 17 §6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from bufapp.ui.widgets.file_dialogs import FileDialogs

CASE = "Kari Nordmann sak"


@pytest.fixture
def qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Where Qt's own settings go for this test (on Linux, as with XDG_CONFIG_HOME)."""
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    original = Path(QSettings(user, "QtProject").fileName()).parent
    folder = tmp_path / "config"
    QSettings.setPath(native, user, str(folder))
    yield folder / "QtProject.conf"
    QSettings.setPath(native, user, str(original))


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    folder = tmp_path / CASE
    folder.mkdir()
    (folder / "brev.pdf").write_bytes(b"%PDF-1.7\n")
    return folder / "brev.pdf"


def _deleted() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _choose_when_shown(path: Path) -> None:
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, choose)
            return
        dialog.selectFile(str(path))
        QTimer.singleShot(0, dialog.accept)

    QTimer.singleShot(0, choose)


def test_choosing_a_file_leaves_no_folder_in_qts_settings(
    qtbot: QtBot, qt_settings: Path, case_file: Path
) -> None:
    _choose_when_shown(case_file)
    chosen = FileDialogs.open_file(None, "import", "Åpne", "PDF (*.pdf)")
    _deleted()
    assert chosen == case_file
    assert qt_settings.exists()  # Qt did write: the test looks in the right place
    assert CASE.split()[1] not in qt_settings.read_text(encoding="utf-8")
    assert FileDialogs.start_folder("import") == case_file.parent  # bufapp's own memory


def test_a_dialog_opened_in_a_remembered_case_folder_leaves_it_out_too(
    qtbot: QtBot, qt_settings: Path, case_file: Path
) -> None:
    FileDialogs.answer_next(case_file)
    FileDialogs.open_file(None, "import", "Åpne", "PDF (*.pdf)")
    FileDialogs.answer_next(None)  # the next one starts in the case folder, and is cancelled
    FileDialogs.save_file(None, "import", "Lagre", "brev.pdf", "PDF (*.pdf)")
    _deleted()
    assert qt_settings.exists()
    assert CASE.split()[1] not in qt_settings.read_text(encoding="utf-8")
