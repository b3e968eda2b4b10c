"""What final minutes may say and who may get them: the minutes' free text by field, checked
against what a child's hidden whereabouts or a confidential address forbid, and the members the
parent's consents let receive them. Shared by the group service and the group documents."""

from __future__ import annotations

from datetime import date

from bufapp.domain.enums import Audience
from bufapp.domain.group_rules import Distribution, distribution
from bufapp.domain.groups import Meeting, MeetingAction, ResponsibilityGroup
from bufapp.errors import DisclosureBlocked, FieldProblem
from bufapp.services.disclosure import disclosure_of
from bufapp.storage.uow import UnitOfWork


def distribution_in(uow: UnitOfWork, meeting: Meeting, on: date) -> Distribution:
    """Who may get this meeting's minutes on ``on``, from the group and the parent's consents."""
    group = uow.groups.get(meeting.group_id)
    ids = {m.service_id for m in group.members if m.service_id is not None}
    services = {service_id: uow.services.get(service_id) for service_id in ids}
    return distribution(group, services, uow.consents.of_parent(group.parent_id), on)


def action_text(action: MeetingAction, group: ResponsibilityGroup) -> str:
    """What the caseworker wrote about an action: what, the outcome, and who when that is a
    name typed freely rather than a member."""
    typed = action.responsible if group.member(action.responsible) is None else ""
    return "\n".join((action.what, action.outcome, typed))


def minutes_fields(
    meeting: Meeting, decided: list[MeetingAction], group: ResponsibilityGroup
) -> dict[str, tuple[str, str]]:
    """The minutes' free text by field name, with the label the caseworker knows it by."""
    fields = {"place": (meeting.place, "Sted")}
    for n, item in enumerate(meeting.minutes.items, start=1):
        parts = (item.title, item.summary, item.parent_views, item.conclusion, *item.decisions)
        fields[f"items.{n}"] = ("\n".join(parts), f"Referatet, sak {n}")
    for n, action in enumerate(decided, start=1):
        fields[f"actions.{n}"] = (action_text(action, group), f"Tiltak {n}")
    return fields


def minutes_problems(uow: UnitOfWork, meeting: Meeting) -> list[FieldProblem]:
    """What final minutes may not say: they go to the parent and to services, so nothing that
    can show where a child with hidden whereabouts lives, and no confidential address. Minutes
    can not name it on purpose (unlike one letter): whoever needs it, reads the journal."""
    group = uow.groups.get(meeting.group_id)
    rules = disclosure_of(uow, group.parent_id, Audience.THIRD_PARTY)
    decided = [a for a in uow.actions.of_group(group.id or 0) if a.meeting_id == meeting.id]
    fields = minutes_fields(meeting, decided, group)
    return rules.check(
        {name: text for name, (text, _l) in fields.items()},
        {name: label for name, (_t, label) in fields.items()},
    )


def require_discreet_minutes(uow: UnitOfWork, meeting: Meeting) -> None:
    problems = minutes_problems(uow, meeting)
    if problems:
        raise DisclosureBlocked(problems, whereabouts=False)
