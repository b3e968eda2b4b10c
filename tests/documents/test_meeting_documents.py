"""The three responsibility-group documents: the invitation (a letter, the parent's own points
first, then the open actions, then the rest), the minutes (the parent's views marked as theirs,
changes after final, who gets them and who does not) and the action list (open before closed,
overdue said in words). Every one reads back exactly, embeds its fonts and becomes PDF/A-2b."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.documents.groups.action_list import ActionList, ActionRow, build_action_list
from bufapp.documents.groups.meeting_invitation import MeetingInvitation, build_meeting_invitation
from bufapp.documents.groups.meeting_minutes import (
    MeetingMinutes,
    MinutesItem,
    build_meeting_minutes,
)
from bufapp.documents.groups.meeting_parts import ActionLine, AgendaLine, MemberLine
from bufapp.documents.letter import Letterhead
from tests.documents.pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_in_window,
    flat,
    pages_text,
)

HEAD = Letterhead("Kárášjoga gielda", address_lines=("Rådhusveien 1", "9730 Kárášjohka"))
MARET = "Máret Čuđe-Ŋuolja Šŧžá"
BJORN = "Bjørn Æsøy Ågesen"
ADDRESS = (MARET, "Ŋuolláš-geaidnu 3", "9735 Kárášjohka")
# 10:00 in Oslo (summer time) on Tuesday 12 May 2026.
STARTS = datetime(2026, 5, 12, 8, 0, tzinfo=UTC)

CARRIED = (
    ActionLine("Søke om større leilighet", MARET, date(2026, 5, 1), "Pågår"),
    ActionLine("Avtale time hos fastlegen", BJORN, None, "Ikke startet"),
)
INVITATION = MeetingInvitation(
    recipient=ADDRESS, to_parent=True, parent_name=MARET,
    group_purpose="Gruppa skal hjelpe Máret med bolig, helse og samvær med Áilu.",
    starts_at=STARTS, ends_at=datetime(2026, 5, 12, 9, 30, tzinfo=UTC),
    place="Kárášjoga gielda, møterom Čáhppesjávri",
    agenda=(  # given out of order on purpose
        AgendaLine("Budsjett for høsten", "other"),
        AgendaLine("Søke om større leilighet", "carried", "Ansvar: Máret"),
        AgendaLine("Mer samvær med Áilu i sommerferien", "parent", "Máret vil ha to uker."),
        AgendaLine("Hjelp til å lese brev fra NAV", "parent"),
    ),
    carried_actions=CARRIED,
    invited=(
        MemberLine(MARET, "Forelder"),
        MemberLine(BJORN, "Fastlege", "Kárášjoga dearvvašvuođaguovddáš"),
        MemberLine("Ánde Šŧž", "Koordinator", "NAV Kárášjohka"),
    ),
    coordinator="Ánde Šŧž", coordinator_contact="tlf. 900 11 222",
    caseworker=BJORN, dated=date(2026, 4, 28), our_reference="2026/101",
)  # fmt: skip
MINUTES = MeetingMinutes(
    parent_name=MARET, starts_at=STARTS, place="Kárášjoga gielda",
    present=(f"{MARET} (forelder)", "Ánde Šŧž (koordinator, NAV Kárášjohka)"),
    apologies=(f"{BJORN} (fastlege)",), absent=("Sárá Ŋuolja (boligkontoret)",),
    chair="Ánde Šŧž", minute_taker=BJORN,
    items=(
        MinutesItem(
            "Samvær i sommerferien",
            summary="Vi snakket om samvær med Áilu i juli.",
            parent_views="«Jeg vil ha Áilu hos meg i to uker. Det er viktig for oss begge.»",
            conclusion="Barnevernstjenesten spør fosterhjemmet.",
            decisions=("Saksbehandler ringer fosterhjemmet innen 20. mai.",),
        ),
    ),
    actions=(ActionLine("Ringe fosterhjemmet", BJORN, date(2026, 5, 20), "Åpen"),),
    next_meeting=date(2026, 6, 16),
    version=2, changed=((date(2026, 5, 15), "Feil dato for samvær rettet."),),
    distributed_to=(MARET, "Ánde Šŧž"), not_covered=("Sárá Ŋuolja",),
    caseworker=BJORN, dated=date(2026, 5, 15), our_reference="2026/101",
)  # fmt: skip
ACTIONS = ActionList(
    parent_name=MARET,
    as_of=date(2026, 5, 12),
    actions=(
        ActionRow("Lese brev sammen", MARET, None, "Gjennomført", outcome="Gikk fint",
                  closed_on=date(2026, 4, 20), from_meeting=date(2026, 3, 10)),
        ActionRow("Ringe fosterhjemmet", BJORN, date(2026, 5, 20), "Åpen",
                  from_meeting=date(2026, 4, 14)),
        ActionRow("Søke om større leilighet", MARET, date(2026, 5, 1), "Pågår", overdue=True,
                  from_meeting=date(2026, 3, 10)),
        ActionRow("Kurs i økonomi", "Ánde Šŧž", None, "Avbrutt", outcome="Kurset ble lagt ned",
                  closed_on=date(2026, 5, 2)),
    ),
    caseworker=BJORN,
    dated=date(2026, 5, 12),
)  # fmt: skip


def _invitation(tmp_path: Path, data: MeetingInvitation = INVITATION) -> bytes:
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "meeting_invitation"))
    return build_meeting_invitation(data, HEAD, *forms)


def _minutes(tmp_path: Path, data: MeetingMinutes = MINUTES) -> bytes:
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "meeting_minutes"))
    return build_meeting_minutes(data, HEAD, *forms)


def _actions(tmp_path: Path, data: ActionList = ACTIONS) -> bytes:
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "action_list"))
    return build_action_list(data, HEAD, *forms)


@pytest.mark.parametrize("build", [_invitation, _minutes, _actions])
def test_names_read_back_exactly_fonts_embedded_and_pdfa(tmp_path: Path, build: object) -> None:
    pdf = build(tmp_path)  # type: ignore[operator]
    text = flat(pdf)
    assert MARET in text and BJORN in text and "\x00" not in text
    assert_fonts_embedded(pdf)
    assert pdfa.findings(pdfa.to_pdfa(pdf)) == []


def test_the_invitation_goes_to_the_window_and_starts_from_the_parents_points(
    tmp_path: Path,
) -> None:
    pdf = _invitation(tmp_path)
    assert_in_window(pdf, ADDRESS)
    text = flat(pdf)
    assert_in_order(
        text,
        [
            f"Innkalling til møte i ansvarsgruppen for {MARET}",
            "tirsdag 12. mai 2026 kl. 10.00",
            "Dato Tirsdag 12. mai 2026",
            "Tid Kl. 10.00–11.30",
            "Sted Kárášjoga gielda, møterom Čáhppesjávri",
            "Hva ansvarsgruppen er til for",
            "Saksliste",
            "Dine saker",
            "1. Mer samvær med Áilu i sommerferien",
            "Máret vil ha to uker.",
            "2. Hjelp til å lese brev fra NAV",
            "Det vi avtalte sist",
            "Hva Hvem Frist Status",
            f"Søke om større leilighet {MARET} 01.05.2026 Pågår",
            f"Avtale time hos fastlegen {BJORN} Ingen frist Ikke startet",
            "Andre saker",
            "4. Budsjett for høsten",
            "Hvordan var møtet for deg?",
            "Hvem som er invitert",
            f"{BJORN} Fastlege Kárášjoga dearvvašvuođaguovddáš",
            "Koordinator for ansvarsgruppen er Ánde Šŧž. Du når Ánde Šŧž på tlf. 900 11 222.",
            "Du kan ta med deg en du stoler på",
            "vi gå gjennom sakslista sammen før møtet",
            "Med vennlig hilsen",
        ],
    )
    assert text.count("Søke om større leilighet") == 1  # the carried point is the table row
    assert "Forelderens saker" not in text


def test_a_members_invitation_names_the_parents_points_as_theirs(tmp_path: Path) -> None:
    member = ("Ánde Šŧž", "NAV Kárášjohka", "Postboks 1", "9735 Kárášjohka")
    data = replace(INVITATION, recipient=member, to_parent=False, carried_actions=(),
                   agenda=INVITATION.agenda[2:], coordinator="", ends_at=None)  # fmt: skip
    pdf = _invitation(tmp_path, data)
    assert_in_window(pdf, member)
    text = flat(pdf)
    assert "Dine saker" not in text
    assert_in_order(
        text,
        [
            f"Du er invitert til møte i ansvarsgruppen for {MARET}",
            "Tid Kl. 10.00",
            "Forelderens saker",
            "1. Mer samvær med Áilu i sommerferien",
            "Ingen tiltak står åpne fra forrige møte.",
            f"Hvordan var møtet for {MARET}?",
            f"Ansvarsgruppen har ikke fått koordinator ennå. Ta kontakt med saksbehandleren, {BJORN}.",
            f"{MARET} kan ta med seg en støtteperson",
        ],
    )


def test_the_minutes_mark_the_parents_views_the_change_and_the_distribution(
    tmp_path: Path,
) -> None:
    text = flat(_minutes(tmp_path))
    assert_in_order(
        text,
        [
            f"Referat fra møte i ansvarsgruppen for {MARET}",
            "Tid 12.05.2026 kl. 10.00",
            f"Til stede {MARET} (forelder) Ánde Šŧž (koordinator, NAV Kárášjohka)",
            f"Meldt forfall {BJORN} (fastlege)",
            "Ikke møtt Sárá Ŋuolja (boligkontoret)",
            "Møteleder Ánde Šŧž",
            f"Referent {BJORN}",
            "Versjon 2 – endret 15.05.2026: Feil dato for samvær rettet.",
            "1. Samvær i sommerferien",
            "Hva vi snakket om Vi snakket om samvær med Áilu i juli.",
            f"Forelderens egne synspunkter – slik {MARET} sa det «Jeg vil ha Áilu hos meg",
            "Konklusjon Barnevernstjenesten spør fosterhjemmet.",
            "Dette ble bestemt – Saksbehandler ringer fosterhjemmet innen 20. mai.",
            "Tiltak – hvem gjør hva, og innen når",
            f"Ringe fosterhjemmet {BJORN} 20.05.2026 Åpen",
            "Neste møte er 16.06.2026.",
            f"Referatet sendes til {MARET} Ánde Šŧž",
            "Får ikke referatet (mangler samtykke): Sárá Ŋuolja",
        ],
    )


def test_unchanged_minutes_have_no_version_line(tmp_path: Path) -> None:
    text = flat(_minutes(tmp_path, replace(MINUTES, version=1, changed=(), not_covered=())))
    assert "Versjon" not in text and "mangler samtykke" not in text


def test_long_minutes_number_every_page(tmp_path: Path) -> None:
    items = tuple(
        MinutesItem(f"Sak {i}", summary=f"Samtale {i} om Áilu. " * 30, parent_views="Enig.")
        for i in range(12)
    )
    pages = pages_text(_minutes(tmp_path, replace(MINUTES, items=items)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
    assert_in_order(" ".join(pages), [f"{i}. Sak {i - 1}" for i in range(1, 13)])


def test_the_action_list_puts_open_first_and_says_overdue_in_words(tmp_path: Path) -> None:
    text = flat(_actions(tmp_path))
    assert_in_order(
        text,
        [
            f"Tiltaksliste – ansvarsgruppen for {MARET}",
            "Per dato 12.05.2026",
            "Åpne tiltak 2",
            "Frist forfalt 1",
            "Avsluttede tiltak 2",
            "Åpne tiltak",
            "Fra møtet 10.03.2026",
            f"Søke om større leilighet {MARET} 01.05.2026 Frist forfalt Pågår",
            "Fra møtet 14.04.2026",
            f"Ringe fosterhjemmet {BJORN} 20.05.2026 Åpen",
            "Avsluttede tiltak",
            "Fra møtet 10.03.2026",
            "Lese brev sammen",
            "Gjennomført 20.04.2026 Gikk fint",
            "Avtalt utenom møte",
            "Kurs i økonomi",
            "Avbrutt 02.05.2026 Kurset ble lagt ned",
        ],
    )
    assert text.count("forfalt") == 2  # the summary and the one overdue action


def test_an_empty_action_list_says_so(tmp_path: Path) -> None:
    text = flat(_actions(tmp_path, replace(ACTIONS, actions=())))
    assert "Ingen tiltak er åpne." in text and "Ingen tiltak er avsluttet ennå." in text
