"""A demo family's time out of home: when the children were placed, where they lived, and the
caseworker's contact log with each parent. ``demo`` plans the people and hands them to
``CareBuilder``; the types for a family in the making, which both use, live here."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, Parent, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.services.clock import OSLO
from bufapp.services.contact_log import ContactLogService
from bufapp.services.demo_data import (
    DEFINITE_PLACE,
    FAILED_CALL,
    FIRST_TALK_FORMS,
    FIRST_TALKS,
    FOLLOW_UP_FORMS,
    FOLLOW_UPS,
    FOSTER_TOWNS,
    INSTITUTIONS,
    INTERPRETER_NOTE,
    KIN,
    OFFER_LETTER,
    PARENT_WORDS,
    SAMI,
    SAMI_FOSTER_TOWNS,
    SAMI_PARENT_WORDS,
    Background,
    Story,
    Surname,
)
from bufapp.services.register import RegisterService

# --- plain helpers -----------------------------------------------------------------------------


def random_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _names_text(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def _working_time(rng: random.Random, day: date) -> datetime:
    """A moment in office hours on this Oslo date, stored in UTC as the register expects."""
    local = datetime.combine(day, time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))), OSLO)
    return local.astimezone(UTC)


def _weekday_on_or_before(day: date, earliest: date) -> date:
    while day.weekday() >= 5 and day > earliest:
        day -= timedelta(days=1)
    return day


# --- a family in the making ------------------------------------------------------------------


@dataclass
class Member:
    """A parent planned for a family, before and after saving."""

    role: ParentRole
    background: Background
    woman: bool
    born: date
    surname: Surname
    given_names: str
    responsibility: bool
    of_children: tuple[int, ...]  # indexes into the family's children
    first: bool = False  # the parent the story is about (usually the mother)
    declines_contact: bool = False
    saved: Parent | None = None

    @property
    def family_name(self) -> str:
        return self.surname.woman if self.woman else self.surname.man


@dataclass(frozen=True)
class Timeline:
    """The family's time out of home: siblings are placed, moved and sent home together."""

    story: Story
    start: date
    basis: PlacementBasis
    moved: date | None = None  # from the emergency home to a foster home
    basis_after_move: PlacementBasis | None = None
    home_again: date | None = None  # reunified


class _Planned(NamedTuple):
    day: date
    form: ContactForm
    summary: str
    parent_words: str = ""
    topics: tuple[ContactTopic, ...] = ()


@dataclass
class Counts:
    parents: int = 0
    children: int = 0
    placements: int = 0
    contacts: int = 0
    first_conversations: int = 0
    with_interpreter: int = 0
    without_national_id: int = 0


