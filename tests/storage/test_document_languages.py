"""Every document in a language (issue 23): each parent-facing document builds, from a real vault,
in every language its forms exist in, and its text extracts cleanly (Norwegian and Sami letters
whole); an English one writes "15 June 2026" and "10:15"; the language offered first follows the
parent's written language, else the office's standard; third-party documents are written in the
office's standard, nynorsk as well as bokmål; a language a municipality added only in its
override folder builds, its missing texts in bokmål and reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from bufapp.documents.forms import form_languages, load_form
from bufapp.documents.labels import Labels
from bufapp.domain.consent import Consent, Service
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Caseworker, Office
from bufapp.domain.enums import (
    Audience,
    ConsentForm,
    ContactForm,
    ContactTopic,
    InformationCategory,
    PlacementBasis,
    ServiceType,
)
from bufapp.languages import document_language
from bufapp.services.access.service import AccessService
from bufapp.services.clock import OSLO
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.documents import DocumentService
from bufapp.services.followup.documents import FollowUpDocuments
from bufapp.services.groups.documents import GroupDocuments
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.documents.pdf_checks import assert_fonts_embedded, flat
from tests.storage.test_groups import Setup, make_setup
from tests.storage.test_information_sheet import _child, _place

SAMI = "Máret Čuđe-Ŋuolja Šŧžá"  # á č đ ŋ š ŧ ž
NORWEGIAN = "Bjørn Æsøy Ågesen"  # æ ø å
WHEN = datetime.combine(TODAY - timedelta(days=3), time(10, 15), tzinfo=OSLO)
ENGLISH_TODAY = "15 June 2026"


def uow_of(vault: Vault) -> Callable[[], UnitOfWork]:
    return lambda: UnitOfWork(vault.session_factory)


def _office(register: RegisterService) -> None:
    register.save_office(Office("Kárášjoga gielda", "Rådhusveien 1, 9730 Kárášjohka"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))


def _case(vault: Vault, register: RegisterService) -> tuple[int, int]:
    """A mother with Sami letters in her name, a child placed, a consent and a contact."""
    from bufapp.domain.entities import Parent

    _office(register)
    mother = register.save_parent(
        Parent("Máret", "Čuđe-Ŋuolja Šŧžá", address_line="Ŋuolláš-geaidnu 3",
               postal_code="9735", postal_town="Kárášjohka", birth_date=date(1990, 4, 2))
    )  # fmt: skip
    child = _child(register, "Áilu", mother.id or 0)
    _place(register, child, PlacementBasis.CARE_ORDER, TODAY - timedelta(days=20))
    nav = DirectoryService(uow_of(vault)).save(Service("NAV Kárášjohka", ServiceType.NAV))
    consent = ConsentService(uow_of(vault), today=lambda: TODAY).save(
        Consent(
            mother.id or 0, "Hjelp til bolig der Áilu kan være på samvær med Bjørn Æsøy Ågesen.",
            (InformationCategory.PERSONAL_DETAILS,), TODAY, ConsentForm.WRITTEN,
            service_id=nav.id, valid_until=date(2027, 6, 30),
        )
    )  # fmt: skip
    log = ContactLogService(uow_of(vault), today=lambda: TODAY, now=lambda: NOW)
    log.save(
        ContactEntry(
            parent_id=mother.id or 0, occurred_at=WHEN, form=ContactForm.PHONE,
            summary=f"Snakket om samvær med {NORWEGIAN}.", topics=(ContactTopic.VISITS,),
            child_ids=(child.id or 0,),
        ),
        final=True,
    )  # fmt: skip
    return mother.id or 0, consent.id or 0


# Each parent-facing document: its form (the languages it comes in) and how it is made.
PARENT_DOCUMENTS: dict[str, tuple[str, Callable[[Vault, str, int, int], bytes]]] = {
    "consent": (
        "consent",
        lambda v, lang, parent, consent: (
            DocumentService(uow_of(v), lambda: TODAY, lambda: NOW)
            .in_language(lang)
            .consent_declaration(consent)
        ),
    ),
    "contact_extract": (
        "contact_extract",
        lambda v, lang, parent, _c: (
            DocumentService(uow_of(v), lambda: TODAY, lambda: NOW)
            .in_language(lang)
            .contact_extract(parent, TODAY - timedelta(days=30), TODAY, audience=Audience.PARENT)
        ),
    ),
    "information_sheet": (
        "information_sheet",
        lambda v, lang, parent, _c: (
            FollowUpDocuments(uow_of(v), lambda: TODAY, lambda: NOW)
            .in_language(lang)
            .information_sheet(parent)
            .pdf
        ),
    ),
    "access_pack": (
        "access_pack",
        lambda v, lang, parent, _c: (
            AccessService(uow_of(v), lambda: NOW).in_language(lang).pack_pdf(parent)
        ),
    ),
    "access_report": (
        "access_report",
        lambda v, lang, parent, _c: (
            AccessService(uow_of(v), lambda: NOW).in_language(lang).report_pdf(parent)
        ),
    ),
}

CASES = [
    (kind, language)
    for kind, (form, _make) in PARENT_DOCUMENTS.items()
    for language in form_languages(form)
]


@pytest.mark.parametrize(("kind", "language"), CASES, ids=[f"{k}-{lang}" for k, lang in CASES])
def test_each_parent_document_builds_in_every_language_its_form_exists_in(
    vault: Vault, register: RegisterService, kind: str, language: str
) -> None:
    parent, consent = _case(vault, register)
    _form, make = PARENT_DOCUMENTS[kind]
    pdf = make(vault, language, parent, consent)
    text = flat(pdf)
    assert "\x00" not in text and "\ufffd" not in text
    assert "Čuđe-Ŋuolja Šŧžá" in text  # the Sami letters survive extraction
    assert_fonts_embedded(pdf)
    if kind in ("information_sheet", "access_pack"):  # the letters signed off
        assert load_form("common", language).text("letterhead.closing") in text
    if language == "en":
        assert ENGLISH_TODAY in text and "15.06.2026" not in text
        if kind in (
            "access_pack",
            "contact_extract",
        ):  # a contact's topic, in the catalogue's words
            assert "Visits" in text and "Telefon" not in text
    if language == "nb":
        assert "15.06.2026" in text
    if language == "nn" and kind in ("information_sheet", "access_pack"):
        assert "Med venleg helsing" in text


def test_an_english_extract_writes_times_as_english_does(
    vault: Vault, register: RegisterService
) -> None:
    parent, _consent = _case(vault, register)
    documents = DocumentService(uow_of(vault), lambda: TODAY, lambda: NOW)
    text = flat(documents.in_language("en").contact_extract(parent, WHEN.date(), TODAY))
    assert "12 June 2026 at 10:15" in text
    assert "kl. 10.15" in flat(documents.contact_extract(parent, WHEN.date(), TODAY))


def test_an_english_invitation_to_the_parent_writes_the_day_and_time_in_english(
    vault: Vault, register: RegisterService
) -> None:
    s: Setup = make_setup(vault, register)
    starts = datetime(2026, 12, 1, 10, 15, tzinfo=OSLO)
    planned = s.groups.plan_meeting(s.group_id, starts, "Rådhuset", parent_points=("Jul med Áilu",))
    documents = GroupDocuments(uow_of(vault), lambda: TODAY, lambda: NOW)
    languages, first = documents.invitation_languages(planned.id or 0)
    assert "en" in languages and first == "nb"  # no written language: the office's standard
    text = flat(documents.in_language("en").invitation(planned.id or 0))
    assert "Tuesday 1 December 2026" in text and "10:15" in text
    assert "kl." not in text and "Med vennlig hilsen" not in text
    member = s.key_of("Nora Nilsen")
    assert documents.invitation_languages(planned.id or 0, member) == (("nb",), "nb")


def test_the_language_offered_first_follows_the_parent_then_the_office(
    vault: Vault, register: RegisterService
) -> None:
    parent, _consent = _case(vault, register)
    available = form_languages("consent")
    assert document_language("en", available, "nn") == "en"
    assert document_language("se", available, "nb") == "nb"  # bufapp ships no Sami forms
    office_nn = DocumentService(uow_of(vault), language="nn")
    # The register does not store the written language yet: the office's standard is offered
    # where the form exists in it, else bokmål.
    expected = "nn" if "nn" in available else "nb"
    assert office_nn.offered_language(parent, "consent") == (available, expected)
    assert office_nn.in_language(None).language == "nn"
    assert office_nn.in_language("en").language == "en"


def test_third_party_documents_follow_the_office_standard_in_nynorsk_and_bokmal(
    vault: Vault, register: RegisterService
) -> None:
    s: Setup = make_setup(vault, register)
    planned = s.groups.plan_meeting(
        s.group_id, datetime(2026, 12, 1, 10, 15, tzinfo=OSLO), "Rådhuset"
    )
    member = s.key_of("Nora Nilsen")
    for standard in ("nb", "nn"):
        documents = GroupDocuments(uow_of(vault), lambda: TODAY, lambda: NOW, language=standard)
        text = flat(documents.invitation(planned.id or 0, member))
        assert "01.12.2026" in text or "1. desember 2026" in text
        closing = load_form("common", standard).text("letterhead.closing")
        assert closing in text
        if standard == "nn" and "nn" in form_languages("common"):
            assert "Med venleg helsing" in text


def _sami_forms(root: Path) -> Path:
    """A municipality's own Northern Sami: a few texts of common and the consent form."""
    folder = root / "forms"
    (folder / "se").mkdir(parents=True)
    (folder / "se" / "common.toml").write_text(
        """[letterhead]
closing = "Dearvvuođaiguin"

[dates]
short = "{day}.{month}.{year}"
long = "{month_name} {day}. b. {year}"
long_with_weekday = "{weekday} {month_name} {day}. b. {year}"
time = "dii. {hour:02}.{minute:02}"
clock = "{hour:02}.{minute:02}"
weekdays = ["vuossárga", "maŋŋebárga", "gaskavahkku", "duorasdat", "bearjadat", "lávvordat", "sotnabeaivi"]
months = ["ođđajagimánnu", "guovvamánnu", "njukčamánnu", "cuoŋománnu", "miessemánnu", "geassemánnu", "suoidnemánnu", "borgemánnu", "čakčamánnu", "golggotmánnu", "skábmamánnu", "juovlamánnu"]
""",
        encoding="utf-8",
    )
    (folder / "se" / "consent.toml").write_text(
        '[heading]\ntext = "Miehtan addit dieđuid"\n\n[sections]\nwho = "Gii addá miehtama"\n',
        encoding="utf-8",
    )
    return folder


