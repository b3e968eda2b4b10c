"""Familieråd's records (``domain.family_conference``): the conference with its people and the
family's plan's items. A save writes the people anew; items keep their rows (and the follow-up
task each became) when they come back with their ids."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bufapp.domain.enums import ConferenceStatus
from bufapp.domain.family_conference import ConferencePerson, FamilyConference, PlanItem
from bufapp.errors import NotFound
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import ConferencePersonRow, ConferencePlanItemRow, FamilyConferenceRow

_PARTS = ("people", "items")


class FamilyConferenceRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _whole(self, row: FamilyConferenceRow) -> FamilyConference:
        people = self.session.scalars(
            select(ConferencePersonRow)
            .where(ConferencePersonRow.conference_id == row.id)
            .order_by(ConferencePersonRow.position, ConferencePersonRow.id)
        )
        items = self.session.scalars(
            select(ConferencePlanItemRow)
            .where(ConferencePlanItemRow.conference_id == row.id)
            .order_by(ConferencePlanItemRow.position, ConferencePlanItemRow.id)
        )
        return to_entity(
            row,
            FamilyConference,
            people=tuple(to_entity(p, ConferencePerson) for p in people),
            items=tuple(to_entity(i, PlanItem) for i in items),
        )

    def get(self, conference_id: int) -> FamilyConference:
        return self._whole(get_row(self.session, FamilyConferenceRow, conference_id))

    def of_parent(self, parent_id: int) -> list[FamilyConference]:
        rows = self.session.scalars(
            select(FamilyConferenceRow)
            .where(FamilyConferenceRow.parent_id == parent_id)
            .order_by(FamilyConferenceRow.planned_for, FamilyConferenceRow.id)
        )
        return [self._whole(row) for row in rows]

    def save(self, conference: FamilyConference) -> FamilyConference:
        if conference.id is not None:
            row = get_row(self.session, FamilyConferenceRow, conference.id)
            if row.parent_id != conference.parent_id:
                raise NotFound
        else:
            row = FamilyConferenceRow()
        copy_into(row, conference, skip=_PARTS)
        self.session.add(row)
        self.session.flush()
        self._save_people(row.id, conference.people)
        self._save_items(row.id, conference.items)
        self.session.flush()
        return self._whole(row)

    def _save_people(self, conference_id: int, people: tuple[ConferencePerson, ...]) -> None:
        self.session.execute(
            delete(ConferencePersonRow).where(ConferencePersonRow.conference_id == conference_id)
        )
        for position, person in enumerate(people):
            row = ConferencePersonRow(conference_id=conference_id, position=position)
            copy_into(row, person)
            self.session.add(row)

    def _save_items(self, conference_id: int, items: tuple[PlanItem, ...]) -> None:
        kept = {
            row.id: row
            for row in self.session.scalars(
                select(ConferencePlanItemRow).where(
                    ConferencePlanItemRow.conference_id == conference_id
                )
            )
        }
        wanted = {item.id for item in items if item.id is not None}
        for ident, row in kept.items():
            if ident not in wanted:
                self.session.delete(row)
        self.session.flush()
        for position, item in enumerate(items):
            row = kept.get(item.id) if item.id is not None else None
            if item.id is not None and row is None:
                raise NotFound
            row = row or ConferencePlanItemRow(conference_id=conference_id)
            task_id = row.task_id  # the task an item became is the service's to set
            copy_into(row, item)
            row.task_id = task_id if item.task_id is None else item.task_id
            row.position = position
            self.session.add(row)

    def set_task(self, item_id: int, task_id: int) -> None:
        row = get_row(self.session, ConferencePlanItemRow, item_id)
        row.task_id = task_id
        self.session.flush()

    def ahead_and_held(self, today: date) -> list[FamilyConference]:
        """Oversikt's input: the planned conferences and each parent's held ones (without their
        people and items, which Oversikt does not read)."""
        rows = self.session.scalars(
            select(FamilyConferenceRow).where(
                FamilyConferenceRow.status.in_((ConferenceStatus.PLANNED, ConferenceStatus.HELD))
            )
        )
        return [to_entity(row, FamilyConference, people=(), items=()) for row in rows]
