"""When a demo parent and the caseworker were in touch, and what about: the rhythm of a contact
log. ``Rhythm`` plans ``Slot``s (a day, a theme, sometimes a form); ``composer`` writes each
as an entry. A busy parent's years have visits with talks before and after, responsibility
groups, crises with many contacts in a short time, quiet holidays and a period without answers;
other parents have a handful of contacts, mostly early, then the agreed rhythm or a gap in it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bufapp.demo.contact_texts import CHANNELS, FREQUENCY_WORDS
from bufapp.demo.data import Story
from bufapp.domain.enums import ContactForm, PlacementBasis

Design = tuple[int, date, date]  # a contact plan: every so many days, agreed on, kept until
BUSY_ENTRIES = (310, 360)  # contacts with each busy parent
ISSUES = ("rus", "psykisk_helse", "bolig", "økonomi", "arbeid")  # a parent has one to three
EVERYDAY_THEMES = {  # how often a theme comes up on an ordinary day
    "innsjekk": 2.5, "barnets_hverdag": 1.5, "samvær_godt": 1.2, "fosterhjem": 1.0,
    "praktisk": 1.0, "nettverk": 0.9, "rettigheter": 0.8, "samvær_tungt": 0.7, "veiledning": 0.7,
    "samvær_før": 0.6, "samværsplan": 0.6, "henvisning": 0.6, "bolig": 0.6, "økonomi": 0.6,
    "arbeid": 0.4, "psykisk_helse": 0.4, "rus": 0.4, "tilbakeføring": 0.4, "krise": 0.2,
}  # fmt: skip
EVERYDAY_KEYS = tuple(EVERYDAY_THEMES)
EARLY = {"rettigheter": 3.0, "økonomi": 2.0, "bolig": 2.0, "krise": 3.0, "tilbakeføring": 0.3}
LATE = {"tilbakeføring": 2.0, "samværsplan": 1.5, "rettigheter": 0.5}
NOT_HELD = (ContactForm.FAILED_ATTEMPT, ContactForm.FAILED_ATTEMPT, ContactForm.MESSAGE)
QUIET_FORMS = (ContactForm.FAILED_ATTEMPT, ContactForm.FAILED_ATTEMPT, ContactForm.MESSAGE, None)


def random_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def weekday_on_or_before(day: date, earliest: date) -> date:
    while day.weekday() >= 5 and day > earliest:
        day -= timedelta(days=1)
    return day


def weekday_near(day: date) -> date:
    """Saturday becomes Friday and Sunday Monday: contacts on working days, none favoured."""
    return day + timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))


def any_weekday(rng: random.Random, day: date, earliest: date) -> date:
    """A weekend day becomes a working day of the same week, any of them (none favoured)."""
    if day.weekday() < 5:
        return day
    moved = day - timedelta(days=day.weekday() - 4 + rng.randint(0, 4))
    return moved if moved >= earliest else next_weekday(day)


def next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _holiday(day: date) -> bool:
    """The caseworker's summer holiday and Christmas: few contacts."""
    summer = day.month == 7 and day.day <= 21
    return summer or (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 2)


@dataclass(frozen=True)
class Timeline:
    """The family's time out of home: siblings are placed, moved and sent home together."""

    story: Story
    start: date
    basis: PlacementBasis
    moved: date | None = None  # from the emergency home to a foster home
    basis_after_move: PlacementBasis | None = None
    home_again: date | None = None  # reunified


@dataclass(frozen=True)
class Slot:
    """A planned contact: the day and what it is about; the composer fills in the rest."""

    day: date
    theme: str  # a key of demo_contact_texts.THEMES
    form: ContactForm | None = None  # None: drawn to fit the theme
    held: bool = False  # must be a held conversation (the agreed rhythm)
    also: str | None = None  # a second theme, mentioned in a sentence
    joint: bool = False  # the other parent took part
    agreed: str = ""  # a given agreement (the contact plan)


