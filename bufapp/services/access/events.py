"""The parts of the access pack (innsyn) that are not contact entries, resolved from domain
objects into the builder's plain blocks: the register data, children and placements, consents,
referrals, responsibility groups, meetings with their minutes, and network maps. Labels come from
``forms/access_pack.toml`` (``words``); program labels (enums, sectors) are the program's own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.consent import Consent
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.entities import Parent
from bufapp.domain.enums import Attendance, MeetingStatus, ReferralState
from bufapp.domain.groups import Meeting, MeetingAction, ResponsibilityGroup
from bufapp.domain.interpreting import categories_text
from bufapp.domain.network import RING_LABELS, NetworkMap
from bufapp.domain.referral import Referral
from bufapp.languages import language_name
from bufapp.services.access.wording import day
from bufapp.services.access.wording import label as in_words
from bufapp.services.clock import OSLO
from bufapp.services.register import ChildWithPlacements


def _day(on: date | None, words: Form) -> str:
    return day(on, words)


def at_midnight(on: date) -> datetime:
    """A day as a moment (midnight in Oslo), so it sorts with the moments of the same day."""
    return datetime.combine(on, time(0), OSLO)


def _interpreter(parent: Parent, words: Form) -> str:
    """«arabisk», or «arabisk, kategori A–B» when the register names the accepted categories."""
    language = parent.interpreter_language or ""
    categories = categories_text(parent.interpreter_level) if language else ""
    if not categories:
        return language
    return words.text("register.interpreter_categories").format(
        language=language, categories=categories
    )


def register_facts(parent: Parent, words: Form) -> tuple[tuple[str, str], ...]:
    def label(key: str) -> str:
        return words.text(f"register.{key}")

    town = " ".join(x for x in (parent.postal_code, parent.postal_town) if x.strip())
    address = ", ".join(x for x in (parent.address_line.strip(), town) if x)
    return (
        (label("name"), parent.full_name),
        (label("national_id"), parent.national_id or ""),
        (label("birth_date"), _day(parent.birth_date, words)),
        (label("address"), address),
        (label("phone"), parent.phone),
        (label("email"), parent.email),
        (label("language"), parent.preferred_language),
        (label("written_language"), language_name(parent.written_language)),
        (label("interpreter"), _interpreter(parent, words)),
        (label("support_person"), parent.support_person),
        (label("notes"), parent.notes),
    )


def children(
    parent_id: int,
    found: Sequence[ChildWithPlacements],
    words: Form,
    hidden_place: str,
    rules: Disclosure,
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The parent's children and their placements; a placement whose whereabouts are hidden
    from the parent says so (``hidden_place``) instead of where the child lives."""
    shown = []
    for entry in found:
        child = entry.child
        link = next((lk for lk in child.parents if lk.parent_id == parent_id), None)
        role = in_words(link.role.label, words) if link else ""
        if link is not None and not link.parental_responsibility:
            role += f" ({words.text('register.no_responsibility')})"
        line = words.text("register.child").format(
            name=child.full_name,
            born=_day(child.birth_date, words),
            role=role,
            case=child.case_number,
        )
        placements = []
        for placement in sorted(entry.placements, key=lambda p: p.start_date):
            text = words.text("register.placement").format(
                kind=in_words(placement.place_type.label, words),
                basis=in_words(placement.basis.label, words),
                start=_day(placement.start_date, words),
                end=_day(placement.end_date, words) or words.text("register.placement_ongoing"),
            )
            if placement.end_reason is not None:
                reason = in_words(placement.end_reason.label, words).lower()
                text += " (" + words.text("register.placement_ended").format(reason=reason) + ")"
            place = placement.place_name if rules.shows_placement(placement) else hidden_place
            placements.append(f"{text}. {place}" if place else text)
        shown.append((line, tuple(placements)))
    return tuple(shown)


def consent_event(consent: Consent, recipient: str, words: Form) -> PackEvent:
    def label(key: str) -> str:
        return words.text(f"label.{key}")

    return PackEvent(
        at=at_midnight(consent.given_on),
        kind=words.text("kind.consent"),
        title=recipient,
        facts=(
            (label("recipient"), recipient),
            (label("purpose"), consent.purpose),
            (label("categories"), ", ".join(in_words(c.label, words) for c in consent.categories)),
            (label("given"), f"{_day(consent.given_on, words)} ({in_words(consent.how.label, words).lower()})"),
            (label("signed"), label("yes") if consent.signed_declaration else ""),
            (label("valid_until"), _day(consent.valid_until, words)),
            (label("withdrawn"), " – ".join(
                x for x in (_day(consent.withdrawn_on, words), consent.withdrawal_note) if x
            )),
        ),
    )  # fmt: skip


