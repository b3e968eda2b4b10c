"""The information sheet for a parent (issue 20 § 2), on real encrypted vaults: what it says for
a voluntary placement, a care order and an emergency decision (the sentence filled from the
basis, the role table, rights and law, the office's and the caseworker's contact details, the
current assessment); the basis chosen for a parent with children on different bases; a hidden
foster home named in an assessment refuses the sheet and stores nothing; and a sheet printed or
saved is kept as PDF/A with the items it gives noted on the checklist. Today is ``TODAY``."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from bufapp import paths
from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.domain.entities import Caseworker, Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    DeadlineKind,
    DocumentKind,
    HomeOutlook,
    InformationManner,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
    Understanding,
)
from bufapp.domain.followup import Assessment
from bufapp.domain.followup_rules import ItemState
from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.documents import DocumentService
from bufapp.services.followup.documents import FollowUpDocuments, MadeSheet
from bufapp.services.followup.service import FollowUpService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import CARERS, PLACE_PHONE, WHEREABOUTS, add_hidden_family
from tests.documents.pdf_checks import assert_fonts_embedded, assert_in_order, flat

OFFICE_PHONE = "77 12 34 00"
OFFICE_MAIL = "barnevern@fjellvik.kommune.no"
CASEWORKER_PHONE = "909 87 654"
CASEWORKER_MAIL = "siv.saksbehandler@fjellvik.kommune.no"
ASSESSMENT = "Når du har hatt fast bolig i et halvt år og går til behandling, kan Ánde bo hjemme."
FORM = tomllib.loads((paths.forms_dir() / "followup.toml").read_text(encoding="utf-8"))
BASIS_WORDS = {
    PlacementBasis.VOLUNTARY: "Det kalles en frivillig plassering",
    PlacementBasis.CARE_ORDER: "Det kalles en omsorgsovertakelse",
    PlacementBasis.EMERGENCY: "barnevernstjenesten har gjort et akuttvedtak",
}


@dataclass
class Family:
    mother: int
    ande: int


def uow_of(vault: Vault) -> Callable[[], UnitOfWork]:
    return lambda: UnitOfWork(vault.session_factory)


@pytest.fixture
def sheets(vault: Vault) -> FollowUpDocuments:
    return FollowUpDocuments(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
    )


def _office(register: RegisterService) -> None:
    register.save_office(
        Office("Fjellvik kommune", "Rådhusveien 1, 9990 Fjellvik", "", OFFICE_PHONE, OFFICE_MAIL)
    )
    register.save_caseworker(Caseworker("Siv Saksbehandler", phone=CASEWORKER_PHONE,
                                        email=CASEWORKER_MAIL))  # fmt: skip


def _child(register: RegisterService, given: str, parent_id: int, responsible: bool = True
           ) -> Child:  # fmt: skip
    link = ParentLink(parent_id, ParentRole.MOTHER, parental_responsibility=responsible)
    return register.save_child(Child(given, "Čuđe", date(2016, 5, 1), "2026/77", parents=(link,)))


def _place(register: RegisterService, child: Child, basis: PlacementBasis, start: date,
           kind: PlaceType = PlaceType.FOSTER_HOME) -> None:  # fmt: skip
    register.save_placement(Placement(child.id or 0, basis, kind, start,
                                      place_name="Fosterhjem i Tana", carer_names="Elle Hansen"))  # fmt: skip


def _family(register: RegisterService, basis: PlacementBasis, responsible: bool = True) -> Family:
    _office(register)
    mother = register.save_parent(
        Parent("Máret", "Čuđe", address_line="Storgata 2", postal_code="9990",
               postal_town="Fjellvik")
    )  # fmt: skip
    ande = _child(register, "Ánde", mother.id or 0, responsible)
    _place(register, ande, basis, TODAY - timedelta(days=20))
    return Family(mother.id or 0, ande.id or 0)


def _assess(followup: FollowUpService, parent_id: int, text: str = ASSESSMENT) -> None:
    followup.save_assessment(
        Assessment(parent_id, TODAY - timedelta(days=2), HomeOutlook.HOME_POSSIBLE, text,
                   reassess_on=TODAY + timedelta(days=90))
    )  # fmt: skip


@pytest.mark.parametrize("basis", list(BASIS_WORDS), ids=lambda b: b.value)
def test_the_sheet_says_what_the_basis_means_who_decides_and_whom_to_call(
    register: RegisterService,
    followup: FollowUpService,
    sheets: FollowUpDocuments,
    basis: PlacementBasis,
) -> None:
    family = _family(register, basis)
    _assess(followup, family.mother)
    made = sheets.information_sheet(family.mother)
    text = flat(made.pdf)
    assert made.basis is basis
    assert "\x00" not in text  # every letter in the embedded font
    assert_fonts_embedded(made.pdf)
    assert "Ánde bor nå i et fosterhjem fordi" in text
    assert BASIS_WORDS[basis] in text
    others = [words for other, words in BASIS_WORDS.items() if other is not basis]
    assert not any(words in text for words in others)
    table = FORM["roles"][basis.value]
    assert_in_order(text, [
        "Hva dette arket er", "Hvorfor barnet ditt bor et annet sted nå",
        "Hva det betyr for deg", table["intro"][:60],
        *(row[0][:40] for row in table["rows"]), "Dine rettigheter og plikter",
        "Loven, saksgangen og klage", "innsyn", "Hvis du er bekymret for barnet",
        "Hjelp du kan få", "Familievernkontoret", "Barnevernstjenestens vurdering nå", ASSESSMENT,
        "Vi skal se på vurderingen igjen senest", "Hvem du kan kontakte", "Siv Saksbehandler",
        CASEWORKER_PHONE, CASEWORKER_MAIL, OFFICE_PHONE, OFFICE_MAIL, "Rådhusveien 1",
        "Med vennlig hilsen", "forvaltningsloven",
    ])  # fmt: skip
    assert "Máret Čuđe" in text  # to her: her name in the window
    assert "innen to uker" in text and "Q-1157" in text  # the guideline's norm, said as such
    assert "Tana" not in text and "Elle Hansen" not in text  # never the place
    assert "assessment" in made.covered


def test_a_parent_without_parental_responsibility_is_not_told_they_have_it(
    register: RegisterService, sheets: FollowUpDocuments
) -> None:
    family = _family(register, PlacementBasis.VOLUNTARY, responsible=False)
    text = flat(sheets.information_sheet(family.mother).pdf)
    assert "Du har ikke foreldreansvar for barnet" in text
    assert "Du har fortsatt foreldreansvaret" not in text
    assert FORM["roles"]["without_responsibility"]["intro"][:50] in text
    assert "den som har foreldreansvaret og barnevernstjenesten har blitt enige" in text


def test_children_on_different_bases_get_the_sheet_of_the_basis_chosen(
    register: RegisterService, sheets: FollowUpDocuments
) -> None:
    family = _family(register, PlacementBasis.VOLUNTARY)
    ailu = _child(register, "Áilu", family.mother)
    _place(register, ailu, PlacementBasis.CARE_ORDER, TODAY - timedelta(days=3),
           PlaceType.INSTITUTION)  # fmt: skip
    assert sheets.bases(family.mother) == [PlacementBasis.CARE_ORDER, PlacementBasis.VOLUNTARY]
    default = flat(sheets.information_sheet(family.mother).pdf)
    assert "Áilu bor nå på en barnevernsinstitusjon fordi" in default  # the most recent
    assert BASIS_WORDS[PlacementBasis.CARE_ORDER] in default and "Ánde bor" not in default
    assert "Hvorfor barnet ditt bor et annet sted nå" in default  # one child on the basis
    chosen = sheets.information_sheet(family.mother, PlacementBasis.VOLUNTARY)
    assert chosen.basis is PlacementBasis.VOLUNTARY
    assert "Ánde bor nå i et fosterhjem fordi" in flat(chosen.pdf)
    assert "rights_voluntary" in chosen.covered and "rights_care_order" not in chosen.covered
    with pytest.raises(ValidationFailed, match="akuttvedtak"):
        sheets.information_sheet(family.mother, PlacementBasis.EMERGENCY)


def test_a_parent_with_no_child_placed_is_told_what_to_do_first(
    register: RegisterService, sheets: FollowUpDocuments
) -> None:
    mother = register.save_parent(Parent("Siv", "Testesen"))
    with pytest.raises(ValidationFailed, match="registrer plasseringen først"):
        sheets.information_sheet(mother.id or 0)
    home = _child(register, "Biret", mother.id or 0)  # placed, and home again since
    register.save_placement(
        Placement(home.id or 0, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME,
                  TODAY - timedelta(days=200), TODAY - timedelta(days=10),
                  PlacementEndReason.REUNIFICATION)
    )  # fmt: skip
    assert sheets.bases(mother.id or 0) == []
    with pytest.raises(ValidationFailed, match="plassert nå"):
        sheets.information_sheet(mother.id or 0)


def _hidden(vault: Vault, register: RegisterService) -> int:
    log = ContactLogService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY,
                            now=lambda: NOW)  # fmt: skip
    return add_hidden_family(register, log, TODAY).maret_id


def test_a_hidden_foster_home_stays_out_of_the_sheet(
    vault: Vault, register: RegisterService, followup: FollowUpService, sheets: FollowUpDocuments
) -> None:
    maret = _hidden(vault, register)
    _assess(followup, maret, "Ánde trives, og samværet går godt. Vi ser på mer samvær i høst.")
    text = flat(sheets.information_sheet(maret).pdf)
    assert "Ánde bor nå utenfor hjemmet fordi" in text  # not even the kind of place
    assert [s for s in (*WHEREABOUTS, PLACE_PHONE) if s in text] == []


def test_an_assessment_naming_a_hidden_foster_home_refuses_the_sheet_and_stores_nothing(
    vault: Vault, register: RegisterService, followup: FollowUpService, sheets: FollowUpDocuments
) -> None:
    maret = _hidden(vault, register)
    _assess(followup, maret, f"Ánde har det godt hos {CARERS}, og samværet går godt.")
    with pytest.raises(DisclosureBlocked) as refused:
        sheets.information_sheet(maret)
    (problem,) = refused.value.problems
    assert problem.message.startswith("«Barnevernstjenestens vurdering» nevner")
    assert "Ta det bort før dokumentet lages" in problem.message
    assert not refused.value.whereabouts  # the parent's own sheet: never on purpose
    assert register.parent_detail(maret).documents == ()
    assert followup.page(maret).information == ()


def _kept(sheets: FollowUpDocuments, made: MadeSheet) -> None:
    sheets.keep_information_sheet(made, "Informasjonsark – Máret Čuđe")


def test_a_kept_sheet_is_pdfa_and_notes_the_items_it_gives_on_the_checklist(
    vault: Vault, register: RegisterService, followup: FollowUpService, sheets: FollowUpDocuments
) -> None:
    family = _family(register, PlacementBasis.CARE_ORDER)
    made = sheets.information_sheet(family.mother)  # no assessment yet: not noted as given
    assert "assessment" not in made.covered
    _kept(sheets, made)
    _kept(sheets, made)  # printed, then saved too: kept twice, noted once
    documents = register.parent_detail(family.mother).documents
    assert [d.kind for d in documents] == [DocumentKind.INFORMATION_SHEET] * 2
    _described, stored = DocumentService(uow_of(vault)).stored(documents[0].id or 0)
    assert pdfa.findings(stored) == []
    assert "Det kalles en omsorgsovertakelse" in flat(stored)

    page = followup.page(family.mother)
    noted = {g.item: g for g in page.information}
    assert sorted(noted) == sorted(made.covered)
    assert set(made.covered) == {
        "meaning", "law_and_complaints", "raise_concern", "help_available", "rights_care_order"
    }  # fmt: skip
    for given in noted.values():
        assert (given.manner, given.understood, given.note, given.given_on) == (
            InformationManner.LETTER, Understanding.UNCONFIRMED, "Informasjonsark", TODAY,
        )  # fmt: skip
    states = {s.key: s.state for s in page.checklist}
    assert states["rights_care_order"] is ItemState.UNCONFIRMED
    assert states["grounds"] is ItemState.NOT_GIVEN  # the sheet names the basis, not the grounds
    asks = [d for d in register.open_deadlines()
            if d.parent_id == family.mother and d.kind is DeadlineKind.INFORMATION_UNCONFIRMED]  # fmt: skip
    # Oversikt asks once to check they were understood; the page lists each item
    assert [d.title for d in asks] == [
        f"Sjekk at informasjonen er forstått ({len(made.covered)} punkter)"
    ]
    assert len(page.deadlines) == len(made.covered)


def test_a_municipalitys_wording_is_used(vault: Vault, register: RegisterService, tmp_path) -> None:
    (tmp_path / "information_sheet.toml").write_text(
        '[why]\nvoluntary = "{children} bor {place} etter avtale med deg."\n', encoding="utf-8"
    )
    family = _family(register, PlacementBasis.VOLUNTARY)
    sheets = FollowUpDocuments(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY,
                               forms_override=tmp_path)  # fmt: skip
    assert "Ánde bor i et fosterhjem etter avtale med deg." in flat(
        sheets.information_sheet(family.mother).pdf
    )
    assert load_form("information_sheet", overrides=tmp_path).problems == ()


def test_two_children_on_one_basis_are_named_together(
    register: RegisterService, sheets: FollowUpDocuments
) -> None:
    family = _family(register, PlacementBasis.CARE_ORDER)
    ailu = _child(register, "Áilu", family.mother)
    _place(register, ailu, PlacementBasis.CARE_ORDER, TODAY - timedelta(days=5))
    text = flat(sheets.information_sheet(family.mother).pdf)
    assert "Hvorfor barna dine bor et annet sted nå" in text
    assert "Áilu og Ánde bor nå i et fosterhjem fordi" in text  # the most recent first


def test_norwegian_and_sami_letters_read_back_from_the_sheet(
    register: RegisterService, followup: FollowUpService, sheets: FollowUpDocuments
) -> None:
    family = _family(register, PlacementBasis.VOLUNTARY)
    words = "Æsa og Øystein på Å, Áilu Čuđe, Ŋuolla, Šiŋŋet, Ŧávga, Žan."
    _assess(followup, family.mother, words)
    text = flat(sheets.information_sheet(family.mother).pdf)
    assert words in text and "\x00" not in text
