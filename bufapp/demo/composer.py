"""One demo contact, written as a caseworker would write it.

``Composer`` turns a planned contact (a ``Slot``: day, theme, perhaps a form) into an entry:
form, initiative, place, who took part, topics, the children concerned, a summary combined from
the theme's sentences, the parent's own words and what was agreed. ``log_writer`` saves them.
It draws from the demo's one random stream.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from bufapp.demo import contact_texts as texts
from bufapp.demo import data
from bufapp.demo.contact_texts import THEMES
from bufapp.demo.rhythm import Slot
from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.entities import Child, Parent
from bufapp.domain.enums import ContactForm, ContactTopic, Initiative
from bufapp.services.clock import OSLO

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
FORM_WEIGHTS = {  # how often each form is drawn for an ordinary contact
    ContactForm.PHONE: 30, ContactForm.MESSAGE: 16, ContactForm.OFFICE_MEETING: 10,
    ContactForm.HOME_VISIT: 8, ContactForm.FAILED_ATTEMPT: 8, ContactForm.NEUTRAL_PLACE: 6,
    ContactForm.VIDEO: 5, ContactForm.LETTER: 3,
}  # fmt: skip
MEETINGS = (ContactForm.OFFICE_MEETING, ContactForm.HOME_VISIT, ContactForm.NEUTRAL_PLACE)


def working_time(rng: random.Random, day: date, evening: bool = False) -> datetime:
    """A moment in office hours (or an evening) on this Oslo date, in UTC as stored."""
    hour = rng.randint(18, 21) if evening else rng.randint(8, 15)
    local = datetime.combine(day, time(hour, rng.choice((0, 15, 30, 45))), OSLO)
    return local.astimezone(UTC)


def _capitalised(words: dict[str, str]) -> dict[str, str]:
    """Every slot also with a capital first letter: {omsorg} → {Omsorg}."""
    upper = {
        k[0].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in words.items() if k[0].islower()
    }
    return {**upper, **words}


@dataclass(frozen=True)
class Home:
    """Where the children lived from a day on, as the log names it."""

    since: date
    definite: str  # fosterhjemmet
    carers: str  # fosterforeldrene, mormor og morfar
    people: str  # the carers as a participant: Fostermor … og fosterfar …


@dataclass
class Person:
    """What the composer knows of the parent whose log it writes."""

    parent: Parent
    role_label: str  # Mor, Far, Medmor
    children: tuple[Child, ...]
    homes: tuple[Home, ...]
    sami: bool = False
    relative: str = ""  # a Sami relative, for a Sami family
    partner_id: int | None = None

    @property
    def id(self) -> int:
        assert self.parent.id is not None
        return self.parent.id

    def home(self, day: date) -> Home:
        return next((h for h in reversed(self.homes) if h.since <= day), self.homes[0])


@dataclass
class Draft:
    entry: ContactEntry
    theme: str
    keep_open: bool = False  # saved as "still being written"
    revise: str = ""  # "date" or "words": corrected after it was final (a new version)
    withdraw: bool = False
    forced_task: bool = False  # a task the demo needs (an overdue, soon or later deadline)
    fix: dict[str, str] = field(default_factory=dict)


class Composer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def words(self, person: Person, day: date, children: tuple[Child, ...]) -> dict[str, str]:
        rng = self.rng
        home = person.home(day)
        names = [c.given_names for c in children]
        soon = day + timedelta(days=rng.randint(1, 6))
        soon += timedelta(days=max(0, 7 - soon.weekday()) if soon.weekday() >= 5 else 0)
        words = {
            "Forelder": person.role_label,
            "forelderen": person.role_label.lower(),
            "barn": names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1],
            "stedet": home.definite,
            "omsorg": home.carers,
            "aktivitet": rng.choice(data.ACTIVITIES),
            "glad": rng.choice(data.GLAD),
            "tung": rng.choice(data.HEAVY),
            "hverdag": rng.choice(data.CHILD_NEWS),
            "dag": WEEKDAYS[soon.weekday()],
            "dato": f"{day + timedelta(days=rng.randint(7, 21)):%d.%m.%Y}",
            "slekt": person.relative or "mormor",
            "sted": rng.choice(data.NEUTRAL_PLACES),
        }
        return _capitalised(words)

    def entry(self, person: Person, slot: Slot) -> ContactEntry:
        rng = self.rng
        theme = THEMES[slot.theme]
        form = slot.form or self._form(theme.forms, slot.held)
        if form is ContactForm.HOME_VISIT and not person.parent.address_line:
            form = ContactForm.NEUTRAL_PLACE  # no home to visit
        children = person.children
        if len(children) > 1 and rng.random() < 0.15:
            children = (rng.choice(children),)
        words = self._words_with_about(person, slot, children)
        topics = list(theme.topics)
        parent_words = agreed = ""
        initiative = Initiative.CASEWORKER
        evening = False
        if form.is_held_conversation:
            who, opener = self._opener(form, slot.theme)
            initiative = Initiative(who)
            core = theme.core
            if person.sami and theme.sami and rng.random() < 0.5:
                core = theme.sami
            parts = [opener, rng.choice(core)]
            also = THEMES.get(slot.also or "")
            if also is not None and also.also and rng.random() < 0.3:
                parts.append(rng.choice(also.also))
                topics += also.topics
            if slot.theme != "barnets_hverdag" and rng.random() < 0.2:
                parts.append(texts.NEWS)
                topics.append(ContactTopic.INFORMATION)
            if rng.random() < 0.35:
                parts.append(rng.choice(texts.CLOSERS))
            summary = " ".join(p for p in parts if p)
            if rng.random() < 0.6:
                parent_words = self._quote(person, theme.words, words)
            if rng.random() < 0.5:
                agreed = rng.choice(theme.agreed).format(**words)
        elif form is ContactForm.MESSAGE:
            if rng.random() < 0.5:
                initiative, evening = Initiative.PARENT, rng.random() < 0.15
                summary = rng.choice(texts.MESSAGES_IN)
                if rng.random() < 0.35:
                    parent_words = self._quote(person, theme.words, words)
            else:
                summary = rng.choice(texts.MESSAGES_OUT)
        elif form is ContactForm.LETTER:
            summary = rng.choice(
                theme.letters if theme.letters and rng.random() < 0.7 else texts.LETTERS
            )
        else:
            summary = rng.choice(texts.FAILED)
        agreed = " ".join(a for a in (agreed, slot.agreed.format(**words)) if a)
        return ContactEntry(
            parent_id=person.id,
            occurred_at=working_time(rng, slot.day, evening),
            form=form,
            initiative=initiative,
            place=self._place(person, form, slot.theme, words),
            participants=self._participants(person, form, slot, initiative),
            topics=tuple(dict.fromkeys(topics))[:3],
            child_ids=tuple(c.id for c in children if c.id is not None),
            summary=summary.format(**words),
            parent_words=parent_words,
            agreed=agreed,
        )

    def fixed(
        self,
        person: Person,
        day: date,
        form: ContactForm,
        topics: tuple[ContactTopic, ...],
        text: str,
        parent_words: str = "",
        initiative: Initiative = Initiative.CASEWORKER,
        agreed: str = "",
    ) -> ContactEntry:
        """An entry whose text the builder chose (first talks, offers, refusals)."""
        words = self.words(person, day, person.children)
        slot = Slot(day, "innsjekk", form)
        return ContactEntry(
            parent_id=person.id,
            occurred_at=working_time(self.rng, day),
            form=form,
            initiative=initiative,
            place=self._place(person, form, "", words),
            participants=self._participants(person, form, slot, initiative),
            topics=topics,
            child_ids=tuple(c.id for c in person.children if c.id is not None),
            summary=text.format(**words),
            parent_words=parent_words.format(**words),
            agreed=agreed.format(**words),
        )

    # --- the pieces -----------------------------------------------------------------------

    def _words_with_about(
        self, person: Person, slot: Slot, children: tuple[Child, ...]
    ) -> dict[str, str]:
        words = self.words(person, slot.day, children)
        words["om"] = self.rng.choice(THEMES[slot.theme].about).format(**words)
        return words

    def _form(self, preferred: tuple[ContactForm, ...], held: bool) -> ContactForm:
        forms = [f for f in FORM_WEIGHTS if f.is_held_conversation or not held]
        weights = [FORM_WEIGHTS[f] * (3 if f in preferred else 1) for f in forms]
        return self.rng.choices(forms, weights)[0]

    def _opener(self, form: ContactForm, theme: str) -> tuple[str, str]:
        """The opening sentence and whose initiative it was: mostly the caseworker's or the
        parent's; in a crisis mostly the parent's; now and then someone else's."""
        if theme == "ansvarsgruppe_møte":
            return "caseworker", ""
        roll = self.rng.random()
        wanted = ("parent",) if theme == "krise" and roll < 0.6 else ("caseworker", "parent")
        openers = texts.OPENERS[form]
        if roll < 0.88:
            openers = tuple(o for o in openers if o[0] in wanted) or openers
        return self.rng.choice(openers)

    def _quote(self, person: Person, pool: tuple[str, ...], words: dict[str, str]) -> str:
        if person.sami and self.rng.random() < 0.25:
            pool = texts.SAMI_WORDS
        return "«" + self.rng.choice(pool).format(**words) + "»"

    def _place(self, person: Person, form: ContactForm, theme: str, words: dict[str, str]) -> str:
        if form is ContactForm.OFFICE_MEETING:
            return data.MEETING_ROOM if theme == "ansvarsgruppe_møte" else data.OFFICE_PLACE
        if form is ContactForm.HOME_VISIT:
            address = person.parent.address_line
            return f"Hjemme hos {words['forelderen']}" + (f", {address}" if address else "")
        if form is ContactForm.NEUTRAL_PLACE:
            return words["Sted"]
        return ""

    def _participants(
        self, person: Person, form: ContactForm, slot: Slot, initiative: Initiative
    ) -> Participants:
        if not form.is_held_conversation:
            return Participants()
        rng = self.rng
        parent = person.parent
        meeting = form in MEETINGS
        group = slot.theme == "ansvarsgruppe_møte"
        language = parent.interpreter_language or ""
        interpreter = ""
        if language and rng.random() < 0.6:
            interpreter = rng.choice(data.INTERPRETERS.get(language, ("",)))
        support = ""
        if parent.support_person and meeting and rng.random() < (0.8 if group else 0.25):
            support = parent.support_person.split(", tlf")[0]
        carers = ""
        carer_odds = {"ansvarsgruppe_møte": 0.7, "fosterhjem": 0.6, "samvær_godt": 0.3}
        if meeting and rng.random() < carer_odds.get(slot.theme, 0.03):
            carers = person.home(slot.day).people
        others = ""
        if group:
            others = ", ".join(rng.sample(data.GROUP_MEMBERS, rng.randint(2, 3)))
            others = others[:1].upper() + others[1:]
        elif initiative is Initiative.OTHER_SERVICE:
            others = "NAV-veileder"
        elif slot.theme == "rus" and meeting and rng.random() < 0.2:
            others = "Ruskonsulent fra rustjenesten"
        joint = (person.partner_id,) if slot.joint and person.partner_id else ()
        return Participants(joint, support, language, interpreter, carers, others)
