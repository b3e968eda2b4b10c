"""Every file and folder dialog in bufapp, and where it starts.

A dialog starts in the folder the person last chose for the same kind of file in this session,
else in their documents folder (else their home folder): never in the process's working folder,
where a program started from a shortcut or a terminal would otherwise drop a case document. The
last folders live in memory only: a folder name can say whose case it is, so it never reaches
the settings file, nor Qt's: a QFileDialog writes its history, the last folder visited and the
sidebar's places to the plaintext QtProject settings (~/.config/QtProject.conf, the registry)
when it is deleted, so every dialog is pointed home with an empty history first.

Test seam: ``answer_next(path)`` (None: cancelled) makes the next dialog return that answer
without showing anything, like ``Messages.answer_next``.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_PLACES = "bufappSidebarAtStart"


def _dispose(dialog: QFileDialog) -> None:
    """Delete the dialog once what Qt saves of it names no folder the person visited."""
    dialog.setDirectory(QDir.homePath())  # also Qt's «last visited», kept for the next dialog
    dialog.setHistory([])
    dialog.setSidebarUrls(dialog.property(_PLACES) or [])  # not a folder dragged there
    dialog.deleteLater()


class FileDialogs:
    _next: ClassVar[list[Path | None]] = []
    _last_folder: ClassVar[dict[str, Path]] = {}

    @classmethod
    def answer_next(cls, answer: Path | None) -> None:
        cls._next.append(answer)

    @classmethod
    def reset(cls) -> None:
        cls._next.clear()
        cls._last_folder.clear()

    @classmethod
    def start_folder(cls, kind: str, preferred: str | Path | None = None) -> Path:
        """Where a dialog for ``kind`` opens: ``preferred`` (a folder the program was told to
        use, such as the backup folder), the folder last chosen, the documents folder, home."""
        candidates = [Path(preferred)] if preferred else []
        if kind in cls._last_folder:
            candidates.append(cls._last_folder[kind])
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents:
            candidates.append(Path(documents))
        for candidate in candidates:
            if candidate.is_absolute() and candidate.is_dir():
                return candidate
        return Path.home()

    @classmethod
    def save_file(
        cls, parent: QWidget | None, kind: str, title: str, suggested_name: str, filters: str
    ) -> Path | None:
        dialog = cls._dialog(parent, kind, title, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(Path(dialog.directory().absolutePath()) / suggested_name))
        return cls._run(dialog, kind)

    @classmethod
    def open_file(
        cls,
        parent: QWidget | None,
        kind: str,
        title: str,
        filters: str,
        preferred: str | Path | None = None,
    ) -> Path | None:
        dialog = cls._dialog(parent, kind, title, filters, preferred)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return cls._run(dialog, kind)

    @classmethod
    def folder(
        cls, parent: QWidget | None, kind: str, title: str, preferred: str | Path | None = None
    ) -> Path | None:
        dialog = cls._dialog(parent, kind, title, "", preferred)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return cls._run(dialog, kind)

    @classmethod
    def _dialog(
        cls,
        parent: QWidget | None,
        kind: str,
        title: str,
        filters: str,
        preferred: str | Path | None = None,
    ) -> QFileDialog:
        dialog = QFileDialog(parent, title, str(cls.start_folder(kind, preferred)), filters)
        dialog.setObjectName(f"fileDialog_{kind}")
        dialog.setProperty(_PLACES, dialog.sidebarUrls())
        return dialog

    @classmethod
    def _run(cls, dialog: QFileDialog, kind: str) -> Path | None:
        if cls._next:
            _dispose(dialog)
            answer = cls._next.pop(0)
        else:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles() if accepted else []
            _dispose(dialog)
            answer = Path(chosen[0]) if chosen and chosen[0] else None
        if answer is not None:
            cls._last_folder[kind] = answer if answer.is_dir() else answer.parent
        return answer
