"""The recovery key is always readable whole, is retyped group by group with messages that name
the group, can be shown again until confirmed, and leaving unconfirmed is a warned choice the
main window keeps reminding of until a new key has been made and retyped — on real vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from bufapp.errors import WrongRecoveryKey
from bufapp.security import recovery
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.qt import STYLE
from bufapp.ui.vault.recovery_key_pages import KeyWizard
from bufapp.ui.vault.setup_wizard import SetupWizard
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.ui.conftest import settle, unlock

WIDE_KEY = "WMWMW-" + recovery.generate()[6:]  # the widest characters first


def assert_shows_whole(label: QLabel, key: str, window: QWidget) -> None:
    """Every group, in order, inside the label's contents rect (width and height), and the
    label inside its window: nothing elided, clipped or off the edge."""
    assert label.isVisible()
    lines = label.text().split("\n")
    assert " ".join(lines).split() == key.split("-")
    metrics = QFontMetrics(label.font())
    area = label.contentsRect()
    for line in lines:
        ink = metrics.boundingRect(line)
        assert max(ink.width(), metrics.horizontalAdvance(line)) <= area.width(), (line, area)
    drawn = metrics.boundingRect(area, int(label.alignment()), label.text())
    assert area.contains(drawn), (drawn, area)
    assert metrics.lineSpacing() * len(lines) <= area.height(), (len(lines), area)
    in_window = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    assert window.rect().contains(in_window), (in_window, window.rect())


@pytest.fixture
def app_style() -> Iterator[None]:
    """The program's own style sheet (the key's frame and padding take room), as app.py sets it."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    application.setStyleSheet(STYLE)
    yield
    application.setStyleSheet("")


