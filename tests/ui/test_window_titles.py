"""Nothing personal outside the window: every window the screenshot run opens (every view and
dialog kind, on the demo vault) has a generic title, with no parent's or child's name and no task
text; the dialogs about a parent name them inside, in a visible label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from bufapp.app import open_demo_vault
from bufapp.services.workspace import open_workspace, workspace_for
from bufapp.settings import Settings
from bufapp.ui.contacts.dialogs import CloseTaskDialog, ContactPlanDialog
from bufapp.ui.contacts.extract_dialog import ExtractDialog
from bufapp.ui.screenshots.main import take_all
from bufapp.ui.widgets.tasks import TaskManager

# The dialogs about one parent: each shows that parent's name inside.
ABOUT_A_PARENT = {
    "ContactEditor", "ContactPlanDialog", "ExtractDialog", "ConsentDialog", "GroupDialog",
    "MeetingPlanDialog", "MinutesEditor", "EvaluationDialog", "ReferralEditor",
    "ComparisonDialog", "NetworkEditor", "ArchiveDialog",
}  # fmt: skip


@dataclass(frozen=True)
class Shown:
    kind: str
    title: str
    texts: tuple[str, ...]  # of the labels and buttons shown inside


class WindowWatcher(QObject):
    """Notes every window as it is shown: its class, its title and the text inside it."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Shown] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            texts = tuple(
                w.text()
                for w in watched.findChildren(QWidget)
                if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(watched)
            )
            self.shown.append(Shown(type(watched).__name__, watched.windowTitle(), texts))
        return False


def _personal_words(workspace: object) -> set[str]:
    """Every word of a parent's or child's name, and every open task's text."""
    register, log = workspace.register, workspace.contact_log  # type: ignore[attr-defined]
    words: set[str] = set()
    for summary in register.parent_summaries():
        detail = register.parent_detail(summary.id)
        people = [detail.parent] + [c.child for c in detail.children]
        for person in people:
            words.update(re.findall(r"\w{3,}", f"{person.given_names} {person.family_name}"))
        words.update(task.what for task in log.tasks_of(summary.id))
    return words


def _show_the_small_dialogs(qtbot: QtBot, workspace: object) -> None:
    """The contact agreement, the extract and closing a task, which the screenshots leave out."""
    register, log = workspace.register, workspace.contact_log  # type: ignore[attr-defined]
    tasks = TaskManager(lambda failure: None)
    try:
        with_task = next(s.id for s in register.parent_summaries() if log.tasks_of(s.id, True))
        detail = register.parent_detail(with_task)
        name, today = detail.parent.full_name, register.today()
        children = [(c.child.id, c.child.full_name) for c in detail.children]
        for dialog in (
            ContactPlanDialog(tasks, log.save_plan, log.plan(with_task), name, today),
            ExtractDialog(with_task, name, children, today),
            CloseTaskDialog(tasks, log.close_task, log.tasks_of(with_task, True)[0]),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.close()
    finally:
        tasks.shutdown()


def test_no_window_title_names_anyone_and_parent_dialogs_name_them_inside(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "demo"
    vault = open_demo_vault(directory)
    workspace = workspace_for(vault, Settings())
    personal = _personal_words(workspace)
    full_names = {s.name for s in workspace.register.parent_summaries()}
    watcher = WindowWatcher()
    QApplication.instance().installEventFilter(watcher)  # type: ignore[union-attr]
    try:
        _show_the_small_dialogs(qtbot, workspace)
        take_all(tmp_path / "shots", workspace,
                 lambda passphrase: open_workspace(directory, passphrase, Settings()))  # fmt: skip
    finally:
        QApplication.instance().removeEventFilter(watcher)  # type: ignore[union-attr]
        vault.lock()

    kinds = {shown.kind for shown in watcher.shown}
    assert kinds >= ABOUT_A_PARENT, ABOUT_A_PARENT - kinds  # the run opened every one of them
    for shown in watcher.shown:
        named = [w for w in personal if re.search(rf"\b{re.escape(w)}\b", shown.title)]
        assert named == [], f"{shown.kind}: {shown.title!r} names {named}"
        assert shown.title.count("bufapp") <= 1, shown.title
        if shown.kind in ABOUT_A_PARENT:
            inside = " ".join(shown.texts)
            assert any(name in inside for name in full_names), f"{shown.kind} names nobody"
