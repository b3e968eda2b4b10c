"""The demo's visits as they went, and the talks before and after them: contact-log entries
(topic samvær) saved through ``ContactLogService`` and linked to their visits with
``VisitService.link_talk``, so they count as contact. Talks stop at the parent's latest
conversation in the log, so the contact log's own rhythm (and Oversikt's contact deadlines)
stays as the log made it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from bufapp.demo import visit_texts as texts
from bufapp.demo.data import OFFICE_PLACE
from bufapp.demo.followup_people import Situation, day_of
from bufapp.demo.rhythm import next_weekday
from bufapp.demo.visit_people import Pair, VisitTally
from bufapp.domain.contact_log import ContactEntry, FollowUpTask
from bufapp.domain.enums import (
    CancelledBy,
    ContactForm,
    ContactTopic,
    Supervision,
    TalkMoment,
    TaskStatus,
    VisitForm,
    VisitOutcome,
)
from bufapp.domain.visit_rules import add_months, planned_dates
from bufapp.domain.visits import Visit, VisitPlan
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.visits.service import VisitService

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
TALKS_BACK_DAYS = 400  # the chosen parent's series of talks: a year and more
CANCELLED = 0.05
NOT_ATTENDED = 0.03
# The demo keeps the latest evaluations of a plan only: each is a transaction of its own, and
# the deadline needs only the latest.
EVALUATIONS_KEPT = 3
TALKED_THROUGH = 0.5  # of the other parents talked with, this many have talks linked to visits


def evaluations_back_from(last: date, plan: VisitPlan, today: date) -> list[date]:
    """The days a plan was evaluated, oldest first, ending on ``last``: every interval back
    while the plan had been in force a month, the latest ``EVALUATIONS_KEPT``; none in the
    future."""
    months = plan.evaluate_every_months or 6
    days, n = [], 0
    while n < EVALUATIONS_KEPT:
        day = add_months(last, -months * n)
        if day < add_months(plan.valid_from, 1):
            break
        days.append(day)
        n += 1
    return sorted(d for d in days if d < today)


def _moment(day: date, rng: random.Random) -> datetime:
    at = time(rng.randint(9, 14), rng.choice((0, 15, 30, 45)))
    return datetime.combine(day, at, OSLO).astimezone(UTC)


def _weekday_before(day: date, days: int) -> date:
    day -= timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


class TalkWriter:
    def __init__(
        self,
        service: VisitService,
        contact_log: ContactLogService,
        rng: random.Random,
        today: date,
        tally: VisitTally,
    ) -> None:
        self.service = service
        self.log = contact_log
        self.rng = rng
        self.today = today
        self.tally = tally
        self.recent: list[str] = []

    # --- the visits --------------------------------------------------------------------------

    def visits(
        self, who: Situation, pairs: Sequence[Pair], missed: bool, words: dict[str, str]
    ) -> list[Visit]:
        """Every planned visit until yesterday recorded; siblings are visited together, so a
        day goes the same way for each. The chosen parent's last two were not attended; for
        the others the latest was held and never two in a row were missed."""
        outcomes: dict[date, Visit] = {}
        saved: list[Visit] = []
        for pair in pairs:
            days = self._days(pair.plans)
            for n, (plan, day) in enumerate(days):
                if day not in outcomes:
                    last = n >= len(days) - (2 if missed else 1)
                    before = outcomes.get(days[n - 1][1]) if n else None
                    outcomes[day] = self._went(plan, day, words, missed and last, last, before)
                visit = replace(
                    outcomes[day], plan_id=plan.id or 0, parent_id=who.id,
                    child_id=pair.child.id or 0,
                )  # fmt: skip
                saved.append(visit)
        saved = self.service.record_visits(saved)  # one transaction: years of visits
        self.tally.visits += len(saved)
        return saved

    def _days(self, plans: Sequence[VisitPlan]) -> list[tuple[VisitPlan, date]]:
        yesterday = self.today - timedelta(days=1)
        days = []
        for n, plan in enumerate(plans):
            until = yesterday
            if n + 1 < len(plans):
                until = min(until, plans[n + 1].valid_from - timedelta(days=1))
            days += [(plan, d) for d in planned_dates(plan, plan.valid_from, until)]
        return days

    def _went(
        self,
        plan: VisitPlan,
        day: date,
        words: dict[str, str],
        not_attended: bool,
        last: bool,
        before: Visit | None,
    ) -> Visit:
        rng, supervised = self.rng, plan.supervision is not Supervision.NONE
        roll = rng.random()
        after_held = before is None or before.happened
        if not_attended or (not last and after_held and roll < NOT_ATTENDED):
            reason = rng.choice(texts.NOT_ATTENDED).format(**words)
            return Visit(0, 0, 0, day, VisitOutcome.NOT_ATTENDED, note=reason)
        if not last and after_held and roll < NOT_ATTENDED + CANCELLED:
            key = rng.choice(
                ("child", "carers", "parent") + (("supervisor",) if supervised else ())
            )
            return Visit(0, 0, 0, day, VisitOutcome.CANCELLED, cancelled_by=CancelledBy(key),
                         reason=texts.CANCELLED_REASONS[key].format(**words))  # fmt: skip
        held = Visit(0, 0, 0, day, VisitOutcome.HELD, held_on=day, hours=plan.frequency.hours)
        if roll > 0.985:
            return _with(held, "form", VisitForm.VIDEO, hours=0.5,
                         note=texts.PHONE_INSTEAD.format(**words))  # fmt: skip
        if supervised and roll > 0.97:
            return _with(held, "mostly_talk_with_adult", True, hours=1.0,
                         supervisor_note=texts.TALK_WITH_ADULT.format(**words))  # fmt: skip
        if supervised:
            held = _with(
                held, "supervisor_note", rng.choice(texts.SUPERVISOR_NOTES).format(**words)
            )
        return held

    # --- the talks ---------------------------------------------------------------------------

    def talk_series(
        self, who: Situation, visits: list[Visit], words: dict[str, str], rich: bool
    ) -> None:
        """Talks before and after visits up to the parent's latest conversation: for the chosen
        parent a series over a year and more, for the others one or two visits."""
        limit = min(day_of(who.held[-1]), self.today - timedelta(days=1))
        by_day: dict[date, list[Visit]] = {}
        for visit in visits:
            by_day.setdefault(visit.planned_for, []).append(visit)
        days = sorted(d for d in by_day if self.today - timedelta(TALKS_BACK_DAYS) <= d < limit)
        if not rich:
            held = [d for d in days if by_day[d][0].happened]
            days = held[-self.rng.randint(1, 2) :] if self.rng.random() < TALKED_THROUGH else []
        planned: list[tuple[ContactEntry, list[Visit], TalkMoment]] = []
        for day in days:
            group = by_day[day]
            if self.rng.random() < (0.5 if rich else 0.7):
                before = _weekday_before(day, self.rng.randint(1, 3))
                if before < limit:
                    entry = self._entry(who, group, before, words, TalkMoment.BEFORE)
                    planned.append((entry, group, TalkMoment.BEFORE))
            after = next_weekday(day + timedelta(days=self.rng.randint(1, 2)))
            if group[0].happened and after <= limit and self.rng.random() < 0.8:
                planned.append((self._entry(who, group, after, words, TalkMoment.AFTER),
                                group, TalkMoment.AFTER))  # fmt: skip
        saved = self.log.save_many([entry for entry, _, _ in planned], final=True)
        for entry, (_, group, moment) in zip(saved, planned, strict=True):
            for visit in group:
                self.service.link_talk(visit.id or 0, moment, entry.id)
        self.tally.talks += len(saved)
        self.tally.contacts += len(saved)

    def _entry(
        self,
        who: Situation,
        group: list[Visit],
        day: date,
        words: dict[str, str],
        moment: TalkMoment,
    ) -> ContactEntry:
        rng = self.rng
        before = moment is TalkMoment.BEFORE
        fill = {**words, "dag": WEEKDAYS[group[0].planned_for.weekday()]}
        summary = self._fresh(texts.BEFORE if before else texts.AFTER)
        if group[0].mostly_talk_with_adult and not before:
            summary = texts.TALK_WITH_ADULT
        said = ""
        if rng.random() < 0.6:
            pool = texts.BEFORE_WORDS if before else texts.AFTER_WORDS
            if fill["sami"] and rng.random() < 0.5:
                pool = texts.SAMI_BEFORE_WORDS if before else texts.SAMI_AFTER_WORDS
            said = "«" + self._fresh(pool).format(**fill) + "»"
        agreed = ""
        if rng.random() < 0.7:
            agreed = rng.choice(texts.BEFORE_AGREED if before else texts.AFTER_AGREED)
        form = rng.choice(
            (ContactForm.PHONE,) * 6 + (ContactForm.VIDEO, ContactForm.OFFICE_MEETING)
        )
        return ContactEntry(
            who.id,
            _moment(day, rng),
            form,
            place=OFFICE_PLACE if form is ContactForm.OFFICE_MEETING else "",
            topics=(ContactTopic.VISITS,),
            child_ids=tuple(dict.fromkeys(v.child_id for v in group)),
            summary=summary.format(**fill),
            parent_words=said,
            agreed=agreed.format(**fill),
        )

    def _fresh(self, pool: Sequence[str]) -> str:
        """A text of ``pool`` not among the last few used: a series of talks reads varied."""
        fresh = [t for t in pool if t not in self.recent] or list(pool)
        chosen = self.rng.choice(fresh)
        self.recent = [*self.recent[-3:], chosen]
        return chosen

    def evaluation_talk(self, pair: Pair, evaluated: date, words: dict[str, str]) -> None:
        """The meeting where the plan was evaluated with the parent; the new plan sent to every
        party, the task done the day it took effect."""
        new, hidden = pair.plans[-1], pair.hidden
        said = texts.EVALUATION_WORDS_HIDDEN if hidden else texts.EVALUATION_WORDS
        fill = {**words, "dato": new.valid_from.strftime("%d.%m.%Y")}
        task = FollowUpTask(
            texts.SEND_PLAN_TASK.format(**fill),
            due=new.valid_from,
            status=TaskStatus.DONE,
            outcome=texts.SEND_PLAN_DONE.format(**fill),
            closed_on=new.valid_from - timedelta(days=2),
        )
        entry = ContactEntry(
            pair.who.id,
            _moment(evaluated, self.rng),
            ContactForm.OFFICE_MEETING,
            place=OFFICE_PLACE,
            topics=(ContactTopic.VISITS,),
            child_ids=(pair.child.id or 0,),
            summary=(texts.EVALUATION_TALK_HIDDEN if hidden else texts.EVALUATION_TALK).format(
                **fill
            ),
            parent_words="«" + said.format(**fill) + "»",
            agreed=(texts.EVALUATION_AGREED_HIDDEN if hidden else texts.EVALUATION_AGREED).format(
                **fill
            ),
            tasks=(task,),
        )
        self.log.save(entry, final=True)
        self.tally.contacts += 1
        self.tally.tasks += 1


def _with(visit: Visit, name: str, value: object, **more: object) -> Visit:
    return replace(visit, **{name: value, **more})
