"""Familieråd's service: the page of one parent, the conference saved through the domain's checks
(planned, then held with the family's plan), the service's approval of the plan, the plan's items
made into follow-up tasks (once), and Oversikt's deadlines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bufapp.domain.contact_log import FollowUpTask
from bufapp.domain.contact_rules import check_task
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import TaskResponsible
from bufapp.domain.family_conference import (
    Approval,
    ConferencePerson,
    FamilyConference,
    PlanItem,
    ordered,
    people_from_network,
)
from bufapp.domain.family_conference_checks import (
    check_approval,
    check_conference,
    conference_deadlines,
)
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ConferencePage:
    parent_id: int
    conferences: tuple[FamilyConference, ...]  # planned first, then the newest
    tasks: dict[int, FollowUpTask]  # the tasks the plans' items became, by id
    network: tuple[ConferencePerson, ...]  # people of the newest network map, to invite
    deadlines: tuple[Deadline, ...]


def _stripped_person(person: ConferencePerson) -> ConferencePerson:
    return replace(person, name=person.name.strip(), relation=person.relation.strip())


def _stripped_item(item: PlanItem) -> PlanItem:
    return replace(item, what=item.what.strip(), who=item.who.strip())


def _stripped(conference: FamilyConference) -> FamilyConference:
    texts = {k: v.strip() for k, v in vars(conference).items() if type(v) is str}
    return replace(
        conference,
        **texts,
        people=tuple(_stripped_person(p) for p in conference.people if p.name.strip()),
        items=tuple(_stripped_item(i) for i in conference.items if i.what.strip() or i.who.strip()),
    )


class FamilyConferenceService:
    def __init__(
        self, unit_of_work: Callable[[], UnitOfWork], today: Callable[[], date] = today_oslo
    ) -> None:
        self._uow = unit_of_work
        self._today = today

    def today(self) -> date:
        return self._today()

    # --- reading ------------------------------------------------------------------------------

    def page(self, parent_id: int) -> ConferencePage:
        today = self._today()
        with self._uow() as uow:
            uow.parents.get(parent_id)
            conferences = uow.family_conferences.of_parent(parent_id)
            task_ids = {i.task_id for c in conferences for i in c.items if i.task_id is not None}
            tasks = {t.id: t for t in uow.tasks.of_parent(parent_id) if t.id in task_ids}
            network = uow.network_maps.latest(parent_id)
        people: list[ConferencePerson] = []
        if network is not None:
            sectors = {s.key: s.name for s in network.sectors}
            people = [
                replace(p, relation=sectors.get(m.sector, ""))
                for p, m in zip(
                    people_from_network([(m.key, m.label) for m in network.members]),
                    [m for m in network.members if m.label],
                    strict=True,
                )
            ]
        return ConferencePage(
            parent_id=parent_id,
            conferences=tuple(ordered(conferences)),
            tasks={k: v for k, v in tasks.items() if k is not None},
            network=tuple(people),
            deadlines=tuple(sorted(conference_deadlines(conferences, today), key=lambda d: d.due)),
        )

    def get(self, conference_id: int) -> FamilyConference:
        with self._uow() as uow:
            return uow.family_conferences.get(conference_id)

    # --- saving -------------------------------------------------------------------------------

    def save(self, conference: FamilyConference) -> FamilyConference:
        """A conference planned, held (with the family's plan), cancelled, or corrected."""
        conference = _stripped(conference)
        require_valid(check_conference(conference, self._today()))
        with self._uow() as uow:
            uow.parents.get(conference.parent_id)
            if conference.id is not None:
                before = uow.family_conferences.get(conference.id)
                require_valid(_made_tasks_stay(before, conference))
            saved = uow.family_conferences.save(conference)
            uow.commit()
        return saved

    def record_approval(self, approval: Approval) -> FamilyConference:
        """The service's answer to the family's plan, and the follow-up conference's date."""
        approval = replace(approval, reservations=approval.reservations.strip())
        with self._uow() as uow:
            conference = uow.family_conferences.get(approval.conference_id)
            require_valid(check_approval(approval, conference, self._today()))
            saved = uow.family_conferences.save(
                replace(
                    conference,
                    approval=approval.approval,
                    reservations=approval.reservations,
                    approved_on=approval.approved_on,
                    follow_up_on=approval.follow_up_on,
                )
            )
            uow.commit()
        return saved

    def plan_to_tasks(self, conference_id: int) -> list[FollowUpTask]:
        """Each item of the family's plan not yet a task becomes a follow-up task on the parent:
        responsible the named person, due by its day. Pressed again, nothing is made twice.
        Returns the tasks made now."""
        made = []
        with self._uow() as uow:
            conference = uow.family_conferences.get(conference_id)
            if not conference.items:
                raise ValidationFailed(
                    [FieldProblem("items", "Familierådet har ingen plan å gjøre til oppgaver.")]
                )
            for index, item in enumerate(conference.items_without_task):
                task = FollowUpTask(
                    what=f"Familierådets plan: {item.what}",
                    responsible=TaskResponsible.OTHER,
                    responsible_name=item.who,
                    due=item.by_when,
                    parent_id=conference.parent_id,
                )
                require_valid(check_task(task, index))
                saved = uow.tasks.save(task)
                uow.family_conferences.set_task(item.id or 0, saved.id or 0)
                made.append(saved)
            uow.commit()
        return made

    # --- Oversikt -----------------------------------------------------------------------------

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """The planned conferences near or overdue, and the follow-up conference due."""
        return conference_deadlines(uow.family_conferences.ahead_and_held(today), today)


def _made_tasks_stay(before: FamilyConference, after: FamilyConference) -> list[FieldProblem]:
    """An item that became a task is not removed from the plan: the task refers to it."""
    kept = {i.id for i in after.items}
    gone = [i for i in before.items if i.task_id is not None and i.id not in kept]
    if gone:
        return [
            FieldProblem(
                "items",
                f"«{gone[0].what}» er allerede gjort til en oppgave og kan ikke fjernes fra planen. "
                "Lukk oppgaven i kontaktloggen i stedet.",
            )
        ]
    return []
