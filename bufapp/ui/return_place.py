"""Where the person was when the lock came (the view and the parent chosen), and the way back
there after unlocking: remembered in this process, or, after a lock that starts the program
afresh, read from the return point the vault kept. Part of the window."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bufapp.services.drafts import ReturnPoint
    from bufapp.services.workspace import Workspace
    from bufapp.ui.widgets.tasks import TaskManager
    from bufapp.ui.work_area import WorkArea


@dataclass
class Remembered:
    """Where the person was when the lock came, to return there after unlocking."""

    view: int = 0
    parent_id: int | None = None


class ReturnPlace:
    def __init__(
        self,
        tasks: TaskManager,
        work: Callable[[], WorkArea | None],
        show_view: Callable[[int], None],
    ) -> None:
        self._tasks, self._work, self._show_view = tasks, work, show_view
        self.remembered = Remembered()

    @property
    def fresh_start(self) -> bool:
        """Nothing remembered in this process: the vault's return point, if any, says where."""
        return self.remembered == Remembered()

    def remember(self) -> None:
        """At a lock: the view shown and the parent last chosen."""
        work = self._work()
        self.remembered = Remembered(
            view=work.stack.currentIndex() if work else 0,
            parent_id=work.parents.last_chosen_id if work else None,
        )

    def keep_in(self, workspace: Workspace) -> None:
        """For the fresh process a lock starts: what is remembered, kept in the vault."""
        from bufapp.services.drafts import RETURN_POINT, ReturnPoint

        point = ReturnPoint(self.remembered.view, self.remembered.parent_id)
        with contextlib.suppress(Exception):  # only a convenience: never blocks locking
            self._tasks.run_blocking(lambda: workspace.drafts.save(RETURN_POINT, "", point))

    def return_to(self, point: ReturnPoint | None) -> None:
        """After a lock that started the program afresh: back to the parent and view. Read
        before the list arrives, so its first load chooses them (nothing loads twice)."""
        work = self._work()
        if point is None or work is None or not self.fresh_start:
            return  # none kept, locked again meanwhile, or this process already went back
        self.remembered = Remembered(point.view, point.parent_id)
        if point.parent_id is not None:
            work.parents.choose(point.parent_id)

    def show_remembered_view(self) -> None:
        """Once the list has chosen the parent: a per-parent view then shows that parent."""
        self._show_view(self.remembered.view)
