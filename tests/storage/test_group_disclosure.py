"""What each copy of a group's documents may say, to whom (issue 16 §1, §3, §5), on a real vault.

Máret's group (tests/disclosure_family.py) has the foster home of her son, whose whereabouts are
hidden from the parents, as a member («Áile Ŋuolla»); NAV, covered by consent for personal
details and the situation after the placement; and the GP, covered for personal details only.
Every copy is read as its reader would: none may say where Ánde lives or print a confidential
address, a member's copy holds only what that member's consent covers, and who lacks consent
is said only in the office's own copy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

import pytest

from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import (
    Attendance,
    ConsentForm,
    InformationCategory,
    MemberRole,
    ServiceType,
)
from bufapp.domain.groups import GroupMember, MeetingAction, Minutes, MinutesItem
from bufapp.domain.groups import ResponsibilityGroup as Group
from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.services.access.service import AccessService
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.groups.documents import GroupDocuments
from bufapp.services.groups.service import GroupService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import (
    MARET_STREET,
    MUNICIPALITY,
    PIERA_STREET,
    PLACE_PHONE,
    WHEREABOUTS,
    HiddenFamily,
    add_hidden_family,
)
from tests.documents.pdf_checks import assert_in_order, flat
from tests.storage.test_groups import at

CARER = "Áile Ŋuolla"
PARENT_POINT = "Jul med Ánde"
OPEN_ACTION = "Søke bostøtte"
OTHER_POINT = "Skolen til høsten"
PURPOSE = "Samarbeid om bolig og samvær etter plasseringen"
LACKS_CONSENT = "mangler samtykke"


@dataclass
class Group16:
    family: HiddenFamily
    groups: GroupService
    documents: GroupDocuments
    group: Group
    access: AccessService


@pytest.fixture
def g16(vault: Vault, register: RegisterService, contact_log: ContactLogService) -> Group16:
    """The family's group: the mother, the foster home, NAV, the GP and the caseworker."""
    family = add_hidden_family(register, contact_log, TODAY)

    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    directory = DirectoryService(uow)
    nav = directory.save(Service("NAV Kárášjohka", ServiceType.NAV, "Postboks 3, 9735 Karasjok"))
    gp = directory.save(Service("Kárášjoga legekontor", ServiceType.GP))
    consents = ConsentService(uow, today=lambda: TODAY)
    situation = InformationCategory.SITUATION_AFTER_PLACEMENT
    for service, categories in (
        (nav, (InformationCategory.PERSONAL_DETAILS, situation)),
        (gp, (InformationCategory.PERSONAL_DETAILS,)),
    ):
        consents.save(
            Consent(family.maret_id, "Ansvarsgruppe", categories, TODAY - timedelta(days=30),
                    ConsentForm.WRITTEN, service_id=service.id)
        )  # fmt: skip
    groups = GroupService(uow, today=lambda: TODAY, now=lambda: NOW)
    group = groups.save_group(
        Group(
            family.maret_id,
            PURPOSE,
            TODAY - timedelta(days=60),
            members=(
                GroupMember("mor", "Máret Čuđe", MemberRole.PARENT),
                GroupMember(
                    "fosterhjem",
                    CARER,
                    MemberRole.CARER,
                    "fostermor",
                    None,
                    PLACE_PHONE,
                    "aile@example.no",
                ),
                GroupMember("nav", "Nora Nilsen", MemberRole.SERVICE, "veileder", nav.id),
                GroupMember("lege", "Per Åsen", MemberRole.SERVICE, "fastlege", gp.id),
                GroupMember("bv", "Inga Saksbehandler", MemberRole.CASEWORKER),
            ),
            coordinator="fosterhjem",
        )
    )
    documents = GroupDocuments(uow, lambda: TODAY, lambda: NOW)
    return Group16(family, groups, documents, group, AccessService(uow, now=lambda: NOW))


def planned(s: Group16, agenda_point: str = PARENT_POINT) -> int:
    group_id = s.group.id or 0
    s.groups.add_action(MeetingAction(group_id, OPEN_ACTION, "fosterhjem", TODAY + timedelta(5)))
    meeting = s.groups.plan_meeting(
        group_id, at(TODAY + timedelta(days=10)), "Rådhuset i Karasjok",
        parent_points=(agenda_point,), other_items=(OTHER_POINT,),
    )  # fmt: skip
    return meeting.id or 0


