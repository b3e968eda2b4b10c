"""What the demo parents have been told, ticked from the contacts it was told in
(``FollowUpService.record_information_in_entry``): the grounds and what the placement means in the
first conversation, not yet taken in; the same again once things had calmed down, with the rights
that go with the basis; later the child's days, how to raise a concern and the help there is;
after a crisis, the help and the meaning again, to be repeated. A parent who refuses contact
has only had it in writing, unconfirmed. One item is due again today, with the support person.

Also the turns the follow-up takes: the follow-up after a child moved home (a home visit, for one
parent) and the question of ettervern raised with one parent of a child nearing 18."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bufapp.demo import followup_texts as texts
from bufapp.demo.followup_people import CARE_ORDER, REUNIFIED, VOLUNTARY, Situation, day_of
from bufapp.demo.rhythm import next_weekday
from bufapp.domain.contact_log import ContactEntry, TimelineItem
from bufapp.domain.enums import ContactForm, ContactTopic, InformationManner, Understanding
from bufapp.domain.followup import InformationGiven
from bufapp.domain.followup_rules import AFTERCARE_ITEM, AFTERCARE_NOTICE_DAYS, eighteenth_birthday
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.followup.service import FollowUpService

CALMER_AFTER_DAYS = 10  # the first talk is given again in a later one, at the earliest after this
LATER_AFTER_DAYS = 30
REPEAT_AFTER_CRISIS_DAYS = 21
CRISIS_DAYS = 30  # crisis contacts closer than this to the one before belong to the same crisis
CRISES_SHOWN = 3  # the latest crises a busy parent had: enough to show the repeats
AFTER_MOVE_VISIT = (
    "Hjemmebesøk etter at {barn} flyttet hjem. {Barn} har fått rommet sitt i stand og har begynt å "
    "finne seg til rette. Snakket om hvordan de første ukene har vært, om hjelpen som fortsetter, "
    "og om hvem {forelderen} kan ringe når det blir tungt."
)
AFTER_MOVE_AGREED = "Nytt hjemmebesøk om to uker."

_MANNER = {
    ContactForm.PHONE: InformationManner.PHONE,
    ContactForm.OFFICE_MEETING: InformationManner.MEETING,
    ContactForm.LETTER: InformationManner.LETTER,
}


@dataclass
class InformationTally:
    records: int = 0
    after_move_visits: int = 0
    aftercare_raised: int = 0


class InformationWriter:
    def __init__(
        self,
        followup: FollowUpService,
        contact_log: ContactLogService,
        rng: random.Random,
        today: date,
    ) -> None:
        self.followup = followup
        self.contact_log = contact_log
        self.rng = rng
        self.today = today
        self.tally = InformationTally()

    def tick(
        self,
        who: Situation,
        entry: TimelineItem,
        items: Sequence[str],
        understood: Understanding,
        note: str = "",
        repeat_on: date | None = None,
        support_person: bool = False,
    ) -> None:
        template = InformationGiven(
            who.id,
            "",
            day_of(entry),
            manner=_MANNER.get(entry.form, InformationManner.TALK),
            with_interpreter=who.parent.needs_interpreter and entry.form is not ContactForm.LETTER,
            with_support_person=support_person,
            understood=understood,
            repeat_on=repeat_on,
            note=note.format(**who.words()),
        )
        saved = self.followup.record_information_in_entry(entry.id, items, template)
        self.tally.records += len(saved)

    # --- one parent's checklist ---------------------------------------------------------------

    def parent(self, who: Situation) -> None:
        if who.plan.refuses:
            letters = who.offer_letters()[:1]
            for letter in letters:  # in writing only: nobody could ask whether it was understood
                self.tick(who, letter, ["law_and_complaints"], Understanding.UNCONFIRMED,
                          texts.NOTE_LETTER)  # fmt: skip
            return
        if not who.engaged:
            return
        held = who.held
        first = held[0]
        hard = self.rng.choice((Understanding.PARTLY, Understanding.NOT_UNDERSTOOD))
        self.tick(who, first, ["grounds", "meaning"], hard, texts.NOTE_FIRST)
        calmer = who.held_on_or_after(day_of(first) + timedelta(days=CALMER_AFTER_DAYS))
        if not calmer:
            return
        second = calmer[0]
        rights = {VOLUNTARY: ["rights_voluntary"], REUNIFIED: ["rights_voluntary"],
                  CARE_ORDER: ["rights_care_order"]}.get(who.kind, [])  # fmt: skip
        items = ["grounds", "meaning", *rights, "law_and_complaints"]
        self.tick(who, second, items, Understanding.UNDERSTOOD, texts.NOTE_AGAIN)
        later = who.held_on_or_after(day_of(second) + timedelta(days=LATER_AFTER_DAYS))
        if later:
            items = ["child_development", "raise_concern", "help_available"]
            self.tick(who, later[0], items, Understanding.UNDERSTOOD)
        starts: list[TimelineItem] = []
        for crisis in who.crises():
            day = day_of(crisis)
            # The first conversation of a crisis; the ones that follow it are the same crisis.
            if day > day_of(second) and (
                not starts or day > day_of(starts[-1]) + timedelta(days=CRISIS_DAYS)
            ):
                starts.append(crisis)
        for crisis in starts[-CRISES_SHOWN:]:
            self._after_crisis(who, crisis)

    def _after_crisis(self, who: Situation, crisis: TimelineItem) -> None:
        """Given again in the crisis, to be repeated three weeks on; repeated and understood in
        the first conversation after that, when there has been one."""
        again = day_of(crisis) + timedelta(days=REPEAT_AFTER_CRISIS_DAYS)
        items = ["help_available", "meaning"]
        self.tick(who, crisis, items, Understanding.PARTLY, texts.NOTE_CRISIS, repeat_on=again)
        calmer = who.held_on_or_after(again)
        if calmer:
            self.tick(who, calmer[0], items, Understanding.UNDERSTOOD, texts.NOTE_AGAIN)

    def due_today(self, who: Situation) -> None:
        """The parent's latest conversation: the rights partly understood, to be given again
        today with the support person there (Oversikt shows it)."""
        latest = who.held[-1]
        rights = "rights_care_order" if who.kind == CARE_ORDER else "rights_voluntary"
        self.tick(who, latest, [rights], Understanding.PARTLY, texts.NOTE_SOON,
                  repeat_on=max(self.today, day_of(latest) + timedelta(days=1)))  # fmt: skip

    # --- turns in the follow-up --------------------------------------------------------------

    def after_move(self, who: Situation) -> None:
        """A home visit after the children moved home, unless the log already has a held
        conversation since: the follow-up after the move is done for this parent."""
        home = who.home_again
        if home is None or who.held_on_or_after(home):
            return
        day = next_weekday(home + timedelta(days=self.rng.randint(3, 8)))
        if day >= self.today:
            return
        moment = datetime.combine(day, time(self.rng.choice((10, 11, 13))), OSLO).astimezone(UTC)
        words = who.words()
        entry = ContactEntry(
            who.id,
            moment,
            ContactForm.HOME_VISIT,
            place=f"Hjemme hos {words['forelderen']}",
            topics=(ContactTopic.REUNIFICATION,),
            child_ids=tuple(c.id for c in who.children if c.id is not None),
            summary=AFTER_MOVE_VISIT.format(**words),
            agreed=AFTER_MOVE_AGREED,
        )
        self.contact_log.save(entry, final=True)
        self.tally.after_move_visits += 1

    def aftercare(self, who: Situation) -> bool:
        """Raise ettervern in a conversation held after the notice day of a placed child nearing
        18; False when there is none (Oversikt then keeps the question open)."""
        for child in who.children:
            of_age = eighteenth_birthday(child.birth_date)
            notice = of_age - timedelta(days=AFTERCARE_NOTICE_DAYS)
            if not notice <= self.today < of_age:
                continue
            held = who.held_on_or_after(notice)
            if held:
                self.tick(who, held[-1], [AFTERCARE_ITEM], Understanding.UNDERSTOOD)
                self.tally.aftercare_raised += 1
                return True
        return False
