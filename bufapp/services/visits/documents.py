"""The visit plan as a document, sent to the parties (issue 21, «The plan as a document»): the
recipients of a plan version, one copy per recipient made through the disclosure rules
(``plan_readers``), and the copies that were printed or saved kept as PDF/A, one stored document
each with its recipient in the title, so the distribution (who got which version, when) is on
record and can be read back for the page («Sendt til: …»).

Each kept copy names its plan version (``visit_plan_id``); its title says the child, version,
first day and recipient («Samværsplan for Ánde, versjon 2 fra 01.03.2026 – til fosterhjemmet»).
The recipient in the title never names the foster home.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bufapp.documents.forms import Form
from bufapp.documents.recipe import Recipe
from bufapp.documents.visits.plan_parts import VisitPlanLetter
from bufapp.documents.visits.visit_plan import build_visit_plan
from bufapp.domain.documents import StoredDocument
from bufapp.domain.enums import DocumentKind
from bufapp.domain.visit_rules import (
    evaluation_due,
    versions_of,
)
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import oslo_date
from bufapp.services.document_base import FeatureDocuments
from bufapp.services.documents import keep_in, letterhead, parent_address
from bufapp.services.visits.plan_letter import Gathered, check_fields, plan_letter
from bufapp.services.visits.plan_readers import (
    PlanRecipient,
    ongoing_placement,
    recipients_of,
    role_of,
    rules_for,
)
from bufapp.storage.uow import UnitOfWork

WHAT = "Samværsplanen"
TITLE_LENGTH = 300  # the stored document's title column
NO_RECIPIENT = "Planen har ingen mottaker «{key}». Velg mottakerne på nytt."
NONE_CHOSEN = "Velg minst én mottaker av samværsplanen."
SENT_TO = "Sendt til: "
REPLACED = (
    "Denne versjonen av samværsplanen er erstattet av en nyere. Send den som gjelder nå; den "
    "gamle står i historikken med hvem som fikk den."
)


@dataclass(frozen=True)
class MadePlanCopy:
    """One recipient's copy as made for the preview, and the title it is kept under."""

    plan_id: int
    parent_id: int
    recipient: PlanRecipient
    title: str
    pdf: bytes


@dataclass(frozen=True)
class PlanSent:
    """One kept copy: which version went to whom, and when."""

    version: int
    valid_from: date
    to: str
    on: date
    document_id: int


