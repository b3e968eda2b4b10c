"""The group offers' service: the catalogue (an offer that has had participants is ended, never
deleted), each parent's participations saved through the domain's checks, the parent's page,
Oversikt's prompt, and the uptake counts the office report reads.

Every save is audited by the unit of work (``storage.audit_capture``): the offer as
«Gruppetilbud», a participation as «Deltakelse i gruppetilbud» in the parent's own trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import GroupOfferType
from bufapp.domain.group_offer_checks import check_offer, check_participation
from bufapp.domain.group_offer_rules import first_told, not_told_deadlines, uptake
from bufapp.domain.group_offers import GroupOffer, GroupParticipation, Uptake
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, NotFound, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.storage.uow import UnitOfWork

R = TypeVar("R", GroupOffer, GroupParticipation)


def _stripped(record: R) -> R:
    return replace(record, **{k: v.strip() for k, v in vars(record).items() if isinstance(v, str)})


@dataclass(frozen=True)
class CatalogueRow:
    """One offer of the catalogue: who runs it in words, and how many parents it has had (a
    count, no names)."""

    offer: GroupOffer
    provider: str
    participants: int

    @property
    def when(self) -> str:
        return when_text(self.offer)


def when_text(offer: GroupOffer) -> str:
    """«06.01.2027–17.03.2027 · tirsdager kl. 18–20» from what the offer says (one day once)."""
    days = ""
    if offer.starts_on and offer.ends_on and offer.starts_on != offer.ends_on:
        days = f"{offer.starts_on:%d.%m.%Y}–{offer.ends_on:%d.%m.%Y}"
    elif offer.starts_on and offer.ends_on:
        days = f"{offer.starts_on:%d.%m.%Y}"
    elif offer.starts_on:
        days = f"Fra {offer.starts_on:%d.%m.%Y}"
    elif offer.ends_on:
        days = f"Til {offer.ends_on:%d.%m.%Y}"
    return " · ".join(p for p in (days, offer.schedule) if p)


@dataclass(frozen=True)
class ParticipationLine:
    record: GroupParticipation
    offer: GroupOffer | None

    @property
    def offer_name(self) -> str:
        return self.offer.name if self.offer else "Gruppetilbudene generelt"


@dataclass(frozen=True)
class GroupOfferPage:
    """The chosen parent's part in the group offers: every record, newest last, and whether the
    parent has been told of the offers (the prompt if not)."""

    parent_id: int
    lines: tuple[ParticipationLine, ...]
    told_on: date | None
    prompt: Deadline | None  # the not-told prompt, while a child is placed and none told


class GroupOfferService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
    ) -> None:
        self._uow = unit_of_work
        self._today = today

    def today(self) -> date:
        return self._today()

    # --- the catalogue --------------------------------------------------------------------------

    def catalogue(
        self, offer_type: GroupOfferType | None = None, active: bool | None = None
    ) -> list[CatalogueRow]:
        """The offers, filtered by type and by active (``None``: all): the active first, then
        by type in the program's order, then by start."""
        with self._uow() as uow:
            offers = uow.group_offers.offers()
            counts = uow.group_offers.participant_counts()
            services = {s.id: s.name for s in uow.services.list()}
        order = {t: i for i, t in enumerate(GroupOfferType)}
        offers.sort(key=lambda o: (not o.active, order[o.offer_type], o.starts_on or date.min))
        return [
            CatalogueRow(o, provider_text(o, services), counts.get(o.id or 0, 0))
            for o in offers
            if (offer_type is None or o.offer_type == offer_type)
            and (active is None or o.active == active)
        ]

    def offers(self) -> list[GroupOffer]:
        with self._uow() as uow:
            return uow.group_offers.offers()

    def offer(self, offer_id: int) -> GroupOffer:
        with self._uow() as uow:
            return uow.group_offers.get(GroupOffer, offer_id)

    def save_offer(self, offer: GroupOffer) -> GroupOffer:
        offer = _stripped(offer)
        require_valid(check_offer(offer))
        with self._uow() as uow:
            if offer.provider_id is not None:
                uow.services.get(offer.provider_id)
            saved = uow.group_offers.save(offer)
            uow.commit()
        return saved

    def end_offer(self, offer_id: int) -> GroupOffer:
        """The offer is over: kept in the catalogue as ended, with the parents' records of it."""
        with self._uow() as uow:
            offer = uow.group_offers.get(GroupOffer, offer_id)
            saved = uow.group_offers.save(replace(offer, active=False))
            uow.commit()
        return saved

    def delete_offer(self, offer_id: int) -> None:
        """Only an offer no parent has taken part in (a mistake) is deleted; one with
        participants is ended instead (``end_offer``)."""
        with self._uow() as uow:
            if uow.group_offers.participant_counts().get(offer_id, 0):
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "offer_id",
                            "Tilbudet har deltakere og kan ikke slettes. Avslutt det i stedet.",
                        )
                    ]
                )
            uow.group_offers.delete_offer(offer_id)
            uow.commit()

    # --- the parent's part ----------------------------------------------------------------------

    def page(self, parent_id: int) -> GroupOfferPage:
        today = self._today()
        with self._uow() as uow:
            uow.parents.get(parent_id)
            records = uow.group_offers.of_parent(parent_id)
            offers = {o.id: o for o in uow.group_offers.offers()}
            children = uow.children.of_parent(parent_id)
            placements = [p for c in children for p in uow.placements.of_child(c.id or 0)]
        told = first_told(records).get(parent_id)
        prompts = [  # only this parent's: a child's other parent has their own
            d
            for d in not_told_deadlines(children, placements, first_told(records), today)
            if d.parent_id == parent_id and any(o.active for o in offers.values())
        ]
        lines = tuple(ParticipationLine(r, offers.get(r.offer_id)) for r in records)
        prompt = next((d for d in prompts if d.done_on is None), None)
        return GroupOfferPage(parent_id, lines, told, prompt)

    def participation(self, record_id: int) -> GroupParticipation:
        with self._uow() as uow:
            return uow.group_offers.get(GroupParticipation, record_id)

    def save_participation(self, record: GroupParticipation) -> GroupParticipation:
        """A new step on a parent's way through an offer, or a correction of one."""
        record = _stripped(record)
        with self._uow() as uow:
            uow.parents.get(record.parent_id)
            offer = None
            if record.offer_id is not None:
                offer = uow.group_offers.get(GroupOffer, record.offer_id)
            if record.id is not None:
                before = uow.group_offers.get(GroupParticipation, record.id)
                if before.parent_id != record.parent_id:
                    raise NotFound
            require_valid(check_participation(record, self._today(), offer))
            saved = uow.group_offers.save(record)
            uow.commit()
        return saved

    # --- Oversikt ---------------------------------------------------------------------------------

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """A parent of a child placed today who has never been told of the group offers: due
        ``TELL_WITHIN_DAYS`` (30) days after the placement began. Only once the office keeps a
        catalogue with an active offer: with none, there is nothing to tell of, and an office
        that does not use the catalogue is not given a prompt for every parent."""
        if not any(o.active for o in uow.group_offers.offers()):
            return []
        placements = uow.reads.placements_of_children_placed_on_or_after(today)
        children = uow.reads.children_with_links({p.child_id for p in placements})
        told = first_told(uow.group_offers.participations())
        return not_told_deadlines(children, placements, told, today)

    # --- for the office report -----------------------------------------------------------------

    def uptake_by_offer(
        self, first: date | None = None, last: date | None = None
    ) -> dict[int, Uptake]:
        """Per offer id, how many participations were told of it, referred, started, completed
        and stopped, each step counted when its day falls from ``first`` to ``last``. Records of
        telling without an offer are left out here (see ``uptake_told_in_general``)."""
        with self._uow() as uow:
            records = uow.group_offers.participations()
        by_offer: dict[int, list[GroupParticipation]] = {}
        for r in records:
            if r.offer_id is not None:
                by_offer.setdefault(r.offer_id, []).append(r)
        return {oid: uptake(rs, first, last) for oid, rs in by_offer.items()}

    def uptake_by_type(
        self, first: date | None = None, last: date | None = None
    ) -> dict[GroupOfferType, Uptake]:
        """The same counts per type of offer (every type present, zero where none)."""
        with self._uow() as uow:
            records = uow.group_offers.participations()
            types = {o.id: o.offer_type for o in uow.group_offers.offers()}
        by_type: dict[GroupOfferType, list[GroupParticipation]] = {t: [] for t in GroupOfferType}
        for r in records:
            if r.offer_id is not None:
                by_type[types[r.offer_id]].append(r)
        return {t: uptake(rs, first, last) for t, rs in by_type.items()}

    def uptake_told_in_general(self, first: date | None = None, last: date | None = None) -> int:
        """How many different parents were told of the offers (in general or of one) in the
        period: the figure for «informert om gruppetilbudene»."""
        with self._uow() as uow:
            records = uow.group_offers.participations()
        return len(
            {
                r.parent_id
                for r in records
                if r.informed_on is not None
                and (first is None or r.informed_on >= first)
                and (last is None or r.informed_on <= last)
            }
        )


def provider_text(offer: GroupOffer, services: dict[int | None, str]) -> str:
    """Who runs the offer, in words: the address book's name, the name written, or the office."""
    if offer.provider_id is not None and offer.provider_id in services:
        return services[offer.provider_id]
    if offer.provider_name:
        return offer.provider_name
    return "Familievernkontoret" if offer.own_office else ""
