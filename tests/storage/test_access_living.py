"""Innsyn and levekår (issue 22), on a real vault: the access pack holds each assessment with
the parent's own judgement and words beside the service's and where help was wanted; a text that
names where Ánde lives (hidden from his parents) is withheld and listed, never printed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

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


def test_each_assessment_goes_to_the_archive_once_with_nothing_withheld(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, tmp_path: Path
) -> None:
    from bufapp.services.archive.export import ArchiveExportService
    from bufapp.services.archive.model import ExportScope, ItemKind

    family = add_hidden_family(register, contact_log, TODAY)

    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    living = LivingService(uow, today=lambda: TODAY)
    saved = living.save_assessment(
        LivingAssessment(
            family.maret_id,
            TODAY - timedelta(days=30),
            (AreaRating(LivingArea.HOUSING, 2, "For trangt.", 2,
                        f"Bor nær familien {CARER_FAMILY}.", wants_help=True),),
        )
    )  # fmt: skip
    forms = tmp_path / "forms"
    forms.mkdir()
    target = tmp_path / "arkiv"
    target.mkdir()
    archive = ArchiveExportService(uow, now=lambda: NOW, forms_override=forms)
    result = archive.export(ExportScope(family.maret_id), target)
    (item,) = [i for i in result.items if i.kind is ItemKind.LIVING_ASSESSMENT]
    assert item.item_id == saved.id and item.title.startswith("Vurdering av levekår")
    assert result.folder is not None
    text = flat((result.folder / item.file_name).read_bytes())
    assert "Forelderens vurdering: 2 – Vanskelig" in text and "For trangt." in text
    assert CARER_FAMILY in text  # the office's own copy withholds nothing
    assert "Forelderen ønsket hjelp med dette." in text
    again = archive.export(ExportScope(family.maret_id), target)
    assert not [i for i in again.items if i.kind is ItemKind.LIVING_ASSESSMENT]
