"""Group offers on a real encrypted vault: the catalogue (an offer with participants is ended,
never deleted), a parent's way through an offer, the audit trail, the uptake counts, and
Oversikt's prompt to tell a parent of a placed child — at the Oslo day boundary. Today is
``TODAY`` (15 June 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bufapp.domain.consent import Service
from bufapp.domain.enums import DeadlineKind, GroupOfferType, OfferAnswer, ServiceType
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.errors import ValidationFailed
from bufapp.services.clock import oslo_date
from bufapp.services.consents import DirectoryService
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.unit.test_register_service import add_child, add_parent, place


def _icdp(**changes: object) -> GroupOffer:
    offer = GroupOffer(
        "ICDP-gruppe for foreldre – høst",
        GroupOfferType.ICDP,
        own_office=True,
        starts_on=date(2026, 1, 6),
        ends_on=date(2026, 3, 10),
        schedule="Tirsdager 18–20",
        sessions=10,
        place="Familievernkontoret, Storgata 1",
        contact="Áila Sárá, tlf. 400 00 000",
        sign_up="Ring eller send e-post",
    )
    return replace(offer, **changes)


def test_the_catalogue_filters_counts_participants_and_ends_rather_than_deletes(
    vault: Vault, register: RegisterService, group_offers: GroupOfferService
) -> None:
    directory = DirectoryService(lambda: UnitOfWork(vault.session_factory))
    nav = directory.save(Service("Kirkens Bymisjon", ServiceType.VOLUNTARY))
    icdp = group_offers.save_offer(_icdp())
    drop_in = group_offers.save_offer(
        GroupOffer("  Åpen kafé  ", GroupOfferType.DROP_IN, provider_id=nav.id)
    )
    mistake = group_offers.save_offer(GroupOffer("Feil", GroupOfferType.OTHER, own_office=True))
    with pytest.raises(ValidationFailed) as refused:
        group_offers.save_offer(GroupOffer("", GroupOfferType.OTHER))
    assert {p.field for p in refused.value.problems} == {"name", "provider_name"}

    mother = add_parent(register, "Máret").id or 0
    group_offers.save_participation(
        GroupParticipation(mother, icdp.id, informed_on=date(2026, 1, 2), referred_on=TODAY)
    )
    rows = {r.offer.name: r for r in group_offers.catalogue()}
    assert rows["Åpen kafé"].provider == "Kirkens Bymisjon"
    assert rows[icdp.name].provider == "Familievernkontoret"
    assert rows[icdp.name].participants == 1 and rows["Åpen kafé"].participants == 0
    assert rows[icdp.name].when == "06.01.2026–10.03.2026 · Tirsdager 18–20"
    assert [r.offer.id for r in group_offers.catalogue(GroupOfferType.DROP_IN)] == [drop_in.id]

    with pytest.raises(ValidationFailed, match="deltakere"):
        group_offers.delete_offer(icdp.id or 0)
    group_offers.delete_offer(mistake.id or 0)
    ended = group_offers.end_offer(icdp.id or 0)
    assert not ended.active
    assert [r.offer.id for r in group_offers.catalogue(active=True)] == [drop_in.id]
    assert [r.offer.id for r in group_offers.catalogue(active=False)] == [icdp.id]


def test_a_parent_goes_through_an_icdp_group_and_every_step_is_audited(
    vault: Vault, register: RegisterService, group_offers: GroupOfferService
) -> None:
    mother = add_parent(register, "Máret").id or 0
    offer = group_offers.save_offer(_icdp())
    told = group_offers.save_participation(
        GroupParticipation(mother, informed_on=date(2025, 12, 1), answer=OfferAnswer.INTERESTED)
    )
    record = group_offers.save_participation(
        GroupParticipation(mother, offer.id, referred_on=date(2025, 12, 10))
    )
    too_many = replace(record, started_on=date(2026, 1, 6), sessions_attended=11)
    with pytest.raises(ValidationFailed) as refused:
        group_offers.save_participation(too_many)
    assert {p.field for p in refused.value.problems} == {"sessions_attended"}
    done = group_offers.save_participation(
        replace(
            too_many,
            sessions_attended=8,
            completed_on=date(2026, 3, 10),
            evaluation="  Godt å møte andre i samme situasjon.  ",
            usefulness=5,
        )
    )
    assert done.evaluation == "Godt å møte andre i samme situasjon."
    page = group_offers.page(mother)
    assert [line.record.step for line in page.lines] == ["Informert – interessert", "Fullført"]
    assert [line.offer_name for line in page.lines] == ["Gruppetilbudene generelt", offer.name]
    assert page.told_on == date(2025, 12, 1) and page.prompt is None

    with UnitOfWork(vault.session_factory) as uow:
        trail = [(r.subject_kind, r.subject_id) for r in uow.audit_records.of_parent(mother)]
    assert ("group_participation", told.id) in trail and ("group_participation", done.id) in trail

    by_type = group_offers.uptake_by_type()
    icdp = by_type[GroupOfferType.ICDP]
    assert (icdp.referred, icdp.started, icdp.completed) == (1, 1, 1)
    assert by_type[GroupOfferType.DROP_IN].referred == 0
    assert group_offers.uptake_by_offer(first=date(2026, 1, 1))[offer.id or 0].referred == 0
    assert group_offers.uptake_told_in_general() == 1


def _placed_mother(register: RegisterService, start: date) -> int:
    mother = add_parent(register, "Máret")
    place(register, add_child(register, "Ánte", mother), start)
    return mother.id or 0


@pytest.mark.parametrize(
    ("utc_moment", "urgency"),
    [
        (datetime(2026, 6, 15, 21, 59, tzinfo=UTC), "SOON"),  # 23:59 on the 15th in Oslo
        (datetime(2026, 6, 15, 22, 0, tzinfo=UTC), "OVERDUE"),  # midnight: the 16th in Oslo
    ],
)
def test_a_parent_never_told_is_prompted_30_days_after_the_placement_by_the_oslo_day(
    vault: Vault, register: RegisterService, utc_moment: datetime, urgency: str
) -> None:
    mother = _placed_mother(register, date(2026, 5, 16))  # due 15 June
    service = GroupOfferService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: oslo_date(utc_moment)
    )
    service.save_offer(_icdp())
    today = oslo_date(utc_moment)
    with UnitOfWork(vault.session_factory) as uow:
        found = [d for d in service.deadline_provider(uow, today) if d.parent_id == mother]
    assert [(d.kind, d.due) for d in found] == [
        (DeadlineKind.GROUP_OFFERS_NOT_TOLD, date(2026, 6, 15))
    ]
    assert found[0].urgency(today).name == urgency
    assert service.page(mother).prompt == found[0]


def test_once_told_the_prompt_is_done_in_oversikt(
    register: RegisterService, group_offers: GroupOfferService
) -> None:
    mother = _placed_mother(register, date(2026, 5, 1))
    other = add_parent(register, "Nils")  # no child placed: never prompted

    def open_kinds(parent_id: int) -> list[DeadlineKind]:
        return [d.kind for d in register.open_deadlines() if d.parent_id == parent_id]

    # No catalogue yet: nothing to tell of, no prompt (an office not using it is not flooded).
    assert DeadlineKind.GROUP_OFFERS_NOT_TOLD not in open_kinds(mother)
    offer = group_offers.save_offer(_icdp())
    assert DeadlineKind.GROUP_OFFERS_NOT_TOLD in open_kinds(mother)
    assert DeadlineKind.GROUP_OFFERS_NOT_TOLD not in open_kinds(other.id or 0)
    group_offers.end_offer(offer.id or 0)  # nothing active in the catalogue: no prompt
    assert DeadlineKind.GROUP_OFFERS_NOT_TOLD not in open_kinds(mother)
    group_offers.save_offer(_icdp(name="Åpen kafé", offer_type=GroupOfferType.DROP_IN))
    assert group_offers.page(mother).prompt is not None
    group_offers.save_participation(
        GroupParticipation(mother, informed_on=TODAY, answer=OfferAnswer.NOT_NOW)
    )
    assert DeadlineKind.GROUP_OFFERS_NOT_TOLD not in open_kinds(mother)
    assert group_offers.page(mother).prompt is None
