"""The invitation made from the vault notes the interpreter the register says the parent needs:
in the parent's copy and in the copy of a member whose consent covers personal details (NAV),
not in the copy of one without consent (the GP); the invitation plan says why."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bufapp.services.groups.documents import GroupDocuments
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.documents.pdf_checks import flat
from tests.storage.test_groups import Setup, at, make_setup


@pytest.fixture
def group(vault: Vault, register: RegisterService) -> Setup:
    return make_setup(vault, register)


@pytest.fixture
def documents(vault: Vault, tmp_path) -> GroupDocuments:  # type: ignore[no-untyped-def]
    return GroupDocuments(
        lambda: UnitOfWork(vault.session_factory), lambda: TODAY, lambda: NOW, tmp_path
    )


def test_the_invitation_notes_the_interpreter_for_those_who_may_know(
    group: Setup, documents: GroupDocuments, register: RegisterService
) -> None:
    parent = register.parent(group.group.parent_id)
    register.save_parent(replace(parent, interpreter_language="arabisk", interpreter_level="B"))
    planned = group.groups.plan_meeting(group.group_id, at(TODAY + timedelta(days=10)), "Rådhuset")
    meeting = planned.id or 0

    to_parent = flat(documents.invitation(meeting))
    assert "Vi bestiller tolk på arabisk til møtet." in to_parent
    assert "Tolken skal stå i Nasjonalt tolkeregister, kategori A–B." in to_parent
    assert "Si fra hvis du trenger tolk." not in to_parent

    to_nav = flat(documents.invitation(meeting, group.key_of("Nora Nilsen")))
    assert "Máret Čuđe trenger tolk. Vi bestiller tolk på arabisk til møtet." in to_nav
    to_gp = flat(documents.invitation(meeting, "lege"))
    assert "tolk" not in to_gp.lower()
    plans = {plan.name: plan for plan in documents.invitation_plan(meeting)}
    assert "at forelderen trenger tolk" in [label for label, _ in plans["Per Åsen"].left_out]
    assert "at forelderen trenger tolk" not in [label for label, _ in plans["Nora Nilsen"].left_out]


def test_without_an_interpreter_the_parent_is_asked(
    group: Setup, documents: GroupDocuments
) -> None:
    planned = group.groups.plan_meeting(group.group_id, at(TODAY + timedelta(days=10)), "Rådhuset")
    to_parent = flat(documents.invitation(planned.id or 0))
    assert "Si fra hvis du trenger tolk." in to_parent
    assert "Vi bestiller tolk" not in to_parent