class Rhythm:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.yesterday = today - timedelta(days=1)
        self.gaps = 0  # parents with a gap in the agreed contact

    def slot(
        self,
        day: date,
        timeline: Timeline,
        issues: tuple[str, ...],
        held: bool = False,
        crisis: float = 0.0,
        form: ContactForm | None = None,
    ) -> Slot:
        """An ordinary contact: its theme fits the time since the placement, the parent's own
        troubles, and any crisis going on."""
        age = (day - timeline.start).days
        phase = EARLY if age < 90 else LATE if age > 365 else {}
        reunifying = timeline.basis is PlacementBasis.VOLUNTARY or timeline.home_again is not None
        weights = []
        for key, weight in EVERYDAY_THEMES.items():
            weight *= phase.get(key, 1.0)
            if key in ISSUES:
                weight *= 4 if key in issues else 0.5
            if key == "tilbakeføring" and reunifying:
                weight *= 3
            if key == "krise":
                weight += 5 * crisis
            weights.append(weight)
        theme, also = self.rng.choices(EVERYDAY_KEYS, weights, k=2)
        return Slot(day, theme, form, held, also if also != theme else None)

    # --- the contact plan ------------------------------------------------------------------

    def design(self, talk: date, gap_allowed: bool) -> Design:
        """Every so many days, agreed on, and the last day a conversation was held in the
        rhythm. Most parents keep it up to yesterday; some have a gap, so the overview flags it
        (the first parent who may have one always does)."""
        rng = self.rng
        every = rng.choice((7, 14, 14, 30, 30))
        rhythm = timedelta(days=every * rng.randint(2, 7))
        gap = gap_allowed and (self.gaps == 0 or rng.random() < 0.15)
        until = self.today - timedelta(days=every + rng.randint(5, 25))
        if not gap or until <= talk:
            until = self.yesterday
        else:
            self.gaps += 1
        return every, max(talk, any_weekday(rng, until - rhythm, talk)), until

    def plan_words(self, day: date, every: int, text: str) -> str:
        """The plan in words; the channel follows from the day, so the agreement in the log
        and the plan's note always name the same one."""
        channel = CHANNELS[day.toordinal() % len(CHANNELS)]
        words = {"hyppighet": FREQUENCY_WORDS[every], "kanal": channel}
        return text.format(dato=f"{day:%d.%m.%Y}", **words)

    def on_track_day(self, held: list[date], design: Design) -> date | None:
        """A day for one more held conversation if the random rhythm left the plan overdue."""
        every, agreed_on, _ = design
        if max([agreed_on, *held]) + timedelta(days=every) >= self.today:
            return None
        first = max(self.today - timedelta(days=every), agreed_on + timedelta(days=1))
        day = any_weekday(self.rng, random_day(self.rng, first, self.yesterday), first)
        return weekday_on_or_before(min(day, self.yesterday), first)

    def offer_days(self, refused: date, overdue: bool) -> list[date]:
        """Monthly offers to a parent who refused contact, the last one so that the next is
        due already (``overdue``) or within a week."""
        rng = self.rng
        if overdue:
            last = self.yesterday - timedelta(days=30 + rng.randint(2, 12))
        else:
            last = self.today - timedelta(days=rng.randint(24, 28))
        days: list[date] = []
        day = weekday_on_or_before(last, refused)
        while day > refused + timedelta(days=14):
            days.insert(0, day)
            day = any_weekday(rng, day - timedelta(days=rng.randint(27, 33)), refused)
        return days

    # --- whole logs --------------------------------------------------------------------------

    def modest(
        self,
        timeline: Timeline,
        talk: date,
        issues: tuple[str, ...],
        design: Design | None,
        plan_text: str,
    ) -> list[Slot]:
        """A handful to a few dozen contacts, most of them in the first months, then the
        agreed rhythm (if any) up to yesterday or up to a gap."""
        rng = self.rng
        end = self.yesterday
        if timeline.home_again is not None:  # follow-up tapers off after the child moved home
            end = min(end, timeline.home_again + timedelta(days=30))
        first = talk + timedelta(days=3)
        slots = []
        span = (end - first).days
        if span >= 0:
            for _ in range(min(14, rng.randint(1, 3) + span // rng.randint(60, 120))):
                day = first + timedelta(days=int(span * rng.random() ** 1.6))
                slots.append(self.slot(min(any_weekday(rng, day, first), end), timeline, issues))
        if span > 30 and rng.random() < 0.25:
            meeting = next_weekday(random_day(rng, first + timedelta(days=14), end))
            invite = weekday_on_or_before(meeting - timedelta(days=12), first)
            slots.append(Slot(invite, "ansvarsgruppe_før", ContactForm.LETTER))
            if meeting <= end:
                slots.append(Slot(meeting, "ansvarsgruppe_møte", ContactForm.OFFICE_MEETING))
        if design is None:
            return slots
        every, agreed_on, until = design
        if until < self.yesterday:  # a gap: nothing held after the last day of the rhythm
            slots = [
                s if s.day <= until else replace(s, form=rng.choice(NOT_HELD), held=False)
                for s in slots
            ]
        if agreed_on > talk:
            plan = self.slot(agreed_on, timeline, issues, held=True)
            slots.append(replace(plan, agreed=self.plan_words(agreed_on, every, plan_text)))
        due = agreed_on + timedelta(days=every)
        while (day := weekday_near(due - timedelta(days=rng.randint(0, every // 4)))) <= until:
            slots.append(self.slot(day, timeline, issues, held=True))
            due += timedelta(days=every)
        return slots

    def busy(
        self, timeline: Timeline, talk: date, issues: tuple[str, ...], partner_talk: date | None
    ) -> list[Slot]:
        """Several hundred contacts over years."""
        rng, last = self.rng, self.yesterday
        crises = [
            random_day(rng, talk + timedelta(days=30), last - timedelta(days=10))
            for _ in range(rng.randint(2, 4))
        ]
        slots = self._hearing(timeline, talk, crises)
        slots += [Slot(next_weekday(day), "krise", held=True) for day in crises]

        def crisis_near(day: date) -> float:
            return sum(math.exp(-(day - c).days / 6) for c in crises if 0 <= (day - c).days <= 21)

        slots += self._visits(talk, crisis_near)
        slots += self._groups(timeline.start, talk, partner_talk)
        evaluation = talk + timedelta(days=rng.randint(90, 150))
        while evaluation < last - timedelta(days=10):  # the visit plan, then the new plan sent
            day = weekday_on_or_before(evaluation, talk)
            letter = next_weekday(day + timedelta(days=rng.randint(3, 8)))
            slots.append(Slot(day, "samværsplan", held=True))
            slots.append(Slot(letter, "samværsplan", ContactForm.LETTER))
            evaluation += timedelta(days=rng.randint(150, 200))
        silent = [random_day(rng, talk, last) for _ in range(rng.randint(1, 2))]

        def quiet(day: date) -> bool:  # the parent did not answer for some weeks
            return any(0 <= (day - s).days <= 35 for s in silent)

        days = [talk + timedelta(days=n) for n in range(1, (last - talk).days + 1)]
        days = [d for d in days if d.weekday() < 5]
        weights = [
            (1 + 2.5 * math.exp(-(d - timeline.start).days / 45) + 3 * crisis_near(d))
            * (0.2 if _holiday(d) else 1.0)
            * (0.5 if quiet(d) else 1.0)
            for d in days
        ]
        ordinary = max(0, rng.randint(*BUSY_ENTRIES) - len(slots))
        for day in sorted(rng.choices(days, weights, k=ordinary)):
            form = rng.choice(QUIET_FORMS) if quiet(day) else None
            slots.append(self.slot(day, timeline, issues, crisis=crisis_near(day), form=form))
        return slots

    def _hearing(self, timeline: Timeline, talk: date, crises: list[date]) -> list[Slot]:
        """Before a care order: a talk before the county board's hearing and one after its
        decision, which starts a crisis."""
        if timeline.moved is None or timeline.basis_after_move is not PlacementBasis.CARE_ORDER:
            return []
        hearing = timeline.moved - timedelta(days=self.rng.randint(2, 6))
        if hearing - timedelta(days=8) <= talk:
            return []
        before = weekday_on_or_before(hearing - timedelta(days=self.rng.randint(3, 6)), talk)
        decided = next_weekday(hearing + timedelta(days=self.rng.randint(7, 12)))
        crises.append(decided)
        return [Slot(before, "nemnd_før", held=True), Slot(decided, "nemnd_etter")]

    def _visits(self, talk: date, crisis_near: Callable[[date], float]) -> list[Slot]:
        """Talks before and after visits, every one to three weeks; a hard visit is likelier
        in a crisis."""
        rng, slots = self.rng, []
        every = rng.choice((7, 14, 14, 21))
        visit = talk + timedelta(days=rng.randint(3, 10))
        while visit < self.yesterday:
            before = any_weekday(rng, visit - timedelta(days=1), talk)
            if talk < before < visit and rng.random() < 0.3:
                slots.append(Slot(before, "samvær_før"))
            after = next_weekday(visit + timedelta(days=rng.randint(1, 3)))
            if after <= self.yesterday and rng.random() < 0.5:
                hard = rng.random() < 0.35 + 0.3 * min(1.0, crisis_near(visit))
                slots.append(Slot(after, "samvær_tungt" if hard else "samvær_godt"))
            visit += timedelta(days=every + rng.randint(-1, 1))
        return slots

    def _groups(self, start: date, talk: date, partner_talk: date | None) -> list[Slot]:
        """Responsibility-group meetings every three to four months: the invitation, a talk
        to prepare, the meeting (the other parent there now and then), a talk after."""
        rng, slots = self.rng, []
        meeting = next_weekday(start + timedelta(days=rng.randint(60, 100)))
        while meeting <= self.yesterday:
            invite = weekday_on_or_before(meeting - timedelta(days=12), talk)
            if invite > talk:
                slots.append(Slot(invite, "ansvarsgruppe_før", ContactForm.LETTER))
            if rng.random() < 0.7:
                prep = weekday_on_or_before(meeting - timedelta(days=rng.randint(1, 3)), talk)
                slots.append(Slot(prep, "ansvarsgruppe_før", held=True))
            joint = partner_talk is not None and partner_talk < meeting and rng.random() < 0.5
            form = ContactForm.OFFICE_MEETING
            slots.append(Slot(meeting, "ansvarsgruppe_møte", form, joint=joint))
            after = next_weekday(meeting + timedelta(days=rng.randint(1, 4)))
            if after <= self.yesterday and rng.random() < 0.5:
                slots.append(Slot(after, "ansvarsgruppe_etter", held=True))
            meeting = next_weekday(meeting + timedelta(days=rng.randint(80, 120)))
        return slots
