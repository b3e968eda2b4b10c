"""What every per-parent page (Oppfølging, Samvær and the pages after them) does alike: it
follows the parent chosen under Foreldre, loads that parent's page off the GUI thread, shows it
only if the same parent is still chosen when it arrives, says so when none is chosen, counts what
waits in each tab's title, and asks the window to act (``requested(action, parent_id, record)``).

A page gives ``_load`` (on the worker: the name and the page, from the workspace) and ``_show``
(on the GUI thread: the loaded data, or None while nothing is loaded)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

D = TypeVar("D")


class ParentPage(QWidget, Generic[D]):
    requested = Signal(str, int, object)

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        title: str,
        no_parent_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks, self._workspace = tasks, workspace
        self.title = title  # translated by the page (tr at the call, where lupdate finds it)
        self.parent_id: int | None = None
        self.data: D | None = None
        self.loaded = False  # the chosen parent's page is shown (tests)
        self._titles: list[str] | None = None
        self.heading = QLabel(self.title)
        self.heading.setObjectName("viewHeading")
        self.no_parent = QLabel(no_parent_text)
        self.no_parent.setWordWrap(True)
        self.no_parent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    # --- what a page gives ------------------------------------------------------------------

    def _load(self, parent_id: int) -> D:
        """On the worker: everything the page shows of ``parent_id``."""
        raise NotImplementedError

    def _show(self, data: D | None) -> None:
        """On the GUI thread: the loaded page, or None (no parent chosen, or still loading)."""
        raise NotImplementedError

    # --- what every page does alike ------------------------------------------------------------

    def show_parent(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.loaded = False
        self.data = None
        self._show(None)
        self.refresh()

    def refresh(self) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            return

        def loaded(data: D) -> None:
            if parent_id == self.parent_id:  # not another parent chosen while this loaded
                self.data = data
                self._show(data)
                self.loaded = True

        self._tasks.run(lambda: self._load(parent_id), loaded)

    def name_heading(self, name: str | None) -> None:
        """«Title – Name» while a parent's page is shown, the title alone otherwise."""
        self.heading.setText(f"{self.title} – {name}" if name else self.title)

    def count_in_titles(self, tabs: QTabWidget, counts: Sequence[str]) -> None:
        """Each tab's title with what waits in it counted (in words, for every reader). The
        titles are read as the window gave them their Alt letters (once, when first counted)."""
        if self._titles is None:
            self._titles = [tabs.tabText(i) for i in range(tabs.count())]
        for index, (title, count) in enumerate(zip(self._titles, counts, strict=True)):
            tabs.setTabText(index, f"{title} {count}".rstrip())

    def enter_first(self, *widgets: QWidget) -> None:
        """Coming in from the navigation (Tab or a click), focus lands on the first of
        ``widgets`` that can take it: the row above the tabs first. A page that always entered
        at its tabs put its own buttons above them out of Tab's reach."""
        for widget in widgets:
            if widget.isVisibleTo(self) and widget.isEnabled():
                self.setFocusProxy(widget)
                return

    def _ask(self, action: str, record: object) -> None:
        if self.parent_id is not None and self.data is not None:
            self.requested.emit(action, self.parent_id, record)
