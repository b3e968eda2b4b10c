"""A demo family's time out of home: when the children were placed, where they lived, and the
caseworker's contact log with each parent. ``families`` plans the people and hands them to
``CareBuilder``; the types for a family in the making, which both use, live here. The log's
rhythm comes from ``rhythm``, its words from ``composer``, and ``log_writer`` saves it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bufapp.demo import backgrounds, data
from bufapp.demo import contact_texts as texts
from bufapp.demo.backgrounds import Background, Surname
from bufapp.demo.composer import Composer, Draft, Home, Person
from bufapp.demo.data import Story
from bufapp.demo.log_writer import LogWriter, Tally
from bufapp.demo.rhythm import (
    ISSUES,
    Design,
    Rhythm,
    Slot,
    Timeline,
    random_day,
    weekday_near,
    weekday_on_or_before,
)
from bufapp.domain.contact_log import ContactPlan
from bufapp.domain.entities import Child, Parent, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    Initiative,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.services.clock import oslo_date
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService

__all__ = ["CareBuilder", "Counts", "Member", "Timeline", "random_day"]

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
    busy: bool = False  # one of the few parents with a long, dense contact log
    saved: Parent | None = None
    talk_day: date | None = None  # the first conversation, when it has been held

    @property
    def family_name(self) -> str:
        return self.surname.woman if self.woman else self.surname.man


@dataclass
class Counts:
    parents: int = 0
    children: int = 0
    placements: int = 0
    first_conversations: int = 0
    with_interpreter: int = 0
    without_national_id: int = 0
    busy: int = 0
    log: Tally = field(default_factory=Tally)


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
        self.rng = rng
        self.today = today
        self.first_conversation_days = register.first_conversation_days
        self.yesterday = today - timedelta(days=1)  # contacts stop here: no time of day is "future"
        self.counts = counts
        self.rhythm = Rhythm(rng, today)
        self.composer = Composer(rng)
        self.writer = LogWriter(contact_log, rng, today, counts.log)
        self.refusals = 0
        self.home_recently_made = False  # the family sent home a week or two ago (once)

    # --- when things happened --------------------------------------------------------------

    def timeline(self, story: Story, long_running: bool = False) -> Timeline:
        """When the family's children were placed; ``long_running``: two to three years ago."""
        rng = self.rng

        def days_ago(first: int, last: int) -> date:
            return self.today - timedelta(days=rng.randint(first, last))

        if story.is_recent:
            start = days_ago(*self._recent_days_ago(story))
            emergency = rng.random() < 0.7
            basis = PlacementBasis.EMERGENCY if emergency else PlacementBasis.VOLUNTARY
            return Timeline(story, start, basis)
        if long_running:
            start = days_ago(730, 1090)
            if story is Story.CARE_ORDER:
                return Timeline(story, start, PlacementBasis.CARE_ORDER)
            moved = start + timedelta(days=rng.randint(14, 60))
            return Timeline(
                story, start, PlacementBasis.EMERGENCY, moved, PlacementBasis.CARE_ORDER
            )
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

    def recently_home(self, timeline: Timeline) -> Timeline:
        """The first family with two parents sent home: after months placed voluntarily, home
        a week or two ago, so Oversikt shows the follow-up after the move (done with one parent,
        perhaps not yet with the other). The day comes from the start, not from another draw,
        so the families before it stay as they were."""
        if self.home_recently_made or timeline.home_again is None:
            return timeline
        self.home_recently_made = True
        home_again = self.today - timedelta(days=10 + timeline.start.toordinal() % 8)
        return replace(timeline, basis=PlacementBasis.VOLUNTARY, home_again=home_again)

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
        towns = data.SAMI_FOSTER_TOWNS if background is backgrounds.SAMI else data.FOSTER_TOWNS
        return {
            PlaceType.EMERGENCY_HOME: f"Beredskapshjem i {self.rng.choice(data.FOSTER_TOWNS)}",
            PlaceType.FOSTER_HOME: f"Fosterhjem i {self.rng.choice(towns)}",
            PlaceType.KINSHIP_FOSTER_HOME: f"Hos {self.rng.choice(data.KIN)} i {self.rng.choice(towns)}",
            PlaceType.INSTITUTION: self.rng.choice(data.INSTITUTIONS),
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

    def record_family(
        self,
        timeline: Timeline,
        members: list[Member],
        children: list[Child],
        last_places: list[PlaceType],
        homes: dict[PlaceType, str],
    ) -> None:
        """Each parent's contact log. First talks are decided for the whole family first, so
        a busy parent's responsibility-group meetings can include the other parent."""
        for member in members:
            member.talk_day = self._talk_day(timeline, member)
        for member in members:
            if member.saved is None:
                continue
            partner = next(
                (m for m in members if m is not member and m.talk_day and not m.declines_contact),
                None,
            )
            sami = member.background is backgrounds.SAMI
            person = Person(
                parent=member.saved,
                role_label=member.role.label,
                children=tuple(children[i] for i in member.of_children),
                homes=self._homes(timeline, last_places[member.of_children[-1]], homes, sami),
                sami=sami,
                relative=self._relative(member) if sami else "",
                partner_id=partner.saved.id if member.busy and partner and partner.saved else None,
            )
            drafts, plan = self._log(timeline, member, person, partner)
            if member.talk_day is not None:
                words = self.composer.words(person, self.yesterday, person.children)
                self.writer.prepare(drafts, words, member.busy)
            self.writer.write(drafts, plan, member.busy)

    def _relative(self, member: Member) -> str:
        """A Sami relative the log mentions; a busy parent's is áhkku Máret (search demo)."""
        return data.SAMI_RELATIVES[0] if member.busy else self.rng.choice(data.SAMI_RELATIVES)

    def _log(
        self, timeline: Timeline, member: Member, person: Person, partner: Member | None
    ) -> tuple[list[Draft], ContactPlan | None]:
        story, talk = timeline.story, member.talk_day
        if member.declines_contact:
            return self._refusing(person, timeline.start)
        if talk is None:
            not_reached = story is Story.JUST_PLACED or (
                story is Story.FIRST_TALK_OVERDUE and member.first
            )
            offers = self._offers(person, timeline.start)[: self.rng.randint(0, 2)]
            return (offers if not_reached else []), None
        issues = tuple(self.rng.sample(ISSUES, self.rng.randint(1, 3)))
        design: Design | None = None
        if member.busy or (story is Story.FIRST_TALK_DONE and self.rng.random() < 0.7):
            design = (7, talk, self.yesterday)
        elif story.is_long_running and self.rng.random() < 0.85:
            design = self.rhythm.design(talk, gap_allowed=not (partner and partner.busy))
        drafts = self._first_talk(person, timeline.start, talk, design)
        if member.busy:
            partner_talk = partner.talk_day if partner else None
            slots = self.rhythm.busy(timeline, talk, issues, partner_talk)
        elif story.is_recent:
            days = (
                random_day(self.rng, talk, self.yesterday) for _ in range(self.rng.randint(0, 2))
            )
            slots = [Slot(day, "praktisk", ContactForm.MESSAGE) for day in days]
        else:
            slots = self.rhythm.modest(timeline, talk, issues, design, texts.PLAN_AGREED)
        drafts += [Draft(self.composer.entry(person, s), s.theme) for s in slots]
        if design is None:
            return drafts, None
        every, agreed_on, until = design
        held = [oslo_date(d.entry.occurred_at) for d in drafts if d.entry.form.is_held_conversation]
        extra = self.rhythm.on_track_day(held, design) if until >= self.yesterday else None
        if extra is not None:
            slot = self.rhythm.slot(extra, timeline, issues, held=True)
            drafts.append(Draft(self.composer.entry(person, slot), slot.theme))
        note = self.rhythm.plan_words(agreed_on, every, texts.PLAN_NOTE)
        return drafts, ContactPlan(person.id, every, agreed_on, note=note)

    def _talk_day(self, timeline: Timeline, member: Member) -> date | None:
        """When the first conversation was held, or None when it has not been (yet)."""
        story, start = timeline.story, timeline.start
        if member.declines_contact:
            return None
        if story is Story.JUST_PLACED or (story is Story.FIRST_TALK_OVERDUE and member.first):
            return None
        if story.is_recent:
            sure = story is Story.FIRST_TALK_DONE and member.first
            if (not sure and self.rng.random() < 0.4) or start >= self.yesterday:
                return None
            latest = min(start + timedelta(days=self.first_conversation_days - 1), self.yesterday)
            day = random_day(self.rng, start + timedelta(days=1), latest)
            return weekday_on_or_before(day, start + timedelta(days=1))
        # Fathers are more often overlooked; the overview should show it when it happens.
        if not member.busy and self.rng.random() >= (0.94 if member.woman else 0.8):
            return None
        day = start + timedelta(days=int(self.rng.triangular(2, 21, 7)))
        return weekday_on_or_before(min(day, self.yesterday), start + timedelta(days=1))

    def _first_talk(
        self, person: Person, start: date, day: date, design: Design | None
    ) -> list[Draft]:
        rng, topic = self.rng, (ContactTopic.FIRST_CONVERSATION,)
        drafts = []
        if rng.random() < 0.15 and day - timedelta(days=2) >= start:
            failed = ContactForm.FAILED_ATTEMPT
            entry = self.composer.fixed(
                person, day - timedelta(days=2), failed, topic, data.FAILED_CALL
            )
            drafts.append(Draft(entry, "innsjekk"))
        form, text = rng.choice(data.FIRST_TALKS)
        if person.parent.interpreter_language:
            text += data.INTERPRETER_NOTE.format(language=person.parent.interpreter_language)
        words = ""
        if rng.random() < 0.6:
            if person.sami and rng.random() < 0.5:
                words = data.SAMI_PARENT_WORDS
            else:
                words = "«" + rng.choice(data.PARENT_WORDS) + "»"
        agreed = "Ny samtale neste uke."
        if design is not None and design[1] == day:
            agreed = self.rhythm.plan_words(day, design[0], texts.PLAN_AGREED)
        form = form or rng.choice(data.FIRST_TALK_FORMS)
        entry = self.composer.fixed(person, day, form, topic, text, words, agreed=agreed)
        self.counts.first_conversations += 1
        return [*drafts, Draft(entry, "innsjekk")]

    def _offers(self, person: Person, start: date) -> list[Draft]:
        """A parent not reached (yet): an offer letter, then an unanswered call."""
        offers = []
        for days, form, topic, text in (
            (2, ContactForm.LETTER, ContactTopic.INFORMATION, data.OFFER_LETTER),
            (6, ContactForm.FAILED_ATTEMPT, ContactTopic.FIRST_CONVERSATION, data.FAILED_CALL),
        ):
            day = weekday_near(start + timedelta(days=days))
            if day <= self.yesterday:
                offers.append(Draft(self.composer.fixed(person, day, form, (topic,), text), ""))
        return offers

    def _refusing(self, person: Person, start: date) -> tuple[list[Draft], ContactPlan | None]:
        """A parent who said no: the refusal, then an offer about every month (by letter, SMS or
        a call). Every other such parent is due a new offer already, the others soon."""
        rng, fixed, other = self.rng, self.composer.fixed, (ContactTopic.OTHER,)
        drafts = self._offers(person, start)
        refused = weekday_near(start + timedelta(days=rng.randint(8, 14)))
        if refused > self.yesterday - timedelta(days=10):
            return drafts, None
        said = "«" + rng.choice(texts.REFUSAL_WORDS) + "»"
        message, parent = ContactForm.MESSAGE, Initiative.PARENT
        drafts.append(
            Draft(fixed(person, refused, message, other, texts.REFUSAL, said, parent), "")
        )
        offers = self.rhythm.offer_days(refused, overdue=self.refusals % 2 == 0)
        self.refusals += 1
        for day in offers:
            form, topic, text = rng.choice(texts.REOFFERS)
            drafts.append(Draft(fixed(person, day, form, (topic,), text), ""))
            if day != offers[-1] and rng.random() < 0.2:
                said = "«" + rng.choice(texts.STILL_NO_WORDS) + "»"
                reply = day + timedelta(days=rng.randint(1, 4))
                entry = fixed(person, reply, message, other, texts.STILL_NO, said, parent)
                drafts.append(Draft(entry, ""))
        next_offer = max([refused, *offers]) + timedelta(days=30)
        plan = ContactPlan(person.id, refused_on=refused, next_offer_on=next_offer)
        return drafts, replace(plan, note=texts.REFUSAL_NOTE)

    def _homes(
        self, timeline: Timeline, place: PlaceType, names: dict[PlaceType, str], sami: bool
    ) -> tuple[Home, ...]:
        """How the log names the children's home and the people there (invented names)."""
        homes = []
        if timeline.moved is not None:
            homes.append((timeline.start, PlaceType.EMERGENCY_HOME))
        homes.append((timeline.moved or timeline.start, place))
        made = []
        for since, kind in homes:
            background = (
                backgrounds.SAMI
                if sami and kind is not PlaceType.EMERGENCY_HOME
                else backgrounds.NORWEGIAN
            )
            woman, man = self.rng.choice(background.women), self.rng.choice(background.men)
            surname = self.rng.choice(background.surnames).man
            carers = data.CARERS.get(kind, names[kind].removeprefix("Hos ").split(" i ")[0])
            people = {
                PlaceType.EMERGENCY_HOME: f"Beredskapsmor {woman} {surname}",
                PlaceType.FOSTER_HOME: f"Fostermor {woman} og fosterfar {man} {surname}",
                PlaceType.INSTITUTION: f"Kontaktperson {woman} {surname}, {names[kind]}",
            }.get(kind, carers[:1].upper() + carers[1:])
            made.append(Home(since, data.DEFINITE_PLACE[kind], carers, people))
        return tuple(made)


def _ended(placement: Placement, on: date, why: PlacementEndReason) -> Placement:
    return replace(placement, end_date=on, end_reason=why)
