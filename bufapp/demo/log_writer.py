"""One demo parent's contact log saved: ``LogWriter`` saves the composed entries in one
transaction, with follow-up tasks, now and then a revision or a withdrawal, and the contact
plan, counting what it made in a ``Tally``. It draws from the demo's one random stream.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bufapp.demo import contact_texts as texts
from bufapp.demo.composer import WEEKDAYS, Draft
from bufapp.demo.contact_texts import THEMES, TaskText
from bufapp.domain.contact_log import ContactEntry, ContactPlan, FollowUpTask
from bufapp.domain.enums import ContactForm, ContactTopic, TaskStatus
from bufapp.services.clock import OSLO, oslo_date
from bufapp.services.contacts.log import ContactLogService


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
