"""Showing, printing and saving a PDF from memory. The decrypted document never touches the
disk: pages are rendered from the bytes (PDFium), printing rasterises at 300 dpi straight to the
printer, and "Lagre som PDF …" writes only where the person chooses."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bufapp.errors import BufappError, file_trouble
from bufapp.fileio import atomic_write_bytes
from bufapp.languages import ENDONYMS, language_name
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.file_dialogs import FileDialogs
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.parent_banner import show_about

PREVIEW_DPI = 96  # A4 is then 794 px wide: the whole width of a page in view
PRINT_DPI = 300


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page as an image at ``dpi``, rendered from the bytes in memory."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            width, height = bitmap.width, bitmap.height
            image = QImage(bitmap.buffer, width, height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before PDFium frees its buffer
        return images
    finally:
        document.close()


def paint_pages(painter: QPainter, page_rect: QRectF, pdf: bytes, dpi: float = PRINT_DPI,
                new_page: object = None) -> int:  # fmt: skip
    """Draw each page, fitted to ``page_rect``; ``new_page()`` is called between pages."""
    images = render_pages(pdf, dpi)
    for number, image in enumerate(images):
        if number and callable(new_page):
            new_page()
        size = image.size().scaled(page_rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRectF(page_rect.topLeft(), size.toSizeF()), image)
    return len(images)


NO_PRINTER = QT_TR_NOOP(
    "Ingen skriver er satt opp på denne maskinen, så ingenting ble skrevet ut. Sett opp en "
    "skriver (spør IT om du trenger hjelp), og prøv igjen."
)
PRINT_TO_FILE_REFUSED = QT_TR_NOOP(
    "bufapp skriver ikke ut til fil: en fil med saksopplysninger ville ligget ukryptert på "
    "disken. Velg en skriver. Et dokument kan lagres med «Lagre som PDF …» der du selv velger."
)


def print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    """The system print dialog without "Print to File": a file written there would hold case
    data unencrypted, wherever the dialog suggests (``~/print.pdf``)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def writes_a_file(printer: QPrinter) -> bool:
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(
        printer.outputFileName()
    )


def print_pdf(parent: QWidget, pdf: bytes, no_printer: str = "") -> bool:
    """The system print dialog, then every page rasterised at 300 dpi straight to the printer;
    False when nothing was printed (cancelled, or no printer to print on)."""
    if not QPrinterInfo.availablePrinters():
        Messages.info(parent, no_printer or tr(NO_PRINTER))
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    if print_dialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    if writes_a_file(printer):
        Messages.error(parent, tr(PRINT_TO_FILE_REFUSED))
        return False
    painter = QPainter(printer)
    try:
        paint_pages(painter, printer.pageRect(QPrinter.Unit.DevicePixel), pdf,
                    new_page=printer.newPage)  # fmt: skip
    finally:
        painter.end()
    return True


def language_label(code: str) -> str:
    """A language by its own name («English», «nynorsk»), else by its Norwegian name."""
    return ENDONYMS.get(code) or language_name(code)


class PdfPreviewDialog(QDialog):
    """A document shown page by page, with Skriv ut … and Lagre som PDF …

    A parent's document that can be made in more than one language has «Språk:» above the
    pages, listing the languages by their own names; choosing one asks (``language_chosen``)
    for the document in it, which the caller gives back with ``replace``."""

    save_path_for_tests: ClassVar[Path | None] = None  # test seam for the file dialog
    used = Signal()  # printed or saved: the document has left the program (it is then kept)
    printed = Signal()
    saved = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        title: str,
        pdf: bytes,
        suggested_name: str,
        parent: QWidget | None = None,
        languages: Sequence[str] = (),
        language: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Forhåndsvisning"))  # the document's title (a name) is inside
        self.resize(870, 940)
        self._pdf = pdf
        self._suggested = suggested_name
        self.language = language
        pages = QWidget()
        self._column = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        self._show_pages(pdf)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        print_button = QPushButton(tr("Skriv &ut …"))
        save_button = QPushButton(tr("&Lagre som PDF …"))
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_document)
        save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.language_box: QComboBox | None = None
        if len(languages) > 1:
            layout.addLayout(self._language_row(languages, language))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.heading = show_about(self, title)

    def _show_pages(self, pdf: bytes) -> None:
        for old in self.page_labels:
            self._column.removeWidget(old)
            old.deleteLater()
        self.page_labels = []
        for number, image in enumerate(render_pages(pdf, PREVIEW_DPI), start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(tr("Side {n}").format(n=number))
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)

    def _language_row(self, languages: Sequence[str], language: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(tr("&Språk:"))
        box = QComboBox()
        for code in languages:
            box.addItem(language_label(code), code)
        box.setCurrentIndex(max(0, box.findData(language)))
        box.setAccessibleName(tr("Dokumentets språk"))
        label.setBuddy(box)
        box.currentIndexChanged.connect(self._language_changed)
        row.addWidget(label)
        row.addWidget(box)
        row.addStretch(1)
        self.language_box = box
        return row

    def _language_changed(self, index: int) -> None:
        if self.language_box is None:
            return
        code = str(self.language_box.itemData(index))
        if code != self.language:
            self.language_box.setEnabled(False)  # until the document in it is back
            self.language_chosen.emit(code)

    def replace(self, pdf: bytes, language: str) -> None:
        """The document made anew in ``language``; what is printed or saved from now on."""
        self._pdf = pdf
        self.language = language
        self._show_pages(pdf)
        self.restore_language()

    def restore_language(self) -> None:
        """The choice open again (after a document that could not be made: the one shown)."""
        if self.language_box is not None:
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.language)))
            self.language_box.blockSignals(False)
            self.language_box.setEnabled(True)

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def print_document(self) -> None:
        if print_pdf(self, self._pdf):
            self.printed.emit()
            self.used.emit()

    def save_as(self) -> None:
        """Only where the person chooses; written whole or not at all."""
        target = self.save_path_for_tests
        if target is None:
            chosen = FileDialogs.save_file(
                self, "pdf", tr("Lagre som PDF"), self._suggested, tr("PDF-dokument (*.pdf)")
            )
            if chosen is None:
                return
            target = chosen
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            atomic_write_bytes(target, self._pdf)
        except BufappError as failure:
            Messages.error(self, str(failure))
        except OSError as failure:  # why, by errno: the system's own text is English
            Messages.error(self, file_trouble(failure, target) + " " + tr("Velg en annen mappe."))
        else:
            self.saved.emit()
            self.used.emit()
