"""One recipient's copy of the visit plan as the builder's plain data: what that reader may not
know left empty (``plan_readers`` says who may know what), and the free text the copy prints
checked by field name first, so a refusal names the field to mend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.documents.visits.plan_parts import PlanFrame, PlanVersion, PlanVisits, VisitPlanLetter
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.entities import Child, Placement
from bufapp.domain.enums import PlaceType, Supervision, VisitBasis, VisitPlace, VisitPurpose
from bufapp.domain.visit_rules import describe_frequency, plan_changes
from bufapp.domain.visits import VisitPlan
from bufapp.services.documents import case_numbers
from bufapp.services.visits.plan_readers import CARERS, OTHER, PlanRecipient

LABELS = {
    "decision_text": "Hva vedtaket sier",
    "place_note": "Møtested",
    "supervisor": "Tilsynsfører",
    "others_with_rights": "Andre med samværsrett",
    "between_visits": "Kontakt mellom samværene",
    "transport": "Transport",
    "transport_paid_by": "Hvem betaler reisen",
    "purpose_note": "Formålet med samværet",
    "change_reason": "Hvorfor planen er endret",
}
SUPERVISION_KEYS = {
    Supervision.NONE: "no_supervision",
    Supervision.SUPPORTED: "supported",
    Supervision.PROTECTIVE: "protective",
}
PLACE_KEYS = {
    VisitPlace.PARENT_HOME: "parent_home",
    VisitPlace.NEUTRAL: "neutral",
    VisitPlace.MEETING_PLACE: "meeting_place_kind",
    VisitPlace.OTHER: "other_place",
}
# The change list's labels (domain/visit_rules.py) that name the meeting place or supervision.
MEETING_PLACE_LABEL = "Møtested"
FOR_PARTICIPANTS = ("Møtested", "Tilsyn", "Tilsynsfører")


@dataclass(frozen=True)
class Gathered:
    """What every copy of one plan version is made from."""

    plan: VisitPlan
    versions: list[VisitPlan]  # this one first, then the ones it replaced
    child: Child
    placement: Placement | None
    recipients: list[PlanRecipient]
    evaluation_due: date | None
    wording_place: dict[str, str]  # the form's [visits] section


def _hidden_from(placement: Placement | None, rules: Disclosure, reader: str) -> bool:
    """Whether the child's home may not be named or hinted at in this copy."""
    if placement is None or reader == CARERS:
        return False
    return not rules.shows_placement(placement)


def place_words(found: Gathered, recipient: PlanRecipient, rules: Disclosure) -> tuple[str, str]:
    """Where, in words, and the meeting place (empty: not for this reader)."""
    plan, placement, words = found.plan, found.placement, found.wording_place
    meeting = plan.place_note.strip() if recipient.takes_part else ""
    if plan.place is VisitPlace.FOSTER_HOME:
        if _hidden_from(placement, rules, recipient.reader):
            return words["hidden"], ""  # the meeting place could be the foster home itself
        if placement is None:
            return words["foster_home"], meeting
        kind = "institution" if placement.place_type is PlaceType.INSTITUTION else "foster_home"
        if placement.place_name.strip():
            return words[f"at_{kind}_named"].replace("{place}", placement.place_name), meeting
        return words[f"at_{kind}"], meeting
    where = words[PLACE_KEYS[plan.place]]
    if plan.place_note.strip() and not recipient.takes_part:
        meeting = words["place_told"]
    return where, meeting


def _version(found: Gathered, recipient: PlanRecipient, meeting_shown: bool) -> PlanVersion:
    plan, versions = found.plan, found.versions
    number = len(versions)
    if number == 1:
        return PlanVersion(number, plan.valid_from)
    before = versions[1]
    if recipient.reader == OTHER:  # the reasons are about the parent: not theirs to read
        return PlanVersion(number, plan.valid_from, number - 1, before.valid_from)
    changes = plan_changes(before, plan)
    if not meeting_shown:
        changes = [c for c in changes if not c.startswith(f"{MEETING_PLACE_LABEL}:")]
    return PlanVersion(number, plan.valid_from, number - 1, before.valid_from,
                       plan.change_reason, tuple(changes))  # fmt: skip


def plan_letter(
    found: Gathered, recipient: PlanRecipient, rules: Disclosure, parent_name: str,
    caseworker: str, today: date,
) -> VisitPlanLetter:  # fmt: skip
    plan, child = found.plan, found.child
    role = next((x.role.label.lower() for x in child.parents if x.parent_id == plan.parent_id),
                "forelder")  # fmt: skip
    where, meeting = place_words(found, recipient, rules)
    where = where.replace("{parent}", parent_name)
    other = recipient.reader == OTHER
    visits = PlanVisits(
        how_often=describe_frequency(plan.frequency).capitalize(),
        first_visit_on=plan.first_visit_on,
        place=where,
        meeting_place=meeting,
        supervision=SUPERVISION_KEYS[plan.supervision],
        supervisor=plan.supervisor.strip() if plan.supervision is not Supervision.NONE else "",
        between_visits=plan.between_visits.strip(),
        transport=plan.transport.strip(),
        paid_by=plan.transport_paid_by.strip(),
    )
    decided = plan.basis is VisitBasis.DECISION
    frame = PlanFrame(
        decided=decided,
        decided_by=plan.decided_by.strip(),
        decided_on=plan.decided_on,
        # The decision's words are about the parent's visits: not for another person's copy.
        decision_text="" if other else plan.decision_text.strip(),
        # Empty for a minimum of no visits: the form says that in words of its own.
        minimum=describe_frequency(plan.minimum) if plan.minimum and plan.minimum.times else "",
        supervision_decided=plan.supervision_decided,
        agreed=plan.agreed_with_parent,
        agreed_on=plan.agreed_on,
    )
    others = (recipient.line,) if other else tuple(
        line.strip() for line in plan.others_with_rights.splitlines() if line.strip()
    )  # fmt: skip
    return VisitPlanLetter(
        reader=recipient.reader,
        parent_id=plan.parent_id,
        child=child.given_names,
        child_full_name=child.full_name,
        child_born=child.birth_date,
        parent=parent_name,
        role=role,
        frame=frame,
        visits=visits,
        version=_version(found, recipient, bool(meeting) and meeting == plan.place_note.strip()),
        caseworker=caseworker,
        dated=today,
        recipient=recipient.address,
        our_reference=case_numbers([child]),
        others=others,
        purposes=tuple(p.value for p in VisitPurpose if p in plan.purposes),
        purpose_note=plan.purpose_note.strip(),
        evaluate_every_months=plan.evaluate_every_months,
        evaluation_due=found.evaluation_due,
        left_out=frozenset({"visits", "purpose", "changes"}) if other else frozenset(),
    )


def check_fields(
    plan: VisitPlan, recipient: PlanRecipient, data: VisitPlanLetter, rules: Disclosure
) -> None:
    """Each free-text field this copy prints, checked by name before the whole copy is:
    DisclosureBlocked naming the field."""
    if recipient.reader == OTHER:
        fields = {"others_with_rights": recipient.line}
    else:
        fields = {name: str(getattr(plan, name)) for name in LABELS}
        if data.visits.meeting_place != plan.place_note.strip():
            fields.pop("place_note")  # not printed in this copy
    rules.require_discreet(fields, LABELS)
