"""The rules of innsyn without a vault: how each entry appears in the access pack (the
exemption wins over every status), that an exemption needs a short reason, and how the access
report folds a run of the same action into one line."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bufapp.domain.access import (
    EXEMPT_REASON_LENGTH,
    OTHER_CHILD,
    OTHER_PARENT,
    WHEREABOUTS,
    Reader,
    Shown,
    Withheld,
    exemption_problems,
    for_reader,
    runs,
    shown_as,
)
from bufapp.domain.audit import AuditAction, AuditRecord
from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.disclosure import disclosure_for
from bufapp.domain.entities import Placement
from bufapp.domain.enums import (
    Audience,
    ContactForm,
    EntryStatus,
    PlacementBasis,
    PlaceType,
)

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def entry(status: EntryStatus, exempt_reason: str = "") -> ContactEntry:
    return ContactEntry(1, WHEN, ContactForm.PHONE, status=status, exempt_reason=exempt_reason)


@pytest.mark.parametrize(
    ("status", "reason", "expected"),
    [
        (EntryStatus.FINAL, "", Shown.IN_FULL),
        (EntryStatus.WITHDRAWN, "", Shown.AS_WITHDRAWN),
        (EntryStatus.OPEN, "", Shown.LEFT_OUT_OPEN),
        (EntryStatus.FINAL, "Sperret adresse", Shown.LEFT_OUT_EXEMPT),
        (EntryStatus.WITHDRAWN, "Sperret adresse", Shown.LEFT_OUT_EXEMPT),
        (EntryStatus.OPEN, "Sperret adresse", Shown.LEFT_OUT_EXEMPT),
        (EntryStatus.FINAL, "   ", Shown.IN_FULL),  # blanks are no reason, so no exemption
    ],
)
def test_the_exemption_wins_over_every_status(
    status: EntryStatus, reason: str, expected: Shown
) -> None:
    assert shown_as(entry(status, reason)) is expected


def test_an_exemption_needs_a_reason_that_is_not_too_long() -> None:
    assert exemption_problems(False, "") == []
    assert exemption_problems(True, "Sperret adresse") == []
    (blank,) = exemption_problems(True, "  ")
    assert blank.field == "exempt_reason" and "Skriv hvorfor" in blank.message
    (long,) = exemption_problems(True, "x" * (EXEMPT_REASON_LENGTH + 1))
    assert str(EXEMPT_REASON_LENGTH) in long.message


def record(seq: int, at: datetime, action: AuditAction, actor: str = "Ingrid") -> AuditRecord:
    return AuditRecord(seq, at, actor, action, "contact_entry", seq, 1, "")


def test_a_run_of_the_same_action_in_one_minute_is_one_line_with_a_count() -> None:
    created = [record(i, WHEN + timedelta(seconds=i), AuditAction.CREATED) for i in range(5)]
    opened = record(6, WHEN + timedelta(seconds=50), AuditAction.OPENED)
    later = record(7, WHEN + timedelta(minutes=2), AuditAction.CREATED)
    someone_else = record(8, WHEN + timedelta(minutes=2), AuditAction.CREATED, actor="Per")
    folded = runs([*created, opened, later, someone_else])
    assert [(r.seq, n) for r, n in folded] == [(0, 5), (6, 1), (7, 1), (8, 1)]
    assert runs([]) == []


# --- What one parent receives of an entry (issue 16 §4) -----------------------------------------
MARET, PIERA, ANDE, SARA = 1, 2, 10, 11
HIDDEN = Placement(
    ANDE, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, date(2025, 1, 10),
    place_name="Fosterhjem i Guovdageaidnu", carer_names="Áile og Niillas Ŋuolla",
    whereabouts_hidden=True, hidden_decided_on=date(2025, 1, 8), hidden_basis="Vedtak",
)  # fmt: skip
MARETS_VIEW = Reader(
    MARET,
    frozenset({ANDE}),
    disclosure_for(Audience.PARENT, MARET, [HIDDEN], []),
    other_child_names={SARA: "Sara Ánte Somby"},
    other_parent_names={PIERA: "Piera Somby"},
    own_names=("Máret Čuđe", "Ánde Somby"),
)


def joint(**kw: object) -> ContactEntry:
    people = Participants(other_parent_ids=(PIERA,))
    fields: dict[str, object] = {"participants": people, "status": EntryStatus.FINAL}
    return ContactEntry(MARET, WHEN, ContactForm.OFFICE_MEETING, **{**fields, **kw})  # type: ignore[arg-type]


def test_an_exempt_entry_is_withheld_whole_with_its_basis_and_reason() -> None:
    shown = for_reader(joint(exempt_reason="Barnets ønske", exempt_basis="fvl_19_1_d"), MARETS_VIEW)
    assert shown.shown is Shown.LEFT_OUT_EXEMPT
    assert shown.withheld == (Withheld("entry", "fvl_19_1_d", "Barnets ønske"),)


def test_an_entry_naming_the_hidden_foster_home_is_withheld_whole() -> None:
    shown = for_reader(joint(summary="Ánde var hos Niillas i helgen."), MARETS_VIEW)
    assert shown.shown is Shown.LEFT_OUT_SECRET and shown.withheld == (
        Withheld("entry", WHEREABOUTS),
    )
    withdrawn = joint(status=EntryStatus.WITHDRAWN, withdrawn_reason="Gjaldt Ŋuolla-familien")
    assert for_reader(withdrawn, MARETS_VIEW).shown is Shown.LEFT_OUT_SECRET


def test_the_other_parents_words_and_child_are_withheld_from_a_joint_entry() -> None:
    theirs = replace(joint(parent_words="Jeg vil ha mer samvær."), parent_id=PIERA)
    shown = for_reader(theirs, MARETS_VIEW)
    assert (
        shown.entry.parent_words == "" and Withheld("parent_words", OTHER_PARENT) in shown.withheld
    )
    # Her own entry, whose words field holds his words: it names him, so it is withheld too.
    said = for_reader(joint(parent_words="Piera sier at han savner barna."), MARETS_VIEW)
    assert said.entry.parent_words == "" and said.withheld == (
        Withheld("parent_words", OTHER_PARENT),
    )
    mine = for_reader(joint(parent_words="Jeg gleder meg til samværet."), MARETS_VIEW)
    assert mine.entry.parent_words and mine.withheld == () and mine.shown is Shown.IN_FULL
    both = for_reader(
        joint(child_ids=(ANDE, SARA), summary="Om Ánde Somby.", agreed="Sara får ny skole."),
        MARETS_VIEW,
    )
    assert both.entry.child_ids == (ANDE,) and both.entry.summary == "Om Ánde Somby."  # shared name
    assert both.entry.agreed == ""
    assert both.withheld == (Withheld("child_ids", OTHER_CHILD), Withheld("agreed", OTHER_CHILD))


def test_an_exemption_needs_a_basis_from_the_list() -> None:
    bases = ("fvl_19_1_d",)
    (missing,) = exemption_problems(True, "Grunn", "", bases)
    assert missing.field == "exempt_basis" and "Velg hjemmelen" in missing.message
    (unknown,) = exemption_problems(True, "Grunn", "fvl_99", bases)
    assert "ikke i listen" in unknown.message
    assert exemption_problems(True, "Grunn", "fvl_19_1_d", bases) == []
    assert exemption_problems(False, "", "", bases) == []
