"""A document kept in the vault once it has left the program: the first time its preview is
printed or saved, however often it is used again. If keeping fails, the person is told what was
not kept and how to mend it (``not_kept``, with ``{reason}``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bufapp.errors import BufappError
from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


def keep_once(
    context: WindowContext, keep: Callable[[Workspace], object], not_kept: str
) -> Callable[[], None]:
    """A slot for the preview's ``used`` signal that runs ``keep`` on the database thread once."""
    kept: list[bool] = []

    def failed(failure: Exception) -> None:
        if not isinstance(failure, BufappError):
            raise failure
        Messages.error(context.window, tr(not_kept).format(reason=str(failure)))

    def used() -> None:
        if kept:
            return
        kept.append(True)
        context.tasks.run(lambda: keep(context.unlocked()), lambda _kept: context.refresh(), failed)

    return used