@pytest.fixture
def double_font() -> Iterator[None]:
    """200 %: every font twice its size, as on a screen scaled to 200 % (offscreen Qt has no
    real device pixel ratio to lay out by)."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    normal = application.font()
    doubled = application.font()
    doubled.setPointSizeF(normal.pointSizeF() * 2)
    application.setFont(doubled)
    yield
    application.setFont(normal)


def _leave_when_closed(_wizard: QWidget) -> None:
    Messages.answer_next(Button.Yes)  # the test's end closes it: leave without asking a person


def _to_key_page(qtbot: QtBot, tasks: TaskManager, wizard: SetupWizard) -> None:
    qtbot.addWidget(wizard, before_close_func=_leave_when_closed)
    wizard.show()
    wizard.office_page.municipality.setText("Barnevernstjenesten i Guovdageaidnu")
    wizard.office_page.caseworker.setText("Áilu Sara")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    settle(qtbot, tasks, until=lambda: wizard.key_page.isComplete())
    settle(qtbot, tasks)


@pytest.fixture
def shown_key(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> Iterator[Callable[[], SetupWizard]]:
    """A wizard showing WIDE_KEY (no vault: the layout is what is tested)."""
    made: list[SetupWizard] = []

    def make() -> SetupWizard:
        wizard = SetupWizard(tasks, tmp_path / "ny", create=lambda d, o, n, p: (object(), WIDE_KEY))
        made.append(wizard)
        _to_key_page(qtbot, tasks, wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.done(0)  # nothing was created: no question


@pytest.mark.parametrize("size", ["default", "1366x768", "narrowest"])
def test_the_key_shows_whole_at_every_window_size(
    qtbot: QtBot,
    tasks: TaskManager,
    app_style: None,
    shown_key: Callable[[], SetupWizard],
    size: str,
) -> None:
    wizard = shown_key()
    if size == "1366x768":
        wizard.resize(1366, 768)
    elif size == "narrowest":
        wizard.resize(wizard.minimumSize())
    settle(qtbot, tasks)
    assert_shows_whole(wizard.key_page.key_label, WIDE_KEY, wizard)


@pytest.mark.parametrize("size", ["default", "1366x768", "narrowest"])
def test_the_key_shows_whole_at_200_percent(
    qtbot: QtBot,
    tasks: TaskManager,
    app_style: None,
    double_font: None,
    shown_key: Callable[[], SetupWizard],
    size: str,
) -> None:
    wizard = shown_key()
    if size == "1366x768":
        wizard.resize(1366, 768)
    elif size == "narrowest":
        wizard.resize(wizard.minimumSize())
    settle(qtbot, tasks)
    label = wizard.key_page.key_label
    assert_shows_whole(label, WIDE_KEY, wizard)
    assert label.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.5)


@pytest.fixture
def created(qtbot: QtBot, tasks: TaskManager, tmp_path: Path) -> Iterator[SetupWizard]:
    """The real wizard, a real vault created, the key shown."""
    wizard = SetupWizard(tasks, tmp_path / "vault")
    _to_key_page(qtbot, tasks, wizard)
    yield wizard
    if wizard.isVisible():
        Messages.answer_next(Button.Yes)  # leave unconfirmed, if it still asks
        wizard.close()
    if wizard.vault is not None:
        tasks.run_blocking(wizard.vault.lock)  # type: ignore[attr-defined]


def _mistyped(group: str) -> str:
    return next(ch for ch in recovery.ALPHABET if ch != group[0]) + group[1:]


def test_a_mistyped_group_says_which_group_as_typed_and_when_leaving(
    qtbot: QtBot, tasks: TaskManager, created: SetupWizard
) -> None:
    wizard = created
    wizard.next()
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    first, second = confirm.groups
    groups = (wizard.recovery_key or "").split("-")

    confirm.inputs[first].setText(_mistyped(groups[first - 1])[:2])  # wrong from the start
    message = confirm.confirmation.message(first)
    assert f"Gruppe {first} stemmer ikke med nøkkelen" in message
    assert "Tilbake" in message
    assert confirm.confirmation.message(second) == ""
    assert not confirm.isComplete()

    confirm.inputs[first].setText(groups[first - 1][:3].lower())  # right so far: no message
    assert confirm.confirmation.message(first) == ""
    confirm.inputs[first].editingFinished.emit()  # leaves the field with 3 of 5
    assert confirm.confirmation.message(first) == (
        f"Gruppe {first} har 5 tegn, men du har skrevet 3."
    )
    confirm.inputs[first].setText(groups[first - 1] + "X")
    assert "har skrevet 6" in confirm.confirmation.message(first)

    confirm.inputs[first].setText(groups[first - 1].lower())
    confirm.inputs[second].setText(_mistyped(groups[second - 1]))
    assert confirm.confirmation.message(first) == ""
    assert f"Gruppe {second} stemmer ikke" in confirm.confirmation.message(second)
    assert not confirm.isComplete()
    wizard.next()
    assert wizard.currentPage() is confirm  # Start bufapp is refused

    confirm.inputs[second].setText(groups[second - 1])
    assert confirm.confirmation.message(second) == ""
    assert confirm.isComplete()


def test_tilbake_shows_the_key_again_and_keeps_what_was_typed(
    qtbot: QtBot, tasks: TaskManager, created: SetupWizard
) -> None:
    wizard = created
    key = wizard.recovery_key or ""
    wizard.next()
    confirm = wizard.confirm_page
    first, _second = confirm.groups
    confirm.inputs[first].setText("ABC")
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and back.isEnabled()
    back.click()
    assert wizard.currentPage() is wizard.key_page
    assert_shows_whole(wizard.key_page.key_label, key, wizard)
    assert wizard.recovery_key == key  # the same key, not a new one
    wizard.next()
    assert confirm.inputs[first].text() == "ABC"


def _finish(wizard: KeyWizard) -> None:
    groups = (wizard.recovery_key or "").split("-")
    confirm = wizard.confirm_page  # type: ignore[attr-defined]
    for number, editor in confirm.inputs.items():
        editor.setText(groups[number - 1])
    assert confirm.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_leaving_unconfirmed_asks_the_window_reminds_and_a_new_key_ends_it(
    qtbot: QtBot,
    tasks: TaskManager,
    created: SetupWizard,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:
    wizard = created
    old_key = wizard.recovery_key or ""
    wizard.next()

    Messages.answer_next(Button.No)  # "Gå tilbake og bekreft"
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert "ikke bekreftet gjenopprettingsnøkkelen" in Messages.shown[-1]
    assert wizard.isVisible() and wizard.currentPage() is wizard.confirm_page

    Messages.answer_next(Button.No)
    wizard.close()  # the window's close button asks the same
    assert len(Messages.shown) == 2 and wizard.isVisible()

    Messages.answer_next(Button.Yes)  # "Avslutt uten å bekrefte"
    wizard.reject()
    assert not wizard.isVisible() and wizard.result() == 0
    tasks.run_blocking(wizard.vault.lock)  # type: ignore[attr-defined]

    # The vault is usable, and says so until a new key is made and retyped.
    window = window_factory()  # on the same folder (tmp_path / "vault")
    assert not window.recovery_keys.new_recovery_key_action.isEnabled()  # only while unlocked
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    reminder = window.recovery_keys.recovery_reminder
    settle(qtbot, tasks, until=reminder.isVisible)
    assert reminder.text() == "Gjenopprettingsnøkkelen er ikke bekreftet"
    assert window.recovery_keys.new_recovery_key_action.isEnabled()
    assert (
        window.recovery_keys.new_recovery_key_action.text()
        == "Lag og bekreft &ny gjenopprettingsnøkkel …"
    )

    Messages.answer_next(Button.Yes)  # "Lag ny nøkkel": the old key stops working
    reminder.click()
    assert "Den gamle nøkkelen slutter å virke" in Messages.shown[-1]
    new_wizard = window.recovery_keys.recovery_wizard
    settle(qtbot, tasks, until=new_wizard.key_page.isComplete)
    new_key = new_wizard.recovery_key or ""
    assert new_key and new_key != old_key
    assert_shows_whole(new_wizard.key_page.key_label, new_key, new_wizard)
    new_wizard.next()
    _finish(new_wizard)
    settle(qtbot, tasks, until=lambda: not reminder.isVisible())
    assert new_wizard.confirmed and not new_wizard.isVisible()

    window.lock()  # the mark survives lock and reopen
    assert not reminder.isVisible()
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks)
    assert not window.recovery_keys.recovery_reminder.isVisible()
    assert workspace is not window.workspace
    window.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(tmp_path / "vault", old_key, NEW_PASSPHRASE)
    Vault.recover(tmp_path / "vault", new_key, NEW_PASSPHRASE).lock()


def test_a_vault_confirmed_in_the_wizard_shows_no_reminder(
    qtbot: QtBot,
    tasks: TaskManager,
    created: SetupWizard,
    window_factory: Callable[..., MainWindow],
) -> None:
    wizard = created
    wizard.next()
    _finish(wizard)
    assert wizard.result() == 1 and wizard.confirmed
    assert Messages.shown == []
    tasks.run_blocking(wizard.vault.lock)  # type: ignore[attr-defined]
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks)
    assert not window.recovery_keys.recovery_reminder.isVisible()


def test_a_lock_closes_the_new_key_wizard_without_asking(
    qtbot: QtBot,
    tasks: TaskManager,
    created: SetupWizard,
    window_factory: Callable[..., MainWindow],
) -> None:
    Messages.answer_next(Button.Yes)
    created.reject()
    tasks.run_blocking(created.vault.lock)  # type: ignore[attr-defined]
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    Messages.answer_next(Button.Yes)
    window.recovery_keys.new_recovery_key()
    new_wizard = window.recovery_keys.recovery_wizard
    settle(qtbot, tasks, until=new_wizard.key_page.isComplete)
    asked = len(Messages.shown)
    window.lock()
    assert not new_wizard.isVisible()
    assert len(Messages.shown) == asked  # nothing may wait for an answer during a lock


def test_the_group_messages_show_whole_at_200_percent(
    qtbot: QtBot, tasks: TaskManager, app_style: None, double_font: None, created: SetupWizard
) -> None:
    wizard = created
    wizard.next()
    confirm = wizard.confirm_page
    first, second = confirm.groups
    groups = (wizard.recovery_key or "").split("-")
    confirm.inputs[first].setText(_mistyped(groups[first - 1]))
    confirm.inputs[second].setText(groups[second - 1][:2])
    confirm.inputs[second].editingFinished.emit()
    settle(qtbot, tasks)
    for number in (first, second):
        label = wizard.findChild(QLabel, f"error_group_{number}")
        assert label is not None and label.isVisible()
        assert f"Gruppe {number}" in label.text()
        area = label.contentsRect()
        flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment())
        drawn = QFontMetrics(label.font()).boundingRect(area, flags, label.text())
        assert area.contains(drawn), (label.text(), drawn, area)
        in_window = QRect(label.mapTo(wizard, QPoint(0, 0)), label.size())
        assert wizard.rect().contains(in_window)
