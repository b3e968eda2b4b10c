"""Deterministic demo data: an invented office, caseworker, parents, children and placements.

Everything goes through ``RegisterService``, so demo data passes the same validation as data a
caseworker types. Only synthetic national ID numbers (month + 80) are made, so no real person
can ever be named. The same seed and the same ``today`` always give the same vault.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Generic, TypeVar

from bufapp.demo.builder import CareBuilder, Counts, Member, random_day
from bufapp.demo.data import (
    BACKGROUNDS,
    CASEWORKER,
    DECLINES_NOTE,
    EMAIL_DOMAINS,
    FOSTER_TOWNS,
    HOME_POSTAL,
    MUNICIPALITY,
    NO_HOME_NOTE,
    NORWEGIAN,
    OFFICE_ADDRESS,
    OFFICE_EMAIL,
    OFFICE_PHONE,
    ORG_NUMBER,
    PARENT_NOTES,
    SAMI,
    SAMI_FOSTER_TOWNS,
    SAMI_NOTE,
    STORY_WEIGHTS,
    STREETS,
    SUPPORT_RELATIONS_MEN,
    SUPPORT_RELATIONS_WOMEN,
    SUPPORT_VOLUNTEERS,
    TOWNS,
    Background,
    Story,
    organisation_number,
)
from bufapp.demo.groups import fill_demo_groups
from bufapp.demo.networks import fill_demo_networks
from bufapp.demo.referrals import fill_demo_referrals
from bufapp.domain import national_id
from bufapp.domain.entities import Child, Office, Parent, ParentLink
from bufapp.domain.enums import (
    AddressProtection,
    ContactTopic,
    EntryStatus,
    ParentRole,
    PlaceType,
)
from bufapp.errors import BufappError
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork

__all__ = ["DemoRefused", "DemoSummary", "fill_demo", "organisation_number"]

T = TypeVar("T")


class DemoRefused(BufappError):
    message = "Demodata kan bare fylles i en tom database. Ingenting ble endret."


@dataclass(frozen=True)
class DemoSummary:
    parents: int
    children: int
    placements: int
    contacts: int
    first_conversations: int  # parents who have had a held conversation after the placement
    parents_with_interpreter: int
    parents_without_national_id: int
    busy_parents: int  # parents with several hundred contacts over years
    tasks: int  # follow-up tasks agreed in contacts
    open_tasks: int
    contact_plans: int  # agreed contact frequencies and refusals
    refusals: int  # parents who refuse contact for now, offered it again every month
    revised_entries: int  # final entries changed afterwards (a new version with a reason)
    withdrawn_entries: int
    open_entries: int  # still being written
    services: int = 0  # in the directory (adressebok)
    consents: int = 0
    referrals: int = 0
    meetings: int = 0  # in responsibility groups, held and planned
    network_maps: int = 0


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


# --- plain helpers -----------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _ascii(text: str) -> str:
    """Letters an e-mail address can carry: æ → ae, ø → o, å → aa, ŋ → n, accents dropped."""
    pairs = (("æ", "ae"), ("ø", "o"), ("å", "aa"), ("ŋ", "n"), ("đ", "d"), ("ŧ", "t"), ("ł", "l"))
    for letter, plain in pairs:
        text = text.lower().replace(letter, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))
    return kept


def _phone_text(digits: str) -> str:
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}"


# --- the builder ---------------------------------------------------------------------------------


class _DemoBuilder:
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
        self._used_ids: set[str] = set()  # the service rejects a national ID twice
        self._used_phones: set[str] = set()
        self._used_case_numbers: set[str] = set()
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

    # --- when the children were born -------------------------------------------------------

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

    # --- parents ---------------------------------------------------------------------------

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
            number = self._synthetic_id(member.born, d_number=known == "dnr")
        interpreter = None
        if self.rng.random() < background.interpreter_share:
            interpreter = background.language
        address, postal_code, town = self._address(background)
        parent = Parent(
            given_names=member.given_names,
            family_name=member.family_name,
            national_id=number,
            birth_date=None if known == "none" else member.born,
            address_line=address,
            postal_code=postal_code,
            postal_town=town,
            phone=self._phone() if self.rng.random() < 0.92 else "",
            email=self._email(member) if self.rng.random() < 0.6 else "",
            preferred_language=self._preferred_language(background, interpreter),
            interpreter_language=interpreter,
            support_person=self._support_person(background) if self.rng.random() < 0.3 else "",
            notes=self._notes(member, has_home=bool(address)),
        )
        saved = self.register.save_parent(parent)
        self.counts.parents += 1
        self.counts.with_interpreter += interpreter is not None
        self.counts.without_national_id += number is None
        return saved

    def _synthetic_id(self, born: date, d_number: bool = False) -> str:
        """A synthetic number nobody else in the vault has. Many individual numbers give no
        valid check digits or do not fit the century, so draw until one does."""
        for _ in range(10_000):
            number = national_id.make_synthetic(born, self.rng.randrange(1000), d_number=d_number)
            if number is not None and number not in self._used_ids:
                self._used_ids.add(number)
                return number
        raise RuntimeError(f"no free synthetic national ID for {born}")

    def _preferred_language(self, background: Background, interpreter: str | None) -> str:
        if interpreter:
            return interpreter
        if background is not NORWEGIAN and self.rng.random() < 0.3:
            return background.language
        return "norsk"

    def _address(self, background: Background) -> tuple[str, str, str]:
        if self.rng.random() < 0.05:
            return "", "", ""  # no fixed home: see NO_HOME_NOTE
        roll = self.rng.random()
        if background.home_towns and roll < 0.5:
            postal_code, town = self.rng.choice(background.home_towns)
        elif roll < 0.75:
            postal_code, town = HOME_POSTAL
        else:
            postal_code, town = self.rng.choice(TOWNS)
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 60)}"
        if self.rng.random() < 0.2:
            street += f" {self.rng.choice('ABC')}"
        return street, postal_code, town

    def _phone(self) -> str:
        while True:
            digits = self.rng.choice("49") + f"{self.rng.randrange(10_000_000):07d}"
            if digits not in self._used_phones:
                self._used_phones.add(digits)
                return _phone_text(digits)

    def _email(self, member: Member) -> str:
        given = _ascii(member.given_names.split()[0])
        family = _ascii(member.family_name)
        suffix = str(self.rng.randint(1, 99)) if self.rng.random() < 0.4 else ""
        return f"{given}.{family}{suffix}@{self.rng.choice(EMAIL_DOMAINS)}"

    def _support_person(self, background: Background) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return f"{self.rng.choice(SUPPORT_VOLUNTEERS)}, tlf {self._phone()}"
        woman = roll < 0.7
        relation = self.rng.choice(SUPPORT_RELATIONS_WOMEN if woman else SUPPORT_RELATIONS_MEN)
        given = self.rng.choice(background.women if woman else background.men)
        surname = self.rng.choice(background.surnames)
        family = surname.woman if woman else surname.man
        return f"{relation} {given} {family}, tlf {self._phone()}"

    def _notes(self, member: Member, has_home: bool) -> str:
        notes = []
        if not has_home:
            notes.append(NO_HOME_NOTE)
        if member.declines_contact:
            notes.append(DECLINES_NOTE)
        if member.background is SAMI and not member.woman and self.rng.random() < 0.3:
            notes.append(SAMI_NOTE)
        elif self.rng.random() < 0.2:
            notes.append(self.rng.choice(PARENT_NOTES))
        return " ".join(notes)

    # --- children --------------------------------------------------------------------------

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
                number = self._synthetic_id(born, d_number=known == "dnr")
            links = tuple(
                ParentLink(m.saved.id, m.role, m.responsibility)
                for m in own
                if m.saved is not None and m.saved.id is not None
            )
            child = Child(
                given_names=self._child_name(own, girl),
                family_name=self._child_surname(own, girl),
                birth_date=born,
                case_number=self._case_number(born, placed),
                national_id=number,
                parents=links,
            )
            children.append(self.register.save_child(child))
            self.counts.children += 1
        return children

    def _child_name(self, parents: list[Member], girl: bool) -> str:
        background = self.rng.choice(parents).background if parents else NORWEGIAN
        return self.rng.choice(background.girls if girl else background.boys)

    def _child_surname(self, parents: list[Member], girl: bool) -> str:
        father = next((m for m in parents if m.role is ParentRole.FATHER), None)
        if father is not None and father.background.patronymic:
            return father.given_names.split()[0]
        if father is not None and self.rng.random() < 0.55:
            surname = father.surname
        elif parents:
            surname = parents[0].surname
        else:
            surname = self.rng.choice(NORWEGIAN.surnames)
        return surname.girl if girl else surname.man

    def _case_number(self, born: date, placed: date) -> str:
        """Year/serial number as in the case system; the case was opened by the placement."""
        earliest_year = max(born.year, placed.year - 3)
        while True:
            year = self.rng.randint(earliest_year, placed.year)
            number = f"{year}/{self.rng.randint(100, 2999)}"
            if number not in self._used_case_numbers:
                self._used_case_numbers.add(number)
                return number

    def summary(self) -> DemoSummary:
        c, log = self.counts, self.counts.log
        return DemoSummary(
            parents=c.parents,
            children=c.children,
            placements=c.placements,
            contacts=log.contacts,
            first_conversations=c.first_conversations,
            parents_with_interpreter=c.with_interpreter,
            parents_without_national_id=c.without_national_id,
            busy_parents=c.busy,
            tasks=log.tasks,
            open_tasks=log.open_tasks,
            contact_plans=log.plans,
            refusals=log.refusals,
            revised_entries=log.revised,
            withdrawn_entries=log.withdrawn,
            open_entries=log.open_entries,
        )


DEMO_EXEMPT_REASON = "Kan vise hvor fosterhjemmet bor, og adressen er sperret"


def _most_mapped(unit_of_work: Callable[[], UnitOfWork], parent_ids: Sequence[int]) -> int | None:
    """The parent with the most network maps: the one the screenshots show."""
    with unit_of_work() as uow:
        counts = {pid: len(uow.network_maps.of_parent(pid)) for pid in parent_ids}
    return max(parent_ids, key=lambda pid: counts[pid], default=None)


DEMO_HIDDEN_BASIS = (
    "Fylkesnemndas vedtak om at foreldrene ikke skal vite hvor barnet bor, sak 24-0457"
)
DEMO_CARERS = {True: "Áile og Niillas Ŋuolla", False: "Hanne og Tor Lien"}


def _hidden_town(current: str, known: set[str]) -> str:
    """Where the hidden foster home is: its own town, unless a parent lives there or the office
    is there (then its name would say nothing, and the demo would show nothing hidden)."""
    towns = (current, *SAMI_FOSTER_TOWNS, *FOSTER_TOWNS)
    return next(t for t in towns if t not in known)


def _hide_whereabouts(register: RegisterService, parent_id: int) -> None:
    """The county board has hidden where this parent's children in foster homes live: the
    demo shows the marking and what every document then leaves out. The other parent has a
    confidential address."""
    detail = register.parent_detail(parent_id)
    known = {p.postal_town for p in (detail.parent, *detail.other_parents)} | {HOME_POSTAL[1]}
    for entry in detail.children:
        ongoing = [p for p in entry.placements if p.end_date is None]
        if not ongoing or ongoing[-1].place_type not in (
            PlaceType.FOSTER_HOME,
            PlaceType.KINSHIP_FOSTER_HOME,
        ):
            continue
        placement = ongoing[-1]
        before, _, current = placement.place_name.rpartition(" i ")
        town = _hidden_town(current, known)
        register.save_placement(
            replace(
                placement,
                place_name=f"{before} i {town}",
                carer_names=DEMO_CARERS[town in SAMI_FOSTER_TOWNS],
                place_municipality=town,
                place_address=f"Boaššoluodda 14, {town}",
                place_phone="784 85 210",
                whereabouts_hidden=True,
                hidden_decided_on=max(placement.start_date, register.today() - timedelta(days=200)),
                hidden_basis=DEMO_HIDDEN_BASIS,
            )
        )
    others = [o for o in detail.other_parents if o.id is not None]
    if others:
        register.save_parent(
            replace(others[0], address_protection=AddressProtection.STRICTLY_CONFIDENTIAL)
        )


def _mark_one_exempt(contact_log: ContactLogService, chosen: int) -> None:
    """Mark one visit entry of the chosen parent "Unntatt innsyn", so the access pack has
    something left out to list."""
    visits = [
        t for t in contact_log.timeline(chosen)
        if ContactTopic.VISITS in t.topics and t.status is EntryStatus.FINAL
    ]  # fmt: skip
    if visits:
        entry = contact_log.entry(visits[len(visits) // 2].id)
        contact_log.save(
            replace(entry, exempt_reason=DEMO_EXEMPT_REASON, exempt_basis="hidden_whereabouts")
        )


def fill_demo(
    register: RegisterService,
    parents: int = 40,
    seed: int = 1,
    today: date | None = None,
    contact_log: ContactLogService | None = None,
    busy_parents: int | None = None,
) -> DemoSummary:
    """Fill an empty, open vault with invented people, the same for the same ``seed`` and
    ``today`` (default: the register's own today, which its validation also judges by).
    ``busy_parents`` (default: about one in twenty, at most four) have several hundred
    contacts each over two to three years; the others have a handful to a few dozen.

    Raises DemoRefused when the vault already holds parents: demo data never mixes with real.
    """
    if parents < 0:
        raise ValueError("parents must be zero or more")
    if register.parent_summaries():
        raise DemoRefused
    # The register judges "not in the future" by its own clock, so dates are made against it.
    if contact_log is None:
        contact_log = ContactLogService(register.unit_of_work, today=register.today)
    builder = _DemoBuilder(
        register,
        contact_log,
        random.Random(seed),
        today or register.today(),
        parents,
        busy_parents,
    )
    builder.office_and_caseworker()
    while builder.counts.parents < parents:
        builder.family(parents - builder.counts.parents)
    parent_ids = [p.id for p in register.parent_summaries()]
    day = today or register.today()
    tally = fill_demo_referrals(register.unit_of_work, parent_ids, random.Random(seed), day)
    meetings = fill_demo_groups(register.unit_of_work, parent_ids, day)
    network_maps = fill_demo_networks(register.unit_of_work, parent_ids, day)
    protected = _most_mapped(register.unit_of_work, parent_ids)
    if protected is not None:
        _mark_one_exempt(contact_log, protected)
        _hide_whereabouts(register, protected)
    return replace(
        builder.summary(),
        services=tally.services,
        consents=tally.consents,
        referrals=tally.referrals,
        meetings=meetings,
        network_maps=network_maps,
    )
