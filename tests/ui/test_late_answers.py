"""A late answer from the database worker never reaches a closed window.

Each dialog and view that loads something when it opens is opened while the worker is held
busy, closed and deleted before its first answer is in, and then the worker is let go: the
answer must be dropped quietly (no exception in the event loop, no failure reported), by the
task manager itself (one mechanism, not a check in every dialog).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from bufapp.demo.fill import fill_demo
from bufapp.domain.referral import Referral
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.log_view import ContactLogView
from bufapp.ui.contacts.search_view import SearchView
from bufapp.ui.documents.archive_dialog import ArchiveDialog
from bufapp.ui.groups.meeting_plan_dialog import MeetingPlanDialog
from bufapp.ui.groups.view import GroupsView
from bufapp.ui.network.comparison import ComparisonDialog
from bufapp.ui.network.sectors_dialog import SectorsDialog
from bufapp.ui.network.view import NetworkView
from bufapp.ui.referrals.consent_register import ConsentRegister
from bufapp.ui.referrals.context import load_context, new_referral
from bufapp.ui.referrals.directory_view import DirectoryView
from bufapp.ui.referrals.editor import ReferralEditor
from bufapp.ui.referrals.panel import ReferralsPanel
from bufapp.ui.register.parents_view import ParentsView
from bufapp.ui.widgets.tasks import TaskManager, receivers_of
from tests.conftest import PASSPHRASE, TODAY
from tests.ui.conftest import settle


@dataclass(frozen=True)
class Office:
    """A demo office and the parents in it that have what each dialog shows."""

    workspace: Workspace
    parent_id: int  # has responsibility groups with a meeting
    map_parent_id: int  # has two network maps or more


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    vault, _key = Vault.create(Path(tmp_path_factory.mktemp("late")) / "vault", PASSPHRASE)
    workspace = workspace_for(vault, Settings())
    # A fixed day: the demo is the same for the same seed and day, and built for the real day
    # it had no parent with two network maps from midnight in Oslo on 8 December 2026.
    fill_demo(workspace.register, parents=8, seed=1, today=TODAY, contact_log=workspace.contact_log)
    ids = [p.id for p in workspace.register.parent_summaries()]
    with_meeting = next(
        p
        for p in ids
        if any(workspace.groups.meetings_of(g.id or 0) for g in workspace.groups.groups_of(p))
    )
    with_maps = next(p for p in ids if len(workspace.network_maps.of_parent(p)) >= 2)
    yield Office(workspace, with_meeting, with_maps)
    vault.lock()


@contextmanager
def worker_held(tasks: TaskManager) -> Iterator[None]:
    """Everything queued inside stays unanswered until the block ends."""
    release = threading.Event()
    tasks.run(lambda: release.wait(30))
    try:
        yield
    finally:
        release.set()


def _referral_editor(tasks: TaskManager, office: Office) -> QWidget:
    """A new referral with a recipient chosen: the consent gate asks the worker at once."""
    workspace, parent_id = office.workspace, office.parent_id
    context = load_context(workspace, Referral(parent_id, 0, ""))
    service = workspace.directory.services()[0]
    draft = replace(new_referral(parent_id, context), service_id=service.id or 0)
    return ReferralEditor(tasks, workspace, draft, context, None, restored=False)


def _first_group(office: Office):  # type: ignore[no-untyped-def]
    groups = office.workspace.groups
    return next(g for g in groups.groups_of(office.parent_id) if groups.meetings_of(g.id or 0))


def _meeting_plan(tasks: TaskManager, office: Office) -> QWidget:
    return MeetingPlanDialog(tasks, office.workspace.groups, _first_group(office))


def _sectors(tasks: TaskManager, office: Office) -> QWidget:
    return SectorsDialog(tasks, office.workspace.network_maps)


def _comparison(tasks: TaskManager, office: Office) -> QWidget:
    maps = office.workspace.network_maps
    return ComparisonDialog(tasks, maps, maps.of_parent(office.map_parent_id))


def _groups_view(tasks: TaskManager, office: Office) -> QWidget:
    view = GroupsView(tasks, office.workspace)
    view.show_parent(office.parent_id, "")
    return view


def _network_view(tasks: TaskManager, office: Office) -> QWidget:
    view = NetworkView(tasks, office.workspace)
    view.show_parent(office.map_parent_id)
    return view


def _contact_log(tasks: TaskManager, office: Office) -> QWidget:
    workspace = office.workspace
    view = ContactLogView(tasks, workspace.register, workspace.contact_log)
    view.show_parent(office.parent_id)
    return view


def _consents(tasks: TaskManager, office: Office) -> QWidget:
    return ConsentRegister(tasks, office.workspace, office.parent_id)


def _directory(tasks: TaskManager, office: Office) -> QWidget:
    view = DirectoryView(tasks, office.workspace.directory)
    view.refresh()
    return view


def _referrals(tasks: TaskManager, office: Office) -> QWidget:
    panel = ReferralsPanel(tasks, office.workspace)
    panel.show_parent(office.parent_id, "")
    return panel


def _parents(tasks: TaskManager, office: Office) -> QWidget:
    view = ParentsView(tasks, office.workspace.register)
    view.reload()
    return view


def _search(tasks: TaskManager, office: Office) -> QWidget:
    view = SearchView(tasks, office.workspace.contact_log)
    view.query.setText("samvær")
    view.run_search()
    return view


def _archive(tasks: TaskManager, office: Office) -> QWidget:
    archive = office.workspace.archive
    return ArchiveDialog(tasks, archive, archive.scopes(office.parent_id))


OPENERS: dict[str, Callable[[TaskManager, Office], QWidget]] = {
    "referral-editor": _referral_editor,
    "meeting-plan": _meeting_plan,
    "network-sectors": _sectors,
    "network-comparison": _comparison,
    "groups-view": _groups_view,
    "network-view": _network_view,
    "contact-log": _contact_log,
    "consent-register": _consents,
    "directory": _directory,
    "referrals-panel": _referrals,
    "parents-view": _parents,
    "search": _search,
    "archive-export": _archive,
}


@pytest.mark.parametrize("kind", OPENERS)
def test_a_window_closed_before_its_first_answer_gets_none(
    qtbot: QtBot, tasks: TaskManager, office: Office, kind: str
) -> None:
    with qtbot.captureExceptions() as raised:
        with worker_held(tasks):
            widget = OPENERS[kind](tasks, office)
            widget.show()
            widget.close()
            shiboken6.delete(widget)  # what a parent's deletion or deleteLater does to it
        settle(qtbot, tasks)
    assert [str(e[1]) for e in raised] == []
    assert tasks.errors == []  # type: ignore[attr-defined]


def test_an_answer_for_a_window_that_lives_arrives(qtbot: QtBot, tasks: TaskManager) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    tasks.run(lambda: "Ferdig", label.setText)
    settle(qtbot, tasks, until=lambda: label.text() == "Ferdig")


def test_an_owner_ties_an_answer_whose_receiver_python_cannot_see(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    """A helper object that is not a QObject hides the widgets it writes to: ``owner`` names
    the widget whose end ends the answer."""

    class Helper:
        def __init__(self, label: QLabel) -> None:
            self.label = label

        def show(self, text: str) -> None:
            self.label.setText(text)

    label = QLabel()
    helper = Helper(label)
    assert receivers_of(helper.show) == ()
    with qtbot.captureExceptions() as raised:
        with worker_held(tasks):
            tasks.run(lambda: "sent", helper.show, owner=label)
            shiboken6.delete(label)
        settle(qtbot, tasks)
    assert raised == []
    assert tasks.errors == []  # type: ignore[attr-defined]


def test_receivers_are_found_in_bound_methods_closures_and_partials() -> None:
    from functools import partial

    first, second, third = QObject(), QObject(), QObject()

    def touches_second(_value: object) -> None:
        second.setObjectName("x")

    def touches_both(_value: object) -> None:
        touches_second(_value)
        third.setObjectName("y")

    assert receivers_of(first.setObjectName) == (first,)
    assert set(receivers_of(touches_both)) == {second, third}
    assert receivers_of(partial(print, first)) == (first,)


def test_a_failure_for_a_closed_window_is_still_reported(qtbot: QtBot, tasks: TaskManager) -> None:
    """Nothing is lost with the window: the failure goes to the program's own handler."""
    label = QLabel()

    def fail() -> None:
        raise OSError("disk full")

    with worker_held(tasks):
        tasks.run(fail, label.setText, lambda failure: label.setText(str(failure)))
        shiboken6.delete(label)
    settle(qtbot, tasks, until=lambda: bool(tasks.errors))  # type: ignore[attr-defined]
    assert [str(e) for e in tasks.errors] == ["disk full"]  # type: ignore[attr-defined]
    tasks.errors.clear()  # type: ignore[attr-defined]


def test_settling_waits_for_answers_that_start_more_work(qtbot: QtBot, tasks: TaskManager) -> None:
    """``idle`` is true only once a chain of answers, each starting the next task, has ended."""
    label = QLabel()
    qtbot.addWidget(label)

    def step(depth: int) -> None:
        label.setText(str(depth))
        if depth < 6:
            tasks.run(lambda: depth + 1, step)

    tasks.run(lambda: 1, step)
    assert not tasks.idle()
    settle(qtbot, tasks)
    assert tasks.idle() and label.text() == "6"


def test_a_failing_answer_does_not_swallow_the_answers_queued_with_it(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    label = QLabel()
    qtbot.addWidget(label)

    def broken(_value: object) -> None:
        raise RuntimeError("a bug in one callback")

    with qtbot.captureExceptions() as raised:
        with worker_held(tasks):  # both answers arrive in the same drain
            tasks.run(lambda: 1, broken)
            tasks.run(lambda: "kom fram", label.setText)
        settle(qtbot, tasks)
    assert [str(e[1]) for e in raised] == ["a bug in one callback"]
    assert label.text() == "kom fram" and tasks.idle()
