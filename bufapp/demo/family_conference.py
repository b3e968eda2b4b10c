"""The demo's familieråd (issue 22 § 3), written through ``FamilyConferenceService`` only: one
parent of a placed child, with a network map, had a family group conference on samvær about
five months ago. The coordinator came from outside the service; the people were taken from the
network map, one more typed in; most came. The family's plan has three items; the service
approved it with a reservation; the items became follow-up tasks (one already done); and the
follow-up conference is set a couple of weeks ahead, so Oversikt shows it.

Deterministic: the parent is the first that fits, the dates count back from ``today``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bufapp.domain.enums import (
    ConferencePurpose,
    ConferenceStatus,
    PlanApproval,
    TaskStatus,
)
from bufapp.domain.family_conference import Approval, ConferencePerson, FamilyConference, PlanItem
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.family_conference.service import FamilyConferenceService

HELD_DAYS_AGO = 160
FOLLOW_UP_IN_DAYS = 12
MONTH = timedelta(days=30)
PRIVATE = ("household", "family", "friends", "neighbours")


@dataclass(frozen=True)
class ConferenceTally:
    conferences: int = 0
    tasks: int = 0
    open_tasks: int = 0


def _parent_for(service: FamilyConferenceService, parent_ids: Sequence[int], skip: int | None,
                today: date) -> tuple[int, str, list[ConferencePerson]] | None:  # fmt: skip
    """The first parent of a child placed now who has a network map (not ``skip``)."""
    uow_of = service._uow
    with uow_of() as uow:
        for parent_id in parent_ids:
            if parent_id == skip:
                continue
            placed = any(
                p.is_ongoing(today)
                for c in uow.children.of_parent(parent_id)
                if c.id is not None
                for p in uow.placements.of_child(c.id)
            )
            if placed and uow.network_maps.latest(parent_id) is not None:
                break
        else:
            return None
    with uow_of() as uow:
        latest = uow.network_maps.latest(parent_id)
        given = uow.parents.get(parent_id).given_names.split(" ")[0]
    # The family and the people around it; the helpers from services are not the family's.
    private = {m.key for m in latest.members if m.sector in PRIVATE} if latest else set()
    network = [p for p in service.page(parent_id).network if p.member_key in private]
    return parent_id, given, network


def fill_demo_conferences(
    service: FamilyConferenceService,
    contact_log: ContactLogService,
    parent_ids: Sequence[int],
    today: date,
    skip: int | None = None,
) -> ConferenceTally:
    found = _parent_for(service, parent_ids, skip, today)
    if found is None:
        return ConferenceTally()
    parent_id, given, network = found
    held_on = today - timedelta(days=HELD_DAYS_AGO)
    invited = [replace(p, invited=True) for p in network[:4]]
    invited.append(ConferencePerson("Ánne Márjá Siri", "Naboen, kjenner barnet godt"))
    planned = service.save(
        FamilyConference(
            parent_id=parent_id,
            question=(
                f"Hvordan kan familien og nettverket hjelpe {given}, så samværene med barnet "
                f"blir gode og {given} får støtte mellom samværene?"
            ),
            planned_for=held_on,
            purpose=ConferencePurpose.VISITS,
            purpose_note="Samværene har vært vanskelige å gjennomføre etter plasseringen.",
            coordinator_name="Sigrid Čuđet Haugen",
            coordinator_org="Familierådskoordinatorene i Bufetat region nord",
            people=tuple(invited),
        )
    )
    came = tuple(replace(p, came=index != 1) for index, p in enumerate(planned.people))
    helper = came[0].name if came else "Mormor"
    neighbour = came[-1].name if came else "Naboen"
    held = service.save(
        replace(
            planned,
            status=ConferenceStatus.HELD,
            held_on=held_on,
            people=came,
            items=(
                PlanItem(f"Kjøre {given} til samværene og hjem igjen", helper, held_on + MONTH),
                PlanItem(f"Ringe {given} kvelden før hvert samvær", neighbour),
                PlanItem(
                    "Lage fotobok med barnet til bursdagen",
                    f"{given} og {helper}",
                    today + timedelta(days=20),  # the birthday is still ahead
                ),
            ),
        )
    )
    service.record_approval(
        Approval(
            held.id or 0,
            PlanApproval.APPROVED_WITH_RESERVATIONS,
            held_on + timedelta(days=6),
            reservations=(
                "Samværene er fortsatt med tilsyn, slik vedtaket sier. Kjøringen avtales med "
                "tilsynsfører i god tid før hvert samvær."
            ),
            follow_up_on=today + timedelta(days=FOLLOW_UP_IN_DAYS),
        )
    )
    tasks = service.plan_to_tasks(held.id or 0)
    if tasks:
        contact_log.close_task(tasks[0].id or 0, TaskStatus.DONE, "Kjøringen har gått som avtalt.")
    return ConferenceTally(1, len(tasks), len(tasks) - (1 if tasks else 0))
