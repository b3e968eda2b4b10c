"""Qt's own buttons and dialogs speak bokmål, and printing never writes a file.

Every kind of Qt dialog bufapp shows is opened for real (modal ones are read and closed from
the event loop) and no button, label or menu entry may be English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import PySide6
import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from bufapp import paths
from bufapp.ui.documents.pdf_preview import NO_PRINTER, print_dialog, print_pdf, writes_a_file
from bufapp.ui.qt import install_translations
from bufapp.ui.vault.backup_widgets import BackupProgress
from bufapp.ui.widgets.field_form import date_edit, submit_buttons
from bufapp.ui.widgets.file_dialogs import FileDialogs
from bufapp.ui.widgets.messages import Button, Messages

TRANSLATIONS = paths.resources_dir() / "translations"

# Qt's English for what bufapp's windows show. ("OK" is bokmål too, and so are "Type" and
# "Standard".)
ENGLISH = {
    "yes", "no", "cancel", "discard", "save", "save all", "close", "open", "print", "apply",
    "reset", "help", "abort", "retry", "ignore", "yes to all", "no to all", "restore defaults",
    "close without saving", "show details", "hide details", "look in", "file name",
    "files of type", "directory", "back", "forward", "next", "finish", "commit", "continue",
    "properties", "options", "printer", "name", "location", "preview", "output file", "copies",
    "collate", "reverse", "color", "color mode", "grayscale", "duplex printing",
    "double sided printing", "long side", "short side", "long side binding",
    "short side binding", "none", "off", "print range", "print all", "pages from", "to",
    "pages", "current page", "selection", "page set", "all pages", "odd pages", "even pages",
    "output settings", "print to file (pdf)", "undo", "redo", "cut", "copy", "paste",
    "delete", "select all", "insert unicode control character", "enter a value",
    "detail view", "list view", "create new folder", "new folder", "parent directory",
    "date modified", "size", "kind", "january", "february", "march", "monday", "step up",
    "step down", "print to file", "local file", "write pdf file", "rename", "show hidden files",
    "show size", "show type", "show date modified",
}  # fmt: skip


def plain(text: str) -> str:
    """A shown text as a word list: no mnemonic, shortcut, trailing colon, dots or arrows."""
    text = text.split("\t")[0].replace("&", "")
    return re.sub(r"[\s:.…<>]+$|^[\s<>]+", "", text).strip().lower()


def shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        if isinstance(child, QAbstractButton | QLabel):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
    texts += [action.text() for action in widget.findChildren(QAction)]  # context menus
    return [text for text in texts if text]


def english_in(texts: list[str]) -> list[str]:
    return [text for text in texts if plain(text) in ENGLISH]


def texts_of_modal(open_it: Callable[[], object]) -> list[str]:
    """Run ``open_it`` (which shows a modal dialog), read the dialog and close it."""
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, read_and_close)
            return
        seen.extend(shown_texts(dialog))
        seen.append(f"directory={getattr(dialog, 'directory', lambda: None)()}")
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    open_it()
    return seen


@pytest.fixture
def norwegian_qt(qapp: QApplication) -> Iterator[None]:
    """Qt's translation as the program installs it, and the program's locale."""
    before = QLocale()
    translators = install_translations(qapp, "nb")
    assert len(translators) == 2, "resources/translations: a bokmål catalogue did not load"
    yield
    QLocale.setDefault(before)
    for translator in translators:
        qapp.removeTranslator(translator)


def lrelease() -> str | None:
    shipped = Path(PySide6.__file__).parent / "lrelease"
    return str(shipped) if shipped.exists() else shutil.which("pyside6-lrelease")


def test_the_shipped_translation_holds_every_message_of_its_source() -> None:
    """Needs no tool: each source text, in its context, reads as its bokmål in the .qm."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "qtbase_nb.qm"))
    source = ElementTree.parse(TRANSLATIONS / "qtbase_nb.ts").getroot()
    messages = [
        (context.findtext("name"), message.findtext("source"), message.findtext("translation"))
        for context in source.iter("context")
        for message in context.iter("message")
    ]
    assert len(messages) > 300
    wrong = [
        (context, text)
        for context, text, wanted in messages
        if translator.translate(context, text) != wanted
    ]
    assert wrong == []


def test_the_shipped_translation_is_the_compiled_source(tmp_path: Path) -> None:
    source, shipped = TRANSLATIONS / "qtbase_nb.ts", TRANSLATIONS / "qtbase_nb.qm"
    tool = lrelease()
    if tool is None:
        pytest.skip("the binding's lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool, "-silent", str(source), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == shipped.read_bytes(), (
        "qtbase_nb.qm is older than its .ts: the build compiles it (pip install -e .), or run "
        "python packaging/translations.py compile"
    )


@pytest.mark.usefixtures("norwegian_qt")
@pytest.mark.parametrize(
    "buttons",
    [
        Button.Yes | Button.No,
        Button.Discard | Button.Cancel,
        Button.Save | Button.Discard | Button.Cancel,
        Button.Ok | Button.Cancel,
        Button.Close | Button.Apply | Button.Reset | Button.Help,
    ],
)
def test_questions_answer_in_norwegian(buttons: Button) -> None:
    default = Button.Cancel if Button.Cancel in buttons else Button(buttons.value & -buttons.value)
    texts = texts_of_modal(
        lambda: Messages.ask(None, "Vil du forkaste endringene?", buttons, default)
    )
    assert "&Nei" in texts or Button.No not in buttons
    assert english_in(texts) == []


