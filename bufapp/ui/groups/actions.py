"""The main window's responsibility-group actions: planning and opening meetings, the minutes
editor, the parent's evaluation, and the meeting documents (the invitation, the minutes and
sending them only to members consent covers, the action list). A mixin of MainWindow.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from typing import Any

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.work_area import GROUPS_VIEW


class GroupActions:
    workspace: Any
    work: Any
    tasks: Any

    def _open(self, dialog: Any, draft: Any = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def refresh(self, then_select: int | None = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def show_pdf(
        self,
        build: Any,
        title: str,
        suggested: str,
        keep: Any = None,
        about: Any = None,
        reveal: Any = None,
    ) -> None:
        raise NotImplementedError  # provided by DocumentActions

    def groups_changed(self) -> None:
        self.refresh()
        view = self.work.built(GROUPS_VIEW) if self.work is not None else None
        if view is not None:  # one never opened loads fresh when first shown
            view.refresh()

    def meeting_action(self, action: str, ident: int) -> None:
        """Route a request from the Ansvarsgrupper view (a group id for "plan-meeting" and
        "action-list", a meeting id for the rest)."""
        if self.workspace is None:
            return
        groups = self.workspace.groups
        if action in ("plan-meeting", "action-list"):
            self.tasks.run(
                lambda: (groups.group(ident), None), lambda got: self._routed(action, *got)
            )
        else:
            self.tasks.run(
                lambda: (groups.group(groups.meeting(ident).group_id), groups.meeting(ident)),
                lambda loaded: self._routed(action, *loaded),
            )

    def _routed(self, action: str, group: Any, meeting: Any) -> None:
        handlers = {
            "plan-meeting": self._plan,
            "open-meeting": self._open_meeting,
            "invitation": self._invitation,
            "invitation-sent": self._invitation_sent,
            "minutes-pdf": self._minutes_pdf,
            "send-minutes": self._send_minutes,
            "evaluate": self._evaluate,
            "action-list": self._action_list,
        }
        handlers[action](group, meeting)

    def _plan(self, group: Any, meeting: Any) -> None:
        from bufapp.ui.groups.meeting_plan_dialog import MeetingPlanDialog

        dialog = MeetingPlanDialog(self.tasks, self.workspace.groups, group, meeting, self)  # type: ignore[arg-type]
        dialog.finished.connect(lambda _r: self.groups_changed())
        self._open(dialog)

    def _open_meeting(self, group: Any, meeting: Any) -> None:
        """A meeting still ahead opens its plan; one that has started, its minutes."""
        from bufapp.domain.enums import MeetingStatus
        from bufapp.services.clock import now_utc

        if meeting.status is MeetingStatus.PLANNED and meeting.starts_at > now_utc():
            self._plan(group, meeting)
        else:
            self.open_minutes(meeting.id)

    def open_minutes(self, meeting_id: int, draft: Any = None) -> None:
        from bufapp.ui.groups.meeting_minutes_editor import MinutesEditor
        from bufapp.ui.groups.meeting_records import load_minutes

        workspace = self.workspace

        def shown(context: Any) -> None:
            editor = MinutesEditor(
                self.tasks, workspace.groups, context, workspace.drafts.save, self,  # type: ignore[arg-type]
                restored=draft is not None,
            )  # fmt: skip
            editor.finished.connect(lambda _r: self.groups_changed())
            self._open(editor, draft)

        record = draft.record if draft is not None else None
        self.tasks.run(lambda: load_minutes(workspace.groups, meeting_id, record), shown)

    def _evaluate(self, group: Any, meeting: Any) -> None:
        from bufapp.domain.enums import MemberRole
        from bufapp.ui.groups.meeting_evaluation_dialog import EvaluationDialog

        name = next((m.name for m in group.members if m.role is MemberRole.PARENT), "")
        dialog = EvaluationDialog(self.tasks, self.workspace.groups, meeting, name,
                                  meeting.evaluation, self)  # type: ignore[arg-type]  # fmt: skip
        dialog.finished.connect(lambda _r: self.groups_changed())
        self._open(dialog)

    def _invitation(self, group: Any, meeting: Any) -> None:
        """Every member gets an invitation: the caseworker chooses whose, having seen what
        each member's copy leaves out (their consent does not cover it)."""
        from bufapp.domain.enums import DocumentKind

        documents = self.workspace.group_documents
        title = tr("Innkalling til ansvarsgruppemøte {d}").format(d=f"{meeting.starts_at:%d.%m.%Y}")

        def chosen(key: str) -> None:
            self.show_pdf(
                lambda: documents.invitation(meeting.id, key),
                title,
                f"innkalling-{meeting.starts_at:%Y%m%d}-{key}.pdf",
                keep=(DocumentKind.MEETING_INVITATION, group.parent_id, title),
                reveal=lambda reason: documents.invitation(meeting.id, key, reveal_reason=reason),
            )

        self._choose_copy(
            group,
            lambda: documents.invitation_plan(meeting.id),
            tr("Innkalling – hvem skal ha den?"),
            "&Lag innkallingen",
            chosen,
        )

    def _choose_copy(
        self, group: Any, plans: Any, title: str, submit: str, chosen: Any, office: bool = False
    ) -> None:
        from bufapp.domain.enums import MemberRole
        from bufapp.ui.groups.meeting_copy_dialog import MeetingCopyDialog

        name = next((m.name for m in group.members if m.role is MemberRole.PARENT), "")

        def shown(found: Any) -> None:
            dialog = MeetingCopyDialog(title, found, submit, office, name, self)  # type: ignore[arg-type]
            dialog.accepted.connect(lambda: chosen(dialog.chosen))
            dialog.open()

        self.tasks.run(plans, shown, self._document_failed)  # type: ignore[attr-defined]

    def _invitation_sent(self, _group: Any, meeting: Any) -> None:
        groups = self.workspace.groups
        self.tasks.run(
            lambda: groups.mark_invitation_sent(meeting.id), lambda _m: self.groups_changed()
        )

    def _minutes_pdf(self, group: Any, meeting: Any) -> None:
        """The office's own copy, or a member's: each holds only what its reader may know."""
        from bufapp.ui.groups.meeting_copy_dialog import OFFICE

        documents = self.workspace.group_documents

        def chosen(key: str) -> None:
            reader = None if key == OFFICE else key
            self.show_pdf(
                lambda: documents.minutes(meeting.id, reader),
                tr("Referat"),
                f"referat-{meeting.starts_at:%Y%m%d}.pdf",
                about=group.parent_id,
            )

        self._choose_copy(
            group,
            lambda: documents.minutes_plan(meeting.id),
            tr("Referat – hvilken kopi?"),
            "&Lag referatet",
            chosen,
            office=True,
        )

    def _send_minutes(self, group: Any, meeting: Any) -> None:
        workspace = self.workspace

        def confirm(shared: Any) -> None:
            covered = ", ".join(group.name_of(k) for k in shared.covered) or tr("ingen")
            left_out = "".join(
                "\n• " + tr("{name}: {why}").format(name=group.name_of(k), why=why)
                for k, why in shared.not_covered
            )
            text = tr("Referatet sendes til: {who}.").format(who=covered)
            if left_out:
                text += "\n\n" + tr("Får ikke referatet (mangler samtykke):") + left_out
            text += "\n\n" + tr("Registrere utsendingen og ta vare på referatet nå?")
            if Messages.ask(self, text) is not Button.Yes:  # type: ignore[arg-type]
                return
            self.tasks.run(
                lambda: workspace.group_documents.send_minutes(meeting.id),
                lambda _m: self._minutes_sent(),
                self._document_failed,  # type: ignore[attr-defined]
            )

        self.tasks.run(lambda: workspace.groups.distribution(meeting.id), confirm)

    def _minutes_sent(self) -> None:
        Messages.info(
            self,  # type: ignore[arg-type]
            tr("Utsendingen er registrert, og referatet er tatt vare på i arkivformat."),
        )
        self.groups_changed()

    def _action_list(self, group: Any, _meeting: Any) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self.workspace.group_documents
        title = tr("Tiltaksliste for ansvarsgruppen")
        self.show_pdf(
            lambda: documents.action_list(group.id),
            title,
            "tiltaksliste.pdf",
            keep=(DocumentKind.ACTION_LIST, group.parent_id, title),
            reveal=lambda reason: documents.action_list(group.id, reveal_reason=reason),
        )

    def reopen_meeting_draft(self, draft: Any) -> None:
        """A meeting plan, minutes or an evaluation that a lock interrupted."""
        from bufapp.ui.groups.meeting_evaluation_dialog import EvaluationDialog
        from bufapp.ui.groups.meeting_plan_dialog import MeetingPlanDialog

        groups, record = self.workspace.groups, draft.record
        if draft.kind == "minutes":
            self.open_minutes(record.meeting.id, draft)
        elif draft.kind == "meeting-plan":
            self.tasks.run(
                lambda: groups.group(record.group_id),
                lambda group: self._open(
                    MeetingPlanDialog(self.tasks, groups, group, record, self),
                    draft,  # type: ignore[arg-type]
                ),
            )
        elif draft.kind == "evaluation":
            meeting_id = int(draft.record_key)
            self.tasks.run(
                lambda: groups.meeting(meeting_id),
                lambda meeting: self._open(
                    EvaluationDialog(self.tasks, groups, meeting, "", record, self),
                    draft,  # type: ignore[arg-type]
                ),
            )
