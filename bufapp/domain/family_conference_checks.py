"""What a valid familieråd record is, and its deadlines. Each problem names its field, in
Norwegian. Dates are Oslo calendar dates."""

from __future__ import annotations

from datetime import date, timedelta

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import ConferenceStatus, DeadlineKind, PlanApproval
from bufapp.domain.family_conference import Approval, FamilyConference
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

MAX_TEXT = 20_000
MAX_NAME = 200
EARLIEST_YEAR = 2000
# How far ahead a planned conference shows in Oversikt.
PLANNED_AHEAD_DAYS = 14
# A follow-up conference is usually within a year; further ahead is asked about, not refused.
FOLLOW_UP_WITHIN_DAYS = 2 * 366

COORDINATOR_IN_SERVICE = N_(
    "Koordinatoren skal være uavhengig av barnevernstjenesten. Velg en koordinator utenfor "
    "tjenesten (for eksempel fra en koordinatorpool i en annen kommune eller Bufetat)."
)


def _texts_fit(record: object) -> list[FieldProblem]:
    return [
        FieldProblem(name, f"Teksten er for lang (over {MAX_TEXT} tegn).")
        for name, value in vars(record).items()
        if isinstance(value, str) and len(value) > MAX_TEXT
    ]


def _year_ok(field: str, day: date | None) -> list[FieldProblem]:
    if day is not None and day.year < EARLIEST_YEAR:
        return [FieldProblem(field, N_("Datoen ser feil ut – sjekk året."))]
    return []


def check_conference(conference: FamilyConference, today: date) -> list[FieldProblem]:
    """Every problem with the conference at once."""
    c = conference
    problems = _texts_fit(c)
    if not c.question.strip():
        problems.append(
            FieldProblem("question", N_("Skriv spørsmålet familien skal svare på i familierådet."))
        )
    if not c.parent_consented:
        problems.append(
            FieldProblem(
                "parent_consented",
                N_("Familieråd bygger på frivillig samtykke. Kryss av når forelderen har sagt ja."),
            )
        )
    if c.coordinator_in_service:
        problems.append(FieldProblem("coordinator_in_service", COORDINATOR_IN_SERVICE))
    if len(c.coordinator_name) > MAX_NAME or len(c.coordinator_org) > MAX_NAME:
        problems.append(FieldProblem("coordinator_name", N_("Navnet er for langt.")))
    problems += _year_ok("planned_for", c.planned_for)
    problems += _status_problems(c, today)
    problems += _people_problems(c)
    problems += _item_problems(c)
    problems += _approval_problems(c.approval, c.reservations, c.approved_on, c, today)
    problems += _follow_up_problems(c.follow_up_on, c)
    return problems


def _status_problems(c: FamilyConference, today: date) -> list[FieldProblem]:
    problems = []
    if c.status is ConferenceStatus.HELD:
        if c.held_on is None:
            problems.append(FieldProblem("held_on", N_("Skriv datoen familierådet ble holdt.")))
        elif c.held_on > today:
            problems.append(
                FieldProblem("held_on", N_("Et familieråd kan ikke være holdt fram i tid."))
            )
        else:
            problems += _year_ok("held_on", c.held_on)
        if c.people and not c.came:
            problems.append(FieldProblem("people", N_("Kryss av hvem som kom på familierådet.")))
    else:
        if c.held_on is not None:
            problems.append(
                FieldProblem(
                    "held_on", N_("Et familieråd som ikke er holdt, har ingen dato holdt.")
                )
            )
        if any(p.came for p in c.people):
            problems.append(
                FieldProblem(
                    "people", N_("Ingen kan ha kommet på et familieråd som ikke er holdt.")
                )
            )
        if c.items:
            problems.append(
                FieldProblem(
                    "items", N_("Familiens plan lages på familierådet. Registrer det holdt.")
                )
            )
        if c.approval is not None:
            problems.append(
                FieldProblem(
                    "approval", N_("Planen kan bare godkjennes etter at familierådet er holdt.")
                )
            )
    if c.status is ConferenceStatus.CANCELLED and not c.cancelled_reason.strip():
        problems.append(
            FieldProblem("cancelled_reason", N_("Skriv hvorfor familierådet ble avlyst."))
        )
    return problems


def _people_problems(c: FamilyConference) -> list[FieldProblem]:
    problems = []
    for index, person in enumerate(c.people, start=1):
        if not person.name.strip():
            problems.append(FieldProblem("people", f"Person {index}: skriv navnet."))
        elif len(person.name) > MAX_NAME or len(person.relation) > MAX_NAME:
            problems.append(FieldProblem("people", f"Person {index}: navnet er for langt."))
    names = [(p.name.strip().casefold(), p.relation.strip().casefold()) for p in c.people]
    if len(set(names)) != len(names):
        problems.append(FieldProblem("people", N_("Samme person står to ganger i listen.")))
    return problems


