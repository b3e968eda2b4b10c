"""Every enumeration member has its own Norwegian label, even where values repeat across enums."""

from __future__ import annotations

import pytest

from bufapp.domain import enums
from bufapp.domain.enums import LabelledEnum

KINDS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_each_member_has_a_label_of_its_own_within_its_enum(kind: type[LabelledEnum]) -> None:
    labels = [member.label for member in kind]
    assert all(labels)
    assert len(set(labels)) == len(labels), f"{kind.__name__} has two members with one label"


def test_equal_values_in_different_enums_keep_their_own_labels() -> None:
    # "other", "open", "caseworker" and "reunification" are values in more than one enum.
    assert enums.ContactTopic.OTHER.label == "Annet"
    assert enums.Initiative.OTHER.label == "Andre"
    assert enums.PlacementEndReason.REUNIFICATION.label == "Tilbakeføring til foreldre"
    assert enums.ContactTopic.REUNIFICATION.label == "Tilbakeføring"
    assert enums.Initiative.CASEWORKER.label == "Barnevernstjenesten"
    assert enums.TaskResponsible.CASEWORKER.label == "Saksbehandler"
    assert enums.EntryStatus.OPEN.label == "Under arbeid"
    assert enums.TaskStatus.OPEN.label == "Åpen"
    assert len(KINDS) >= 11
