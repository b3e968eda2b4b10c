"""The group's documents from a real vault: the invitation puts the parent's points first and
lists last time's open actions; sending the minutes records only covered members and keeps the
minutes as PDF/A; the action list puts open actions first and says which are overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bufapp.documents import pdfa
from bufapp.domain.enums import DocumentKind, MeetingStatus, TaskStatus
from bufapp.domain.groups import MeetingAction
from bufapp.errors import ValidationFailed
from bufapp.services.groups.documents import GroupDocuments
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.documents.pdf_checks import assert_fonts_embedded, assert_in_order, flat
from tests.storage.test_groups import Setup, at, held_minutes, make_setup


@pytest.fixture
def group(vault: Vault, register: RegisterService) -> Setup:
    return make_setup(vault, register)


@pytest.fixture
def documents(vault: Vault, tmp_path) -> GroupDocuments:  # type: ignore[no-untyped-def]
    return GroupDocuments(
        lambda: UnitOfWork(vault.session_factory), lambda: TODAY, lambda: NOW, tmp_path
    )


def test_the_invitation_starts_with_the_parents_points_then_last_times_actions(
    group: Setup,
    documents: GroupDocuments,
) -> None:
    s = group
    s.groups.add_action(MeetingAction(s.group_id, "Søke bostøtte", "mor", TODAY + timedelta(5)))
    planned = s.groups.plan_meeting(
        s.group_id, at(TODAY + timedelta(days=10)), "Rådhuset",
        parent_points=("Jul med Áilu",), other_items=("Skolen",),
    )  # fmt: skip
    pdf = documents.invitation(planned.id or 0)
    text = flat(pdf)
    assert "\x00" not in text and "Máret Čuđe" in text
    assert_in_order(text, ["Jul med Áilu", "Søke bostøtte", "Skolen"])
    assert_fonts_embedded(pdf)
    to_nav = documents.invitation(planned.id or 0, s.key_of("Nora Nilsen"))
    assert "NAV Fjellvik" in flat(to_nav)


def test_sending_the_minutes_keeps_them_and_names_who_does_not_get_them(
    group: Setup,
    documents: GroupDocuments,
    vault: Vault,
) -> None:
    s = group
    meeting = s.groups.plan_meeting(s.group_id, at(TODAY - timedelta(days=1)), "Rådhuset")
    with pytest.raises(ValidationFailed, match="ferdig før det sendes"):
        documents.send_minutes(meeting.id or 0)
    held = s.groups.save_meeting(replace(meeting, minutes=held_minutes(s)))
    s.groups.finalise_minutes(held.id or 0)

    sent = documents.send_minutes(held.id or 0)
    assert sent.distributed_to == ("mor", s.key_of("Nora Nilsen"), "bv")
    with UnitOfWork(vault.session_factory) as uow:
        (kept,) = uow.documents.of_parent(s.group.parent_id)
        pdf = uow.documents.pdf(kept.id or 0)
    assert (kept.kind, kept.meeting_id) == (DocumentKind.MINUTES, held.id)
    assert pdfa.findings(pdf) == []
    text = flat(pdf)
    assert "«Jeg trenger et rom til Áilu.»" in text
    assert "Per Åsen" in text.split("mangler samtykke")[-1]  # the GP is named as not getting it
    assert s.groups.meeting(held.id or 0).status is MeetingStatus.MINUTES_FINAL


def test_the_action_list_puts_open_first_and_says_which_are_overdue(
    group: Setup,
    documents: GroupDocuments,
) -> None:
    s = group
    late = s.groups.add_action(
        MeetingAction(s.group_id, "Søke bostøtte", "mor", TODAY - timedelta(days=2))
    )
    done = s.groups.add_action(MeetingAction(s.group_id, "Ringe skolen", "bv", TODAY))
    s.groups.close_action(done.id or 0, TaskStatus.DONE, "Skolen er orientert.")
    text = flat(documents.action_list(s.group_id))
    assert_in_order(text, [late.what, "forfalt", "Ringe skolen", "Skolen er orientert."])


def test_changed_minutes_print_their_version_and_reason(
    group: Setup,
    documents: GroupDocuments,
) -> None:
    s = group
    meeting = s.groups.plan_meeting(s.group_id, at(TODAY - timedelta(days=1)), "Rådhuset")
    held = s.groups.save_meeting(replace(meeting, minutes=held_minutes(s)))
    final = s.groups.finalise_minutes(held.id or 0)
    corrected = replace(final.minutes, chair="mor")
    s.groups.save_meeting(replace(final, minutes=corrected, change_reason="Feil møteleder"))
    text = flat(documents.minutes(held.id or 0))
    assert "Versjon 2" in text and "Feil møteleder" in text