def _item_problems(c: FamilyConference) -> list[FieldProblem]:
    problems = []
    for index, item in enumerate(c.items, start=1):
        if not item.what.strip():
            problems.append(FieldProblem("items", f"Punkt {index}: skriv hva som skal gjøres."))
        if not item.who.strip():
            problems.append(FieldProblem("items", f"Punkt {index}: skriv hvem som gjør det."))
        if item.by_when is not None and c.held_on is not None and item.by_when < c.held_on:
            problems.append(
                FieldProblem("items", f"Punkt {index}: fristen kan ikke være før familierådet.")
            )
    return problems


def _approval_problems(
    approval: PlanApproval | None,
    reservations: str,
    approved_on: date | None,
    c: FamilyConference,
    today: date,
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if approval is None:
        if reservations.strip() or approved_on is not None:
            problems.append(FieldProblem("approval", N_("Velg om planen er godkjent.")))
        return problems
    if c.status is ConferenceStatus.HELD and not c.items:
        problems.append(FieldProblem("approval", N_("Det er ingen plan å godkjenne ennå.")))
    if approved_on is None:
        problems.append(FieldProblem("approved_on", N_("Skriv datoen planen ble behandlet.")))
    elif approved_on > today:
        problems.append(FieldProblem("approved_on", N_("Datoen kan ikke være fram i tid.")))
    elif c.held_on is not None and approved_on < c.held_on:
        problems.append(
            FieldProblem("approved_on", N_("Planen kan ikke være behandlet før familierådet."))
        )
    if approval is not PlanApproval.APPROVED and not reservations.strip():
        what = "forbeholdene" if approval is PlanApproval.APPROVED_WITH_RESERVATIONS else "hvorfor"
        problems.append(
            FieldProblem(
                "reservations",
                f"Skriv {what} – familien har krav på å vite hva tjenesten ikke kan godta.",
            )
        )
    return problems


def _follow_up_problems(follow_up_on: date | None, c: FamilyConference) -> list[FieldProblem]:
    if follow_up_on is None:
        return []
    if follow_up_on <= c.day:
        return [
            FieldProblem("follow_up_on", N_("Det oppfølgende familierådet må være etter dette."))
        ]
    if follow_up_on > c.day + timedelta(days=FOLLOW_UP_WITHIN_DAYS):
        return [
            FieldProblem("follow_up_on", N_("Oppfølgingen er mer enn to år fram – sjekk året."))
        ]
    return []


def check_approval(
    approval: Approval, conference: FamilyConference, today: date
) -> list[FieldProblem]:
    """The service's answer to a held conference's plan."""
    problems = []
    if conference.status is not ConferenceStatus.HELD:
        problems.append(
            FieldProblem(
                "approval", N_("Planen kan bare godkjennes etter at familierådet er holdt.")
            )
        )
    if len(approval.reservations) > MAX_TEXT:
        problems.append(
            FieldProblem("reservations", f"Teksten er for lang (over {MAX_TEXT} tegn).")
        )
    problems += _approval_problems(
        approval.approval, approval.reservations, approval.approved_on, conference, today
    )
    problems += _follow_up_problems(approval.follow_up_on, conference)
    return problems


def conference_deadlines(conferences: list[FamilyConference], today: date) -> list[Deadline]:
    """A planned conference in the next two weeks (or overdue: record it held or cancelled), and
    each follow-up conference set on the latest held one of a parent not yet planned."""
    found: list[Deadline] = []
    latest_held: dict[int, FamilyConference] = {}
    planned_after: dict[int, date] = {}
    for c in conferences:
        if c.status is ConferenceStatus.PLANNED:
            planned_after[c.parent_id] = max(
                planned_after.get(c.parent_id, c.planned_for), c.planned_for
            )
            if c.planned_for <= today + timedelta(days=PLANNED_AHEAD_DAYS):
                title = (
                    N_("Familieråd – registrer det holdt eller avlyst")
                    if c.planned_for < today
                    else N_("Familieråd")
                )
                found.append(
                    Deadline(
                        DeadlineKind.FAMILY_CONFERENCE, c.parent_id, c.planned_for, title, ref=c.id
                    )
                )
        elif c.status is ConferenceStatus.HELD:
            before = latest_held.get(c.parent_id)
            if before is None or (c.day, c.id or 0) > (before.day, before.id or 0):
                latest_held[c.parent_id] = c
    for parent_id, c in latest_held.items():
        if c.follow_up_on is None:
            continue
        # Once the follow-up conference is planned, its own line takes over.
        if planned_after.get(parent_id, date.min) > c.day:
            continue
        found.append(
            Deadline(
                DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP,
                parent_id,
                c.follow_up_on,
                N_("Oppfølgende familieråd – planlegg det med koordinatoren"),
                ref=c.id,
            )
        )
    return found
