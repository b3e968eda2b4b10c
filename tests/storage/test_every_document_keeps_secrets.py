"""Every kind of document bufapp makes, built from one vault where a child's whereabouts are
hidden from the parents and both parents have confidential addresses (issue 16, "Done when"):
the text a reader's PDF viewer extracts holds none of what that reader may not know.

The family is tests/disclosure_family.py's, with tests/storage/test_group_disclosure.py's
responsibility group around it (the foster home, NAV, the GP and the caseworker as members), a
referral to NAV, two network maps naming the foster father, and the contact log. Each document
is listed with its reader; a new DocumentKind must be added here (the last test checks that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta

import pytest

from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.enums import (
    Audience,
    ContactForm,
    DocumentKind,
    InformationCategory,
    VisitPlace,
)
from bufapp.domain.network import DEFAULT_SECTORS, NetworkMap, NetworkMember
from bufapp.domain.referral import Referral
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.documents import DocumentService
from bufapp.services.family_conference.documents import FamilyConferenceDocuments
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.followup.documents import FollowUpDocuments
from bufapp.services.network_documents import NetworkDocuments
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.visits.documents import VisitPlanDocuments
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import (
    MARET_STREET,
    PIERA_STREET,
    PLACE_PHONE,
    PLACE_STREET,
    WHEREABOUTS,
)
from tests.documents.pdf_checks import flat
from tests.storage.test_family_conference_document import held_conference
from tests.storage.test_group_disclosure import Group16, final, g16, planned  # noqa: F401
from tests.storage.test_visit_plan_document import hidden_plan

ACCESS_PACK = "innsyn: alt om forelderen"
ACCESS_REPORT = "innsyn: tilgangslogg"


@dataclass(frozen=True)
class Made:
    kind: DocumentKind | str
    copy: str  # whose copy
    audience: Audience
    text: str


def _referral(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    nav = next(x for x in DirectoryService(uow).services() if x.name.startswith("NAV"))
    referrals = ReferralService(uow, today=lambda: TODAY)
    draft = referrals.save_draft(
        Referral(
            s.family.maret_id,
            nav.id or 0,
            "Vi ber NAV vurdere bostøtte, slik at Máret kan ha Ánde på samvær hjemme.",
            (
                InformationCategory.PERSONAL_DETAILS,
                InformationCategory.SITUATION_AFTER_PLACEMENT,
            ),
            current_situation="Ánde er plassert etter omsorgsovertakelse og trives.",
            parent_words="Jeg vil ha et rom til Ánde når han kommer.",
        )
    )
    referrals.finish(draft.id or 0)
    return [
        Made(
            DocumentKind.REFERRAL,
            "NAV",
            Audience.THIRD_PARTY,
            flat(referrals.letter(draft.id or 0)),
        ),
        Made(
            DocumentKind.REFERRAL_COPY,
            "Máret",
            Audience.PARENT,
            flat(referrals.letter(draft.id or 0, for_parent=True)),
        ),
    ]


def _maps(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    maps = NetworkMapService(uow, today=lambda: TODAY)
    members = (
        NetworkMember("m1", "Mormor", "family", 1),
        NetworkMember("m2", "Niillas Ŋuolla", "placement", 2, note="Fosterfar, ringer ofte"),
    )
    first = maps.save(
        NetworkMap(s.family.maret_id, TODAY - timedelta(days=90), DEFAULT_SECTORS, members[:1])
    )
    second = maps.save(NetworkMap(s.family.maret_id, TODAY, DEFAULT_SECTORS, members))
    documents = NetworkDocuments(uow, now=lambda: NOW)
    made = []
    for pseudonymised, audience in ((False, Audience.PARENT), (True, Audience.THIRD_PARTY)):
        copy = "pseudonymisert" if pseudonymised else "Máret"
        made += [
            Made(DocumentKind.NETWORK_MAP, copy, audience,
                 flat(documents.map_pdf(second.id or 0, pseudonymised))),
            Made(DocumentKind.NETWORK_COMPARISON, copy, audience,
                 flat(documents.comparison_pdf(first.id or 0, second.id or 0, pseudonymised))),
        ]  # fmt: skip
    return made


def _groups(s: Group16) -> list[Made]:
    planned_id = planned(s)
    final_id = final(s)
    made = [Made(DocumentKind.ACTION_LIST, "alle", Audience.THIRD_PARTY,
                 flat(s.documents.action_list(s.group.id or 0)))]  # fmt: skip
    for member in s.group.members:
        if member.key == "fosterhjem":
            continue  # the foster home's own copy may say where it is
        audience = {"mor": Audience.PARENT, "bv": Audience.INTERNAL}.get(
            member.key, Audience.THIRD_PARTY
        )
        made.append(Made(DocumentKind.MEETING_INVITATION, member.key, audience,
                         flat(s.documents.invitation(planned_id, member.key))))  # fmt: skip
    made.append(Made(DocumentKind.MINUTES, "mor", Audience.PARENT,
                     flat(s.documents.minutes(final_id, "mor"))))  # fmt: skip
    made.append(Made(DocumentKind.MINUTES, "nav", Audience.THIRD_PARTY,
                     flat(s.documents.minutes(final_id, "nav"))))  # fmt: skip
    return made


def _entries_naming_the_foster_home(s: Group16, uow: Callable[[], UnitOfWork]) -> None:
    """What the caseworker's own log may well say: the foster father by name, the place."""
    log = ContactLogService(uow, today=lambda: TODAY)
    when = NOW - timedelta(days=3)
    log.save(
        ContactEntry(s.family.maret_id, when, ContactForm.PHONE,
                     participants=Participants(carers="Niillas Ŋuolla"),
                     child_ids=(s.family.ande_id,),
                     summary="Niillas fortalte at Ánde har begynt på skolen i Guovdageaidnu."),
        final=True,
    )  # fmt: skip


