"""A family whose documents must keep secrets, on a real vault (issue 16).

Máret Čuđe's son Ánde lives in a foster home whose whereabouts the county board has hidden from
the parents. Máret and Ánde's father Piera both have confidential addresses. Piera has a
daughter, Sara, with another mother, who is not Máret's child. A joint contact entry has Piera's
own words in it. Tests build documents from this family and look for ``HiddenFamily.secrets``
where they must not be.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.entities import Caseworker, Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    AddressProtection,
    ContactForm,
    ContactTopic,
    ParentRole,
    PlacementBasis,
    PlaceType,
)
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService

# Where Ánde lives: none of this may reach the parents or a service, in any document.
PLACE_NAME = "Fosterhjem i Guovdageaidnu"
MUNICIPALITY = "Guovdageaidnu"
CARERS = "Áile og Niillas Ŋuolla"
CARER_FAMILY = "Ŋuolla"
PLACE_ADDRESS = "Ŋuollageaidnu 7, 9520 Guovdageaidnu"
PLACE_STREET = "Ŋuollageaidnu 7"
PLACE_PHONE = "784 81 234"
WHEREABOUTS = (PLACE_NAME, MUNICIPALITY, "Áile", "Niillas", CARER_FAMILY, PLACE_STREET)

# The parents' confidential addresses.
MARET_STREET = "Čuđejohka 12"
PIERA_STREET = "Duottarluodda 5"
# Piera's own words in the joint entry, and his daughter who is not Máret's child.
PIERA_WORDS = "Piera sier selv at han savner Sara hver dag"
SARA = "Sara Ánte Somby"


@dataclass(frozen=True)
class HiddenFamily:
    maret_id: int
    piera_id: int
    ande_id: int
    sara_id: int
    placement_id: int
    joint_entry_id: int
    own_entry_id: int

    @property
    def whereabouts(self) -> tuple[str, ...]:
        return WHEREABOUTS


def add_hidden_family(
    register: RegisterService, contact_log: ContactLogService, today: date
) -> HiddenFamily:
    register.save_office(
        Office(
            "Kárášjoga gielda / Karasjok kommune", "Postboks 1, 9735 Karasjok", phone="78 46 70 00"
        )
    )
    register.save_caseworker(
        Caseworker("Inga Saksbehandler", phone="909 12 345", email="inga@karasjok.kommune.no")
    )
    maret = register.save_parent(
        Parent(
            "Máret",
            "Čuđe",
            birth_date=date(1990, 4, 2),
            address_line=MARET_STREET,
            postal_code="9730",
            postal_town="Karasjok",
            phone="412 34 567",
            preferred_language="nordsamisk",
            interpreter_language="nordsamisk",
            address_protection=AddressProtection.CONFIDENTIAL,
        )
    )
    piera = register.save_parent(
        Parent(
            "Piera",
            "Somby",
            birth_date=date(1987, 9, 9),
            address_line=PIERA_STREET,
            postal_code="9845",
            postal_town="Tana",
            address_protection=AddressProtection.STRICTLY_CONFIDENTIAL,
        )
    )
    assert maret.id is not None and piera.id is not None
    ande = register.save_child(
        Child(
            "Ánde",
            "Somby",
            date(2016, 5, 1),
            "2024/1201",
            parents=(
                ParentLink(maret.id, ParentRole.MOTHER),
                ParentLink(piera.id, ParentRole.FATHER),
            ),
        )
    )
    sara = register.save_child(
        Child(
            "Sara Ánte",
            "Somby",
            date(2018, 2, 2),
            "2024/1202",
            parents=(ParentLink(piera.id, ParentRole.FATHER),),
        )
    )
    assert ande.id is not None and sara.id is not None
    placement = register.save_placement(
        Placement(
            ande.id,
            PlacementBasis.CARE_ORDER,
            PlaceType.FOSTER_HOME,
            date(2025, 1, 10),
            place_name=PLACE_NAME,
            carer_names=CARERS,
            place_address=PLACE_ADDRESS,
            place_municipality=MUNICIPALITY,
            place_phone=PLACE_PHONE,
            whereabouts_hidden=True,
            hidden_decided_on=date(2025, 1, 8),
            hidden_basis="Fylkesnemndas vedtak 8. januar 2025, sak 24-123",
        )
    )
    assert placement.id is not None
    when = datetime.combine(today - timedelta(days=10), time(10, 15), tzinfo=OSLO)
    joint = contact_log.save(
        ContactEntry(
            maret.id,
            when,
            ContactForm.OFFICE_MEETING,
            place="Barnevernstjenesten",
            participants=Participants(other_parent_ids=(piera.id,), carers="fosterforeldrene"),
            topics=(ContactTopic.VISITS,),
            child_ids=(ande.id, sara.id),
            summary="Felles samtale om samvær med Ánde.",
            parent_words=PIERA_WORDS,
        ),
        final=True,
    )
    own = contact_log.save(
        ContactEntry(
            maret.id,
            when + timedelta(days=2),
            ContactForm.PHONE,
            topics=(ContactTopic.VISITS,),
            child_ids=(ande.id,),
            summary="Máret ringte om neste samvær.",
            parent_words="Jeg gleder meg til å se Ánde.",
        ),
        final=True,
    )
    assert joint.id is not None and own.id is not None
    return HiddenFamily(maret.id, piera.id, ande.id, sara.id, placement.id, joint.id, own.id)
