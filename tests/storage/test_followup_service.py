"""The follow-up on real encrypted vaults: the role table by basis and responsibility, the
information checklist and its deadlines, assessments, the parent's wishes, the follow-up after a
reunification and the question of ettervern. Today is ``TODAY`` (15 June 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bufapp.documents.forms import load_form
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    ChildPlanKind,
    ContactForm,
    ContactTopic,
    DeadlineKind,
    HomeOutlook,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
    Understanding,
    WishKind,
    WishOutcome,
)
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.domain.followup_rules import ItemState
from bufapp.errors import ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.unit.test_register_service import add_parent, oslo_noon


def _child(register: RegisterService, parent_id: int, responsibility: bool = True, **kw) -> Child:
    link = ParentLink(parent_id, ParentRole.MOTHER, parental_responsibility=responsibility)
    born = kw.pop("born", date(2015, 3, 4))
    return register.save_child(Child("Ánde", "Testesen", born, "2026/7", parents=(link,)))


def _place(register: RegisterService, child: Child, basis: PlacementBasis, **kw) -> Placement:
    return register.save_placement(
        Placement(
            child.id or 0, basis, PlaceType.FOSTER_HOME, kw.pop("start", date(2026, 1, 5)), **kw
        )
    )


def _events(register: RegisterService, parent_id: int, *kinds: DeadlineKind):
    return [d for d in register.open_deadlines() if d.parent_id == parent_id and d.kind in kinds]


@pytest.mark.parametrize(
    ("basis", "responsibility", "key", "phrase"),
    [
        (PlacementBasis.VOLUNTARY, True, "voluntary", "trekke samtykket tilbake"),
        (PlacementBasis.CARE_ORDER, True, "care_order", "minimum"),
        (PlacementBasis.EMERGENCY, True, "emergency", "klage"),
        (PlacementBasis.CARE_ORDER, False, "without_responsibility", "har ikke foreldreansvar"),
        (PlacementBasis.VOLUNTARY, False, "without_responsibility", "har ikke foreldreansvar"),
    ],
)
def test_the_role_table_follows_the_basis_and_the_parents_responsibility(
    register: RegisterService,
    followup: FollowUpService,
    basis: PlacementBasis,
    responsibility: bool,
    key: str,
    phrase: str,
) -> None:
    mother = add_parent(register, "Máret")
    child = _child(register, mother.id or 0, responsibility)
    _place(register, child, basis)
    role = followup.page(mother.id or 0).children[0].role
    assert role is not None and role.key == key
    assert phrase in role.intro + " ".join(who for _, who in role.rows)


def test_a_municipalitys_correction_of_the_role_table_is_what_the_page_shows(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    (tmp_path / "followup.toml").write_text(
        '[roles]\ndecision = "Spørsmål"\n'
        '[roles.care_order]\nintro = "Kommunens egen tekst om omsorgsovertakelse."\n',
        encoding="utf-8",
    )
    service = FollowUpService(
        lambda: UnitOfWork(vault.session_factory),
        today=lambda: TODAY,
        form=lambda: load_form("followup", overrides=tmp_path),
    )
    mother = add_parent(register, "Siv")
    _place(register, _child(register, mother.id or 0), PlacementBasis.CARE_ORDER)
    page = service.page(mother.id or 0)
    assert page.children[0].role.intro == "Kommunens egen tekst om omsorgsovertakelse."
    assert page.children[0].role.rows  # the rows we ship stay where the override says nothing
    assert (page.children[0].role.decision, page.children[0].role.who) == (
        "Spørsmål",
        "Hvem bestemmer",
    )
    assert page.form_problems == ()


def test_a_childs_plan_and_the_purpose_are_kept_and_shown(
    register: RegisterService, followup: FollowUpService
) -> None:
    mother = add_parent(register, "Siv")
    child = _child(register, mother.id or 0)
    _place(register, child, PlacementBasis.CARE_ORDER)
    followup.save_child_plan(
        ChildPlan(child.id or 0, ChildPlanKind.CARE_PLAN, date(2026, 2, 1), "  Langvarig  ", "3 år")
    )
    followup.save_purpose(
        FollowUpPurpose(mother.id or 0, "Jeg vil være mor for Ánde.", "", date(2026, 2, 3))
    )
    page = followup.page(mother.id or 0)
    assert page.children[0].plans[0].goal == "Langvarig"
    assert page.purpose.parent_words == "Jeg vil være mor for Ánde."
    with pytest.raises(ValidationFailed) as failed:
        followup.save_child_plan(ChildPlan(child.id or 0, ChildPlanKind.CARE_PLAN, TODAY, " "))
    assert [p.field for p in failed.value.problems] == ["goal"]


def test_the_checklist_says_where_each_item_stands_and_feeds_oversikt(
    register: RegisterService, followup: FollowUpService
) -> None:
    mother = add_parent(register, "Siv")
    pid = mother.id or 0
    followup.record_information(
        InformationGiven(pid, "grounds", date(2026, 6, 1), understood=Understanding.UNDERSTOOD)
    )
    followup.record_information(InformationGiven(pid, "meaning", date(2026, 6, 10)))
    followup.record_information(
        InformationGiven(
            pid,
            "law_and_complaints",
            date(2026, 5, 1),
            understood=Understanding.UNDERSTOOD,
            repeat_on=TODAY,
        )
    )
    states = {s.key: s.state for s in followup.page(pid).checklist}
    assert states["grounds"] is ItemState.UNDERSTOOD
    assert states["meaning"] is ItemState.UNCONFIRMED
    assert states["law_and_complaints"] is ItemState.DUE_AGAIN  # its day is today
    assert states["raise_concern"] is ItemState.NOT_GIVEN
    due = {(d.kind, d.due) for d in _events(register, pid, *DeadlineKind)}
    assert (DeadlineKind.INFORMATION_UNCONFIRMED, date(2026, 6, 24)) in due
    assert (DeadlineKind.INFORMATION_REPEAT, TODAY) in due
    # Given again and understood: nothing left for that item.
    followup.record_information(
        InformationGiven(pid, "meaning", TODAY, understood=Understanding.UNDERSTOOD)
    )
    kinds = [d.kind for d in _events(register, pid, DeadlineKind.INFORMATION_UNCONFIRMED)]
    assert kinds == []


def test_an_item_ticked_in_a_late_evening_contact_has_the_oslo_date_of_the_contact(
    vault: Vault, register: RegisterService, followup: FollowUpService
) -> None:
    log = ContactLogService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    mother = add_parent(register, "Siv")
    pid = mother.id or 0
    # 22:30 UTC on 13 June is 00:30 on 14 June in Oslo.
    late = oslo_noon(date(2026, 6, 13)).replace(hour=22, minute=30)
    entry = log.save(ContactEntry(pid, late, ContactForm.PHONE, summary="Ringte."), final=True)
    template = InformationGiven(pid, "", TODAY, understood=Understanding.PARTLY)
    saved = followup.record_information_in_entry(entry.id or 0, ["grounds", "meaning"], template)
    assert {g.given_on for g in saved} == {date(2026, 6, 14)}
    # Ticked again from the same contact: not recorded twice.
    assert followup.record_information_in_entry(entry.id or 0, ["grounds"], template) == []
    assert len(followup.information_of_entry(entry.id or 0)) == 2


def test_information_is_refused_for_an_unknown_item_or_a_repeat_before_it_was_given(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    with pytest.raises(ValidationFailed) as failed:
        followup.record_information(
            InformationGiven(pid, "no_such_item", TODAY, repeat_on=TODAY - timedelta(days=1))
        )
    assert {p.field for p in failed.value.problems} == {"item", "repeat_on"}


def test_the_current_assessment_is_the_newest_and_its_reassessment_is_a_deadline(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    followup.save_assessment(
        Assessment(
            pid, date(2026, 1, 10), HomeOutlook.NOT_NOW, "Først behandling.", date(2026, 4, 1)
        )
    )
    followup.save_assessment(
        Assessment(
            pid,
            date(2026, 5, 2),
            HomeOutlook.HOME_POSSIBLE,
            "Hvis boligen er på plass.",
            date(2026, 9, 1),
        )
    )
    page = followup.page(pid)
    assert page.current_assessment is not None
    assert page.current_assessment.outlook is HomeOutlook.HOME_POSSIBLE
    due = [d.due for d in _events(register, pid, DeadlineKind.REASSESSMENT)]
    assert due == [date(2026, 9, 1)]  # the older assessment's date no longer counts


def test_a_wish_is_a_deadline_until_answered_and_a_refusal_needs_its_reason(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    wish = followup.save_wish(
        Wish(pid, WishKind.NEW_CASEWORKER, "Jeg vil ha en annen saksbehandler.", date(2026, 6, 3))
    )
    assert [d.due for d in _events(register, pid, DeadlineKind.WISH_ANSWER)] == [date(2026, 6, 17)]
    refused = replace(
        wish, answered_on=TODAY, outcome=WishOutcome.REFUSED, answer="Vi kan ikke bytte nå."
    )
    with pytest.raises(ValidationFailed) as failed:
        followup.save_wish(refused)
    assert [p.field for p in failed.value.problems] == ["reason"]
    followup.save_wish(replace(refused, reason="Kontoret har én saksbehandler til høsten."))
    assert _events(register, pid, DeadlineKind.WISH_ANSWER) == []
    assert followup.page(pid).wishes[0].reason.startswith("Kontoret")


def test_the_parents_evaluation_is_kept_over_time(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    followup.save_evaluation(ParentEvaluation(pid, date(2026, 3, 1), "Fosterhjemmet er godt."))
    followup.save_evaluation(ParentEvaluation(pid, date(2026, 6, 1), "Jeg får for lite vite."))
    assert [e.words for e in followup.page(pid).evaluations] == [
        "Jeg får for lite vite.",
        "Fosterhjemmet er godt.",
    ]


def test_a_reunification_asks_for_follow_up_after_the_move_until_a_conversation_is_held(
    vault: Vault, register: RegisterService, followup: FollowUpService
) -> None:
    log = ContactLogService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    pid = add_parent(register, "Siv").id or 0
    child = _child(register, pid)
    _place(
        register,
        child,
        PlacementBasis.VOLUNTARY,
        end_date=date(2026, 6, 1),
        end_reason=PlacementEndReason.REUNIFICATION,
    )
    assert [d.due for d in _events(register, pid, DeadlineKind.AFTER_REUNIFICATION)] == [
        date(2026, 6, 15)
    ]
    log.save(
        ContactEntry(
            pid,
            oslo_noon(date(2026, 6, 5)),
            ContactForm.HOME_VISIT,
            summary="Hjemmebesøk etter flyttingen.",
        ),
        final=True,
    )
    assert _events(register, pid, DeadlineKind.AFTER_REUNIFICATION) == []


def test_a_placed_child_nearing_18_brings_the_question_of_ettervern(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    child = _child(register, pid, born=date(2008, 10, 1))  # 18 on 1 October 2026
    _place(register, child, PlacementBasis.CARE_ORDER, start=date(2020, 1, 1))
    due = [d.due for d in _events(register, pid, DeadlineKind.AFTERCARE)]
    assert due == [date(2026, 4, 4)]  # 180 days before
    followup.record_information(InformationGiven(pid, "aftercare", date(2026, 6, 2)))
    assert _events(register, pid, DeadlineKind.AFTERCARE) == []


def test_a_young_child_brings_no_ettervern_line(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    _place(register, _child(register, pid, born=date(2015, 1, 1)), PlacementBasis.CARE_ORDER)
    assert _events(register, pid, DeadlineKind.AFTERCARE) == []


def test_oversikt_reads_only_the_latest_giving_and_assessment_as_the_page_does(
    register: RegisterService, followup: FollowUpService
) -> None:
    """Oversikt reads the office in SQL (the latest per parent and item); the page reads one
    parent's records in full. Both must come to the same deadlines."""
    first, second = (add_parent(register, name).id or 0 for name in ("Siv", "Ánne"))
    for pid in (first, second):
        followup.record_information(
            InformationGiven(pid, "grounds", date(2026, 5, 1), repeat_on=date(2026, 6, 1))
        )
        followup.record_information(  # the same day, recorded later: this one is the latest
            InformationGiven(pid, "grounds", date(2026, 5, 1), understood=Understanding.UNDERSTOOD)
        )
        followup.record_information(InformationGiven(pid, "meaning", date(2026, 6, 2)))
        followup.save_assessment(
            Assessment(pid, date(2026, 2, 1), HomeOutlook.NOT_NOW, "Først.", date(2026, 3, 1))
        )
        followup.save_assessment(Assessment(pid, date(2026, 6, 1), HomeOutlook.NOT_NOW, "Nå."))
    office = sorted(
        (d.parent_id, d.kind, d.due)
        for d in register.open_deadlines()
        if d.parent_id in (first, second)
    )
    pages = sorted(
        (d.parent_id, d.kind, d.due)
        for pid in (first, second)
        for d in followup.page(pid).deadlines
    )
    assert (
        office
        == pages
        == sorted(
            (pid, DeadlineKind.INFORMATION_UNCONFIRMED, date(2026, 6, 16))
            for pid in (first, second)
        )
    )


