"""The demo's protected parent: the one the screenshots show has children in foster homes whose
whereabouts the county board has hidden, another parent with a confidential address, and one
visit entry exempt from access, so the demo shows what every document then leaves out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta

from bufapp.demo.data import FOSTER_TOWNS, HOME_POSTAL, SAMI_FOSTER_TOWNS
from bufapp.domain.enums import AddressProtection, ContactTopic, EntryStatus, PlaceType
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork

DEMO_EXEMPT_REASON = "Kan vise hvor fosterhjemmet bor, og adressen er sperret"


def most_mapped(unit_of_work: Callable[[], UnitOfWork], parent_ids: Sequence[int]) -> int | None:
    """The parent with the most network maps: the one the screenshots show."""
    with unit_of_work() as uow:
        counts = {pid: len(uow.network_maps.of_parent(pid)) for pid in parent_ids}
    return max(parent_ids, key=lambda pid: counts[pid], default=None)


DEMO_HIDDEN_BASIS = (
    "Fylkesnemndas vedtak om at foreldrene ikke skal vite hvor barnet bor, sak 24-0457"
)
DEMO_CARERS = {True: "Áile og Niillas Ŋuolla", False: "Hanne og Tor Lien"}


def _hidden_town(current: str, known: set[str]) -> str:
    """Where the hidden foster home is: its own town, unless a parent lives there or the office
    is there (then its name would say nothing, and the demo would show nothing hidden)."""
    towns = (current, *SAMI_FOSTER_TOWNS, *FOSTER_TOWNS)
    return next(t for t in towns if t not in known)


def hide_whereabouts(register: RegisterService, parent_id: int) -> None:
    """The county board has hidden where this parent's children in foster homes live: the
    demo shows the marking and what every document then leaves out. The other parent has a
    confidential address."""
    detail = register.parent_detail(parent_id)
    known = {p.postal_town for p in (detail.parent, *detail.other_parents)} | {HOME_POSTAL[1]}
    for entry in detail.children:
        ongoing = [p for p in entry.placements if p.end_date is None]
        if not ongoing or ongoing[-1].place_type not in (
            PlaceType.FOSTER_HOME,
            PlaceType.KINSHIP_FOSTER_HOME,
        ):
            continue
        placement = ongoing[-1]
        before, _, current = placement.place_name.rpartition(" i ")
        town = _hidden_town(current, known)
        register.save_placement(
            replace(
                placement,
                place_name=f"{before} i {town}",
                carer_names=DEMO_CARERS[town in SAMI_FOSTER_TOWNS],
                place_municipality=town,
                place_address=f"Boaššoluodda 14, {town}",
                place_phone="784 85 210",
                whereabouts_hidden=True,
                hidden_decided_on=max(placement.start_date, register.today() - timedelta(days=200)),
                hidden_basis=DEMO_HIDDEN_BASIS,
            )
        )
    others = [o for o in detail.other_parents if o.id is not None]
    if others:
        register.save_parent(
            replace(others[0], address_protection=AddressProtection.STRICTLY_CONFIDENTIAL)
        )


def mark_one_exempt(contact_log: ContactLogService, chosen: int) -> None:
    """Mark one visit entry of the chosen parent "Unntatt innsyn", so the access pack has
    something left out to list."""
    visits = [
        t for t in contact_log.timeline(chosen)
        if ContactTopic.VISITS in t.topics and t.status is EntryStatus.FINAL
    ]  # fmt: skip
    if visits:
        entry = contact_log.entry(visits[len(visits) // 2].id)
        contact_log.save(
            replace(entry, exempt_reason=DEMO_EXEMPT_REASON, exempt_basis="hidden_whereabouts")
        )
