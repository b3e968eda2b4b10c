"""The follow-up's document: the information sheet for a parent (issue 20 § 2), gathered in one
unit of work, made for the parent through the same disclosure rules as every other document, and
kept as PDF/A once printed or saved, with the checklist items it gives noted as given by letter
(not yet confirmed understood, so Oversikt asks the caseworker to check).

The sheet is made for one placement basis. A parent with children on different bases gets the
sheet for the basis chosen; without a choice, that of the most recent ongoing placement. A parent
with no child placed now gets no sheet (it would say the child lives elsewhere now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.documents.followup.information_sheet import (
    InformationSheet,
    SheetAssessment,
    build_information_sheet,
)
from bufapp.documents.followup.sheet_parts import SheetContact
from bufapp.documents.forms import Form
from bufapp.documents.recipe import Recipe
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.documents import StoredDocument
from bufapp.domain.entities import Caseworker, Child, Office, Placement
from bufapp.domain.enums import (
    Audience,
    DocumentKind,
    InformationManner,
    PlacementBasis,
    Understanding,
)
from bufapp.domain.followup import InformationGiven
from bufapp.domain.followup_checks import check_information
from bufapp.domain.followup_rules import current_assessment
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.disclosure import disclosure_of
from bufapp.services.document_base import FeatureDocuments
from bufapp.services.documents import case_numbers, keep_in, letterhead, parent_address
from bufapp.services.followup.page import checklist_items, current_placement, role_table

WHAT = "Informasjonsarket"
ASSESSMENT_LABEL = "Barnevernstjenestens vurdering"
NO_PLACEMENT = (
    "Ingen av barna til forelderen er registrert som plassert nå. Informasjonsarket er for "
    "foreldre med barn i fosterhjem eller på institusjon: registrer plasseringen først."
)
NO_SUCH_BASIS = "Forelderen har ingen barn plassert med grunnlaget «{basis}»."


@dataclass(frozen=True)
class MadeSheet:
    """A sheet as made for the preview: its bytes, the basis it was made for, and the checklist
    items it gives (noted when the sheet is kept)."""

    parent_id: int
    basis: PlacementBasis
    pdf: bytes
    covered: tuple[str, ...]


@dataclass(frozen=True)
class _Placed:
    child: Child
    placement: Placement


def placed_children(children: list[Child], placements: dict[int, list[Placement]], today: date
                    ) -> list[_Placed]:  # fmt: skip
    """The children placed today, each with their ongoing placement, the most recent first. A
    child who has moved home is not in it: the sheet says where things stand now."""
    placed = []
    for child in children:
        ongoing = [p for p in placements.get(child.id or 0, []) if p.is_ongoing(today)]
        chosen = current_placement(ongoing, today)
        if chosen is not None:
            placed.append(_Placed(child, chosen))
    return sorted(placed, key=lambda p: (p.placement.start_date, p.placement.id or 0),
                  reverse=True)  # fmt: skip


def bases_of(placed: list[_Placed]) -> list[PlacementBasis]:
    """The bases of ``placed``, the most recent placement's first."""
    return list(dict.fromkeys(p.placement.basis for p in placed))


def _contact(office: Office | None, caseworker: Caseworker | None) -> SheetContact:
    return SheetContact(
        caseworker=caseworker.name if caseworker else "",
        caseworker_phone=caseworker.phone.strip() if caseworker else "",
        caseworker_email=caseworker.email.strip() if caseworker else "",
        office=office.municipality if office else "",
        office_phone=office.phone.strip() if office else "",
        office_email=office.email.strip() if office else "",
        office_address=office.address.strip() if office else "",
    )


def _place_key(placed: list[_Placed], rules: Disclosure) -> str:
    """The kind of place, when every child on the basis lives in the same kind and where they
    live may be said; otherwise the form's «other» («utenfor hjemmet»)."""
    kinds = {p.placement.place_type.value for p in placed}
    if len(kinds) != 1 or not all(rules.shows_placement(p.placement) for p in placed):
        return "other"
    return kinds.pop()


def covered_items(wording: Form, basis: PlacementBasis, with_assessment: bool, known: list[str]
                  ) -> tuple[str, ...]:  # fmt: skip
    """The checklist keys the sheet gives, in the checklist's order, only those it knows."""
    covered = wording.values["covered"]
    keys = {*covered["common"], *covered.get(basis.value, [])}
    if with_assessment:
        keys |= set(covered["with_assessment"])
    return tuple(key for key in known if key in keys)


