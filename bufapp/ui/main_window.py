"""The main window: navigation on the left, the current view on the right, the lock around it all.

While locked the window shows only the unlock panel; no view, dialog or decrypted text exists.
Locking keeps unsaved dialog content as encrypted drafts, closes every view and dialog, clears the
clipboard if it still holds what bufapp put there, and forgets the keys. Unlocking rebuilds the
views, returns to the same view and parent, and reopens the drafts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bufapp.errors import DamagedAtUnlock
from bufapp.settings import Settings
from bufapp.ui.card_links import CardLinks
from bufapp.ui.draft_reopening import DraftReopening
from bufapp.ui.features import Features
from bufapp.ui.open_dialogs import OpenDialogs
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.return_place import ReturnPlace
from bufapp.ui.vault.backup_actions import BackupActions
from bufapp.ui.vault.clipboard_guard import ClipboardGuard
from bufapp.ui.vault.recovery_key_actions import RecoveryKeyActions
from bufapp.ui.vault.unlock_panel import UnlockPanel
from bufapp.ui.widgets import keys, window_kit
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import (
    CONFERENCE_VIEW,
    FEEDBACK_VIEW,
    FOLLOWUP_VIEW,
    GROUP_OFFERS_VIEW,
    GROUPS_VIEW,
    LIVING_VIEW,
    LOG_VIEW,
    NETWORK_VIEW,
    REFERRALS_VIEW,
    SEARCH_VIEW,
    VIEWS,
    VISITS_VIEW,
    WindowContext,
)
from bufapp.ui.work_area import WorkArea

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace

# The dialogs (record_dialogs, recovery_dialog …) are imported where they open: the unlock
# screen needs only the panel and the menus (start-up time, issue 18).


class MainWindow(QMainWindow):
    """The lock around everything, the menus and the views; each feature's actions are an
    object it owns (``self.backups``, ``self.contacts`` …), built with one ``WindowContext``."""

    def __init__(
        self,
        tasks: TaskManager,
        opener: Callable[[str], Workspace],
        recoverer: Callable[[str, str], Workspace],
        settings: Settings,
        place: str,
        demo: bool = False,
        on_settings_saved: Callable[[Settings], None] | None = None,
    ) -> None:
        super().__init__()
        self.tasks = tasks
        self.settings = settings
        self.demo = demo
        self.workspace: Workspace | None = None
        self.work: WorkArea | None = None
        self.dialogs = OpenDialogs(
            tasks,
            lambda: self.workspace,
            self.refresh,
            lambda index: self.work.built(index) if self.work is not None else None,
        )
        self.open_dialogs = self.dialogs.dialogs  # the same list: what a lock keeps as drafts
        self.return_place = ReturnPlace(tasks, lambda: self.work, self.show_view)
        self._on_settings_saved = on_settings_saved
        self._office_name = ""
        self._locking = False
        self._quitting = False
        # Called once a lock has finished (not when quitting): the program starts afresh there.
        self.after_lock: Callable[[], None] | None = None
        self.clipboard_guard = ClipboardGuard(self, self._copy_is_ours)
        self.resize(1200, 760)
        self._build_features()
        self._recoverer = self.backups.checked_unlock(recoverer, Path(place))

        self.unlock_panel = UnlockPanel(
            tasks, self.backups.checked_unlock(opener, Path(place)), place
        )
        self.unlock_panel.unlocked.connect(self.unlocked)
        self.unlock_panel.forgot.connect(self.recover)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.unlock_panel)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        if demo:
            banner = QLabel(
                tr("DEMO – bare oppdiktede personer. Ikke legg inn ekte opplysninger her.")
            )
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background:#8a1c1c;color:white;font-weight:bold;padding:6px;")
            banner.setAccessibleName(tr("Demovarsel"))
            column.addWidget(banner)
        column.addWidget(self.pages)
        self.setCentralWidget(central)
        self.office_label = QLabel()
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.office_label, 1)
        self.backups.install_backup_indicator()
        self.statusBar().addPermanentWidget(self.lock_label)
        self._build_menus()
        self.statusBar().addWidget(self.recovery_keys.recovery_reminder)
        self._show_locked()

    def _build_features(self) -> None:
        """One actions object per feature, each given the context and, explicitly, the other
        features' objects it uses (the document actions that preview and print)."""
        context = WindowContext(
            window=self,
            tasks=self.tasks,
            workspace=lambda: self.workspace,
            settings=lambda: self.settings,
            open=self.dialogs.open,
            open_about=self.dialogs.open_about,
            open_dialogs=lambda: self.open_dialogs,
            refresh=self.refresh,
            show_view=self.show_view,
            built_view=lambda index: self.work.built(index) if self.work is not None else None,
            current_parent=self._current_parent,
            add_action=self._action,
        )
        self.backups = BackupActions(
            context,
            lock=self.lock,
            lock_unwritten=self._lock_unwritten,
            say_on_unlock_screen=lambda text: self.unlock_panel.message.setText(text),
            keep_settings=self._keep_settings,
        )
        self.recovery_keys = RecoveryKeyActions(context, office_name=lambda: self._office_name)
        features = Features.build(context)
        self.documents, self.records = features.documents, features.records
        self.contacts, self.consents = features.contacts, features.consents
        self.groups, self.networks = features.groups, features.networks
        self.access, self.archive = features.access, features.archive
        self.followup, self.visits = features.followup, features.visits
        self.feedback = features.feedback
        self.family_conferences = features.family_conferences
        self.group_offers = features.group_offers
        self.card_links = CardLinks(context, lambda: self.work, features)
        self.living = features.living
        # The levekår page follows the chosen parent: its referral draft opens as the card's does.
        self.living.open_referral = lambda _parent, ident: self.card_links.follow(
            "open-referral", ident
        )
        self.draft_reopening = DraftReopening(context, lambda: self.work, features)

    # --- menus -----------------------------------------------------------------------------------

    def _action(
        self, menu_title: str, text: str, shortcut: QKeySequence | str, slot: Callable[[], None]
    ) -> QAction:
        menu = self._menus.get(menu_title) or self.menuBar().addMenu(tr(menu_title))
        self._menus[menu_title] = menu
        action = QAction(tr(text), self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        self._menus: dict[str, QMenu] = {}
        backups, contacts = self.backups, self.contacts
        self.lock_action = self._action(
            QT_TR_NOOP("&Fil"), QT_TR_NOOP("&Lås nå"), "Ctrl+L", self.lock
        )
        window_kit.share_shortcut(self.lock_action)  # Ctrl+L locks from any dialog too
        self.settings_action = self._action(
            QT_TR_NOOP("&Fil"),
            QT_TR_NOOP("&Innstillinger …"),
            QKeySequence.StandardKey.Preferences,
            self.open_settings,
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.backup_action = self._action(
            QT_TR_NOOP("&Fil"), QT_TR_NOOP("Ta &sikkerhetskopi …"), "", backups.make_backup
        )
        self.restore_action = self._action(
            QT_TR_NOOP("&Fil"),
            QT_TR_NOOP("&Gjenopprett fra sikkerhetskopi …"),
            "",
            backups.restore_from_backup,
        )
        self.check_action = self._action(
            QT_TR_NOOP("&Fil"), QT_TR_NOOP("&Kontroller databasen …"), "", backups.check_database
        )
        self._action(
            QT_TR_NOOP("&Fil"), QT_TR_NOOP("&Avslutt"), QKeySequence.StandardKey.Quit, self.close
        )
        self.new_parent_action = self._action(
            QT_TR_NOOP("F&oreldre"),
            QT_TR_NOOP("&Ny forelder …"),
            QKeySequence.StandardKey.New,
            self.records.new_parent,
        )
        self.search_action = self._action(
            QT_TR_NOOP("F&oreldre"), QT_TR_NOOP("&Søk"), QKeySequence.StandardKey.Find, self.search
        )
        self.new_contact_action = self._action(
            QT_TR_NOOP("F&oreldre"),
            QT_TR_NOOP("Ny &kontakt …"),
            "Ctrl+K",
            lambda: contacts.new_contact(),
        )
        self.log_search_action = self._action(
            QT_TR_NOOP("F&oreldre"),
            QT_TR_NOOP("Søk i &kontaktlogg"),
            "Ctrl+Shift+F",
            self.search_log,
        )
        self.extract_action = self._action(
            QT_TR_NOOP("F&oreldre"),
            QT_TR_NOOP("&Utdrag av kontaktloggen …"),
            "Ctrl+Shift+U",
            lambda: contacts.make_extract(),
        )
        # ``triggered`` passes ``checked`` (False) first: a plain ``lambda i=i`` got it as the
        # index, and every Ctrl+<n> showed Oversikt.
        # The tenth place is Ctrl+0, as on the keyboard's row of digits.
        self.view_actions = [
            self._action(
                QT_TR_NOOP("&Vis"),
                name,
                f"Ctrl+{(i + 1) % 10}" if i < 10 else "",
                lambda _c=False, i=i: self.show_view(i),
            )
            for i, name in enumerate(VIEWS)
        ]
        self._case_actions = [
            self.lock_action,
            self.settings_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
            self.new_parent_action,
            self.search_action,
            self.new_contact_action,
            self.log_search_action,
            self.extract_action,
            *self.view_actions,
        ]
        self._case_actions += self.access.add_menu_entries()
        self._case_actions.append(self.archive.add_menu_entry())
        # What acts on the chosen parent: enabled only while one is chosen (and shown).
        self.per_parent_actions = [
            self.new_contact_action,
            self.extract_action,
            self.access.access_pack_action,
            self.access.access_report_action,
            self.archive.archive_action,
        ]
        file_menu = self._menus["&Fil"]
        for action in self.recovery_keys.menu_actions:
            file_menu.insertAction(file_menu.actions()[-1], action)  # above Avslutt
            self._case_actions.append(action)

    def _current_parent(self) -> int | None:
        """The one chosen parent: the row selected and shown under Foreldre (the views that
        follow it show the same one), or None."""
        if self.work is None:
            return None
        return self.work.parents.current_parent_id

    def _update_parent_actions(self, _chosen: object = None) -> None:
        chosen = self._current_parent() is not None
        for action in self.per_parent_actions:
            action.setEnabled(chosen)

    # --- lock state ------------------------------------------------------------------------------

    def _title(self) -> str:
        """The office, then "bufapp" last: Qt adds the application's display name to a title
        that does not already end with it (on X11 and Windows), which said "bufapp" twice."""
        parts = [self._office_name] if self.workspace is not None and self._office_name else []
        if self.workspace is None:
            parts.append(tr("Låst"))
        if self.demo:
            parts.append("DEMO")
        return " – ".join([*parts, "bufapp"])  # make_application sets "bufapp" as that name

    def _show_locked(self) -> None:
        self.pages.setCurrentWidget(self.unlock_panel)
        for action in self._case_actions:
            action.setEnabled(False)
        self.office_label.clear()
        self.lock_label.setText(tr("Låst"))
        self.backups.backup_indicator.hide()
        self.recovery_keys.show_recovery_key_state()
        self.setWindowTitle(self._title())
        self.unlock_panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlocked(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.work = WorkArea(self.tasks, workspace, self.dialogs.open)
        self.work.overview.open_parent.connect(self.open_parent)
        self.work.overview.open_follow_up.connect(self.open_follow_up)
        self.work.overview.open_visits.connect(self.open_visits)
        self.work.overview.open_living.connect(self.open_living)
        self.work.overview.open_conference.connect(self.open_conference)
        self.work.overview.open_group_offers.connect(self.open_group_offers)
        self.work.parents.link_activated.connect(self.card_links.follow)
        self.work.parents.new_parent_requested.connect(self.records.new_parent)
        self.work.parents.chosen_changed.connect(self._update_parent_actions)
        self.work.view_built.connect(self._connect_view)  # the other views: when first shown
        self.pages.addWidget(self.work)
        self.pages.setCurrentWidget(self.work)
        keys.arrange_keys(self)  # the views are new: their Alt letters and Tab
        for action in self._case_actions:
            action.setEnabled(True)
        self._update_parent_actions()
        self.lock_label.setText(
            tr("Låst opp – låses automatisk etter {m} min uten bruk").format(
                m=self.settings.auto_lock_minutes
            )
        )
        place = self.return_place
        remembered = place.remembered
        if place.fresh_start:  # the return point first, the list after
            self.tasks.run(workspace.drafts.return_point, place.return_to)
        self.refresh(then_select=remembered.parent_id, on_loaded=place.show_remembered_view)
        self.show_view(remembered.view)
        self.tasks.run(workspace.register.office, self._show_office)
        self.tasks.run(workspace.drafts.all, self.draft_reopening.reopen)
        self.backups.show_last_backup()
        self.recovery_keys.show_recovery_key_state()
        self.backups.check_after_list_shown(workspace)  # the whole file, off the unlock path
        kept = getattr(workspace.vault, "damaged_wal_kept", None)
        if kept is not None:
            from bufapp.storage.wal import DAMAGED_WAL_KEPT

            Messages.error(self, tr(DAMAGED_WAL_KEPT).format(path=kept))

    def _connect_view(self, index: int) -> None:
        """A view just built (first shown or asked for): its requests reach the window."""
        view = self.work.built(index) if self.work is not None else None
        if view is None:
            return
        if index == LOG_VIEW:
            view.new_entry_requested.connect(self.contacts.new_contact)
            view.entry_action.connect(self.contacts.entry_action)
            view.plan_requested.connect(self.contacts.edit_plan)
        elif index == SEARCH_VIEW:
            view.open_entry.connect(self.open_entry)
        elif index == REFERRALS_VIEW:
            view.changed.connect(self.refresh)
        elif index == GROUPS_VIEW:
            view.changed.connect(self.refresh)
            view.meeting_requested.connect(self.groups.meeting_action)
        elif index == NETWORK_VIEW:
            view.requested.connect(self.networks.network_action)
        elif index == FOLLOWUP_VIEW:
            view.requested.connect(self.followup.page_action)
        elif index == VISITS_VIEW:
            view.requested.connect(self.visits.page_action)
        elif index == LIVING_VIEW:
            view.requested.connect(self.living.page_action)
        elif index == FEEDBACK_VIEW:
            view.requested.connect(self.feedback.page_action)
        elif index == CONFERENCE_VIEW:
            view.requested.connect(self.family_conferences.page_action)
        elif index == GROUP_OFFERS_VIEW:
            view.requested.connect(self.group_offers.page_action)
        keys.arrange_keys(self)  # its Alt letters and Tab, as for the views built at unlock

    def _show_office(self, office: object) -> None:
        self._office_name = getattr(office, "municipality", "") or ""
        self.office_label.setText(self._office_name)
        self.setWindowTitle(self._title())

    def checkpoint(self) -> None:
        """A quiet moment: the database moves its WAL into the database file (best effort)."""
        if self.workspace is not None:
            self.tasks.run(self.workspace.vault.checkpoint)

    def lock(self) -> None:
        """Keep drafts, close everything that shows case data, forget the keys."""
        workspace = self.workspace
        if workspace is None or self._locking:
            return
        self._locking = True
        try:
            self._lock(workspace)
        finally:
            self._locking = False
        if self.after_lock is not None and not self._quitting:
            self.after_lock()

    def _lock(self, workspace: Workspace) -> None:
        self.archive.stop_archive_export()  # the lock below queues behind it: it stops, not finishes
        self.backups.verdict_before_writing(workspace)  # what the lock writes waits for it
        self.dialogs.finish_saves()
        self.return_place.remember()
        if self.after_lock is not None and not self._quitting:
            self.return_place.keep_in(workspace)
        self.workspace = None  # from here on, closing dialogs keeps their drafts
        self.dialogs.keep_as_drafts(workspace)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.isWindow():
                widget.close()
        self.clipboard_guard.clear()
        if self.work is not None:  # a pending search or card load must not start on a lock
            for timer in self.work.findChildren(QTimer):
                timer.stop()
        self.tasks.forget_pending_callbacks()
        self.tasks.run_blocking(workspace.lock)
        self.workspace = None
        if self.work is not None:
            self.pages.removeWidget(self.work)
            self.work.deleteLater()
            self.work = None
        self._show_locked()

    def _lock_unwritten(self, workspace: Workspace) -> None:
        """The vault is damaged: close the views and forget the keys WITHOUT writing (no
        drafts, no LOCKED record: ``vault.lock``, not ``workspace.lock``). Open forms stay open
        with what was typed; a save that waited for the verdict has failed with the damage text."""
        self.workspace = None
        if self.work is not None:
            for timer in self.work.findChildren(QTimer):
                timer.stop()
        self.tasks.run_blocking(workspace.vault.lock)
        self.tasks.forget_pending_callbacks()  # the views' answers; the forms are told below
        self.dialogs.fail_saving(DamagedAtUnlock())
        if self.work is not None:
            self.pages.removeWidget(self.work)
            self.work.deleteLater()
            self.work = None
        self._show_locked()

    def _copy_is_ours(self) -> bool:
        """Text copied while bufapp is unlocked and has the focus is ours to clear."""
        return self.workspace is not None and (
            QApplication.clipboard().ownsClipboard() or QApplication.focusWindow() is not None
        )

    def recover(self) -> None:
        from bufapp.ui.vault.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.tasks, self._recoverer, self)
        if dialog.exec() and dialog.workspace is not None:
            Messages.info(self, tr("Nytt passord er satt. Bruk det neste gang du låser opp."))
            self.unlocked(dialog.workspace)  # type: ignore[arg-type]

    # --- views -----------------------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        if self.work is not None:
            self.work.show_view(index)

    def refresh(
        self, then_select: int | None = None, on_loaded: Callable[[], None] | None = None
    ) -> None:
        if self.workspace is None or self.work is None:
            return
        self.work.parents.reload(then_select=then_select, on_loaded=on_loaded)
        self.tasks.run(self.workspace.overview.open_deadlines, self._show_deadlines)
        for index in (FOLLOWUP_VIEW, VISITS_VIEW, CONFERENCE_VIEW):  # a saved contact shows there
            view = self.work.built(index)
            if view is not None:
                view.refresh()  # type: ignore[attr-defined]

    def _show_deadlines(self, rows: list) -> None:  # type: ignore[type-arg]
        if self.work is not None:
            self.work.overview.set_rows(rows)
            self.work.parents.show_deadlines(rows)  # the list's «Neste frist», from the same rows

    def open_parent(self, parent_id: int) -> None:
        if self.work is not None:
            self.show_view(1)
            self.work.parents.select_parent(parent_id)

    def open_follow_up(self, parent_id: int) -> None:
        """The parent chosen in the list, then their follow-up page (Oversikt's follow-up lines)."""
        if self.work is not None:
            self.open_parent(parent_id)
            self.show_view(FOLLOWUP_VIEW)

    def open_visits(self, parent_id: int) -> None:
        """The parent chosen in the list, then their samvær page (Oversikt's samvær lines)."""
        if self.work is not None:
            self.open_parent(parent_id)
            self.show_view(VISITS_VIEW)

    def open_living(self, parent_id: int) -> None:
        """The parent chosen in the list, then their levekår page (Oversikt's levekår lines)."""
        if self.work is not None:
            self.open_parent(parent_id)
            self.show_view(LIVING_VIEW)

    def open_conference(self, parent_id: int) -> None:
        """The parent chosen in the list, then their familieråd page (Oversikt's lines)."""
        if self.work is not None:
            self.open_parent(parent_id)
            self.show_view(CONFERENCE_VIEW)

    def open_group_offers(self, parent_id: int) -> None:
        """The parent chosen in the list, then their group offers (Oversikt's not-told lines)."""
        if self.work is not None:
            self.open_parent(parent_id)
            self.show_view(GROUP_OFFERS_VIEW)

    def search(self) -> None:
        if self.work is not None:
            self.show_view(1)
            self.work.parents.focus_search()

    def search_log(self) -> None:
        if self.work is not None:
            self.show_view(self.work.stack.indexOf(self.work.search))
            self.work.search.focus_query()

    def open_entry(self, parent_id: int, entry_id: int) -> None:
        """Open a search result: the parent's contact log, with the entry selected."""
        if self.work is None:
            return
        self.work.parents.select_parent(parent_id)
        self.work.contact_log.show_parent(parent_id, select_entry=entry_id)
        self.show_view(self.work.stack.indexOf(self.work.contact_log))

    # --- settings --------------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self.workspace is None:
            return
        from bufapp.ui.vault.settings_dialog import SettingsDialog

        workspace = self.workspace

        def show(known: tuple[object, object]) -> None:
            office, caseworker = known
            dialog = SettingsDialog(
                self.tasks, workspace, self.settings, office, self._settings_saved, self,
                caseworker=caseworker,
            )  # type: ignore[arg-type]  # fmt: skip
            dialog.open()

        register = workspace.register
        self.tasks.run(lambda: (register.office(), register.caseworker()), show)

    def _keep_settings(self, chosen: Settings) -> None:
        self.settings = chosen

    def _settings_saved(self, chosen: Settings) -> None:
        self.settings = chosen
        if self.workspace is not None:
            self.workspace.register.first_conversation_days = chosen.first_conversation_days
            self.workspace.register.first_conversation_any_held = chosen.first_conversation_any_held
        if self._on_settings_saved is not None:
            self._on_settings_saved(chosen)
        if self.workspace is not None:
            self.tasks.run(self.workspace.register.office, self._show_office)
        self.refresh()

    def lock_for_quit(self) -> None:
        """Lock as the program ends: no fresh start afterwards."""
        self._quitting = True
        self.lock()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock_for_quit()
        super().closeEvent(event)
