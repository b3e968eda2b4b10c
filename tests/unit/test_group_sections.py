"""Which sections of a group document a member's copy holds (issue 16 §5): everything for the
parent's own side; for a service, the sections whose category a consent to it covers; nothing
of them for a member consent cannot be checked for; and a category a form misspells is treated
as one nobody consented to."""

from __future__ import annotations

from datetime import date

from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import ConsentForm, InformationCategory, MemberRole, ServiceType
from bufapp.domain.group_rules import member_coverage, section_categories
from bufapp.domain.groups import GroupMember

ON = date(2026, 6, 15)
GP = Service("Legekontoret", ServiceType.GP, id=7)
SECTIONS = section_categories(
    {"purpose": "personal_details", "parent_points": "situation_after_placement",
     "other": "situasjon"}  # a municipality's typing error
)  # fmt: skip
CONSENT = Consent(1, "Ansvarsgruppe", (InformationCategory.PERSONAL_DETAILS,), date(2026, 1, 1),
                  ConsentForm.WRITTEN, service_id=GP.id)  # fmt: skip


def test_a_misspelt_category_counts_as_other() -> None:
    assert SECTIONS["other"] is InformationCategory.OTHER


def test_the_parents_side_gets_every_section() -> None:
    for role in (MemberRole.PARENT, MemberRole.SUPPORT, MemberRole.CASEWORKER):
        covered = member_coverage(GroupMember("k", "N", role), SECTIONS, {}, [], ON)
        assert covered.shown == frozenset(SECTIONS) and covered.left_out == ()


def test_a_service_gets_the_sections_its_consent_covers_and_is_told_why_not_the_rest() -> None:
    gp = GroupMember("lege", "Per Åsen", MemberRole.SERVICE, service_id=GP.id)
    covered = member_coverage(gp, SECTIONS, {7: GP}, [CONSENT], ON)
    assert covered.shown == {"purpose"}
    assert [s for s, _why in covered.left_out] == ["parent_points", "other"]
    assert all("Legekontoret" in why for _s, why in covered.left_out)


def test_a_member_without_a_service_gets_no_consented_section() -> None:
    carer = GroupMember("f", "Fosterhjemmet", MemberRole.CARER)
    covered = member_coverage(carer, SECTIONS, {7: GP}, [CONSENT], ON)
    assert covered.shown == frozenset() and len(covered.left_out) == len(SECTIONS)
