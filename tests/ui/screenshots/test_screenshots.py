"""``bufapp-admin screenshots`` renders every main view and dialog, and none comes out blank."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from bufapp.app import take_screenshots
from bufapp.documents import pdfa


def _distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_every_view_and_dialog_is_rendered(qtbot: QtBot, tmp_path: Path) -> None:
    shots = take_screenshots(tmp_path, scale=1.0)
    names = {p.name for p in shots}
    for expected in (
        "01-oversikt@100.png",
        "02-foreldre@100.png",
        "03-ny-forelder-med-feil@100.png",
        "08-laast-feil-passord@100.png",
        "12-oppsett-gjenopprettingsnokkel@100.png",
        "18-adressebok@100.png",
        "19-samtykkeregister@100.png",
        "21-henvisninger@100.png",
        "22-henvisning-utkast@100.png",
        "23-forhandsvisning-henvisning@100.png",
        "24-ansvarsgrupper@100.png",
        "25-ansvarsgruppe@100.png",
        "26-mote-for-sen-innkalling@100.png",
        "27-referat@100.png",
        "28-evaluering@100.png",
        "29-nettverkskart@100.png",
        "30-nettverkskart-redigering@100.png",
        "31-nettverkskart-sammenligning@100.png",
        "41-kontaktlogg-unntatt-innsyn@100.png",
        "43-innsyn-forhandsvisning@100.png",
        "44-arkiveksport@100.png",
        "45-arkiveksport-eksportert@100.png",
        "50-sikkerhetskopi-statuslinje-gul@100.png",
        "53-gjenopprett-forhandsvisning@100.png",
        "54-gjenopprett-annen-database@100.png",
        "56-kontroll-skadet@100.png",
        "70-oppfolging-formal-og-roller@100.png",
        "71-oppfolging-informasjon@100.png",
        "73-oppfolging-onsker@100.png",
        "76-svar-pa-onske-uten-begrunnelse@100.png",
        "80-samvaer-plan@100.png",
        "81-samvaer-samvaerene@100.png",
        "82-samvaer-med-samtaler@100.png",
        "83-samvaer-evaluering@100.png",
        "86-samvaersplan-under-minimum@100.png",
        "87-registrer-samvaer@100.png",
        "92-tilbakemelding-kor@100.png",
        "93-tilbakemelding-ny-skaar@100.png",
        "96-gruppetilbud@100.png",
        "97-gruppetilbud-deltakelse@100.png",
        "98-hva-kontoret-laerer@100.png",
        "99-ord-til-rapporten-med-navn@100.png",
        "94-familierad@100.png",
        "95-familierad-plan@100.png",
        "90-levekar@100.png",
        "91-levekar-ny-vurdering@100.png",
    ):
        assert expected in names
    documents = sorted(p.name for p in shots if p.suffix == ".pdf")
    assert documents == [
        "dok-1-henvisning.pdf", "dok-10-nettverkskart-pseudonymisert.pdf",
        "dok-11-nettverkskart-sammenligning.pdf", "dok-12-innsyn.pdf",
        "dok-13-innsyn-tilgangslogg.pdf", "dok-14-informasjonsark-frivillig.pdf",
        "dok-15-informasjonsark-omsorgsovertakelse.pdf", "dok-16-samvaersplan.pdf",
        "dok-17-familierad-plan.pdf", "dok-18-gruppetilbud.pdf",
        "dok-19-hva-kontoret-laerer.pdf", "dok-2-kopi-til-forelderen.pdf", "dok-3-samtykkeerklaering.pdf",
        "dok-4-utdrag-kontaktlogg.pdf", "dok-5-gjenopprettingsark.pdf", "dok-6-innkalling.pdf",
        "dok-7-referat.pdf", "dok-8-tiltaksliste.pdf", "dok-9-nettverkskart.pdf",
    ]  # fmt: skip
    assert pdfa.findings((tmp_path / "dok-1-henvisning.pdf").read_bytes()) == []
    for path in (p for p in shots if p.suffix == ".png"):
        image = QImage(str(path))
        # Small ones are meant: the status bar alone, the progress dialog.
        assert image.width() >= 300 and image.height() >= 20, path.name
        assert _distinct_colours(image) > 8, f"{path.name} looks blank"
