"""Familieråd (issue 22 § 3) in the parent's access pack: each conference about the parent, with
the question put to the family, who was invited and who came, the family's own plan, the
service's answer with its reservations and the follow-up conference, in the words of
``forms/access_pack.toml`` [family_conference]. A conference is one record: when any of its text
names what the parent may not know (where a child with hidden whereabouts lives), it is withheld
whole and listed under "Dette er unntatt innsyn" (``withholding.discreet_record``).

The event is laid out here for any form with a [family_conference] section, so the archive's
wording can use it too."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.domain.enums import ConferenceStatus
from bufapp.domain.family_conference import FamilyConference
from bufapp.services.access.events import at_midnight
from bufapp.services.access.withholding import discreet_record
from bufapp.services.access.wording import day
from bufapp.services.access.wording import label as in_words

if TYPE_CHECKING:
    from bufapp.documents.access.contact_extract import LeftOut
    from bufapp.documents.forms import Form
    from bufapp.domain.access import Reader


def _say(words: Form, key: str) -> str:
    return words.text(f"family_conference.{key}")


def _day(conference_day: date | None, words: Form) -> str:
    return day(conference_day, words)


def conference_event(c: FamilyConference, words: Form) -> PackEvent:
    """One conference as a dated item of the pack."""
    approval = ""
    if c.approval is not None and c.approved_on is not None:
        approval = f"{in_words(c.approval.label, words)} {_day(c.approved_on, words)}"
    coordinator = ", ".join(x for x in (c.coordinator_name, c.coordinator_org) if x)
    facts = (
        (_say(words, "planned_for"), _day(c.planned_for, words)),
        (_say(words, "held_on"), _day(c.held_on, words)),
        (_say(words, "coordinator"), coordinator),
        (_say(words, "approval"), approval),
        (_say(words, "follow_up_on"), _day(c.follow_up_on, words)),
    )
    came, not_came = _say(words, "came"), _say(words, "did_not_come")
    held = c.status is ConferenceStatus.HELD
    people = tuple(
        f"{p.name}" + (f" ({p.relation})" if p.relation else "")
        + ((f" – {came}" if p.came else f" – {not_came}") if held else "")
        for p in c.people
    )  # fmt: skip
    items = tuple(
        " – ".join(x for x in (i.what, i.who, _day(i.by_when, words)) if x) for i in c.items
    )
    blocks = [
        PackBlock(_say(words, "question"), text=c.question),
        PackBlock(_say(words, "people"), lines=people),
        PackBlock(_say(words, "plan"), lines=items),
        PackBlock(_say(words, "reservations"), text=c.reservations),
        PackBlock(_say(words, "cancelled_reason"), text=c.cancelled_reason),
        PackBlock(_say(words, "note"), text=c.note),
    ]
    return PackEvent(
        at=at_midnight(c.day),
        kind=_say(words, "kind"),
        title=f"{in_words(c.purpose.label, words)} ({in_words(c.status.label, words).lower()})",
        facts=tuple((label, value) for label, value in facts if value),
        blocks=tuple(b for b in blocks if b.text.strip() or b.lines),
    )


def pack_conferences(
    conferences: list[FamilyConference], reader: Reader, words: Form
) -> tuple[list[PackEvent], list[LeftOut]]:
    """Every conference as ``reader`` may be given it, and the rows of what is withheld."""
    shown: list[PackEvent] = []
    left_out: list[LeftOut] = []
    for conference in conferences:
        kept, withheld = discreet_record(conference_event(conference, words), reader, words)
        shown += [kept] if kept is not None else []
        left_out += withheld
    return shown, left_out