def minutes(summary: str = "NAV ser på bostøtte.") -> Minutes:
    return Minutes(
        attendance=(
            ("mor", Attendance.PRESENT),
            ("fosterhjem", Attendance.PRESENT),
            ("nav", Attendance.PRESENT),
            ("lege", Attendance.APOLOGIES),
            ("bv", Attendance.PRESENT),
        ),
        chair="bv",
        minute_taker="bv",
        items=(
            MinutesItem(
                "Bolig",
                summary,
                "«Jeg trenger et rom til Ánde.»",
                "Søknad sendes.",
                ("Máret søker bostøtte innen 1. juli.",),
            ),
        ),
    )


def held(s: Group16, summary: str = "NAV ser på bostøtte.") -> int:
    meeting = s.groups.plan_meeting(s.group.id or 0, at(TODAY - timedelta(days=1)), "Rådhuset")
    s.groups.add_action(
        MeetingAction(s.group.id or 0, "Ringe skolen", "fosterhjem", TODAY + timedelta(9),
                      meeting_id=meeting.id)
    )  # fmt: skip
    s.groups.save_meeting(replace(meeting, minutes=minutes(summary)))
    return meeting.id or 0


def final(s: Group16) -> int:
    meeting_id = held(s)
    s.groups.finalise_minutes(meeting_id)
    return meeting_id


def assert_discreet(text: str, third_party: bool) -> None:
    for secret in (*WHEREABOUTS, PLACE_PHONE, PIERA_STREET):
        assert secret not in text, secret
    if third_party:
        assert MARET_STREET not in text


# --- §5: the minutes ----------------------------------------------------------------------------


def test_who_lacks_consent_is_only_on_the_offices_copy(g16: Group16) -> None:
    meeting_id = final(g16)
    office = flat(g16.documents.minutes(meeting_id))
    assert "Per Åsen" in office.split(LACKS_CONSENT)[-1]
    assert "eget eksemplar" in office
    parents = flat(g16.documents.minutes(meeting_id, "mor"))
    navs = flat(g16.documents.minutes(meeting_id, "nav"))
    for copy in (parents, navs):
        assert LACKS_CONSENT not in copy and "Får ikke referatet" not in copy
        assert "eget eksemplar" not in copy
        assert "«Jeg trenger et rom til Ánde.»" in copy  # covered: the minutes themselves
    assert "Nora Nilsen" in parents.split("sendes til")[-1]  # the parent sees where it went
    assert "Denne kopien er til Nora Nilsen" in navs  # a member, only that it is theirs


def test_sending_keeps_the_offices_copy_after_checking_every_copy(g16: Group16) -> None:
    meeting_id = final(g16)
    sent = g16.documents.send_minutes(meeting_id)
    assert sent.distributed_to == ("mor", "nav", "bv")


# --- §5: invitations ----------------------------------------------------------------------------


def test_every_member_gets_an_invitation_with_only_what_their_consent_covers(
    g16: Group16,
) -> None:
    meeting_id = planned(g16)
    parents = flat(g16.documents.invitation(meeting_id))
    navs = flat(g16.documents.invitation(meeting_id, "nav"))
    gps = flat(g16.documents.invitation(meeting_id, "lege"))
    for full in (parents, navs):
        assert_in_order(full, [PURPOSE, PARENT_POINT, OPEN_ACTION, OTHER_POINT])
    for point in (PURPOSE, PARENT_POINT, OPEN_ACTION, OTHER_POINT):
        assert point not in gps, point
    assert "Per Åsen" in gps and "Rådhuset i Karasjok" in gps  # still invited, told where
    assert "bare de delene av sakslista" in gps


