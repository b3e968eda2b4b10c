"""Deterministic demo data: an invented office, caseworker, parents, children and placements.

Everything goes through ``RegisterService``, so demo data passes the same validation as data a
caseworker types. Only synthetic national ID numbers (month + 80) are made, so no real person
can ever be named. The same seed and the same ``today`` always give the same vault.

``fill_demo`` is the entry point: the families come from ``families`` (their people's details
from ``people``), then the directory and referrals, groups and network maps, the protected
parent of ``hidden``, the follow-up of each parent (``followup``), written from the contact log
it fits, and last samvær (``visits``): plans, visits, and the talks before and after them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date

from bufapp.demo.builder import Counts
from bufapp.demo.data import organisation_number
from bufapp.demo.families import FamilyBuilder
from bufapp.demo.family_conference import fill_demo_conferences
from bufapp.demo.feedback import fill_demo_feedback
from bufapp.demo.followup import fill_demo_followup
from bufapp.demo.group_offers import fill_demo_group_offers
from bufapp.demo.groups import fill_demo_groups
from bufapp.demo.hidden import hide_whereabouts, mark_one_exempt, most_mapped
from bufapp.demo.living import fill_demo_living
from bufapp.demo.networks import fill_demo_networks
from bufapp.demo.office_report import fill_demo_report_words
from bufapp.demo.referrals import fill_demo_referrals
from bufapp.demo.visits import fill_demo_visits
from bufapp.documents.forms import load_form
from bufapp.errors import BufappError
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.feedback.service import FeedbackService
from bufapp.services.followup.service import FORM as FOLLOW_UP_FORM
from bufapp.services.followup.service import FollowUpService
from bufapp.services.living.service import LivingService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import FORM as VISITS_FORM
from bufapp.services.visits.service import VisitService

__all__ = ["DemoRefused", "DemoSummary", "fill_demo", "organisation_number"]


class DemoRefused(BufappError):
    message = "Demodata kan bare fylles i en tom database. Ingenting ble endret."


@dataclass(frozen=True)
class DemoSummary:
    parents: int
    children: int
    placements: int
    contacts: int
    first_conversations: int  # parents who have had a held conversation after the placement
    parents_with_interpreter: int
    parents_without_national_id: int
    busy_parents: int  # parents with several hundred contacts over years
    tasks: int  # follow-up tasks agreed in contacts
    open_tasks: int
    contact_plans: int  # agreed contact frequencies and refusals
    refusals: int  # parents who refuse contact for now, offered it again every month
    revised_entries: int  # final entries changed afterwards (a new version with a reason)
    withdrawn_entries: int
    open_entries: int  # still being written
    services: int = 0  # in the directory (adressebok)
    consents: int = 0
    referrals: int = 0
    meetings: int = 0  # in responsibility groups, held and planned
    network_maps: int = 0
    # The follow-up (issue 20): the children's plans, information given, assessments, wishes.
    child_plans: int = 0
    information_given: int = 0
    assessments: int = 0
    wishes: int = 0
    # Samvær (issue 21): the plans (each version), visits, talks before and after them, and more.
    visit_plans: int = 0
    visits: int = 0
    visit_talks: int = 0
    visit_evaluations: int = 0
    travel_support: int = 0


def _summary(c: Counts) -> DemoSummary:
    """What the families hold, counted as they were made."""
    log = c.log
    return DemoSummary(
        parents=c.parents,
        children=c.children,
        placements=c.placements,
        contacts=log.contacts,
        first_conversations=c.first_conversations,
        parents_with_interpreter=c.with_interpreter,
        parents_without_national_id=c.without_national_id,
        busy_parents=c.busy,
        tasks=log.tasks,
        open_tasks=log.open_tasks,
        contact_plans=log.plans,
        refusals=log.refusals,
        revised_entries=log.revised,
        withdrawn_entries=log.withdrawn,
        open_entries=log.open_entries,
    )


def fill_demo(
    register: RegisterService,
    parents: int = 40,
    seed: int = 1,
    today: date | None = None,
    contact_log: ContactLogService | None = None,
    busy_parents: int | None = None,
) -> DemoSummary:
    """Fill an empty, open vault with invented people, the same for the same ``seed`` and
    ``today`` (default: the register's own today, which its validation also judges by).
    ``busy_parents`` (default: about one in twenty, at most four) have several hundred
    contacts each over two to three years; the others have a handful to a few dozen.

    Raises DemoRefused when the vault already holds parents: demo data never mixes with real.
    """
    if parents < 0:
        raise ValueError("parents must be zero or more")
    if register.parent_summaries():
        raise DemoRefused
    # The register judges "not in the future" by its own clock, so dates are made against it.
    if contact_log is None:
        contact_log = ContactLogService(register.unit_of_work, today=register.today)
    builder = FamilyBuilder(
        register,
        contact_log,
        random.Random(seed),
        today or register.today(),
        parents,
        busy_parents,
    )
    builder.office_and_caseworker()
    while builder.counts.parents < parents:
        builder.family(parents - builder.counts.parents)
    parent_ids = [p.id for p in register.parent_summaries()]
    day = today or register.today()
    tally = fill_demo_referrals(register.unit_of_work, parent_ids, random.Random(seed), day)
    meetings = fill_demo_groups(register.unit_of_work, parent_ids, day)
    network_maps = fill_demo_networks(register.unit_of_work, parent_ids, day)
    protected = most_mapped(register.unit_of_work, parent_ids)
    if protected is not None:
        mark_one_exempt(contact_log, protected)
        hide_whereabouts(register, protected)
    form = load_form(FOLLOW_UP_FORM)  # read once: the service would read it for every record
    followup = FollowUpService(register.unit_of_work, today=lambda: day, form=lambda: form)
    follow = fill_demo_followup(register, contact_log, followup, parent_ids, seed, day)
    visits_form = load_form(VISITS_FORM)
    visits = VisitService(register.unit_of_work, today=lambda: day, form=lambda: visits_form)
    samvaer = fill_demo_visits(register, contact_log, visits, parent_ids, seed, day)
    living = LivingService(register.unit_of_work, today=lambda: day)
    fill_demo_living(register, living, parent_ids, seed, day)  # levekår (issue 22)
    feedback = FeedbackService(register.unit_of_work, today=lambda: day)
    fill_demo_feedback(contact_log, feedback, parent_ids, seed, day)  # issue 22: KOR, feedback
    conferences = FamilyConferenceService(register.unit_of_work, today=lambda: day)
    familierad = fill_demo_conferences(conferences, contact_log, parent_ids, day, protected)
    fill_demo_group_offers(register.unit_of_work, parent_ids, day)
    fill_demo_report_words(register.unit_of_work, day)
    summary = _summary(builder.counts)
    return replace(
        summary,
        contacts=summary.contacts + follow.contacts + samvaer.contacts,
        tasks=summary.tasks + samvaer.tasks + familierad.tasks,
        open_tasks=summary.open_tasks + familierad.open_tasks,
        services=tally.services,
        consents=tally.consents,
        referrals=tally.referrals,
        meetings=meetings,
        network_maps=network_maps,
        child_plans=follow.child_plans,
        information_given=follow.information,
        assessments=follow.assessments,
        wishes=follow.wishes,
        visit_plans=samvaer.plans,
        visits=samvaer.visits,
        visit_talks=samvaer.talks,
        visit_evaluations=samvaer.evaluations,
        travel_support=samvaer.travel,
    )