class CareBuilder:
    """Places a family's children and writes each parent's contact log. It draws from the
    demo's one random stream, so the order of its calls is part of the result."""

    def __init__(
        self,
        register: RegisterService,
        contact_log: ContactLogService,
        rng: random.Random,
        today: date,
        counts: Counts,
    ) -> None:
        self.register = register
        self.contact_log = contact_log
        self.rng = rng
        self.today = today
        self.first_conversation_days = register.first_conversation_days
        self.yesterday = today - timedelta(days=1)  # contacts stop here: no time of day is "future"
        self.counts = counts

    # --- when things happened --------------------------------------------------------------

    def timeline(self, story: Story) -> Timeline:
        rng = self.rng

        def days_ago(first: int, last: int) -> date:
            return self.today - timedelta(days=rng.randint(first, last))

        if story.is_recent:
            start = days_ago(*self._recent_days_ago(story))
            emergency = rng.random() < 0.7
            basis = PlacementBasis.EMERGENCY if emergency else PlacementBasis.VOLUNTARY
            return Timeline(story, start, basis)
        if story is Story.EMERGENCY_THEN_FOSTER_HOME:
            start = days_ago(75, 1095)
            after = PlacementBasis.CARE_ORDER if rng.random() < 0.75 else PlacementBasis.VOLUNTARY
            moved = start + timedelta(days=rng.randint(14, 60))
            return Timeline(story, start, PlacementBasis.EMERGENCY, moved, after)
        if story is Story.CARE_ORDER:
            return Timeline(story, days_ago(90, 1095), PlacementBasis.CARE_ORDER)
        if story is Story.VOLUNTARY:
            return Timeline(story, days_ago(30, 730), PlacementBasis.VOLUNTARY)
        start = days_ago(150, 1095)  # REUNIFIED: a short emergency stay, or months voluntarily
        if rng.random() < 0.5:
            home_again = start + timedelta(days=rng.randint(10, 60))
            return Timeline(story, start, PlacementBasis.EMERGENCY, home_again=home_again)
        longest = min(420, (self.today - start).days - 30)
        home_again = start + timedelta(days=rng.randint(60, longest))
        return Timeline(story, start, PlacementBasis.VOLUNTARY, home_again=home_again)

    def _recent_days_ago(self, story: Story) -> tuple[int, int]:
        """How long ago a recent placement began, measured from the office's own deadline for
        the first conversation (14 days by default, a setting), so each story shows the
        urgency it is meant to: upcoming, overdue, or done."""
        due = self.first_conversation_days
        return {
            Story.JUST_PLACED: (0, max(0, due - 5)),
            Story.FIRST_TALK_OVERDUE: (due + 1, due + 6),
            Story.FIRST_TALK_DONE: (4, due + 6),
        }[story]

    # --- placements ------------------------------------------------------------------------

    def family_homes(self, background: Background) -> dict[PlaceType, str]:
        # Sami children are placed where they keep their language and culture when possible.
        towns = SAMI_FOSTER_TOWNS if background is SAMI else FOSTER_TOWNS
        return {
            PlaceType.EMERGENCY_HOME: f"Beredskapshjem i {self.rng.choice(FOSTER_TOWNS)}",
            PlaceType.FOSTER_HOME: f"Fosterhjem i {self.rng.choice(towns)}",
            PlaceType.KINSHIP_FOSTER_HOME: f"Hos {self.rng.choice(KIN)} i {self.rng.choice(towns)}",
            PlaceType.INSTITUTION: self.rng.choice(INSTITUTIONS),
        }

    def save_placements(
        self, timeline: Timeline, child: Child, homes: dict[PlaceType, str]
    ) -> PlaceType:
        """Save the child's placements; returns where the child is, or was last."""
        placements = self._placements(timeline, child)
        for placement in placements:
            self.register.save_placement(replace(placement, place_name=homes[placement.place_type]))
            self.counts.placements += 1
        return placements[-1].place_type

    def _placements(self, timeline: Timeline, child: Child) -> list[Placement]:
        assert child.id is not None
        teen = (timeline.start - child.birth_date).days >= 13 * 365
        first = Placement(
            child_id=child.id,
            basis=timeline.basis,
            place_type=self._place_type(timeline.basis, teen),
            start_date=timeline.start,
        )
        if timeline.home_again is not None:
            return [_ended(first, timeline.home_again, PlacementEndReason.REUNIFICATION)]
        if timeline.moved is not None and timeline.basis_after_move is not None:
            # The emergency home ends the day the foster home begins: one episode, so the
            # parents are owed one first conversation, from the day the child left home.
            after = Placement(
                child_id=child.id,
                basis=timeline.basis_after_move,
                place_type=self._place_type(timeline.basis_after_move, teen, institutions=0.2),
                start_date=timeline.moved,
            )
            return [_ended(first, timeline.moved, PlacementEndReason.MOVED), after]
        days_out = (self.today - timeline.start).days
        broke_down = (
            timeline.basis is PlacementBasis.CARE_ORDER
            and teen
            and first.place_type is not PlaceType.INSTITUTION
            and days_out > 200
            and self.rng.random() < 0.4
        )
        if broke_down:  # a teenager whose foster home could not go on: on to an institution
            moved = timeline.start + timedelta(days=self.rng.randint(90, days_out - 30))
            institution = replace(first, place_type=PlaceType.INSTITUTION, start_date=moved)
            return [_ended(first, moved, PlacementEndReason.MOVED), institution]
        return [first]

    def _place_type(
        self, basis: PlacementBasis, teen: bool, institutions: float = 0.4
    ) -> PlaceType:
        if basis is PlacementBasis.EMERGENCY:
            return PlaceType.EMERGENCY_HOME
        if teen and self.rng.random() < institutions:
            return PlaceType.INSTITUTION
        if self.rng.random() < 0.3:
            return PlaceType.KINSHIP_FOSTER_HOME
        return PlaceType.FOSTER_HOME

    # --- the contact log -------------------------------------------------------------------

    def record_contacts(
        self, timeline: Timeline, member: Member, children: list[Child], place: PlaceType
    ) -> None:
        parent = member.saved
        if parent is None or parent.id is None:
            return
        words = {
            "Forelder": member.role.label,
            "forelderen": member.role.label.lower(),
            "barn": _names_text([c.given_names for c in children]),
            "stedet": DEFINITE_PLACE[place],
        }
        entries = [
            ContactEntry(
                parent_id=parent.id,
                occurred_at=_working_time(self.rng, planned.day),
                form=planned.form,
                topics=planned.topics,
                summary=planned.summary,
                parent_words=planned.parent_words,
            )
            for planned in self._plan_contacts(timeline, member, parent, words)
        ]
        self.contact_log.save_many(entries, final=True)
        self.counts.contacts += len(entries)

    def _plan_contacts(
        self, timeline: Timeline, member: Member, parent: Parent, words: dict[str, str]
    ) -> list[_Planned]:
        story = timeline.story
        not_reached = story is Story.JUST_PLACED or (
            story is Story.FIRST_TALK_OVERDUE and member.first
        )
        if member.declines_contact:
            return self._offers_only(timeline.start) + self._monthly_offers(timeline.start)
        if not_reached:
            return self._offers_only(timeline.start)[: self.rng.randint(0, 2)]
        talk_day = self._first_talk_day(timeline, member)
        if talk_day is None:
            return []
        planned = []
        if self.rng.random() < 0.15 and talk_day - timedelta(days=2) >= timeline.start:
            planned.append(
                _Planned(talk_day - timedelta(days=2), ContactForm.FAILED_ATTEMPT, FAILED_CALL)
            )
        planned.append(self._first_talk(talk_day, parent, words))
        self.counts.first_conversations += 1
        return planned + self._follow_ups(timeline, talk_day, words)

    def _first_talk_day(self, timeline: Timeline, member: Member) -> date | None:
        """When the first conversation was held, or None when it has not been (yet)."""
        start = timeline.start
        if timeline.story.is_recent:
            sure = timeline.story is Story.FIRST_TALK_DONE and member.first
            if (not sure and self.rng.random() < 0.4) or start >= self.yesterday:
                return None
            latest = min(start + timedelta(days=self.first_conversation_days - 1), self.yesterday)
            day = random_day(self.rng, start + timedelta(days=1), latest)
            return _weekday_on_or_before(day, start + timedelta(days=1))
        # Fathers are more often overlooked; the overview should show it when it happens.
        if self.rng.random() >= (0.94 if member.woman else 0.8):
            return None
        day = start + timedelta(days=int(self.rng.triangular(2, 21, 7)))
        return _weekday_on_or_before(min(day, self.yesterday), start + timedelta(days=1))

    def _first_talk(self, day: date, parent: Parent, words: dict[str, str]) -> _Planned:
        form, text = self.rng.choice(FIRST_TALKS)
        summary = text.format(**words)
        if parent.interpreter_language:
            summary += INTERPRETER_NOTE.format(language=parent.interpreter_language)
        parent_words = ""
        if self.rng.random() < 0.6:
            if parent.preferred_language == "nordsamisk" and self.rng.random() < 0.5:
                parent_words = SAMI_PARENT_WORDS
            else:
                parent_words = "«" + self.rng.choice(PARENT_WORDS).format(**words) + "»"
        form = form or self.rng.choice(FIRST_TALK_FORMS)
        return _Planned(day, form, summary, parent_words, (ContactTopic.FIRST_CONVERSATION,))

    def _follow_ups(
        self, timeline: Timeline, talked: date, words: dict[str, str]
    ) -> list[_Planned]:
        """Later contacts: calls, messages, visits, now and then an unanswered call."""
        if timeline.story.is_recent:
            return []
        first = talked + timedelta(days=7)
        last = self.yesterday
        if timeline.home_again is not None:  # follow-up tapers off after the child moved home
            last = min(last, timeline.home_again + timedelta(days=30))
        if first > last:
            return []
        count = self.rng.choice((0, 1, 1, 2, 2, 3, 4))
        planned = []
        for day in sorted(random_day(self.rng, first, last) for _ in range(count)):
            form = self.rng.choice(FOLLOW_UP_FORMS)
            summary = self.rng.choice(FOLLOW_UPS[form]).format(**words)
            planned.append(_Planned(_weekday_on_or_before(day, first), form, summary))
        return planned

    def _offers_only(self, start: date) -> list[_Planned]:
        """A parent not reached (yet): an offer letter, then an unanswered call."""
        offers = []
        if start + timedelta(days=2) <= self.yesterday:
            offers.append(_Planned(start + timedelta(days=2), ContactForm.LETTER, OFFER_LETTER))
        if start + timedelta(days=6) <= self.yesterday:
            offers.append(
                _Planned(start + timedelta(days=6), ContactForm.FAILED_ATTEMPT, FAILED_CALL)
            )
        return offers

    def _monthly_offers(self, start: date) -> list[_Planned]:
        """The offer is renewed in writing every month for a parent who declines contact."""
        days = (start + timedelta(days=30 * n) for n in range(1, 4))
        return [
            _Planned(day, ContactForm.LETTER, OFFER_LETTER) for day in days if day <= self.yesterday
        ]


def _ended(placement: Placement, on: date, why: PlacementEndReason) -> Placement:
    return replace(placement, end_date=on, end_reason=why)
