"""Text copied from bufapp: marked for clipboard managers to skip, and cleared after a minute
and on lock, but only while the clipboard still holds it.

bufapp copies nothing itself; text leaves through Qt's own Ctrl+C in fields and tables. So the
guard watches the clipboard change while bufapp has the focus, and puts the same data back with
the hints that clipboard histories honour (KDE Klipper, Windows' history and cloud clipboard,
macOS's concealed type).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 60_000
KDE_HINT = "x-kde-passwordManagerHint"
SKIP_HINTS = {
    KDE_HINT: b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    # Qt on Windows registers a clipboard format by the name after value=.
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
}


def marked(source: QMimeData) -> QMimeData:
    """A copy of every format of source, plus the hints to skip it."""
    copy = QMimeData()
    for name in source.formats():
        copy.setData(name, source.data(name))
    for name, value in SKIP_HINTS.items():
        copy.setData(name, value)
    return copy


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject, watching: Callable[[], bool]) -> None:
        """watching: whether a copy now is bufapp's (unlocked, with the focus)."""
        super().__init__(parent)
        self._watching = watching
        self.copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.clear)
        QApplication.clipboard().dataChanged.connect(self._changed)

    def _changed(self) -> None:
        clipboard = QApplication.clipboard()
        data = clipboard.mimeData()
        if data is None or not self._watching():
            return
        self.copied = clipboard.text()
        self.timer.start()
        if not data.hasFormat(KDE_HINT):  # not yet marked; marking changes it once more
            clipboard.setMimeData(marked(data))

    def clear(self) -> None:
        """Empty the clipboard if it still holds what was copied from bufapp."""
        self.timer.stop()
        clipboard = QApplication.clipboard()
        if self.copied is not None and clipboard.text() == self.copied:
            clipboard.clear()
        self.copied = None

    def forget(self) -> None:
        """What was copied is no longer bufapp's to clear."""
        self.timer.stop()
        self.copied = None