def test_oversikt_shows_a_parents_items_of_one_kind_as_one_line_and_the_page_each(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    followup.record_information(InformationGiven(pid, "grounds", date(2026, 6, 3)))
    followup.record_information(InformationGiven(pid, "meaning", date(2026, 6, 5)))
    lines = _events(register, pid, DeadlineKind.INFORMATION_UNCONFIRMED)
    assert [(d.due, d.title) for d in lines] == [
        (date(2026, 6, 17), "Sjekk at informasjonen er forstått (2 punkter)")
    ]
    page = followup.page(pid).deadlines
    assert sorted(d.due for d in page) == [date(2026, 6, 17), date(2026, 6, 19)]


def test_siblings_who_moved_home_together_are_one_line_after_the_move(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    first, second = (_child(register, pid) for _ in range(2))
    for child in (first, second):
        _place(
            register, child, PlacementBasis.VOLUNTARY, end_date=date(2026, 6, 1),
            end_reason=PlacementEndReason.REUNIFICATION,
        )  # fmt: skip
    (line,) = _events(register, pid, DeadlineKind.AFTER_REUNIFICATION)
    assert set(line.child_ids) == {first.id, second.id}


def test_the_page_says_where_the_first_conversation_stands_offered_held_and_where(
    vault: Vault, register: RegisterService
) -> None:
    service = FollowUpService(
        lambda: UnitOfWork(vault.session_factory),
        today=lambda: TODAY,
        first_conversation=register.first_conversation_status,
    )
    log = ContactLogService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    pid = add_parent(register, "Siv").id or 0
    _place(register, _child(register, pid), PlacementBasis.CARE_ORDER, start=date(2026, 6, 1))
    assert service.page(pid).first_conversation == ("Ikke tilbudt ennå – fristen er 15.06.2026",)
    log.save(
        ContactEntry(
            pid, oslo_noon(date(2026, 6, 3)), ContactForm.NEUTRAL_PLACE, place="Kafeen",
            topics=(ContactTopic.FIRST_CONVERSATION,), summary="Første samtale.",
        ),
        final=True,
    )  # fmt: skip
    lines = service.page(pid).first_conversation
    assert any(line.startswith("Gjennomført 03.06.2026") and "Kafeen" in line for line in lines)
    assert service.page(add_parent(register, "Ánne").id or 0).first_conversation == ()


def test_a_child_who_has_moved_home_has_no_role_table_of_the_ended_placement(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    _place(
        register, _child(register, pid), PlacementBasis.EMERGENCY, end_date=date(2026, 6, 1),
        end_reason=PlacementEndReason.REUNIFICATION,
    )  # fmt: skip
    (situation,) = followup.page(pid).children
    assert situation.placement is not None and situation.role is None


def test_a_move_home_years_ago_is_history_when_the_child_is_placed_again(
    register: RegisterService, followup: FollowUpService
) -> None:
    pid = add_parent(register, "Siv").id or 0
    child = _child(register, pid)
    _place(
        register, child, PlacementBasis.VOLUNTARY, start=date(2023, 1, 2),
        end_date=date(2024, 3, 1), end_reason=PlacementEndReason.REUNIFICATION,
    )  # fmt: skip
    _place(register, child, PlacementBasis.CARE_ORDER, start=date(2026, 5, 1))
    assert _events(register, pid, DeadlineKind.AFTER_REUNIFICATION) == []
