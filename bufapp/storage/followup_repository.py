"""Follow-up tasks and contact plans: the things the contact log promises to do next."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bufapp.domain.contact_log import ContactPlan, FollowUpTask
from bufapp.domain.enums import TaskStatus
from bufapp.errors import NotFound
from bufapp.storage.models import ContactPlanRow, FollowUpTaskRow

_TASK_FIELDS = (
    "what",
    "responsible",
    "responsible_name",
    "due",
    "status",
    "outcome",
    "closed_on",
    "parent_id",
    "entry_id",
)
_PLAN_FIELDS = ("every_days", "agreed_on", "refused_on", "next_offer_on", "note")


def _task(row: FollowUpTaskRow) -> FollowUpTask:
    return FollowUpTask(id=row.id, **{name: getattr(row, name) for name in _TASK_FIELDS})


class TaskRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, task_id: int) -> FollowUpTask:
        row = self.session.get(FollowUpTaskRow, task_id)
        if row is None:
            raise NotFound
        return _task(row)

    def save(self, task: FollowUpTask) -> FollowUpTask:
        row = self.session.get(FollowUpTaskRow, task.id) if task.id is not None else None
        if task.id is not None and row is None:
            raise NotFound
        row = row or FollowUpTaskRow()
        for name in _TASK_FIELDS:
            setattr(row, name, getattr(task, name))
        self.session.add(row)
        self.session.flush()
        return _task(row)

    def of_entry(self, entry_id: int) -> list[FollowUpTask]:
        rows = self.session.scalars(
            select(FollowUpTaskRow)
            .where(FollowUpTaskRow.entry_id == entry_id)
            .order_by(FollowUpTaskRow.id)
        )
        return [_task(row) for row in rows]

    def of_parent(self, parent_id: int, open_only: bool = False) -> list[FollowUpTask]:
        query = select(FollowUpTaskRow).where(FollowUpTaskRow.parent_id == parent_id)
        if open_only:
            query = query.where(FollowUpTaskRow.status == TaskStatus.OPEN)
        rows = self.session.scalars(
            query.order_by(FollowUpTaskRow.due.is_(None), FollowUpTaskRow.due, FollowUpTaskRow.id)
        )
        return [_task(row) for row in rows]

    def open_tasks(self) -> list[FollowUpTask]:
        rows = self.session.scalars(
            select(FollowUpTaskRow)
            .where(FollowUpTaskRow.status == TaskStatus.OPEN)
            .order_by(FollowUpTaskRow.due, FollowUpTaskRow.id)
        )
        return [_task(row) for row in rows]


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, parent_id: int) -> ContactPlan:
        row = self.session.get(ContactPlanRow, parent_id)
        if row is None:
            return ContactPlan(parent_id)
        return ContactPlan(parent_id, **{name: getattr(row, name) for name in _PLAN_FIELDS})

    def save(self, plan: ContactPlan) -> ContactPlan:
        row = self.session.get(ContactPlanRow, plan.parent_id) or ContactPlanRow(
            parent_id=plan.parent_id
        )
        for name in _PLAN_FIELDS:
            setattr(row, name, getattr(plan, name))
        self.session.add(row)
        self.session.flush()
        return self.get(plan.parent_id)

    def all(self) -> list[ContactPlan]:
        rows = self.session.scalars(select(ContactPlanRow).order_by(ContactPlanRow.parent_id))
        return [
            ContactPlan(row.parent_id, **{name: getattr(row, name) for name in _PLAN_FIELDS})
            for row in rows
        ]
