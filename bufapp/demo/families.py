"""Invented families, one at a time: the parents (usually the mother first, then the father or
co-mother, now and then a second father), the children with their births, and, through the
care builder, their placements and contact logs. Busy parents and refusals are spread over the
demo so even a small one shows each kind."""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Generic, TypeVar

from bufapp.demo.backgrounds import BACKGROUNDS, NORWEGIAN, SAMI, Background
from bufapp.demo.builder import CareBuilder, Counts, Member, random_day
from bufapp.demo.data import (
    CASEWORKER,
    MUNICIPALITY,
    OFFICE_ADDRESS,
    OFFICE_EMAIL,
    OFFICE_PHONE,
    ORG_NUMBER,
    STORY_WEIGHTS,
    Story,
)
from bufapp.demo.people import PersonDetails
from bufapp.domain.entities import Child, Office, Parent, ParentLink
from bufapp.domain.enums import ParentRole
from bufapp.languages import LANGUAGE_NAMES
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService

T = TypeVar("T")


class _Dealer(Generic[T]):
    """Deals every option once (in shuffled order) before drawing by weight, so even a small
    demo shows every background and every kind of deadline."""

    def __init__(self, rng: random.Random, options: Sequence[T], weights: Sequence[float]) -> None:
        self._rng = rng
        self._options = tuple(options)
        self._weights = tuple(weights)
        self._first_round = list(options)
        rng.shuffle(self._first_round)

    def deal(self) -> T:
        if self._first_round:
            return self._first_round.pop()
        return self._rng.choices(self._options, self._weights)[0]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class FamilyBuilder:
    """Families one by one: their parents, children, placements and the care around them."""

    def __init__(
        self,
        register: RegisterService,
        contact_log: ContactLogService,
        rng: random.Random,
        today: date,
        parents: int,
        busy_parents: int | None = None,
    ) -> None:
        self.register = register
        self.rng = rng
        self.today = today
        self.parents = parents
        # One parent in twenty or so has a long, dense log; a couple refuse contact.
        self.busy_wanted = (
            min(4, max(0, (parents - 5) // 15)) if busy_parents is None else busy_parents
        )
        self.refusals_wanted = 2 if parents >= 20 else 1 if parents >= 8 else 0
        self.refusals = 0
        self.counts = Counts()
        self.care = CareBuilder(register, contact_log, rng, today, self.counts)
        self.people = PersonDetails(rng)
        self._backgrounds = _Dealer(rng, BACKGROUNDS, [b.weight for b in BACKGROUNDS])
        self._stories = _Dealer(rng, tuple(STORY_WEIGHTS), tuple(STORY_WEIGHTS.values()))

    def office_and_caseworker(self) -> None:
        # A vault whose office and caseworker are already filled in keeps them.
        if self.register.office() is None:
            self.register.save_office(
                Office(
                    municipality=MUNICIPALITY,
                    address=OFFICE_ADDRESS,
                    org_number=ORG_NUMBER,
                    phone=OFFICE_PHONE,
                    email=OFFICE_EMAIL,
                )
            )
        if self.register.caseworker() is None:
            self.register.save_caseworker(CASEWORKER)

    def family(self, parent_budget: int) -> None:
        """One family: its parents (at most ``parent_budget``), children, placements, contacts."""
        busy = self._busy_due()
        if busy:  # a long-running care order; the first busy family is Sami (search folding)
            story = (Story.EMERGENCY_THEN_FOSTER_HOME, Story.CARE_ORDER)[self.counts.busy % 2]
            timeline = self.care.timeline(story, long_running=True)
        else:
            timeline = self.care.timeline(self._stories.deal())
        births = self._child_births(timeline.start)
        background = SAMI if busy and self.counts.busy == 0 else self._backgrounds.deal()
        members = self._plan_parents(background, births, timeline.story)
        members = members[:parent_budget]
        if len(members) >= 2:
            timeline = self.care.recently_home(timeline)
        if busy:
            members[0].busy, members[0].declines_contact = True, False
            self.counts.busy += 1
        self._refusal(members, timeline.story)
        for member in members:
            member.saved = self._save_parent(member)
        children = self._save_children(members, births, timeline.start)
        homes = self.care.family_homes(members[0].background)
        last_places = [self.care.save_placements(timeline, child, homes) for child in children]
        self.care.record_family(timeline, members, children, last_places, homes)

    def _busy_due(self) -> bool:
        """Busy parents are spread over the demo: the next one once its share of parents is in."""
        made = self.counts.busy
        return made < self.busy_wanted and self.counts.parents >= made * self.parents / max(
            1, self.busy_wanted
        )

    def _refusal(self, members: list[Member], story: Story) -> None:
        """Some parents refuse contact by chance; make sure the demo has its couple of them."""
        self.refusals += sum(m.declines_contact for m in members)
        due = self.counts.parents >= (self.refusals + 1) * self.parents / (self.refusals_wanted + 1)
        candidates = [m for m in members if not m.busy and not m.declines_contact]
        if story.is_long_running and candidates and due and self.refusals < self.refusals_wanted:
            candidates[-1].declines_contact = True
            self.refusals += 1

    # --- when the children were born -----------------------------------------------------------

    def _child_births(self, placed: date) -> list[date]:
        """Birth dates, eldest first: all under 18 today, all born by the day they were
        placed, siblings more than a year apart."""
        count = self.rng.choices((1, 2, 3), (55, 30, 15))[0]
        earliest = _years_before(self.today, 18) + timedelta(days=1)
        latest_eldest = max(earliest, placed - timedelta(days=400 * (count - 1)))
        births = [random_day(self.rng, earliest, min(latest_eldest, placed))]
        while len(births) < count:
            following = births[-1] + timedelta(days=self.rng.randint(400, 2000))
            if following > placed:
                break
            births.append(following)
        return births

    # --- parents -------------------------------------------------------------------------------

    def _plan_parents(
        self, background: Background, births: list[date], story: Story
    ) -> list[Member]:
        """The first parent (usually the mother), then the father or co-mother when known; now
        and then the younger children have another father than the eldest."""
        everyone = tuple(range(len(births)))
        woman = self.rng.random() < 0.94
        born = births[0] - timedelta(days=self.rng.randint(18 * 365 + 5, 38 * 365))
        role = ParentRole.MOTHER if woman else ParentRole.FATHER
        first = self._member(background, woman, role, born, everyone)
        first.first = True
        members = [first]
        if not woman or self.rng.random() < 0.78:
            half_siblings = len(births) > 1 and self.rng.random() < 0.2
            members.append(
                self._partner(first, births, everyone[:1] if half_siblings else everyone)
            )
            if half_siblings:
                members.append(self._partner(first, births, everyone[1:]))
        for member in members:
            # Some parents refuse contact for a while; the service keeps offering it.
            member.declines_contact = story.is_long_running and self.rng.random() < 0.05
        return members

    def _partner(self, first: Member, births: list[date], of_children: tuple[int, ...]) -> Member:
        background = first.background
        if self.rng.random() >= background.same_background_partner:
            background = NORWEGIAN if background is not NORWEGIAN else self._any_background()
        if not first.woman:
            woman, role = True, ParentRole.MOTHER
        elif first.background is NORWEGIAN and self.rng.random() < 0.08:
            woman, role = True, ParentRole.CO_MOTHER
        else:
            woman, role = False, ParentRole.FATHER
        born = first.born + timedelta(days=self.rng.randint(-12 * 365, 3 * 365))
        born = min(born, births[of_children[0]] - timedelta(days=18 * 365 + 5))
        # Fathers who never lived with the mother often have no parental responsibility.
        responsibility = role is not ParentRole.FATHER or self.rng.random() < 0.75
        partner = self._member(background, woman, role, born, of_children, responsibility)
        married = background is first.background and self.rng.random() < 0.35
        if married and first.woman and not woman:
            first.surname = partner.surname
        return partner

    def _any_background(self) -> Background:
        return self.rng.choices(BACKGROUNDS, [b.weight for b in BACKGROUNDS])[0]

    def _member(
        self,
        background: Background,
        woman: bool,
        role: ParentRole,
        born: date,
        of_children: tuple[int, ...],
        responsibility: bool = True,
    ) -> Member:
        return Member(
            role=role,
            background=background,
            woman=woman,
            born=born,
            surname=self.rng.choice(background.surnames),
            given_names=self.rng.choice(background.women if woman else background.men),
            responsibility=responsibility,
            of_children=of_children,
        )

    def _save_parent(self, member: Member) -> Parent:
        background = member.background
        known = self.rng.choices(("fnr", "dnr", "birth", "none"), background.id_shares)[0]
        number = None
        if known in ("fnr", "dnr"):
            number = self.people.synthetic_id(member.born, d_number=known == "dnr")
        interpreter = None
        if self.rng.random() < background.interpreter_share:
            interpreter = background.language
        address, postal_code, town = self.people.address(background)
        parent = Parent(
            given_names=member.given_names,
            family_name=member.family_name,
            national_id=number,
            birth_date=None if known == "none" else member.born,
            address_line=address,
            postal_code=postal_code,
            postal_town=town,
            phone=self.people.phone() if self.rng.random() < 0.92 else "",
            email=self.people.email(member) if self.rng.random() < 0.6 else "",
            preferred_language=self.people.preferred_language(background, interpreter),
            interpreter_language=interpreter,
            support_person=self.people.support_person(background)
            if self.rng.random() < 0.3
            else "",
            notes=self.people.notes(member, has_home=bool(address)),
        )
        written, level = _language_needs(member, parent.preferred_language, interpreter)
        parent = replace(parent, written_language=written, interpreter_level=level)
        saved = self.register.save_parent(parent)
        self.counts.parents += 1
        self.counts.with_interpreter += interpreter is not None
        self.counts.without_national_id += number is None
        return saved

    # --- children ------------------------------------------------------------------------------

    def _save_children(
        self, members: list[Member], births: list[date], placed: date
    ) -> list[Child]:
        children = []
        for index, born in enumerate(births):
            own = [m for m in members if index in m.of_children]
            girl = self.rng.random() < 0.5
            known = self.rng.choices(("fnr", "dnr", "none"), (0.88, 0.04, 0.08))[0]
            number = None
            if known != "none":
                number = self.people.synthetic_id(born, d_number=known == "dnr")
            links = tuple(
                ParentLink(m.saved.id, m.role, m.responsibility)
                for m in own
                if m.saved is not None and m.saved.id is not None
            )
            child = Child(
                given_names=self.people.child_name(own, girl, [c.given_names for c in children]),
                family_name=self.people.child_surname(own, girl),
                birth_date=born,
                case_number=self.people.case_number(born, placed),
                national_id=number,
                parents=links,
            )
            children.append(self.register.save_child(child))
            self.counts.children += 1
        return children


_CODES = {name: code for code, name in LANGUAGE_NAMES.items()}
# The interpreter's category an office asks for (A is the best qualified; "" not said).
_LEVELS = ("B", "C", "", "B", "D", "A", "C")


def _language_needs(member: Member, spoken: str, interpreter: str | None) -> tuple[str, str]:
    """The written language and the interpreter's category of a demo parent: a Sami speaker
    reads Northern Sami, and about half of those who need an interpreter read their own
    language. Taken from the name, not the generator, so every other draw stays as it was."""
    turn = zlib.crc32(f"{member.given_names} {member.family_name}".encode())
    written = ""
    if spoken == "nordsamisk":
        written = "se"
    elif interpreter and turn % 2 == 0:
        written = _CODES.get(interpreter, "")
    level = _LEVELS[turn % len(_LEVELS)] if interpreter else ""
    return written, level
