"""Innsyn and the group offers (issue 22 § 4), on a real vault where the child's whereabouts are
hidden from the parents: the access pack holds each of the parent's participations (told and the
answer, referred, started, the sessions of the offer's, completed, their own evaluation) in the
one time order, none of the other parent's; a record whose words name the hidden foster home is
withheld whole and listed."""

from __future__ import annotations

from datetime import date, timedelta

from bufapp.domain.enums import GroupOfferType, OfferAnswer
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.access.service import AccessService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import CARER_FAMILY, add_hidden_family
from tests.documents.pdf_checks import assert_in_order, flat

EVALUATION = "Godt å møte andre som vet hvordan det er å ha barnet sitt i fosterhjem."
HIDDEN_NOTE = f"Ønsker å ta med bilder fra {CARER_FAMILY} til gruppa."
PIERAS_NOTE = "Piera vil heller gå på kafeen."


def test_the_pack_holds_the_parents_participations_and_withholds_a_secret(
    vault: Vault,
    register: RegisterService,
    contact_log: ContactLogService,
    group_offers: GroupOfferService,
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)
    maret, piera = family.maret_id, family.piera_id

    def day(n: int) -> date:
        return TODAY - timedelta(days=n)

    icdp = group_offers.save_offer(
        GroupOffer("ICDP-gruppe i Kárášjohka", GroupOfferType.ICDP, own_office=True, sessions=10)
    )
    cafe = group_offers.save_offer(
        GroupOffer("Foreldrekafé", GroupOfferType.DROP_IN, provider_name="Frivilligsentralen")
    )
    saves = group_offers.save_participation
    saves(GroupParticipation(maret, informed_on=day(120), answer=OfferAnswer.INTERESTED))
    saves(GroupParticipation(maret, icdp.id, referred_on=day(110), started_on=day(100),
                             sessions_attended=8, completed_on=day(30), evaluation=EVALUATION,
                             usefulness=5))  # fmt: skip
    saves(GroupParticipation(maret, cafe.id, referred_on=day(20), note=HIDDEN_NOTE))
    saves(GroupParticipation(piera, cafe.id, informed_on=day(15), note=PIERAS_NOTE))

    text = flat(AccessService(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW)
                .pack_pdf(maret))  # fmt: skip
    assert_in_order(text, [
        f"{day(120):%d.%m.%Y} – Gruppetilbud: Informasjon om gruppetilbudene",
        "Ditt svar Interessert",
        f"{day(110):%d.%m.%Y} – Gruppetilbud: ICDP-gruppe i Kárášjohka",
        "Samlinger du var med på 8 av 10", f"Fullført {day(30):%d.%m.%Y}",
        "Hvor nyttig 5 av 5", EVALUATION,
    ])  # fmt: skip
    assert PIERAS_NOTE not in text and CARER_FAMILY not in text
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    assert f"{day(20):%d.%m.%Y} Gruppetilbud – Foreldrekafé" in withheld