def test_the_caseworker_sees_which_members_get_what(g16: Group16) -> None:
    meeting_id = planned(g16)
    invitations = {p.key: p for p in g16.documents.invitation_plan(meeting_id)}
    assert invitations["mor"].left_out == invitations["nav"].left_out == ()
    left_out = dict(invitations["lege"].left_out)
    assert "forelderens saker" in left_out and "Situasjonen" in left_out["forelderens saker"]
    minutes_id = final(g16)
    copies = {p.key: p for p in g16.documents.minutes_plan(minutes_id)}
    assert copies["nav"].gets_minutes and not copies["lege"].gets_minutes


# --- §1: hidden whereabouts and confidential addresses ------------------------------------------


def test_no_copy_says_where_the_child_lives(g16: Group16) -> None:
    invitation_id = planned(g16)
    minutes_id = final(g16)
    made = g16.documents
    copies = {
        "invitation to the parent": (made.invitation(invitation_id), False),
        "invitation to NAV": (made.invitation(invitation_id, "nav"), True),
        "invitation to the GP": (made.invitation(invitation_id, "lege"), True),
        "parent's minutes": (made.minutes(minutes_id, "mor"), False),
        "NAV's minutes": (made.minutes(minutes_id, "nav"), True),
        "action list": (made.action_list(g16.group.id or 0), True),
    }
    for what, (pdf, third_party) in copies.items():
        text = flat(pdf)
        assert_discreet(text, third_party)
        assert "Fosterhjemmet" in text, what  # the foster home by its role
    assert CARER in flat(made.minutes(minutes_id))  # the office's own copy names it


def test_the_foster_homes_own_invitation_names_it(g16: Group16) -> None:
    text = flat(g16.documents.invitation(planned(g16), "fosterhjem"))
    assert CARER in text and MARET_STREET not in text


def test_an_agenda_point_naming_the_place_stops_the_invitation(g16: Group16) -> None:
    meeting_id = planned(g16, f"Samvær i {MUNICIPALITY}")
    with pytest.raises(DisclosureBlocked) as blocked:
        g16.documents.invitation(meeting_id)
    assert not blocked.value.whereabouts  # the parent's own: no reason can lift it
    (problem,) = blocked.value.problems
    assert problem.field == "agenda.1" and "Sakslista, punkt 1" in problem.message
    assert MUNICIPALITY not in problem.message
    reason = "NAV skal dekke reisen dit; avklart med nemnda"
    with pytest.raises(DisclosureBlocked):
        g16.documents.invitation(meeting_id, reveal_reason=reason)
    # To a service, named on purpose, with a reason, in this one letter: made, and it says so.
    with pytest.raises(DisclosureBlocked) as to_nav:
        g16.documents.invitation(meeting_id, "nav")
    assert to_nav.value.whereabouts
    assert MUNICIPALITY in flat(g16.documents.invitation(meeting_id, "nav", reveal_reason=reason))


def test_minutes_naming_the_foster_parents_or_an_address_cannot_be_made_final(
    g16: Group16,
) -> None:
    for said in (f"{CARER} fortalte om jula.", f"Piera bor i {PIERA_STREET}."):
        meeting_id = held(g16, said)
        with pytest.raises(DisclosureBlocked) as blocked:
            g16.groups.finalise_minutes(meeting_id)
        assert [p.field for p in blocked.value.problems] == ["items.1"]
        assert not blocked.value.whereabouts  # minutes never carry it, not even on purpose


def test_an_action_naming_the_foster_parents_stops_the_action_list(g16: Group16) -> None:
    group_id = g16.group.id or 0
    g16.groups.add_action(MeetingAction(group_id, "Avtale samvær", "Niillas Ŋuolla", TODAY))
    with pytest.raises(DisclosureBlocked) as blocked:
        g16.documents.action_list(group_id)
    assert [p.field for p in blocked.value.problems] == ["actions.1"]


def test_a_member_consent_does_not_cover_gets_no_minutes(g16: Group16) -> None:
    with pytest.raises(ValidationFailed, match="Per Åsen får ikke referatet"):
        g16.documents.minutes(final(g16), "lege")


# --- §5: words ----------------------------------------------------------------------------------


def test_the_access_pack_says_what_the_group_decided_not_vedtak(g16: Group16) -> None:
    final(g16)
    text = flat(g16.access.pack_pdf(g16.family.maret_id))
    assert "Dette ble bestemt" in text and "Vedtak" not in text
