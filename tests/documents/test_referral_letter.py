"""The referral letter: main message first, background under headings, the basis for what is
shared, attachments and copies, legal references last; every word readable back exactly."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.referral_letter import ReferralLetter, build_referral

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
        consented_categories=("Personalia", "Økonomi og bolig"),
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
        "Barneverntjenesten har taushetsplikt",
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