class VisitPlanDocuments(FeatureDocuments):
    def _gather(self, uow: UnitOfWork, plan_id: int, wording: Form) -> Gathered:
        plan = uow.visits.plan(plan_id)
        versions = versions_of(uow.visits.plans_of_parent(plan.parent_id), plan)
        child = uow.children.get(plan.child_id)
        parent = uow.parents.get(plan.parent_id)
        placement = ongoing_placement(uow.placements.of_child(plan.child_id), self._today())
        role = role_of(child, plan.parent_id)
        recipients = recipients_of(plan, parent, role, placement, wording, parent_address(parent))
        due = evaluation_due(plan, uow.visits.evaluations([plan_id]))
        return Gathered(plan, versions, child, placement, recipients, due,
                        dict(wording.values["visits"]))  # fmt: skip

    def recipients(self, plan_id: int) -> list[PlanRecipient]:
        """Every party the plan can go to, the parent first."""
        wording = self._form("visit_plan")
        with self._uow() as uow:
            return self._gather(uow, plan_id, wording).recipients

    def copy(self, plan_id: int, key: str) -> MadePlanCopy:
        """The copy for one recipient, checked against what they may not know:
        DisclosureBlocked naming the field if it would say too much."""
        return self.copies(plan_id, [key])[0]

    def copies(self, plan_id: int, keys: Iterable[str]) -> list[MadePlanCopy]:
        """The copies for ``keys`` in the order of the recipients, each checked."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            raise ValidationFailed([FieldProblem("recipients", NONE_CHOSEN)])
        wording = self._form("visit_plan")
        made = []
        for recipe, recipient in self.recipes(plan_id, wanted):
            data: VisitPlanLetter = recipe.data
            title = wording.text("copy.title").format(
                child=data.child, number=data.version.number,
                valid_from=f"{data.version.valid_from:%d.%m.%Y}",
            )  # fmt: skip
            titled = f"{title}{wording.text('copy.to')}{recipient.copy_to}"[:TITLE_LENGTH]
            made.append(MadePlanCopy(plan_id, data.parent_id, recipient, titled, recipe.pdf()))
        return made

    def recipes(self, plan_id: int, keys: list[str]) -> list[tuple[Recipe, PlanRecipient]]:
        wording, common = self._form("visit_plan"), self._form("common")
        with self._uow() as uow:
            if uow.visits.is_replaced(plan_id):
                raise ValidationFailed([FieldProblem("plan", REPLACED)])
            found = self._gather(uow, plan_id, wording)
            by_key = {r.key: r for r in found.recipients}
            unknown = [k for k in keys if k not in by_key]
            if unknown:
                message = NO_RECIPIENT.format(key=unknown[0])
                raise ValidationFailed([FieldProblem("recipients", message)])
            office, caseworker = uow.office.office(), uow.office.caseworker()
            head = letterhead(office, caseworker)
            parent = uow.parents.get(found.plan.parent_id)
            chosen = [r for r in found.recipients if r.key in keys]
            made = []
            for recipient in chosen:
                rules = rules_for(uow, found.plan, recipient, found.placement)
                data = plan_letter(found, recipient, rules, parent.full_name,
                                   caseworker.name if caseworker else "", self._today())  # fmt: skip
                check_fields(found.plan, recipient, data, rules)
                recipe = Recipe(build_visit_plan, data, head, common, wording, rules, WHAT)
                made.append((recipe, recipient))
        return made

    def keep(self, copies: list[MadePlanCopy]) -> list[StoredDocument]:
        """The copies that were printed or saved, kept as PDF/A in one transaction: the
        distribution on record."""
        if not copies:
            return []
        made_at = self._now()
        with self._uow() as uow:
            kept = [
                keep_in(
                    uow,
                    DocumentKind.VISIT_PLAN,
                    c.parent_id,
                    c.title,
                    c.pdf,
                    made_at,
                    visit_plan_id=c.plan_id,
                )
                for c in copies
            ]
            uow.commit()
        return kept

    def sent(self, plan_id: int) -> list[PlanSent]:
        """Every kept copy of this plan and the versions before it, the oldest first."""
        return self._sent(plan_id)[1]

    def _sent(self, plan_id: int) -> tuple[int, list[PlanSent]]:
        """This plan's version number, and every kept copy of it and the versions before it."""
        wording = self._form("visit_plan")
        to = wording.text("copy.to")
        with self._uow() as uow:
            plan = uow.visits.plan(plan_id)
            versions = versions_of(uow.visits.plans_of_parent(plan.parent_id), plan)
            child = uow.children.get(plan.child_id)
            kept = [d for d in uow.documents.of_parent(plan.parent_id)
                    if d.kind is DocumentKind.VISIT_PLAN]  # fmt: skip
        found = []
        for number, version in enumerate(reversed(versions), start=1):
            start = wording.text("copy.title").format(
                child=child.given_names, number=number,
                valid_from=f"{version.valid_from:%d.%m.%Y}",
            ) + to  # fmt: skip
            found += [
                PlanSent(number, version.valid_from, d.title.removeprefix(start),
                         oslo_date(d.made_at), d.id or 0)
                for d in kept
                if d.visit_plan_id == version.id
            ]  # fmt: skip
        return len(versions), sorted(found, key=lambda s: (s.on, s.document_id))

    def sent_line(self, plan_id: int) -> str:
        """«Sendt til: Máret Čuđe (mor) (03.03.2026), fosterhjemmet (03.03.2026)»: who got this
        version and when; empty while it has not been sent (an earlier version's copies are in
        ``sent``)."""
        number, sent = self._sent(plan_id)
        parts = [f"{s.to} ({s.on:%d.%m.%Y})" for s in sent if s.version == number]
        return SENT_TO + ", ".join(parts) if parts else ""