def _consent_and_extract(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    _entries_naming_the_foster_home(s, uow)
    documents = DocumentService(uow, today=lambda: TODAY)
    consent = ConsentService(uow, today=lambda: TODAY).of_parent(s.family.maret_id)[0]
    start = TODAY - timedelta(days=365)
    return [
        Made(DocumentKind.CONSENT_DECLARATION, "tjenesten", Audience.THIRD_PARTY,
             flat(documents.consent_declaration(consent.id or 0))),
        Made(DocumentKind.CONTACT_EXTRACT, "Máret", Audience.PARENT,
             flat(documents.contact_extract(s.family.maret_id, start, TODAY))),
        Made(DocumentKind.CONTACT_EXTRACT, "Piera", Audience.PARENT,
             flat(documents.contact_extract(s.family.piera_id, start, TODAY))),
    ]  # fmt: skip


def _information_sheets(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    """Each parent's sheet: their son's care order, where he lives hidden from them both."""
    sheets = FollowUpDocuments(uow, today=lambda: TODAY, now=lambda: NOW)
    return [
        Made(DocumentKind.INFORMATION_SHEET, name, Audience.PARENT,
             flat(sheets.information_sheet(parent_id).pdf))
        for name, parent_id in (("Máret", s.family.maret_id), ("Piera", s.family.piera_id))
    ]  # fmt: skip


def _visit_plans(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    """Máret's visit plan with Ánde, the visits at his hidden foster home (its street as the
    meeting place): her copy, the supervisor's and his grandmother's. The foster home's own
    copy may say where it is."""
    visits = VisitService(uow, today=lambda: TODAY)
    plan = hidden_plan(visits, s.family, place=VisitPlace.FOSTER_HOME, place_note=PLACE_STREET)
    second = visits.save_plan(
        replace(visits.new_version(plan.id or 0, TODAY), transport="Máret blir hentet.",
                change_reason="Evalueringen: Ánde vil ha samværene hjemme hos fosterforeldrene.")
    )  # fmt: skip
    documents = VisitPlanDocuments(uow, today=lambda: TODAY, now=lambda: NOW)
    audiences = {"parent": Audience.PARENT, "supervisor": Audience.THIRD_PARTY,
                 "other.1": Audience.THIRD_PARTY}  # fmt: skip
    return [
        Made(DocumentKind.VISIT_PLAN, "Máret" if c.recipient.key == "parent" else c.recipient.key,
             audiences[c.recipient.key], flat(c.pdf))
        for c in documents.copies(second.id or 0, list(audiences))
    ]  # fmt: skip


def _conference_plans(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    """Máret's familieråd: the family's plan, printed for the family and its network."""
    conference = held_conference(FamilyConferenceService(uow, today=lambda: TODAY), s.family)
    documents = FamilyConferenceDocuments(uow, today=lambda: TODAY, now=lambda: NOW)
    made = documents.plan(conference.id or 0)
    return [Made(DocumentKind.FAMILY_CONFERENCE_PLAN, "nettverket", Audience.THIRD_PARTY,
                 flat(made.pdf))]  # fmt: skip


def _access(s: Group16) -> list[Made]:
    return [
        Made(ACCESS_PACK, "Máret", Audience.PARENT, flat(s.access.pack_pdf(s.family.maret_id))),
        Made(ACCESS_PACK, "Piera", Audience.PARENT, flat(s.access.pack_pdf(s.family.piera_id))),
        Made(ACCESS_REPORT, "Máret", Audience.PARENT, flat(s.access.report_pdf(s.family.maret_id))),
    ]


def _everything_then(kind: str, s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
    """The innsyn pack holds every other record: make them all first."""
    _entries_naming_the_foster_home(s, uow)
    _referral(s, uow)
    _maps(s, uow)
    _groups(s)
    return [m for m in _access(s) if m.kind == kind]


def _only(kind: DocumentKind | str, build: Callable[..., list[Made]]) -> Callable[..., list[Made]]:
    def built(s: Group16, uow: Callable[[], UnitOfWork]) -> list[Made]:
        return [m for m in build(s, uow) if m.kind == kind]

    return built


BUILDERS: dict[DocumentKind | str, Callable[[Group16, Callable[[], UnitOfWork]], list[Made]]] = {
    DocumentKind.REFERRAL: _only(DocumentKind.REFERRAL, _referral),
    DocumentKind.REFERRAL_COPY: _only(DocumentKind.REFERRAL_COPY, _referral),
    DocumentKind.CONSENT_DECLARATION: _only(DocumentKind.CONSENT_DECLARATION, _consent_and_extract),
    DocumentKind.CONTACT_EXTRACT: _only(DocumentKind.CONTACT_EXTRACT, _consent_and_extract),
    DocumentKind.MEETING_INVITATION: _only(
        DocumentKind.MEETING_INVITATION, lambda s, _u: _groups(s)
    ),
    DocumentKind.MINUTES: _only(DocumentKind.MINUTES, lambda s, _u: _groups(s)),
    DocumentKind.ACTION_LIST: _only(DocumentKind.ACTION_LIST, lambda s, _u: _groups(s)),
    DocumentKind.NETWORK_MAP: _only(DocumentKind.NETWORK_MAP, _maps),
    DocumentKind.NETWORK_COMPARISON: _only(DocumentKind.NETWORK_COMPARISON, _maps),
    DocumentKind.INFORMATION_SHEET: _information_sheets,
    DocumentKind.VISIT_PLAN: _visit_plans,
    DocumentKind.FAMILY_CONFERENCE_PLAN: _conference_plans,
    ACCESS_PACK: lambda s, u: _everything_then(ACCESS_PACK, s, u),
    ACCESS_REPORT: _only(ACCESS_REPORT, lambda s, _u: _access(s)),
}


def _must_not_say(made: Made, own_street: str) -> tuple[str, ...]:
    if made.audience is Audience.INTERNAL:
        return ()
    never = (*WHEREABOUTS, PLACE_PHONE)
    if made.audience is Audience.THIRD_PARTY:
        return (*never, MARET_STREET, PIERA_STREET)
    return (*never, *(s for s in (MARET_STREET, PIERA_STREET) if s != own_street))


@pytest.mark.parametrize("kind", list(BUILDERS), ids=str)
def test_no_document_says_what_its_reader_may_not_know(
    g16: Group16,  # noqa: F811
    vault: Vault,
    kind: DocumentKind | str,
) -> None:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    made = BUILDERS[kind](g16, uow)
    assert made, kind
    leaks = []
    for document in made:
        own = PIERA_STREET if document.copy == "Piera" else MARET_STREET
        leaks += [
            f"{document.kind} ({document.copy}): «{secret}»"
            for secret in _must_not_say(document, own)
            if secret in document.text
        ]
        # Each still says whom it concerns: not an empty shell.
        assert "Máret" in document.text or "Piera" in document.text or "M." in document.text
    assert leaks == []


def test_every_kind_of_document_is_checked() -> None:
    assert set(BUILDERS) == set(DocumentKind) | {ACCESS_PACK, ACCESS_REPORT}
