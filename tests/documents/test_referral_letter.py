"""The referral letter: main message first, background under headings, the basis for what is
shared, attachments and copies, legal references last; every word readable back exactly. The
parent's copy: the same letter in the parent's window, marked as a copy, explained first."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.referrals.referral_letter import ConsentBasis, ReferralLetter, build_referral
from tests.documents.pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_in_window,
    flat,
)

HEAD = Letterhead("Fjellvik kommune", address_lines=("Rådhusveien 1", "9990 Fjellvik"))


def _text(tmp_path: Path, data: ReferralLetter) -> str:
    common = load_form("common", overrides=tmp_path)
    referral = load_form("referral", overrides=tmp_path)
    pdf = build_referral(data, HEAD, common, referral)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_referral_reads_in_order_with_every_part(tmp_path: Path) -> None:
    data = ReferralLetter(
        recipient=("NAV Fjellvik", "Postboks 1", "9990 Fjellvik"),
        service_name="NAV Fjellvik",
        request="Vi ber NAV vurdere bostøtte nå, fordi Máret Čuđe skal ha Áilu hjemme på samvær.",
        caseworker="Ingrid Løvås Nilsen",
        dated=date(2026, 11, 30),
        our_reference="2026/101-7",
        current_situation="Máret bor midlertidig hos en venninne i Kárášjohka.",
        parent_words="«Jeg trenger et sted der Áilu og Sárá kan sove.»",
        practical_needs="Tolk til nordsamisk ved møter (Ŋuolláš kan tolke).",
        consents=(
            ConsentBasis(date(2026, 11, 2), "NAV Fjellvik", ("Personalia", "Økonomi og bolig")),
        ),
        exceptions=(("Psykisk helse", "barnevernsloven § 13-4", "Akutt fare for barnet."),),
        attachments=("Husleiekontrakt",),
        copies=("Fastlege Elle Somby",),
    )
    text = _text(tmp_path, data)
    assert "\x00" not in text
    order = [
        "Henvisning til NAV Fjellvik",
        "Hva vi ber om",
        "Vi ber NAV vurdere bostøtte nå",
        "Situasjonen nå",
        "Forelderens egne ord og ønsker",
        "«Jeg trenger et sted der Áilu og Sárá kan sove.»",
        "Praktiske behov",
        "Opplysninger som gis",
        "Personalia, Økonomi og bolig",
        "Psykisk helse gis uten samtykke, med hjemmel i barnevernsloven § 13-4",
        "Vedlegg",
        "Husleiekontrakt",
        "Kopi til",
        "Forelderen",
        "Fastlege Elle Somby",
        "Med vennlig hilsen",
        "Barnevernstjenesten har taushetsplikt",
    ]
    flat, at = text.replace("\n", " "), 0
    for part in order:  # each part after the one before it
        found = flat.find(part, at)
        assert found >= 0, f"«{part}» missing or out of order"
        at = found + len(part)
    assert "Hva som er prøvd" not in text  # an empty section is left out


def test_a_municipality_can_reword_the_referral(tmp_path: Path) -> None:
    (tmp_path / "referral.toml").write_text(
        '[sections]\nrequest = "Dette ber vi om"\n', encoding="utf-8"
    )
    data = ReferralLetter(("NAV",), "NAV", "Hjelp med bolig.", "Ingrid", date(2026, 11, 30))
    text = _text(tmp_path, data)
    assert "Dette ber vi om" in text and "Hva vi ber om" not in text


PARENT_ADDRESS = ("Máret Čuđe-Ŋuolja Šŧžá", "Ŋuolláš-geaidnu 3", "9730 Kárášjohka")


def _nav_referral() -> ReferralLetter:
    return ReferralLetter(
        recipient=("NAV Fjellvik", "Postboks 1", "9991 Fjellvik"),
        service_name="NAV Fjellvik",
        request="Vi ber NAV vurdere bostøtte for Máret Čuđe-Ŋuolja Šŧžá.",
        caseworker="Bjørn Æsøy Ågesen",
        dated=date(2026, 11, 30),
        our_reference="2026/101-7",
        your_reference="NAV-REF-77",
        parent_words="«Jeg trenger et sted der Áilu kan sove.»",
        consents=(ConsentBasis(date(2026, 11, 2), "NAV Fjellvik", ("Økonomi og bolig",)),),
    )


def _build(tmp_path: Path, data: ReferralLetter, copy_for: tuple[str, ...] | None) -> bytes:
    common = load_form("common", overrides=tmp_path)
    referral = load_form("referral", overrides=tmp_path)
    return build_referral(data, HEAD, common, referral, copy_for=copy_for)


def test_the_parents_copy_is_addressed_to_the_parent_and_says_it_is_a_copy(
    tmp_path: Path,
) -> None:
    pdf = _build(tmp_path, _nav_referral(), PARENT_ADDRESS)
    text = flat(pdf)
    assert "\x00" not in text
    assert_in_window(pdf, PARENT_ADDRESS)
    assert_in_order(
        text,
        [
            "Kopi til deg: Henvisning til NAV Fjellvik",
            "Du får her en kopi av henvisningen vi har sendt til NAV Fjellvik.",
            "Ring eller skriv til Bjørn Æsøy Ågesen",
            "Henvisningen er sendt til: NAV Fjellvik, Postboks 1, 9991 Fjellvik.",
            "Hva vi ber om",
            "Vi ber NAV vurdere bostøtte for Máret Čuđe-Ŋuolja Šŧžá.",
            "«Jeg trenger et sted der Áilu kan sove.»",
            "Økonomi og bolig",
            "Med vennlig hilsen",
            "Barnevernstjenesten har taushetsplikt",
        ],
    )
    assert "NAV-REF-77" not in text  # the service's own reference is not the parent's
    assert "2026/101-7" in text
    assert_fonts_embedded(pdf)


def test_without_copy_for_the_letter_goes_to_the_service_unchanged(tmp_path: Path) -> None:
    pdf = _build(tmp_path, _nav_referral(), None)
    text = flat(pdf)
    assert_in_window(pdf, ("NAV Fjellvik", "Postboks 1", "9991 Fjellvik"))
    assert "Kopi til deg" not in text and "Du får her en kopi" not in text
    assert "NAV-REF-77" in text
    assert text.find("Henvisning til NAV Fjellvik") < text.find("Hva vi ber om")


def test_the_copy_wording_can_be_changed_by_the_municipality(tmp_path: Path) -> None:
    (tmp_path / "referral.toml").write_text(
        '[copy]\nheading = "KOPI – {heading}"\nintro = ["Til orientering: {service}."]\n',
        encoding="utf-8",
    )
    text = flat(_build(tmp_path, _nav_referral(), PARENT_ADDRESS))
    assert "KOPI – Henvisning til NAV Fjellvik" in text
    assert "Til orientering: NAV Fjellvik." in text and "Du får her" not in text


def test_the_parents_copy_converts_to_pdfa_for_the_archive(tmp_path: Path) -> None:
    archived = pdfa.to_pdfa(_build(tmp_path, _nav_referral(), PARENT_ADDRESS))
    assert pdfa.findings(archived) == []
