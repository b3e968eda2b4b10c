"""One demo parent's contact log, written as a caseworker would write it.

``Composer`` turns a planned contact (a ``Slot``: day, theme, perhaps a form) into an entry:
form, initiative, place, who took part, topics, the children concerned, a summary combined from
the theme's sentences, the parent's own words and what was agreed. ``LogWriter`` saves a
parent's entries in one transaction, with follow-up tasks, now and then a revision or a
withdrawal, and the contact plan. Both draw from the demo's one random stream.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from bufapp.demo import contact_texts as texts
from bufapp.demo import data
from bufapp.demo.contact_texts import THEMES, TaskText
from bufapp.demo.rhythm import Slot
from bufapp.domain.contact_log import ContactEntry, ContactPlan, FollowUpTask, Participants
from bufapp.domain.entities import Child, Parent
from bufapp.domain.enums import ContactForm, ContactTopic, Initiative, TaskStatus
from bufapp.services.clock import OSLO, oslo_date
from bufapp.services.contacts.log import ContactLogService

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


@dataclass
class Tally:
    contacts: int = 0
    tasks: int = 0
    open_tasks: int = 0
    plans: int = 0
    refusals: int = 0
    revised: int = 0
    withdrawn: int = 0
    open_entries: int = 0


class LogWriter:
    """Saves one parent's drafts: tasks from the agreements, a revision, a withdrawal, the
    plan. Tasks of old contacts are saved already closed (the day they were done); a couple of
    recent ones are closed through the service, as a caseworker would today."""

    def __init__(
        self, contact_log: ContactLogService, rng: random.Random, today: date, tally: Tally
    ) -> None:
        self.log = contact_log
        self.rng = rng
        self.today = today
        self.tally = tally
        self.revisions = 0
        self.withdrawals = 0
        self.words: dict[str, str] = {}  # the slots of the parent being written

    def prepare(self, drafts: list[Draft], words: dict[str, str], busy: bool) -> None:
        """Tasks from the agreements; for a busy parent also one task overdue, one due soon
        and one due later, a revision, and the last contact or two still being written; a
        withdrawal in the first two logs long enough to have one."""
        rng, self.words = self.rng, words
        drafts.sort(key=lambda d: d.entry.occurred_at)
        if busy:
            for draft in drafts[-rng.randint(1, 2) :]:
                draft.keep_open = True
        self.add_tasks(drafts, words, busy)
        old = [
            d
            for d in drafts
            if (self.today - oslo_date(d.entry.occurred_at)).days > 60
            and ContactTopic.FIRST_CONVERSATION not in d.entry.topics
        ]
        if busy:
            overdue, soon, later = texts.FORCED_TASKS
            self.force_task(drafts, words, (-20, -2), (25, 45), overdue)
            self.force_task(drafts, words, (1, 6), (1, 14), soon)
            self.force_task(drafts, words, (12, 40), (1, 20), later)
            visits = [d for d in old if d.entry.form.is_held_conversation and "samvær" in d.theme]
            quoted = [d for d in old if d.entry.parent_words and d.theme in THEMES]
            if visits and (self.revisions % 2 == 0 or not quoted):
                rng.choice(visits).revise = "date"
            elif quoted:
                rng.choice(quoted).revise = "words"
            self.revisions += 1
        plain = [d for d in old if d.entry.form is ContactForm.MESSAGE and not d.entry.tasks]
        if plain and self.withdrawals < 2 and (busy or len(drafts) >= 8):
            rng.choice(plain).withdraw = True
            self.withdrawals += 1

    def task(self, text: TaskText, day: date, words: dict[str, str], due: date) -> FollowUpTask:
        return FollowUpTask(
            what=text.what.format(**words),
            responsible=text.responsible,
            responsible_name=text.name.format(**words),
            due=max(due, day),
        )

    def add_tasks(self, drafts: list[Draft], words: dict[str, str], busy: bool) -> None:
        """Tasks from what was agreed: open for recent contacts, closed for older ones."""
        rng, today = self.rng, self.today
        open_left = 6 if busy else 2
        for draft in drafts:
            entry = draft.entry
            tasks = THEMES[draft.theme].tasks if draft.theme in THEMES else ()
            if not entry.agreed or not tasks or draft.keep_open:
                continue
            day = entry.occurred_at.astimezone(OSLO).date()
            recent = (today - day).days <= (60 if busy else 40)
            if rng.random() >= ((0.5 if busy else 0.3) if recent else (0.05 if busy else 0.15)):
                continue
            text = rng.choice(tasks)
            task = self.task(text, day, words, day + timedelta(days=text.days))
            if recent and open_left:
                open_left -= 1
            elif not recent:
                done = rng.random() < 0.8
                assert task.due is not None
                closed = task.due + timedelta(days=rng.randint(-2, 4))
                task = replace(
                    task,
                    status=TaskStatus.DONE if done else TaskStatus.CANCELLED,
                    outcome=rng.choice(
                        texts.OUTCOMES_DONE if done else texts.OUTCOMES_CANCELLED
                    ).format(**words),
                    closed_on=min(max(closed, day), today - timedelta(days=1)),
                )
            else:
                continue
            draft.entry = replace(entry, tasks=(*entry.tasks, task))

    def force_task(
        self, drafts: list[Draft], words: dict[str, str], due: tuple[int, int], age: tuple[int, int],
        fallback: TaskText,
    ) -> None:  # fmt: skip
        """A task due ``due`` days from today (negative: overdue) on a contact ``age`` days ago,
        with the fallback's kind of responsible, so the overview shows every kind of task."""
        rng, today = self.rng, self.today
        fits = [
            d
            for d in drafts
            if age[0] <= (today - d.entry.occurred_at.astimezone(OSLO).date()).days <= age[1]
            and not d.withdraw
        ]
        if not fits:
            return
        draft = rng.choice(fits)
        day = draft.entry.occurred_at.astimezone(OSLO).date()
        tasks = THEMES[draft.theme].tasks if draft.theme in THEMES else ()
        same = [t for t in tasks if t.responsible is fallback.responsible]
        text = rng.choice(same) if same else fallback
        task = self.task(text, day, words, today + timedelta(days=rng.randint(*due)))
        agreed = draft.entry.agreed or task.what + "."
        draft.entry = replace(draft.entry, agreed=agreed, tasks=(*draft.entry.tasks, task))
        draft.forced_task = True

    def write(self, drafts: list[Draft], plan: ContactPlan | None, busy: bool = False) -> None:
        """Save the parent's drafts in one transaction, then the changes made after."""
        drafts.sort(key=lambda d: d.entry.occurred_at)
        for draft in drafts:
            if draft.revise == "date":
                draft.fix = self._date_fix(draft)
        finals = [d for d in drafts if not d.keep_open]
        opened = [d for d in drafts if d.keep_open]
        saved = self.log.save_many([d.entry for d in finals], final=True)
        saved += self.log.save_many([d.entry for d in opened], final=False)
        tally = self.tally
        tally.contacts += len(saved)
        tally.open_entries += len(opened)
        for draft, entry in zip(finals + opened, saved, strict=True):
            tally.tasks += len(entry.tasks)
            tally.open_tasks += sum(t.is_open for t in entry.tasks)
            if draft.revise:
                self._revise(draft, entry)
            if draft.withdraw and entry.id is not None:
                self.log.withdraw(entry.id, self.rng.choice(texts.WITHDRAW_REASONS))
                tally.withdrawn += 1
                tally.open_tasks -= sum(t.is_open for t in entry.tasks)
        self._close_some(saved, finals + opened, busy)
        if plan is not None:
            self.log.save_plan(plan)
            tally.plans += 1
            tally.refusals += plan.refuses

    def _date_fix(self, draft: Draft) -> dict[str, str]:
        day = draft.entry.occurred_at.astimezone(OSLO).date()
        visit = day + timedelta(days=self.rng.randint(3, 12))
        wrong, right = visit + timedelta(days=7), visit
        fix = {
            "feil": f"{WEEKDAYS[wrong.weekday()]} {wrong:%d.%m.}",
            "riktig": f"{WEEKDAYS[right.weekday()]} {right:%d.%m.}",
        }
        draft.entry = replace(
            draft.entry, summary=draft.entry.summary + texts.DATE_FIX[0].format(**fix)
        )
        return fix

    def _revise(self, draft: Draft, entry: ContactEntry) -> None:
        """Correct a final entry: a new version with the reason, the earlier text kept."""
        if draft.revise == "date":
            wrong, right = (
                texts.DATE_FIX[0].format(**draft.fix),
                texts.DATE_FIX[1].format(**draft.fix),
            )
            changed = replace(
                entry, summary=entry.summary.replace(wrong, right), change_reason=texts.DATE_FIX[2]
            )
        else:
            quote = self.rng.choice(THEMES[draft.theme].words).format(**self.words)
            reason = texts.WORDS_FIX_REASON.format(**self.words)
            changed = replace(entry, parent_words=f"«{quote}»", change_reason=reason)
            if changed.parent_words == entry.parent_words:
                changed = replace(changed, parent_words=f"«{quote} Det er det jeg mener.»")
        self.log.save(changed, final=True)
        self.tally.revised += 1

    def _close_some(self, saved: list[ContactEntry], order: list[Draft], busy: bool) -> None:
        """Close open tasks today: two of a busy parent's (one done, one no longer needed),
        now and then one of another parent's."""
        closable = [
            task
            for draft, entry in zip(order, saved, strict=True)
            if not draft.forced_task and not draft.withdraw
            for task in entry.tasks
            if task.is_open and task.id is not None
        ]
        count = 2 if busy else self.rng.randint(0, 1)
        for index, task in enumerate(self.rng.sample(closable, min(len(closable), count))):
            done = index == 0 if busy else self.rng.random() < 0.7
            status = TaskStatus.DONE if done else TaskStatus.CANCELLED
            outcome = self.rng.choice(
                texts.OUTCOMES_DONE[:2] if done else texts.OUTCOMES_CANCELLED[:1]
            )
            assert task.id is not None
            self.log.close_task(task.id, status, outcome)
            self.tally.open_tasks -= 1
