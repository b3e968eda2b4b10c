"""Who reads a copy of a group document, and what that copy may say (issue 16): the reader's
audience and disclosure rules, the sections the parent's consent lets through to a member's
service, and the group as the reader may see it (a foster home named by its role)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from bufapp.domain.disclosure import Disclosure, SecretKind
from bufapp.domain.enums import AgendaOrigin, Audience, MemberRole
from bufapp.domain.group_rules import (
    Coverage,
    carers_by_role,
    carried_detail,
    member_coverage,
    section_categories,
)
from bufapp.domain.groups import AgendaItem, GroupMember, MeetingAction, ResponsibilityGroup
from bufapp.services.disclosure import disclosure_of
from bufapp.storage.uow import UnitOfWork

SECTION_LABELS = {  # what the caseworker reads about a part left out of a member's copy
    "purpose": "hva gruppen er til for",
    "interpreter": "at forelderen trenger tolk",
    "parent_points": "forelderens saker",
    "carried": "åpne tiltak fra forrige møte",
    "other": "andre saker",
    "items": "sakene",
    "actions": "tiltakene",
}


@dataclass(frozen=True)
class Reader:
    """Who one copy is for (``member`` None: the office, or the parent when no member is the
    parent), what it may say (``rules``) and which sections it holds (``coverage``)."""

    member: GroupMember | None
    rules: Disclosure
    coverage: Coverage
    hides_carers: bool  # a foster home or institution is named by its role only

    @property
    def to_member(self) -> bool:
        return self.rules.audience is Audience.THIRD_PARTY


@dataclass(frozen=True)
class CopyPlan:
    """For the dialogs: what one member's copy leaves out, and why (empty: the whole)."""

    key: str
    name: str
    left_out: tuple[tuple[str, str], ...]  # (Norwegian section label, why)
    gets_minutes: bool = True


def _audience(member: GroupMember | None, office_copy: bool) -> Audience:
    if member is None:
        return Audience.INTERNAL if office_copy else Audience.PARENT
    if member.role is MemberRole.CASEWORKER:
        return Audience.INTERNAL
    return Audience.PARENT if member.role is MemberRole.PARENT else Audience.THIRD_PARTY


def reader_for(
    uow: UnitOfWork,
    group: ResponsibilityGroup,
    member: GroupMember | None,
    sections: Mapping[str, str],
    on: date,
    reveal_reason: str = "",
    office_copy: bool = False,
) -> Reader:
    audience = _audience(member, office_copy)
    rules = disclosure_of(uow, group.parent_id, audience, reveal_reason)
    hides_carers = rules.hides_a_placement
    if member is not None and member.role is MemberRole.CARER:
        # The foster home knows where it lives: its own copy may carry its name and address
        # (a confidential address of a parent stays out).
        kept = tuple(s for s in rules.secrets if s.kind is not SecretKind.WHEREABOUTS)
        rules = replace(rules, secrets=kept)
    categories = section_categories(sections)
    if member is None or audience is not Audience.THIRD_PARTY:
        coverage = Coverage(member.key if member else "", frozenset(categories))
    else:
        ids = {m.service_id for m in group.members if m.service_id is not None}
        services = {i: uow.services.get(i) for i in ids}
        consents = uow.consents.of_parent(group.parent_id)
        coverage = member_coverage(member, categories, services, consents, on)
    return Reader(member, rules, coverage, hides_carers)


def seen_by(group: ResponsibilityGroup, reader: Reader, hidden_carer: str) -> ResponsibilityGroup:
    """The group as this reader may see it: a foster home or institution named by its role,
    without contact details, while the child's whereabouts are hidden from the reader (the
    foster home itself excepted)."""
    if not reader.hides_carers:
        return group
    return carers_by_role(group, hidden_carer, reader.member.key if reader.member else None)


def check_copy(reader: Reader, fields: Mapping[str, tuple[str, str]]) -> None:
    """The free text this copy prints, checked by field name before the PDF is built."""
    reader.rules.require_discreet(
        {name: text for name, (text, _label) in fields.items()},
        {name: label for name, (_text, label) in fields.items()},
    )


def as_seen(
    item: AgendaItem, view: ResponsibilityGroup, actions: Mapping[int | None, MeetingAction]
) -> AgendaItem:
    """A carried action's point, its detail made again with the names this reader sees."""
    action = actions.get(item.action_id) if item.action_id is not None else None
    if item.origin is not AgendaOrigin.CARRIED or action is None:
        return item
    return replace(item, detail=carried_detail(action, view))


def left_out_labels(reader: Reader) -> tuple[tuple[str, str], ...]:
    return tuple((SECTION_LABELS.get(s, s), why) for s, why in reader.coverage.left_out)
