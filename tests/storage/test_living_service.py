"""Levekår on real encrypted vaults: assessments saved and kept unchanged, the page (newest
first, series, change, next due), the interval, Oversikt's deadlines at the Oslo day boundary,
and help where the parent wants it: a referral draft that meets the consent gate exactly as a
hand-made one, or a follow-up task. Today is ``TODAY`` (15 June 2026)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from bufapp.domain.consent import Consent, Service
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    ConsentForm,
    DeadlineKind,
    InformationCategory,
    LivingArea,
    ParentRole,
    PlacementBasis,
    PlaceType,
    ReferralState,
    ServiceType,
)
from bufapp.domain.living import AreaRating, LivingAssessment
from bufapp.domain.living_rules import Change, Point
from bufapp.domain.referral import Referral
from bufapp.errors import ValidationFailed
from bufapp.services.clock import oslo_date
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.living.service import LivingService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.unit.test_register_service import add_parent

FIN = LivingArea.FINANCES


@pytest.fixture
def mother(register: RegisterService) -> int:
    return add_parent(register, "Máret").id or 0


def _place(register: RegisterService, parent_id: int, start: date) -> None:
    child = register.save_child(
        Child("Ánde", "Testesen", date(2016, 3, 4), "2026/7",
              parents=(ParentLink(parent_id, ParentRole.MOTHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, start)
    )


def _assessment(parent_id: int, on: date, **finances: object) -> LivingAssessment:
    rating = AreaRating(FIN, **finances)  # type: ignore[arg-type]
    return LivingAssessment(
        parent_id, on, (rating, AreaRating(LivingArea.HEALTH, 3, "  Sover dårlig ", 3))
    )


def _living_deadlines(register: RegisterService) -> list[object]:
    return [d for d in register.deadlines() if d.kind is DeadlineKind.LIVING_CONDITIONS]


def test_an_assessment_is_saved_trimmed_and_shown_newest_first(
    living: LivingService, mother: int
) -> None:
    first = living.save_assessment(
        _assessment(mother, date(2025, 12, 1), parent_score=1, worker_score=2)
    )
    second = living.save_assessment(
        _assessment(mother, date(2026, 6, 1), parent_score=3, worker_score=3, wants_help=True,
                    parent_words="Jeg har fått gjeldsrådgivning")
    )  # fmt: skip
    assert first.id is not None and second.id is not None
    assert [r.area for r in second.areas] == [FIN, LivingArea.HEALTH]
    assert second.rating(LivingArea.HEALTH).parent_words == "Sover dårlig"  # type: ignore[union-attr]
    page = living.page(mother)
    assert [a.id for a in page.assessments] == [second.id, first.id]
    assert page.series[FIN] == [Point(date(2025, 12, 1), 1, 2), Point(date(2026, 6, 1), 3, 3)]
    assert page.changes[FIN] == Change(2, 1)
    assert page.interval_months == 6 and page.interval_is_default
    assert page.next_due == date(2026, 12, 1)
    assert page.placed_since is None
    assert len(page.prompts[FIN]) >= 3 and "bidrag" in page.finance_consequences


def test_refused_in_the_future_empty_or_off_the_scale_and_never_changed(
    vault: Vault, living: LivingService, mother: int
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        living.save_assessment(_assessment(mother, TODAY + timedelta(days=1), parent_score=7))
    assert {p.field for p in caught.value.problems} == {"assessed_on", "finances.parent_score"}
    with pytest.raises(ValidationFailed) as caught:
        living.save_assessment(LivingAssessment(mother, TODAY, (AreaRating(FIN),)))
    assert [p.field for p in caught.value.problems] == ["areas"]
    saved = living.save_assessment(_assessment(mother, TODAY, parent_score=2))
    with pytest.raises(ValidationFailed):
        living.save_assessment(saved)
    # Not even by hand: the table refuses a change.
    with UnitOfWork(vault.session_factory) as uow, pytest.raises(DatabaseError):
        uow.session.execute(text("UPDATE living_area SET parent_score = 5"))


def test_the_interval_is_a_setting_per_parent(
    living: LivingService, register: RegisterService, mother: int
) -> None:
    living.save_assessment(_assessment(mother, date(2026, 3, 31), parent_score=2))
    living.set_interval(mother, 3)
    page = living.page(mother)
    assert (page.interval_months, page.interval_is_default) == (3, False)
    assert page.next_due == date(2026, 6, 30)
    living.set_interval(mother, 12)
    assert living.page(mother).next_due == date(2027, 3, 31)
    with pytest.raises(ValidationFailed):
        living.set_interval(mother, 0)


def test_oversikt_asks_first_a_month_after_placement_then_after_the_interval(
    living: LivingService, register: RegisterService, mother: int
) -> None:
    other = add_parent(register, "Ola").id or 0  # no child placed: nothing asked
    assert _living_deadlines(register) == []
    _place(register, mother, date(2026, 5, 20))
    (first,) = _living_deadlines(register)
    assert (first.parent_id, first.due) == (mother, date(2026, 6, 19))  # type: ignore[attr-defined]
    assert living.page(mother).next_due == date(2026, 6, 19)
    living.save_assessment(_assessment(mother, TODAY, parent_score=2))
    living.set_interval(mother, 4)
    assert _living_deadlines(register) == []  # due 15 October: on the page, not yet in Oversikt
    assert living.page(mother).next_due == date(2026, 10, 15)
    living.set_interval(mother, 1)  # a month: within Oversikt's 30 days
    (again,) = _living_deadlines(register)
    assert again.due == date(2026, 7, 15)  # type: ignore[attr-defined]
    assert again.title == "Levekår skal vurderes på nytt"  # type: ignore[attr-defined]
    assert other not in {d.parent_id for d in _living_deadlines(register)}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("utc_moment", "due_today"),
    [
        (datetime(2026, 6, 18, 21, 59, tzinfo=UTC), False),  # 23:59 on the 18th in Oslo
        (datetime(2026, 6, 18, 22, 0, tzinfo=UTC), True),  # midnight: the 19th in Oslo
    ],
)
def test_the_first_assessment_is_due_by_the_oslo_calendar(
    vault: Vault, register: RegisterService, mother: int, utc_moment: datetime, due_today: bool
) -> None:
    _place(register, mother, date(2026, 5, 20))  # due 19 June
    day = oslo_date(utc_moment)
    service = LivingService(lambda: UnitOfWork(vault.session_factory), today=lambda: day)
    with UnitOfWork(vault.session_factory) as uow:
        (found,) = service.deadline_provider(uow, day)
    assert found.due == date(2026, 6, 19)
    assert (found.due == day) is due_today
    assert found.urgency(day).name == "SOON"


def _directory(vault: Vault, mother: int, consent: bool) -> tuple[ReferralService, int]:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    nav = DirectoryService(uow).save(Service("NAV Fjellvik", ServiceType.NAV))
    DirectoryService(uow).save(Service("Fjellvik fastlegekontor", ServiceType.GP))
    if consent:
        ConsentService(uow, today=lambda: TODAY).save(
            Consent(mother, "Økonomi", (InformationCategory.PERSONAL_DETAILS,
                    InformationCategory.FINANCES_AND_HOUSING), TODAY - timedelta(days=5),
                    ConsentForm.WRITTEN, service_id=nav.id)
        )  # fmt: skip
    return ReferralService(uow, today=lambda: TODAY), nav.id or 0


def test_help_is_offered_only_where_the_parent_wants_it(
    vault: Vault, living: LivingService, mother: int
) -> None:
    _directory(vault, mother, consent=False)
    living.save_assessment(_assessment(mother, TODAY, parent_score=2, wants_help=False))
    with pytest.raises(ValidationFailed) as caught:
        living.referral_draft_for(mother, FIN)
    assert caught.value.for_field("finances") == [
        "Forelderen har ikke bedt om hjelp med økonomi i den siste vurderingen."
    ]
    with pytest.raises(ValidationFailed):
        living.task_for(mother, LivingArea.HOUSING)


def test_a_referral_draft_to_nav_with_the_parents_words(
    vault: Vault, living: LivingService, mother: int
) -> None:
    referrals, nav_id = _directory(vault, mother, consent=True)
    living.save_assessment(
        _assessment(mother, TODAY, parent_score=1, wants_help=True,
                    parent_words="«Først tar de barnet, så blir jeg straffet økonomisk.»")
    )  # fmt: skip
    draft = living.referral_draft_for(mother, FIN)
    assert (draft.state, draft.service_id, draft.parent_id) == (ReferralState.DRAFT, nav_id, mother)
    assert "økonomi" in draft.request
    assert (
        "straffet økonomisk" in draft.parent_words and "1 – Svært vanskelig" in draft.parent_words
    )
    assert referrals.of_parent(mother) == [draft]
    assert referrals.gate(draft).open
    finished = referrals.finish(draft.id or 0)
    assert finished.state is ReferralState.FINISHED


def test_a_draft_without_consent_is_blocked_by_the_gate_exactly_as_a_hand_made_one(
    vault: Vault, living: LivingService, mother: int
) -> None:
    referrals, nav_id = _directory(vault, mother, consent=False)
    living.save_assessment(_assessment(mother, TODAY, parent_score=2, wants_help=True))
    made = living.referral_draft_for(mother, FIN)
    by_hand = referrals.save_draft(Referral(mother, nav_id, "Økonomi.", categories=made.categories))
    assert referrals.gate(made) == referrals.gate(by_hand)
    assert not referrals.gate(made).open
    errors = []
    for draft in (made, by_hand):
        with pytest.raises(ValidationFailed) as caught:
            referrals.finish(draft.id or 0)
        errors.append(caught.value.for_field("categories"))
    assert errors[0] == errors[1] and errors[0]
    assert {r.state for r in referrals.of_parent(mother)} == {ReferralState.DRAFT}


def test_no_service_of_the_type_says_what_to_add(
    vault: Vault, living: LivingService, mother: int
) -> None:
    living.save_assessment(
        LivingAssessment(mother, TODAY, (AreaRating(LivingArea.HOUSING, 1, wants_help=True),))
    )
    with pytest.raises(ValidationFailed) as caught:
        living.referral_draft_for(mother, LivingArea.HOUSING)
    (message,) = caught.value.for_field("service_id")
    assert message.startswith("Adresseboken har ingen tjeneste av typen") and "NAV" in message


def test_or_a_follow_up_task(vault: Vault, living: LivingService, mother: int) -> None:
    living.save_assessment(
        LivingAssessment(mother, TODAY, (AreaRating(LivingArea.HEALTH, 2, wants_help=True),))
    )
    task = living.task_for(mother, LivingArea.HEALTH)
    assert task.due == TODAY + timedelta(days=14) and "helse" in task.what
    tasks = ContactLogService(lambda: UnitOfWork(vault.session_factory)).tasks_of(mother, True)
    assert [t.id for t in tasks] == [task.id]


def test_every_save_is_audited(vault: Vault, living: LivingService, mother: int) -> None:
    saved = living.save_assessment(_assessment(mother, TODAY, parent_score=2))
    living.set_interval(mother, 3)
    with UnitOfWork(vault.session_factory) as uow:
        kinds = [
            (r.subject_kind, r.parent_id)
            for r in uow.audit_records.of_parent(mother)
            if r.subject_kind.startswith("living")
        ]
    assert ("living_assessment", mother) in kinds and ("living_interval", mother) in kinds
    assert saved.id is not None


def test_the_levekaar_migration_can_be_downgraded_and_applied_again(vault: Vault) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    from bufapp.storage import migrate
    from bufapp.storage.models import Base, include_in_comparison

    tables = {"living_assessment", "living_area", "living_interval"}
    triggers = {f"{t}_no_{v}" for t in ("living_assessment", "living_area")
                for v in ("update", "delete")}  # fmt: skip

    def found_triggers(connection: object) -> set[str]:
        rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))  # type: ignore[attr-defined]
        return {row[0] for row in rows}

    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, "0014_samvaer")
        connection.commit()
        assert not tables & set(inspect(connection).get_table_names())
        assert not triggers & found_triggers(connection)
        command.upgrade(config, "head")
        connection.commit()
        assert set(inspect(connection).get_table_names()) >= tables
        assert found_triggers(connection) >= triggers
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        assert compare_metadata(context, Base.metadata) == []
