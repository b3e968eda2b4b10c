"""The register's record actions: a new or edited parent, a child (new, linked or edited), a
placement (new or edited), and reopening one of them that a lock interrupted. The window's menu
and the parent card ask through the one the window owns.

The dialogs are imported where they open: the unlock screen needs none of them (issue 18)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.drafts import Draft


class RegisterActions:
    def __init__(self, context: WindowContext) -> None:
        self._context = context

    def new_parent(self, draft: Draft | None = None) -> None:
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        from bufapp.ui.register.record_dialogs import ParentDialog

        record = draft.record if draft else None
        context.open(
            ParentDialog(context.tasks, workspace.register.save_parent, record, context.window),
            draft,
        )

    def edit_parent(self, parent_id: int) -> None:
        from bufapp.ui.register.record_dialogs import ParentDialog

        context = self._context
        tasks, window, register = context.tasks, context.window, context.unlocked().register
        tasks.run(
            lambda: register.parent(parent_id),
            lambda p: context.open(ParentDialog(tasks, register.save_parent, p, window)),
        )

    def link_child(self, parent_id: int) -> None:
        from bufapp.ui.register.record_dialogs import LinkChildDialog

        context = self._context
        tasks, window, register = context.tasks, context.window, context.unlocked().register
        tasks.run(
            lambda: (register.children(), register.parent(parent_id).full_name),
            lambda got: context.open_about(
                LinkChildDialog(tasks, register.link_parent, parent_id, got[0], window), got[1]
            ),
        )

    def new_child(self, parent_id: int) -> None:
        from bufapp.ui.register.record_dialogs import ChildDialog

        context = self._context
        tasks, window, register = context.tasks, context.window, context.unlocked().register
        tasks.run(
            lambda: register.parent(parent_id).full_name,
            lambda name: context.open_about(
                ChildDialog(tasks, register.save_child, None, parent_id, window), name
            ),
        )

    def edit_child(self, child_id: int) -> None:
        from bufapp.ui.register.record_dialogs import ChildDialog

        context = self._context
        tasks, window, register = context.tasks, context.window, context.unlocked().register
        tasks.run(
            lambda: register.child(child_id),
            lambda c: context.open(ChildDialog(tasks, register.save_child, c, None, window)),
        )

    def new_placement(self, child_id: int) -> None:
        from bufapp.ui.register.placement_dialog import PlacementDialog

        context = self._context
        register = context.unlocked().register
        context.open(
            PlacementDialog(context.tasks, register.save_placement, child_id, None, context.window)
        )

    def edit_placement(self, placement_id: int) -> None:
        from bufapp.ui.register.placement_dialog import PlacementDialog

        context = self._context
        tasks, window, register = context.tasks, context.window, context.unlocked().register
        tasks.run(
            lambda: register.placement(placement_id),
            lambda p: context.open(
                PlacementDialog(tasks, register.save_placement, p.child_id, p, window)
            ),
        )

    def reopen_record_draft(self, draft: Draft) -> None:
        """A parent, a child or a placement that a lock interrupted."""
        from bufapp.ui.register.placement_dialog import PlacementDialog
        from bufapp.ui.register.record_dialogs import ChildDialog

        context = self._context
        tasks, window, register = context.tasks, context.window, context.unlocked().register
        record = draft.record
        if draft.kind == "parent":
            self.new_parent(draft)
        elif draft.kind == "child":
            link_parent = (
                int(draft.record_key.split(":")[1]) if draft.record_key.startswith("new:") else None
            )
            context.open(
                ChildDialog(tasks, register.save_child, record, link_parent, window), draft
            )
        elif draft.kind == "placement":
            context.open(
                PlacementDialog(tasks, register.save_placement, record.child_id, record, window),
                draft,
            )
