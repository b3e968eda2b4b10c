"""The office's written standard and the interface language are chosen in Innstillinger; the
interface language takes effect at the next start (said beside the field), and a catalogue in
that language then translates the windows, plural forms included."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from bufapp import settings as settings_store
from bufapp.domain.consent import uncovered_message
from bufapp.domain.enums import InformationCategory
from bufapp.security.passphrase import basic_problems
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.qt import install_translations, tr
from bufapp.ui.vault.settings_dialog import SettingsDialog
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def test_the_standard_and_the_interface_language_are_saved_and_the_restart_is_said(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    window.open_settings()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(SettingsDialog)))
    (dialog,) = window.findChildren(SettingsDialog)
    languages = dialog.languages
    assert languages.standard.currentData() == "nb" and languages.interface.currentData() == ""
    assert not languages.restart_note.isVisible()

    languages.standard.setCurrentIndex(languages.standard.findData("nn"))
    # «Som kontorets målform» now means nynorsk: a change of interface, said beside the field.
    assert languages.restart_note.isVisible()
    assert "neste gang bufapp startes" in languages.restart_note.text()
    languages.interface.setCurrentIndex(languages.interface.findData("en"))
    assert languages.interface.currentText() == "English"  # in its own name

    dialog.municipality.setText("Fjellvik kommune")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: window.settings.office_standard == "nn")
    saved = settings_store.load()
    assert (saved.office_standard, saved.interface_language) == ("nn", "en")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.usefixtures("english")
def test_the_english_catalogue_translates_words_and_counts() -> None:
    assert tr("Innstillinger") == "Settings"
    assert tr("%n kontakter", None, 1) == "1 contact"
    assert tr("%n kontakter", None, 3) == "3 contacts"


@pytest.mark.parametrize(("language", "cancel"), [("nn", "Avbryt"), ("en", "Cancel")])
def test_qts_own_buttons_follow_the_interface_language(
    qapp: QApplication, language: str, cancel: str
) -> None:
    """Nynorsk and English come with Qt (bokmål is bufapp's own, tested with Qt's dialogs).
    The program installs one language; the suite's bokmål is set aside meanwhile."""
    before = QLocale()
    bokmal = getattr(qapp, "_bufapp_catalogues", [])
    for translator in bokmal:
        qapp.removeTranslator(translator)
    translators = install_translations(qapp, language)
    try:
        assert len(translators) == 2  # bufapp's catalogue and Qt's
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        for translator in bokmal:
            qapp.installTranslator(translator)
        QLocale.setDefault(before)


@pytest.mark.usefixtures("english")
def test_a_message_the_domain_wrote_from_a_template_is_translated_with_its_values() -> None:
    """``translatable()``: bokmål where it is stored or compared, the interface's language where
    it is shown, its labels translated too."""
    (short,) = [p for p in basic_problems("kort!") if "tegn" in p]
    assert short == "Passordet må ha minst 10 tegn."  # still the bokmål text as a str
    assert tr(short) == "The password must have at least 10 characters."
    gate = uncovered_message("Om barna", InformationCategory.PERSONAL_DETAILS)
    assert "hører til «Personalia»" in gate
    assert 'belongs to "Personal details"' in tr(gate)
