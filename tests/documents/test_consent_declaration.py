"""The consent declaration: who, to whom, why, every category with a ticked or empty box, how
long, voluntary and withdrawable, what happens without consent, signature lines, legal
references last; addressed to the parent in the envelope window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.referrals.consent_declaration import (
    ConsentDeclaration,
    build_consent_declaration,
)
from tests.documents.pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_in_window,
    flat,
    pages_text,
)

HEAD = Letterhead("Kárášjoga gielda", address_lines=("Rådhusveien 1", "9730 Kárášjohka"))
ADDRESS = ("Máret Čuđe-Ŋuolja Šŧžá", "Ŋuolláš-geaidnu 3", "9735 Kárášjohka")
CATEGORIES = ("Personalia", "Psykisk helse", "Rus", "Økonomi og bolig", "Samvær")
DATA = ConsentDeclaration(
    parent_name="Máret Čuđe-Ŋuolja Šŧžá",
    parent_birth_date=date(1990, 4, 2),
    parent_address=ADDRESS,
    recipient="NAV Kárášjohka",
    purpose="Hjelp til å finne en bolig der Áilu kan være på samvær.",
    categories_all=CATEGORIES,
    categories_covered=("Personalia", "Økonomi og bolig"),
    valid_until=date(2027, 6, 30),
    caseworker="Bjørn Æsøy Ågesen",
    dated=date(2026, 11, 30),
    our_reference="2026/101",
)


def _pdf(tmp_path: Path, data: ConsentDeclaration = DATA) -> bytes:
    common = load_form("common", overrides=tmp_path)
    return build_consent_declaration(data, HEAD, common, load_form("consent", overrides=tmp_path))


def test_the_declaration_reads_in_order_with_every_part(tmp_path: Path) -> None:
    text = flat(_pdf(tmp_path))
    assert "\x00" not in text
    assert_in_order(
        text,
        [
            "Samtykke til at barnevernstjenesten gir opplysninger om deg",
            "Hvem som gir samtykke",
            "Máret Čuđe-Ŋuolja Šŧžá",
            "02.04.1990",
            "Hvem opplysningene kan gis til",
            "NAV Kárášjohka",
            "Hjelp til å finne en bolig der Áilu kan være på samvær.",
            "Hvilke opplysninger samtykket gjelder",
            "Samtykket gjelder til og med 30.06.2027",
            "Det er frivillig å samtykke. Du kan trekke samtykket tilbake når du vil",
            "Si fra til saksbehandleren din",
            "Hvis du ikke samtykker",
            "Sted og dato",
            "Signatur forelder Máret Čuđe-Ŋuolja Šŧžá",
            "Signatur saksbehandler Bjørn Æsøy Ågesen",
            "barnevernsloven § 13-1",
            "forvaltningsloven § 13 a nr. 1",
        ],
    )
    assert "Med vennlig hilsen" not in text  # a form to sign, not a letter with a closing


def test_every_category_is_listed_and_only_the_covered_ones_are_ticked(tmp_path: Path) -> None:
    text = flat(_pdf(tmp_path))
    assert_in_order(text, [f"{c}" for c in CATEGORIES])  # listed in the given order
    for category in ("Personalia", "Økonomi og bolig"):
        assert f"\u2611 {category}" in text and f"\u2610 {category}" not in text
    for category in ("Psykisk helse", "Rus", "Samvær"):
        assert f"\u2610 {category}" in text and f"\u2611 {category}" not in text
    assert text.count("\u2611") == 2 and text.count("\u2610") == 3


def test_the_parent_is_addressed_in_the_window_and_fonts_are_embedded(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)
    assert_in_window(pdf, ADDRESS)
    assert_fonts_embedded(pdf)  # the box glyphs too: they come from DejaVu Sans
    pages = pages_text(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page


def test_without_end_date_or_birth_date_the_wording_says_so(tmp_path: Path) -> None:
    text = flat(_pdf(tmp_path, replace(DATA, valid_until=None, parent_birth_date=None)))
    assert "Samtykket gjelder til du trekker det tilbake." in text
    assert "Fødselsdato Ikke registrert" in text
    assert "til og med" not in text


def test_a_municipality_can_reword_the_declaration(tmp_path: Path) -> None:
    (tmp_path / "consent.toml").write_text(
        '[refusal]\ntext = "Sier du nei, gir vi ingenting videre."\n', encoding="utf-8"
    )
    text = flat(_pdf(tmp_path))
    assert "Sier du nei, gir vi ingenting videre." in text
    assert "Du får den samme oppfølgingen" not in text


def test_the_consent_lifts_confidentiality_and_cites_no_gdpr(tmp_path: Path) -> None:
    """The consent here lets the service share what the law keeps confidential (fvl § 13 a
    nr. 1); it is not the basis for processing, so GDPR art. 7 is not cited."""
    text = flat(_pdf(tmp_path))
    for cited in ("GDPR", "personvernforordningen", "artikkel 7", "art. 7"):
        assert cited not in text, cited
    assert_in_order(
        text,
        [
            "opphever taushetsplikten",
            "forvaltningsloven § 13 a nr. 1",
            "ikke grunnlaget for at barnevernstjenesten behandler opplysninger om deg",
            "Du kan trekke samtykket tilbake når som helst.",
        ],
    )