@pytest.mark.usefixtures("norwegian_qt")
def test_the_discard_question_says_what_each_button_does() -> None:
    """Not «Avbryt» inside a dialog whose own Avbryt asked: «Forkast» or «Fortsett å skrive»."""
    texts = texts_of_modal(
        lambda: Messages.ask_discard(None, "Vil du forkaste det du har skrevet?")
    )
    assert {"&Forkast", "F&ortsett å skrive"} <= set(texts)
    assert english_in(texts) == [] and "Avbryt" not in [plain(t).capitalize() for t in texts]


@pytest.mark.usefixtures("norwegian_qt")
def test_errors_and_notices_are_norwegian() -> None:
    texts = texts_of_modal(lambda: Messages.error(None, "Noe gikk galt."))
    texts += texts_of_modal(lambda: Messages.info(None, "Ferdig."))
    assert english_in(texts) == []


@pytest.mark.usefixtures("norwegian_qt")
def test_file_dialogs_are_norwegian(tmp_path: Path) -> None:
    texts = texts_of_modal(
        lambda: FileDialogs.save_file(None, "pdf", "Lagre som PDF", "brev.pdf", "PDF (*.pdf)")
    )
    texts += texts_of_modal(
        lambda: FileDialogs.open_file(None, "import", "Importer", "CSV (*.csv)")
    )
    texts += texts_of_modal(lambda: FileDialogs.folder(None, "archive", "Velg mappe"))
    assert "Fil&navn:" in texts
    assert english_in(texts) == []


@pytest.mark.usefixtures("norwegian_qt")
def test_the_print_dialog_is_norwegian_and_offers_no_file(qtbot: QtBot) -> None:
    printer = QPrinter()
    dialog = print_dialog(printer, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
    texts = shown_texts(dialog)
    assert "&Skriv ut" in texts
    assert english_in(texts) == []
    assert not any("PDF" in text or "fil (" in text for text in texts), texts


@pytest.mark.usefixtures("norwegian_qt")
def test_other_qt_pieces_are_norwegian(qtbot: QtBot) -> None:
    progress = BackupProgress()
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    form = QDialog()
    buttons = submit_buttons(form, lambda: None, "&Lagre")
    entry = QInputDialog()
    when: QDateEdit = date_edit()
    for widget in (progress, wizard, buttons, entry, when.calendarWidget()):
        qtbot.addWidget(widget)
        widget.show()
    texts = [text for widget in (progress, wizard, buttons, entry) for text in shown_texts(widget)]
    texts += shown_texts(when.calendarWidget())
    for editor in (QLineEdit(), QTextEdit(), QPlainTextEdit()):
        qtbot.addWidget(editor)
        menu = editor.createStandardContextMenu()
        texts += [action.text() for action in menu.actions()]
    assert "&Angre\tCtrl+Z" in texts and "Avbryt" in texts
    assert english_in(texts) == []


def test_the_english_check_would_see_english() -> None:
    assert english_in(["&Yes", "File &name:", "< &Back", "&Options >>", "Select All\tCtrl+A"]) == [
        "&Yes",
        "File &name:",
        "< &Back",
        "&Options >>",
        "Select All\tCtrl+A",
    ]


# --- printing never writes a file ----------------------------------------------------------------


def test_without_a_printer_bufapp_says_so_instead_of_offering_a_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    Messages.answer_next(Button.Ok)
    assert print_pdf(parent, b"%PDF-1.4 not needed") is False
    assert Messages.shown == [NO_PRINTER]
    assert NO_PRINTER.startswith("Ingen skriver er satt opp på denne maskinen")
    assert list(tmp_path.iterdir()) == []


def test_a_printer_set_to_write_a_file_is_refused(tmp_path: Path) -> None:
    to_file = QPrinter()
    to_file.setOutputFileName(str(tmp_path / "print.pdf"))
    assert writes_a_file(to_file)
    pdf = QPrinter()
    pdf.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert writes_a_file(pdf)


# --- where file dialogs start ----------------------------------------------------------------


@pytest.fixture
def fresh_dialogs() -> Iterator[None]:
    FileDialogs.reset()
    yield
    FileDialogs.reset()


@pytest.mark.usefixtures("fresh_dialogs")
def test_file_dialogs_never_start_in_the_working_folder(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "arbeidsmappe"
    work.mkdir()
    monkeypatch.chdir(work)
    for kind in ("pdf", "import", "archive", "backup"):
        assert FileDialogs.start_folder(kind) != Path.cwd()
        assert FileDialogs.start_folder(kind).is_absolute()
    shown = texts_of_modal(
        lambda: FileDialogs.save_file(None, "pdf", "Lagre som PDF", "brev.pdf", "PDF (*.pdf)")
    )
    directory = next(text for text in shown if text.startswith("directory="))
    assert str(work) not in directory


@pytest.mark.usefixtures("fresh_dialogs")
def test_a_file_dialog_starts_where_the_person_last_chose_that_kind(
    qapp: QApplication, tmp_path: Path
) -> None:
    chosen = tmp_path / "Saker"
    chosen.mkdir()
    documents = FileDialogs.start_folder("pdf")
    FileDialogs.answer_next(chosen / "brev.pdf")
    assert FileDialogs.save_file(None, "pdf", "Lagre", "brev.pdf", "PDF (*.pdf)") == (
        chosen / "brev.pdf"
    )
    assert FileDialogs.start_folder("pdf") == chosen
    assert FileDialogs.start_folder("import") == documents  # per kind
    assert FileDialogs.start_folder("backup", preferred=str(tmp_path)) == tmp_path
