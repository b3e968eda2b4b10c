"""The running program: Qt application, the database worker, the window, auto-lock and setup."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from bufapp import crash_report
from bufapp.errors import DamagedAtUnlock, user_text
from bufapp.settings import Settings
from bufapp.ui import gui_thread_gc
from bufapp.ui.main_window import MainWindow
from bufapp.ui.qt import interface_language, make_application, tr
from bufapp.ui.vault.idle import InactivityWatcher
from bufapp.ui.widgets import window_kit
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace
    from bufapp.ui.vault.system_events import SystemLockWatcher


# Unlocking to the parent list needs the vault (SQLCipher, SQLAlchemy and the models) and the
# services of the list and Oversikt: loaded while the passphrase is typed, once the window has
# appeared (started with it, the loading thread slowed the first paint). The workspace module
# holds no PDF stack and no alembic; those load when first used.
PRELOAD_AFTER_SHOWN_MS = 250


def _preload_database_stack() -> None:
    # The Latin-1 codec is imported on first use; since Oversikt's narrow placement reads, that
    # use sometimes came after Enter (the preload test caught it; which call uses it first is
    # not traced). Loaded here, it costs nothing at unlock.
    import encodings.latin_1  # noqa: F401

    import bufapp.services.setup  # asked at each unlock: recovery key confirmed?
    import bufapp.services.workspace  # noqa: F401


def _preload_first_views() -> None:
    """The two views an unlock builds, imported on the GUI thread (they define Qt classes)."""
    from bufapp.ui.register import overview_view, parents_view  # noqa: F401


class Application:
    def __init__(
        self,
        argv: Sequence[str],
        settings: Settings,
        directory: Path,
        opener: Callable[[str], Workspace],
        recoverer: Callable[[str, str], Workspace],
        demo: bool = False,
        demo_hint: str = "",
        relaunch: Callable[[str], None] | None = None,
        window_state: str = "",
    ) -> None:
        self.qt = make_application(argv, interface_language(settings))
        self.directory = directory
        self.tasks = TaskManager(self._unexpected)
        # Building the window shows nothing, so the manners' filter has nothing to tend: held,
        # it does not see (and make PySide wrap) the thousand events of the construction.
        with window_kit.held(self.qt):
            self.window = MainWindow(
                self.tasks,
                opener,
                recoverer,
                settings,
                str(directory),
                demo,
                on_settings_saved=self._settings_saved,
            )
        self._window_state = window_state
        if relaunch is not None:
            # Every lock (Ctrl+L, idle, suspend) ends in a fresh process at the lock screen: see
            # bufapp.app.relaunch_locked. Quitting does not.
            self.window.after_lock = lambda: relaunch(self._saved_window_state())
        if demo_hint:
            self.window.unlock_panel.message.setText(
                tr("Demo: passordet er «{p}».").format(p=demo_hint)
            )
        self.idle = InactivityWatcher(self.qt, settings.auto_lock_minutes * 60_000)
        self.idle.idle.connect(self.window.lock)
        self.idle.quiet.connect(self.window.checkpoint)
        self.idle.quiet.connect(self.window.backups.check_when_quiet)
        self.system: SystemLockWatcher | None = None  # see _watch
        self.qt.aboutToQuit.connect(self._quit)
        # An error raised in a slot would otherwise reach only stderr: show it calmly as well.
        sys.excepthook = self._excepthook

    def _excepthook(self, kind: type[BaseException], failure: BaseException, trace: object) -> None:
        crash_report.report(failure)  # never the message: stderr ends up in the system journal
        if isinstance(failure, Exception):
            self._unexpected(failure)

    def _unexpected(self, failure: Exception) -> None:
        if isinstance(failure, DamagedAtUnlock):
            return  # a write that waited for the check: the window says it once, with the restore
        said = user_text(failure)  # a file error too, by its errno: not the system's English
        if said is not None:
            Messages.error(self.window, said)
            return
        Messages.error(
            self.window,
            tr("Noe uventet gikk galt ({kind}). Det som var lagret, er uendret.").format(
                kind=type(failure).__name__
            ),
        )

    def _saved_window_state(self) -> str:
        """Where the window is, as "x,y,width,height[,max]" (the frame's place, the inside's size)."""
        frame, inside = self.window.frameGeometry(), self.window.geometry()
        state = f"{frame.x()},{frame.y()},{inside.width()},{inside.height()}"
        return state + (",max" if self.window.isMaximized() else "")

    def _place_window(self) -> None:
        """The fresh window after a lock, where the old one was: a move before showing is the
        frame's place, which window managers keep (a restored geometry lost the title bar)."""
        parts = self._window_state.split(",")
        with contextlib.suppress(ValueError):
            x, y, width, height = (int(part) for part in parts[:4])
            self.window.resize(width, height)
            self.window.move(x, y)
            if parts[4:] == ["max"]:
                self.window.setWindowState(Qt.WindowState.WindowMaximized)

    def _settings_saved(self, chosen: Settings) -> None:
        self.idle.set_timeout_ms(chosen.auto_lock_minutes * 60_000)

    def start_locked(self) -> None:
        # Held here, not when built: an Application built and never started (a test) must not
        # leave every later window of the QApplication untended.
        window_kit.hold(self.qt)  # until the unlock screen has appeared: see window_kit.hold
        self._place_window()
        self.window.show()
        window_kit.tend_now(self.window)
        QTimer.singleShot(PRELOAD_AFTER_SHOWN_MS, self._after_shown)

    def _after_shown(self) -> None:
        """Once the unlock screen is up: every window tended, auto-lock watching, and what the
        unlock needs loaded while the passphrase is typed."""
        window_kit.install(self.qt)
        self._watch()
        self.tasks.run(_preload_database_stack)  # on the worker
        _preload_first_views()

    def _watch(self) -> None:
        """Auto-lock on idle, and on the desktop's lock or sleep. The desktop's signals come over
        D-Bus, which a locked window does not need: connecting waited for the buses before the
        unlock screen could appear."""
        self.idle.start()
        if self.system is None:
            from bufapp.ui.vault.system_events import SystemLockWatcher

            self.system = SystemLockWatcher()
            self.system.should_lock.connect(self.window.lock)

    def start_unlocked(self, open_workspace: Callable[[], Workspace]) -> None:
        window_kit.install(self.qt)
        self.window.show()
        # The first demo start fills a vault with invented people: say so while it works.
        self.window.statusBar().showMessage(
            tr("Åpner demodatabasen (første gang lages oppdiktede personer – noen sekunder) …")
        )

        def opened(workspace: Workspace) -> None:
            self.window.statusBar().clearMessage()
            self.window.unlocked(workspace)

        self.tasks.run(open_workspace, opened)
        self._watch()

    def start_setup(self, to_workspace: Callable[[object], Workspace]) -> None:
        from bufapp.ui.vault.setup_wizard import SetupWizard  # first start only

        window_kit.install(self.qt)
        wizard = SetupWizard(self.tasks, self.directory)

        def finished(result: int) -> None:
            if result and wizard.vault is not None:
                self.window.show()
                self.window.unlocked(to_workspace(wizard.vault))
                self._watch()
            elif wizard.vault is not None:
                # Cancelled after creating: the vault exists; lock it and ask for the passphrase.
                self.tasks.run_blocking(wizard.vault.lock)  # type: ignore[attr-defined]
                self.start_locked()
            else:
                self.qt.quit()

        wizard.finished.connect(finished)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        wizard.show()
        self.wizard = wizard

    def _quit(self) -> None:
        self.window.lock_for_quit()
        self.tasks.shutdown()

    def exec(self) -> int:
        code = self.qt.exec()
        gui_thread_gc.release_before_exit()
        return code