class FollowUpDocuments(FeatureDocuments):
    def bases(self, parent_id: int) -> list[PlacementBasis]:
        """The bases a sheet can be made for, the default (most recent placement's) first."""
        with self._uow() as uow:
            children = uow.children.of_parent(parent_id)
            placements = {c.id or 0: uow.placements.of_child(c.id or 0) for c in children}
        return bases_of(placed_children(children, placements, self._today()))

    def information_sheet(self, parent_id: int, basis: PlacementBasis | None = None) -> MadeSheet:
        """The sheet for ``basis`` (None: the most recent placement's), checked against what the
        parent may not know: DisclosureBlocked if it would say where a hidden child lives."""
        recipe, chosen, covered = self.information_sheet_recipe(parent_id, basis)
        return MadeSheet(parent_id, chosen, recipe.pdf(), covered)

    def information_sheet_recipe(
        self, parent_id: int, basis: PlacementBasis | None = None
    ) -> tuple[Recipe, PlacementBasis, tuple[str, ...]]:
        today = self._today()
        followup, wording = self._form("followup"), self._form("information_sheet")
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            children = uow.children.of_parent(parent_id)
            placements = {c.id or 0: uow.placements.of_child(c.id or 0) for c in children}
            assessment = current_assessment(uow.followup.assessments([parent_id]))
            office, caseworker = uow.office.office(), uow.office.caseworker()
            rules = disclosure_of(uow, parent_id, Audience.PARENT)
        placed = placed_children(children, placements, today)
        if not placed:
            raise ValidationFailed([FieldProblem("basis", NO_PLACEMENT)])
        chosen = basis or placed[0].placement.basis
        on_basis = [p for p in placed if p.placement.basis is chosen]
        if not on_basis:
            message = NO_SUCH_BASIS.format(basis=chosen.label.lower())
            raise ValidationFailed([FieldProblem("basis", message)])
        if assessment is not None:  # said by name before the whole sheet is checked
            rules.require_discreet({"assessment": assessment.text},
                                   {"assessment": ASSESSMENT_LABEL})  # fmt: skip
        first = on_basis[0]
        link = next(link for link in first.child.parents if link.parent_id == parent_id)
        roles = role_table(followup, first.placement, link)
        data = InformationSheet(
            basis=chosen.value,
            children=tuple(p.child.given_names for p in on_basis),
            place=_place_key(on_basis, rules),
            role_intro=roles.intro,
            role_columns=(followup.text("roles.decision"), followup.text("roles.who")),
            role_rows=roles.rows,
            contact=_contact(office, caseworker),
            caseworker=caseworker.name if caseworker else "",
            dated=today,
            recipient=parent_address(parent),
            our_reference=case_numbers(p.child for p in on_basis),
            responsible=link.parental_responsibility,
            assessment=None
            if assessment is None
            else SheetAssessment(assessment.text, assessment.written_on, assessment.reassess_on),
        )
        known = [key for key, _label in checklist_items(followup)]
        covered = covered_items(wording, chosen, assessment is not None, known)
        common = self._form("common")
        recipe = Recipe(build_information_sheet, data, letterhead(office, caseworker), common,
                        wording, rules, WHAT)  # fmt: skip
        return recipe, chosen, covered

    def keep_information_sheet(self, sheet: MadeSheet, title: str) -> StoredDocument:
        """The sheet that was printed or saved, kept as PDF/A, and the items it gives noted on
        the checklist (given by letter today, understanding not yet confirmed), in one
        transaction. An item a sheet already noted today is not noted twice."""
        wording, followup = self._form("information_sheet"), self._form("followup")
        note = wording.text("covered.note")
        today = self._today()
        known = [key for key, _label in checklist_items(followup)]
        with self._uow() as uow:
            already = {
                g.item
                for g in uow.followup.information([sheet.parent_id])
                if g.given_on == today and g.manner is InformationManner.LETTER and g.note == note
            }
            given = [
                InformationGiven(sheet.parent_id, key, today, InformationManner.LETTER,
                                 understood=Understanding.UNCONFIRMED, note=note)
                for key in sheet.covered
                if key not in already
            ]  # fmt: skip
            require_valid([p for g in given for p in check_information(g, known, today)])
            kept = keep_in(uow, DocumentKind.INFORMATION_SHEET, sheet.parent_id, title,
                           sheet.pdf, self._now())  # fmt: skip
            for record in given:
                uow.followup.save(record)
            uow.commit()
        return kept