def referral_event(referral: Referral, recipient: str, words: Form) -> PackEvent:
    """A finished referral: what was asked, of whom, what was shared and on which basis."""

    def label(key: str) -> str:
        return words.text(f"label.{key}")

    on = referral.sent_on or referral.finished_on or date.min
    exceptions = [
        label("exception").format(
            category=in_words(e.category.label, words), basis=e.legal_basis, reason=e.reason
        )
        for e in referral.exceptions
    ]
    closed = referral.state in (
        ReferralState.ANSWERED, ReferralState.DECLINED, ReferralState.NO_ANSWER
    )  # fmt: skip
    answer = " – ".join(x for x in (_day(referral.closed_on, words), referral.outcome_note) if x)
    blocks = [
        PackBlock(label(key), text)
        for key, text in (
            ("request", referral.request),
            ("situation", referral.current_situation),
            ("tried_before", referral.tried_before),
            ("practical", referral.practical_needs),
        )
        if text.strip()
    ]
    if referral.parent_words.strip():
        blocks.append(PackBlock(label("parent_words"), "", referral.parent_words))
    if exceptions:
        blocks.append(PackBlock(label("exceptions"), lines=tuple(exceptions)))
    return PackEvent(
        at=at_midnight(on),
        kind=words.text("kind.referral"),
        title=recipient,
        facts=(
            (label("recipient"), recipient),
            (label("state"), in_words(referral.state.label, words)),
            (label("sent"), _day(referral.sent_on, words)),
            (label("categories"), ", ".join(in_words(c.label, words) for c in referral.categories)),
            (label("answer"), answer if closed else ""),
        ),
        blocks=tuple(blocks),
    )


def group_event(group: ResponsibilityGroup, words: Form) -> PackEvent:
    def label(key: str) -> str:
        return words.text(f"label.{key}")

    members = tuple(
        ", ".join(x for x in (m.name, m.position, in_words(m.role.label, words).lower()) if x)
        for m in group.members
    )
    return PackEvent(
        at=at_midnight(group.started_on),
        kind=words.text("kind.group"),
        title=group.purpose,
        facts=(
            (label("coordinator"), group.name_of(group.coordinator) if group.coordinator else ""),
            (label("ended"), _day(group.ended_on, words)),
        ),
        blocks=(PackBlock(label("members"), lines=members),) if members else (),
    )


def _action(action: MeetingAction, group: ResponsibilityGroup, words: Form) -> str:
    key = "label.action" if action.due else "label.action_no_due"
    who = group.name_of(action.responsible)
    return words.text(key).format(what=action.what, who=who, due=_day(action.due, words))


def meeting_event(
    meeting: Meeting, group: ResponsibilityGroup, actions: Sequence[MeetingAction], words: Form
) -> PackEvent:
    """A meeting; its minutes only once final (minutes being written are a draft)."""

    def label(key: str) -> str:
        return words.text(f"label.{key}")

    def names(keys: Sequence[str]) -> str:
        return ", ".join(group.name_of(k) for k in keys)

    facts: list[tuple[str, str]] = [(label("place"), meeting.place)]
    blocks: list[PackBlock] = []
    if meeting.status is MeetingStatus.CANCELLED:
        blocks.append(PackBlock(label("cancelled")))
    elif meeting.status is MeetingStatus.MINUTES_FINAL:
        minutes = meeting.minutes
        facts += [
            (label(how.value), names(minutes.attending(how)))
            for how in (Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT)
        ]
        for item in minutes.items:
            lines = [f"{label('conclusion')}: {item.conclusion}"] if item.conclusion else []
            lines += [f"{label('decisions')}: {d}" for d in item.decisions]
            blocks.append(PackBlock(item.title, item.summary, item.parent_views, tuple(lines)))
        decided = tuple(_action(a, group, words) for a in actions if a.meeting_id == meeting.id)
        if decided:
            blocks.append(PackBlock(label("actions"), lines=decided))
    elif meeting.status is MeetingStatus.HELD:
        blocks.append(PackBlock(label("minutes_not_final")))
    return PackEvent(
        at=meeting.starts_at,
        kind=words.text("kind.meeting"),
        title=group.purpose,
        with_time=True,
        facts=tuple(facts),
        blocks=tuple(blocks),
    )


def map_event(network: NetworkMap, words: Form) -> PackEvent:
    """A network map as a list of its members (the drawing is in the map's own document)."""

    def label(key: str) -> str:
        return words.text(f"label.{key}")

    members = tuple(
        label("map_member").format(
            label=m.label,
            sector=network.sector_name(m.sector),
            ring=RING_LABELS.get(m.ring, str(m.ring)).lower(),
            quality=in_words(m.quality.label, words).lower(),
        )
        + (f". {m.note}" if m.note else "")
        for m in network.members
    )
    blocks = [PackBlock(label("network_members"), lines=members)] if members else []
    if network.parent_words.strip():
        blocks.append(PackBlock(label("parent_words"), "", network.parent_words))
    if network.note.strip():
        blocks.append(PackBlock(label("note"), network.note))
    return PackEvent(
        at=at_midnight(network.drawn_on),
        kind=words.text("kind.network_map"),
        title=label("map_title_one" if len(network.members) == 1 else "map_title").format(
            count=len(network.members)
        ),
        blocks=tuple(blocks),
    )
