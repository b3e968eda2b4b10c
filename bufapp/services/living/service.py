"""Levekår's service: the page of one parent (assessments newest first, the areas as series,
the change since last time, when the parent is asked again), each assessment saved through the
domain's checks, the interval per parent, help where the parent wants it (a referral draft to
the right service, or a follow-up task), and Oversikt's deadlines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from bufapp.documents.forms import Form, load_form
from bufapp.domain.consent import Service
from bufapp.domain.contact_log import FollowUpTask
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import InformationCategory, LivingArea
from bufapp.domain.living import (
    DEFAULT_INTERVAL_MONTHS,
    AreaRating,
    LivingAssessment,
    check_assessment,
    check_interval,
    scale_label,
    trimmed,
)
from bufapp.domain.living_rules import (
    CATEGORIES,
    SERVICE_TYPES,
    Change,
    Point,
    changes,
    living_deadlines,
    newest_first,
    next_due,
    series,
)
from bufapp.domain.referral import Referral
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.referrals.service import ReferralService
from bufapp.storage.uow import UnitOfWork

FORM = "living"
TASK_DAYS = 14  # a follow-up task on a wish for help: due in two weeks


@dataclass(frozen=True)
class LivingPage:
    parent_id: int
    assessments: tuple[LivingAssessment, ...]  # newest first
    series: dict[LivingArea, list[Point]]  # oldest first, per area
    changes: dict[LivingArea, Change]  # the newest against the one before
    interval_months: int
    interval_is_default: bool
    next_due: date | None
    placed_since: date | None  # the placement going on (None: no child placed now)
    prompts: dict[LivingArea, tuple[str, ...]] = field(default_factory=dict)
    finance_consequences: str = ""
    intro: str = ""

    @property
    def latest(self) -> LivingAssessment | None:
        return self.assessments[0] if self.assessments else None


class LivingService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        form: Callable[[], Form] = lambda: load_form(FORM),
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._form = form

    def today(self) -> date:
        return self._today()

    # --- reading ------------------------------------------------------------------------------

    def page(self, parent_id: int) -> LivingPage:
        today, form = self._today(), self._form()
        with self._uow() as uow:
            uow.parents.get(parent_id)
            assessments = uow.living.of_parent(parent_id)
            interval = uow.living.interval(parent_id)
            placed = uow.living.placed_since(today, [parent_id]).get(parent_id)
        areas = form.values.get("areas", {})
        return LivingPage(
            parent_id=parent_id,
            assessments=tuple(newest_first(assessments)),
            series=series(assessments),
            changes=changes(assessments),
            interval_months=interval or DEFAULT_INTERVAL_MONTHS,
            interval_is_default=interval is None,
            next_due=next_due(assessments, interval, placed),
            placed_since=placed,
            prompts={
                area: tuple(str(p) for p in areas.get(area.value, {}).get("prompts", ()))
                for area in LivingArea
            },
            finance_consequences=str(areas.get("finances", {}).get("consequences", "")),
            intro=str(form.values.get("intro", {}).get("text", "")),
        )

    def services_for(self, area: LivingArea) -> list[Service]:
        """The office's services that help with the area, the first-choice type first."""
        order = SERVICE_TYPES[area]
        with self._uow() as uow:
            found = [s for s in uow.services.list() if s.type in order]
        return sorted(found, key=lambda s: (order.index(s.type), s.name.casefold()))

    # --- saving -------------------------------------------------------------------------------

    def save_assessment(self, assessment: LivingAssessment) -> LivingAssessment:
        """A new dated assessment; an earlier one is never changed (the next one corrects)."""
        if assessment.id is not None:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "assessed_on",
                        "En vurdering endres ikke. Lag en ny vurdering med dagens dato.",
                    )
                ]
            )
        assessment = trimmed(assessment)
        require_valid(check_assessment(assessment, self._today()))
        with self._uow() as uow:
            uow.parents.get(assessment.parent_id)
            saved = uow.living.add(assessment)
            uow.commit()
        return saved

    def set_interval(self, parent_id: int, months: int) -> None:
        require_valid(check_interval(months))
        with self._uow() as uow:
            uow.parents.get(parent_id)
            uow.living.set_interval(parent_id, months)
            uow.commit()

    # --- help where the parent wants it ---------------------------------------------------------

    def _wanted(self, parent_id: int, area: LivingArea) -> AreaRating:
        """The area in the newest assessment, where the parent said they want help."""
        with self._uow() as uow:
            assessments = uow.living.of_parent(parent_id)
        latest = newest_first(assessments)[0] if assessments else None
        rating = latest.rating(area) if latest is not None else None
        if rating is None or not rating.wants_help:
            raise ValidationFailed(
                [
                    FieldProblem(
                        area.value,
                        f"Forelderen har ikke bedt om hjelp med {area.label.lower()} "
                        "i den siste vurderingen.",
                    )
                ]
            )
        return rating

    def referral_draft_for(
        self, parent_id: int, area: LivingArea, service_id: int | None = None
    ) -> Referral:
        """A referral draft to the service for the area (``service_id``, or the first of the
        right type in the address book), the area as its subject and the parent's own words
        in it. It is a draft like any other: finishing it goes through the consent gate."""
        rating = self._wanted(parent_id, area)
        if service_id is None:
            services = self.services_for(area)
            if not services:
                types = " eller ".join(t.label for t in SERVICE_TYPES[area])
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "service_id",
                            f"Adresseboken har ingen tjeneste av typen {types}. "
                            "Legg den inn først.",
                        )
                    ]
                )
            service_id = services[0].id
        assert service_id is not None
        form = self._form()
        words = rating.parent_words or form.text("referral.no_words")
        judgement = f"Egen vurdering av {area.label.lower()}: {scale_label(rating.parent_score)}."
        draft = Referral(
            parent_id=parent_id,
            service_id=service_id,
            request=form.text("referral.request").format(
                area=area.label, area_lower=area.label.lower()
            ),
            categories=(InformationCategory.PERSONAL_DETAILS, CATEGORIES[area]),
            parent_words=f"{words}\n\n{judgement}",
        )
        return ReferralService(self._uow, today=self._today).save_draft(draft)

    def task_for(self, parent_id: int, area: LivingArea) -> FollowUpTask:
        """A follow-up task on the wish for help, due in two weeks."""
        self._wanted(parent_id, area)
        what = (
            self._form()
            .text("referral.task")
            .format(area=area.label, area_lower=area.label.lower())
        )
        task = FollowUpTask(
            what=what, due=self._today() + timedelta(days=TASK_DAYS), parent_id=parent_id
        )
        return ContactLogService(self._uow, today=self._today).save_task(task)

    # --- Oversikt -----------------------------------------------------------------------------

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Each parent with a child placed now: the next assessment, or the first one a month
        after the placement. Three grouped queries, whatever the size of the office."""
        placed = uow.living.placed_since(today)
        if not placed:
            return []
        return living_deadlines(placed, uow.living.last_assessed(), uow.living.intervals(), today)