def test_a_language_the_municipality_added_builds_and_reports_missing_texts_as_bokmal(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    forms = _sami_forms(tmp_path)
    parent, consent = _case(vault, register)
    assert "se" in form_languages("consent", overrides=forms)
    documents = DocumentService(uow_of(vault), lambda: TODAY, lambda: NOW, forms, "nb")
    assert documents.offered_language(parent, "consent")[0] == (
        "nb",
        *form_languages("consent")[1:],
        "se",
    )
    pdf = documents.in_language("se").consent_declaration(consent)
    text = flat(pdf)
    assert "Miehtan addit dieđuid" in text and "Gii addá miehtama" in text  # their words
    assert "15.6.2026" in text  # their dates
    assert load_form("consent").text("sections.recipient") in text  # a missing text: bokmål
    consent_form = load_form("consent", "se", overrides=forms)
    assert any("«sections.recipient» mangler" in p for p in consent_form.problems)
    common = load_form("common", "se", overrides=forms)
    missing = [p for p in common.problems if "mangler; teksten står på bokmål" in p]
    assert missing and any("confidentiality.marking" in p for p in missing)
    assert common.language == "se"


def test_the_labels_of_a_document_are_the_interface_catalogues(tmp_path: Path) -> None:
    catalogue = tmp_path / "bufapp_xx.ts"
    catalogue.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx">
<context><name></name>
<message><source>Telefon</source><translation>Telefovdna</translation></message>
<message><source>Hjemmebesøk</source><translation type="unfinished"></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    words = Labels("xx", tmp_path)
    assert words(ContactForm.PHONE.label) == "Telefovdna"
    assert words(ContactForm.HOME_VISIT.label) == "Hjemmebesøk"  # unfinished: bokmål
    assert Labels("nb")("Telefon") == "Telefon"
    assert Labels("zz", tmp_path)("Telefon") == "Telefon"  # no catalogue: bokmål
    for language in ("nn", "en"):  # the shipped catalogues parse
        Labels(language)("Telefon")


def test_two_children_are_joined_in_the_documents_language(
    vault: Vault, register: RegisterService
) -> None:
    parent, _consent = _case(vault, register)
    second = _child(register, "Biret", parent)
    _place(register, second, PlacementBasis.CARE_ORDER, TODAY - timedelta(days=10))
    sheets = FollowUpDocuments(uow_of(vault), lambda: TODAY, lambda: NOW)
    assert "Biret og Áilu bor nå" in flat(sheets.information_sheet(parent).pdf)
    assert "Biret and Áilu" in flat(sheets.in_language("en").information_sheet(parent).pdf)


@pytest.mark.parametrize("standard", ["nb", "nn"])
def test_the_minutes_and_the_network_map_are_written_in_the_office_standard(
    vault: Vault, register: RegisterService, standard: str
) -> None:
    from dataclasses import replace

    from bufapp.services.network_documents import NetworkDocuments
    from bufapp.services.network_maps import NetworkMapService
    from tests.storage.test_groups import at, held_minutes
    from tests.storage.test_network_documents import a_map

    s: Setup = make_setup(vault, register)
    meeting = s.groups.plan_meeting(s.group_id, at(TODAY - timedelta(days=1)), "Rådhuset")
    held = s.groups.save_meeting(replace(meeting, minutes=held_minutes(s)))
    documents = GroupDocuments(uow_of(vault), lambda: TODAY, lambda: NOW, language=standard)
    minutes = flat(documents.minutes(held.id or 0))
    common = load_form("common", standard)
    assert common.text("confidentiality.marking") in minutes and "14.06.2026" in minutes
    saved = NetworkMapService(uow_of(vault), today=lambda: TODAY).save(
        a_map(s.group.parent_id, TODAY)
    )
    network = NetworkDocuments(uow_of(vault), now=lambda: NOW, language=standard)
    drawn = flat(network.map_pdf(saved.id or 0))
    assert "\x00" not in drawn and "15.06.2026" in drawn
    assert load_form("network_map", standard).text("heading.map").split("{")[0].strip() in drawn
