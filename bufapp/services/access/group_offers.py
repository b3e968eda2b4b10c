"""Group offers (issue 22 § 4) in the parent's access pack: each record of the parent's way
through the offers — told of them and the answer, referred, started, the sessions attended,
completed or stopped and why, their own evaluation — dated by its first step, in the words of
``forms/access_pack.toml`` [group_offers]. The catalogue itself names no parent and is not part
of the pack. A record whose free text names what the parent may not know is withheld whole and
listed, as a follow-up record is (``withholding.discreet_record``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.access import Reader
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.access.events import at_midnight
from bufapp.services.access.withholding import discreet_record
from bufapp.services.access.wording import day
from bufapp.services.access.wording import label as in_words

if TYPE_CHECKING:
    from bufapp.documents.access.contact_extract import LeftOut
    from bufapp.storage.uow import UnitOfWork


def _say(words: Form, key: str) -> str:
    return words.text(f"group_offers.{key}")


def _day(record: GroupParticipation, name: str, words: Form) -> str:
    return day(getattr(record, name), words)


def participation_event(
    record: GroupParticipation, offer: GroupOffer | None, words: Form
) -> PackEvent | None:
    first = record.informed_on or record.referred_on or record.started_on
    if first is None:
        first = record.completed_on or record.stopped_on
    if first is None:
        return None
    attended = ""
    if record.sessions_attended is not None:
        attended = str(record.sessions_attended)
        if offer is not None and offer.sessions:
            attended = _say(words, "sessions_of").format(n=attended, of=offer.sessions)
    blocks = []
    if record.stopped_reason.strip():
        blocks.append(PackBlock(_say(words, "stopped_reason"), record.stopped_reason))
    if record.evaluation.strip():
        blocks.append(PackBlock(_say(words, "evaluation"), parent_words=record.evaluation))
    if record.note.strip():
        blocks.append(PackBlock(_say(words, "note"), record.note))
    useful = (
        _say(words, "usefulness_value").format(n=record.usefulness) if record.usefulness else ""
    )
    return PackEvent(
        at=at_midnight(first),
        kind=_say(words, "kind"),
        title=offer.name if offer is not None else _say(words, "general"),
        facts=(
            (
                _say(words, "offer_type"),
                in_words(offer.offer_type.label, words) if offer is not None else "",
            ),
            (_say(words, "informed_on"), _day(record, "informed_on", words)),
            (_say(words, "answer"), in_words(record.answer.label, words) if record.answer else ""),
            (_say(words, "referred_on"), _day(record, "referred_on", words)),
            (_say(words, "started_on"), _day(record, "started_on", words)),
            (_say(words, "sessions_attended"), attended),
            (_say(words, "completed_on"), _day(record, "completed_on", words)),
            (_say(words, "stopped_on"), _day(record, "stopped_on", words)),
            (_say(words, "usefulness"), useful),
        ),
        blocks=tuple(blocks),
    )


def pack_items(
    uow: UnitOfWork, parent_id: int, reader: Reader, words: Form
) -> tuple[list[PackEvent], list[LeftOut]]:
    """The parent's participations as dated items, as ``reader`` may be given them."""
    records = uow.group_offers.of_parent(parent_id)
    offers = {o.id: o for o in uow.group_offers.offers()}
    shown: list[PackEvent] = []
    withheld: list[LeftOut] = []
    for record in records:
        event = participation_event(record, offers.get(record.offer_id), words)
        if event is None:
            continue
        kept, left_out = discreet_record(event, reader, words)
        shown += [kept] if kept is not None else []
        withheld += left_out
    return shown, withheld
