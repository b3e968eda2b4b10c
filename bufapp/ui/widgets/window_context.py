"""What a feature's actions need from the main window, in one small typed object the window builds
once: the window as the parent of dialogs, the database worker, the workspace and the views of the
moment (they change at every lock and unlock, so they are asked for, never kept), the open-dialog
registry, and the window's refresh, navigation and menus. The views are named by their place in
the window's navigation (``LOG_VIEW`` …), so a feature reaches its own view without importing the
window.

The database stack is named for the type checker only: the unlock screen loads none of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bufapp.errors import VaultLocked
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Messages

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow, QWidget

    from bufapp.services.drafts import Draft
    from bufapp.services.workspace import Workspace
    from bufapp.settings import Settings
    from bufapp.ui.widgets.record_dialog import RecordDialog
    from bufapp.ui.widgets.tasks import TaskManager

# The window's views, by their place in the navigation list (and Ctrl+<place + 1>).
VIEWS = (
    QT_TR_NOOP("Oversikt"),
    QT_TR_NOOP("Foreldre"),
    QT_TR_NOOP("Kontaktlogg"),
    QT_TR_NOOP("Søk i kontaktlogg"),
    QT_TR_NOOP("Henvisninger"),
    QT_TR_NOOP("Ansvarsgrupper"),
    QT_TR_NOOP("Nettverkskart"),
    QT_TR_NOOP("Adressebok"),
    QT_TR_NOOP("Oppfølging"),
    QT_TR_NOOP("Samvær"),
    QT_TR_NOOP("Levekår"),
    QT_TR_NOOP("Tilbakemelding"),
    QT_TR_NOOP("Familieråd"),
    QT_TR_NOOP("Gruppetilbud"),
    QT_TR_NOOP("Hva kontoret lærer"),
)
OVERVIEW_VIEW, PARENTS_VIEW = 0, 1
LOG_VIEW, SEARCH_VIEW, REFERRALS_VIEW, GROUPS_VIEW, NETWORK_VIEW, DIRECTORY_VIEW = 2, 3, 4, 5, 6, 7
# Last, so the places (and Ctrl+<n>) people and remembered return points know keep their meaning.
FOLLOWUP_VIEW = 8
VISITS_VIEW = 9  # Ctrl+0: the tenth place
# Beyond the row of digits: no Ctrl+<n>, reached by the list and the Vis menu.
LIVING_VIEW, FEEDBACK_VIEW, CONFERENCE_VIEW, GROUP_OFFERS_VIEW = 10, 11, 12, 13
OFFICE_REPORT_VIEW = 14


class OpenDialog(Protocol):
    """Show a record dialog and keep it in the window's registry (a lock keeps it as a draft)."""

    def __call__(self, dialog: RecordDialog, draft: Draft | None = None) -> None: ...  # type: ignore[type-arg]


class Refresh(Protocol):
    """Reload the parent list and Oversikt (then choose ``then_select``)."""

    def __call__(
        self, then_select: int | None = None, on_loaded: Callable[[], None] | None = None
    ) -> None: ...


class AddAction(Protocol):
    """Add an entry to one of the window's menus (created when first named)."""

    def __call__(
        self, menu_title: str, text: str, shortcut: QKeySequence | str, slot: Callable[[], None]
    ) -> QAction: ...


@dataclass(frozen=True)
class WindowContext:
    window: QMainWindow  # the parent of every dialog and message a feature opens
    tasks: TaskManager
    workspace: Callable[[], Workspace | None]  # None while locked
    settings: Callable[[], Settings]
    open: OpenDialog
    open_about: Callable[[RecordDialog, str], None]  # type: ignore[type-arg]  # with the parent's name inside
    open_dialogs: Callable[[], Sequence[RecordDialog]]  # type: ignore[type-arg]
    refresh: Refresh
    show_view: Callable[[int], None]
    built_view: Callable[[int], QWidget | None]  # a view at its place, if it has been built
    current_parent: Callable[[], int | None]  # the parent chosen under Foreldre, if any
    add_action: AddAction

    def unlocked(self) -> Workspace:
        """The open workspace, for work only an unlocked window offers (its views, its menus
        enabled): a lock forgets every answer still on its way, so none arrives after it."""
        workspace = self.workspace()
        if workspace is None:
            raise VaultLocked()
        return workspace

    def chosen_parent(self, parent_id: int | None = None) -> int | None:
        """``parent_id``, else the one chosen under Foreldre; with neither (or locked), None,
        and the person is asked to choose one first."""
        parent_id = parent_id or self.current_parent()
        if self.workspace() is None or parent_id is None:
            Messages.info(self.window, tr("Velg en forelder først."))
            return None
        return parent_id
