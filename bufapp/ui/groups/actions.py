"""The responsibility-group actions the Ansvarsgrupper view asks for: planning and opening
meetings, the minutes editor, the parent's evaluation, and the meeting documents (the
invitation, the minutes and sending them only to members consent covers, the action list); and
reopening what a lock interrupted. The window owns one, built with its context and the document
actions that print.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.window_context import GROUPS_VIEW, WindowContext

if TYPE_CHECKING:
    from bufapp.domain.group_rules import Distribution
    from bufapp.domain.groups import Meeting, ResponsibilityGroup
    from bufapp.services.drafts import Draft
    from bufapp.services.groups.documents import CopyPlan
    from bufapp.ui.documents.actions import DocumentActions
    from bufapp.ui.groups.meeting_records import MinutesContext
    from bufapp.ui.groups.view import GroupsView


class GroupActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def groups_changed(self) -> None:
        self._context.refresh()
        view = cast("GroupsView | None", self._context.built_view(GROUPS_VIEW))
        if view is not None:  # one never opened loads fresh when first shown
            view.refresh()

    def meeting_action(self, action: str, ident: int) -> None:
        """Route a request from the Ansvarsgrupper view (a group id for "plan-meeting" and
        "action-list", a meeting id for the rest)."""
        workspace = self._context.workspace()
        if workspace is None:
            return
        groups, tasks = workspace.groups, self._context.tasks
        if action in ("plan-meeting", "action-list"):
            tasks.run(lambda: (groups.group(ident), None), lambda got: self._routed(action, *got))
        else:
            tasks.run(
                lambda: (groups.group(groups.meeting(ident).group_id), groups.meeting(ident)),
                lambda loaded: self._routed(action, *loaded),
            )

    def _routed(self, action: str, group: ResponsibilityGroup, meeting: Meeting | None) -> None:
        # A meeting for every request but "plan-meeting" and "action-list" (meeting_action).
        handlers: dict[str, Callable[..., None]] = {
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

    def _plan(self, group: ResponsibilityGroup, meeting: Meeting | None) -> None:
        from bufapp.ui.groups.meeting_plan_dialog import MeetingPlanDialog

        context = self._context
        groups = context.unlocked().groups
        dialog = MeetingPlanDialog(context.tasks, groups, group, meeting, context.window)
        dialog.finished.connect(lambda _r: self.groups_changed())
        context.open(dialog)

    def _open_meeting(self, group: ResponsibilityGroup, meeting: Meeting) -> None:
        """A meeting still ahead opens its plan; one that has started, its minutes."""
        from bufapp.domain.enums import MeetingStatus
        from bufapp.services.clock import now_utc

        if meeting.status is MeetingStatus.PLANNED and meeting.starts_at > now_utc():
            self._plan(group, meeting)
        else:
            self.open_minutes(meeting.id or 0)

    def open_minutes(self, meeting_id: int, draft: Draft | None = None) -> None:
        from bufapp.ui.groups.meeting_minutes_editor import MinutesEditor
        from bufapp.ui.groups.meeting_records import load_minutes

        context = self._context
        workspace = context.unlocked()

        def shown(minutes: MinutesContext) -> None:
            editor = MinutesEditor(
                context.tasks, workspace.groups, minutes, workspace.drafts.save, context.window,
                restored=draft is not None,
            )  # fmt: skip
            editor.finished.connect(lambda _r: self.groups_changed())
            context.open(editor, draft)

        record = draft.record if draft is not None else None
        context.tasks.run(lambda: load_minutes(workspace.groups, meeting_id, record), shown)

    def _evaluate(self, group: ResponsibilityGroup, meeting: Meeting) -> None:
        from bufapp.domain.enums import MemberRole
        from bufapp.ui.groups.meeting_evaluation_dialog import EvaluationDialog

        context = self._context
        name = next((m.name for m in group.members if m.role is MemberRole.PARENT), "")
        dialog = EvaluationDialog(context.tasks, context.unlocked().groups, meeting, name,
                                  meeting.evaluation, context.window)  # fmt: skip
        dialog.finished.connect(lambda _r: self.groups_changed())
        context.open(dialog)

    def _invitation(self, group: ResponsibilityGroup, meeting: Meeting) -> None:
        """Every member gets an invitation: the caseworker chooses whose, having seen what
        each member's copy leaves out (their consent does not cover it)."""
        from bufapp.domain.enums import DocumentKind

        documents = self._context.unlocked().group_documents
        meeting_id = meeting.id or 0
        title = tr("Innkalling til ansvarsgruppemøte {d}").format(d=f"{meeting.starts_at:%d.%m.%Y}")

        def chosen(key: str) -> None:
            self._documents.show_pdf(
                lambda: documents.invitation(meeting_id, key),
                title,
                f"innkalling-{meeting.starts_at:%Y%m%d}-{key}.pdf",
                keep=(DocumentKind.MEETING_INVITATION, group.parent_id, title),
                reveal=lambda reason: documents.invitation(meeting_id, key, reveal_reason=reason),
                languages=lambda: documents.invitation_languages(meeting_id, key),
                in_language=lambda code: documents.in_language(code).invitation(meeting_id, key),
            )

        self._choose_copy(
            group,
            lambda: documents.invitation_plan(meeting_id),
            tr("Innkalling – hvem skal ha den?"),
            QT_TR_NOOP("&Lag innkallingen"),
            chosen,
        )

    def _choose_copy(
        self,
        group: ResponsibilityGroup,
        plans: Callable[[], list[CopyPlan]],
        title: str,
        submit: str,
        chosen: Callable[[str], None],
        office: bool = False,
    ) -> None:
        from bufapp.domain.enums import MemberRole
        from bufapp.ui.groups.meeting_copy_dialog import MeetingCopyDialog

        window = self._context.window
        name = next((m.name for m in group.members if m.role is MemberRole.PARENT), "")

        def shown(found: list[CopyPlan]) -> None:
            dialog = MeetingCopyDialog(title, found, submit, office, name, window)
            dialog.accepted.connect(lambda: chosen(dialog.chosen))  # type: ignore[arg-type]
            dialog.open()

        self._context.tasks.run(plans, shown, self._documents.document_failed)

    def _invitation_sent(self, _group: ResponsibilityGroup, meeting: Meeting) -> None:
        groups = self._context.unlocked().groups
        self._context.tasks.run(
            lambda: groups.mark_invitation_sent(meeting.id or 0), lambda _m: self.groups_changed()
        )

    def _minutes_pdf(self, group: ResponsibilityGroup, meeting: Meeting) -> None:
        """The office's own copy, or a member's: each holds only what its reader may know."""
        from bufapp.ui.groups.meeting_copy_dialog import OFFICE

        documents = self._context.unlocked().group_documents
        meeting_id = meeting.id or 0

        def chosen(key: str) -> None:
            reader = None if key == OFFICE else key
            self._documents.show_pdf(
                lambda: documents.minutes(meeting_id, reader),
                tr("Referat"),
                f"referat-{meeting.starts_at:%Y%m%d}.pdf",
                about=group.parent_id,
            )

        self._choose_copy(
            group,
            lambda: documents.minutes_plan(meeting_id),
            tr("Referat – hvilken kopi?"),
            QT_TR_NOOP("&Lag referatet"),
            chosen,
            office=True,
        )

    def _send_minutes(self, group: ResponsibilityGroup, meeting: Meeting) -> None:
        context = self._context
        workspace = context.unlocked()
        meeting_id = meeting.id or 0

        def confirm(shared: Distribution) -> None:
            covered = ", ".join(group.name_of(k) for k in shared.covered) or tr("ingen")
            left_out = "".join(
                "\n• " + tr("{name}: {why}").format(name=group.name_of(k), why=tr(why))
                for k, why in shared.not_covered
            )
            text = tr("Referatet sendes til: {who}.").format(who=covered)
            if left_out:
                text += "\n\n" + tr("Får ikke referatet (mangler samtykke):") + left_out
            text += "\n\n" + tr("Registrere utsendingen og ta vare på referatet nå?")
            if Messages.ask(context.window, text) is not Button.Yes:
                return
            context.tasks.run(
                lambda: workspace.group_documents.send_minutes(meeting_id),
                lambda _m: self._minutes_sent(),
                self._documents.document_failed,
            )

        context.tasks.run(lambda: workspace.groups.distribution(meeting_id), confirm)

    def _minutes_sent(self) -> None:
        Messages.info(
            self._context.window,
            tr("Utsendingen er registrert, og referatet er tatt vare på i arkivformat."),
        )
        self.groups_changed()

    def _action_list(self, group: ResponsibilityGroup, _meeting: Meeting | None) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self._context.unlocked().group_documents
        group_id = group.id or 0
        title = tr("Tiltaksliste for ansvarsgruppen")
        self._documents.show_pdf(
            lambda: documents.action_list(group_id),
            title,
            "tiltaksliste.pdf",
            keep=(DocumentKind.ACTION_LIST, group.parent_id, title),
            reveal=lambda reason: documents.action_list(group_id, reveal_reason=reason),
        )

    def reopen_meeting_draft(self, draft: Draft) -> None:
        """A meeting plan, minutes or an evaluation that a lock interrupted."""
        from bufapp.ui.groups.meeting_evaluation_dialog import EvaluationDialog
        from bufapp.ui.groups.meeting_plan_dialog import MeetingPlanDialog

        context = self._context
        tasks, window = context.tasks, context.window
        groups, record = context.unlocked().groups, draft.record
        if draft.kind == "minutes":
            self.open_minutes(record.meeting.id, draft)
        elif draft.kind == "meeting-plan":
            tasks.run(
                lambda: groups.group(record.group_id),
                lambda group: context.open(
                    MeetingPlanDialog(tasks, groups, group, record, window), draft
                ),
            )
        elif draft.kind == "evaluation":
            meeting_id = int(draft.record_key)
            tasks.run(
                lambda: groups.meeting(meeting_id),
                lambda meeting: context.open(
                    EvaluationDialog(tasks, groups, meeting, "", record, window), draft
                ),
            )
