"""Innsyn and levekår (issue 22), on a real vault: the access pack holds each assessment with
the parent's own judgement and words beside the service's and where help was wanted; a text that
names where Ánde lives (hidden from his parents) is withheld and listed, never printed."""

from __future__ import annotations

from datetime import timedelta

from bufapp.domain.enums import LivingArea
from bufapp.domain.living import AreaRating, LivingAssessment
from bufapp.services.access.service import AccessService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.living.service import LivingService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import CARER_FAMILY, add_hidden_family
from tests.documents.pdf_checks import flat


def test_the_pack_holds_each_assessment_and_keeps_the_secret(
    vault: Vault, register: RegisterService, contact_log: ContactLogService
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)

    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    living = LivingService(uow, today=lambda: TODAY)
    living.save_assessment(
        LivingAssessment(
            family.maret_id,
            TODAY - timedelta(days=30),
            (
                AreaRating(
                    LivingArea.FINANCES,
                    1,
                    "Jeg mistet barnetrygden.",
                    2,
                    "Bidragskrav fra NAV.",
                    wants_help=True,
                ),
                AreaRating(
                    LivingArea.SOCIAL_CONTACT,
                    3,
                    "",
                    3,
                    f"Savner kveldene hos familien {CARER_FAMILY}.",
                ),
            ),
            note="Snakket om økonomien etter plasseringen.",
        )
    )
    text = flat(AccessService(uow, now=lambda: NOW).pack_pdf(family.maret_id))
    assert "Vurdering av levekår" in text
    assert "Din vurdering: 1 – Svært vanskelig" in text
    assert "Jeg mistet barnetrygden." in text and "Bidragskrav fra NAV." in text
    assert "Du ønsket hjelp med dette." in text
    assert "Snakket om økonomien etter plasseringen." in text
    assert CARER_FAMILY not in text  # the foster family's name is withheld and listed
    withheld = text[text.index("Dette er unntatt innsyn") :]
    assert "Vurdering av levekår" in withheld
