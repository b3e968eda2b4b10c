"""Innsyn and the group offers (issue 22 § 4), on a real vault where the child's whereabouts are
hidden from the parents: the access pack holds each of the parent's participations (told and the
answer, referred, started, the sessions of the offer's, completed, their own evaluation) in the
one time order, none of the other parent's; a record whose words name the hidden foster home is
withheld whole and listed. The archive export sends each participation as an internal
document."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from bufapp.domain.enums import GroupOfferType, OfferAnswer
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.access.service import AccessService
from bufapp.services.archive.export import ArchiveExportService
from bufapp.services.archive.model import ExportScope, ItemKind, JournalType
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
        "Samlinger 8 av 10", f"Fullført {day(30):%d.%m.%Y}",
        "Hvor nyttig 5 av 5", EVALUATION,
    ])  # fmt: skip
    assert PIERAS_NOTE not in text and CARER_FAMILY not in text
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    assert f"{day(20):%d.%m.%Y} Gruppetilbud – Foreldrekafé" in withheld


def test_the_archive_export_sends_each_participation_as_an_internal_document(
    vault: Vault,
    register: RegisterService,
    contact_log: ContactLogService,
    group_offers: GroupOfferService,
    tmp_path: Path,
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)
    maret = family.maret_id
    icdp = group_offers.save_offer(
        GroupOffer("ICDP-gruppe i Kárášjohka", GroupOfferType.ICDP, own_office=True, sessions=10)
    )
    record = group_offers.save_participation(
        GroupParticipation(maret, icdp.id, referred_on=TODAY - timedelta(days=40),
                           started_on=TODAY - timedelta(days=30), sessions_attended=3,
                           evaluation=EVALUATION)
    )  # fmt: skip
    forms = tmp_path / "forms"
    forms.mkdir()
    target = tmp_path / "arkiv"
    target.mkdir()
    archive = ArchiveExportService(
        lambda: UnitOfWork(vault.session_factory), now=lambda: NOW, forms_override=forms
    )
    result = archive.export(ExportScope(maret), target)
    (item,) = [i for i in result.items if i.kind is ItemKind.GROUP_PARTICIPATION]
    assert item.item_id == record.id and item.journal_type is JournalType.INTERNAL
    assert item.title.startswith("Deltakelse i gruppetilbud") and "ICDP" in item.title
    assert result.folder is not None
    text = flat((result.folder / item.file_name).read_bytes())
    assert_in_order(text, ["Gruppetilbud: ICDP-gruppe i Kárášjohka", "Samlinger deltatt 3 av 10",
                           "Forelderens evaluering", EVALUATION])  # fmt: skip
    again = archive.export(ExportScope(maret), target)
    assert not [i for i in again.items if i.kind is ItemKind.GROUP_PARTICIPATION]
