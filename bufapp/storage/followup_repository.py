"""Follow-up tasks and contact plans: the things the contact log promises to do next."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bufapp.domain.contact_log import ContactPlan, FollowUpTask
from bufapp.domain.enums import TaskStatus
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import ContactPlanRow, FollowUpTaskRow


class TaskRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, task_id: int) -> FollowUpTask:
        return to_entity(get_row(self.session, FollowUpTaskRow, task_id), FollowUpTask)

    def save(self, task: FollowUpTask) -> FollowUpTask:
        row = get_row(self.session, FollowUpTaskRow, task.id) if task.id is not None else None
        row = row or FollowUpTaskRow()
        copy_into(row, task)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, FollowUpTask)

    def of_entry(self, entry_id: int) -> list[FollowUpTask]:
        rows = self.session.scalars(
            select(FollowUpTaskRow)
            .where(FollowUpTaskRow.entry_id == entry_id)
            .order_by(FollowUpTaskRow.id)
        )
        return [to_entity(row, FollowUpTask) for row in rows]

    def of_parent(self, parent_id: int, open_only: bool = False) -> list[FollowUpTask]:
        query = select(FollowUpTaskRow).where(FollowUpTaskRow.parent_id == parent_id)
        if open_only:
            query = query.where(FollowUpTaskRow.status == TaskStatus.OPEN)
        rows = self.session.scalars(
            query.order_by(FollowUpTaskRow.due.is_(None), FollowUpTaskRow.due, FollowUpTaskRow.id)
        )
        return [to_entity(row, FollowUpTask) for row in rows]

    def open_tasks(self) -> list[FollowUpTask]:
        rows = self.session.scalars(
            select(FollowUpTaskRow)
            .where(FollowUpTaskRow.status == TaskStatus.OPEN)
            .order_by(FollowUpTaskRow.due, FollowUpTaskRow.id)
        )
        return [to_entity(row, FollowUpTask) for row in rows]


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, parent_id: int) -> ContactPlan:
        row = self.session.get(ContactPlanRow, parent_id)
        return ContactPlan(parent_id) if row is None else to_entity(row, ContactPlan)

    def save(self, plan: ContactPlan) -> ContactPlan:
        row = self.session.get(ContactPlanRow, plan.parent_id) or ContactPlanRow()
        copy_into(row, plan)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, ContactPlan)

    def all(self) -> list[ContactPlan]:
        rows = self.session.scalars(select(ContactPlanRow).order_by(ContactPlanRow.parent_id))
        return [to_entity(row, ContactPlan) for row in rows]
