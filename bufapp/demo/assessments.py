"""What the service and the parent say of the placement in the demo: the service's assessments
written to the parent (the earlier ones kept as history), the parent's own evaluations over time,
and the parent's wishes with their answers. Written through ``FollowUpService`` only."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bufapp.demo import followup_texts as texts
from bufapp.demo.followup_people import CARE_ORDER, Situation, day_of
from bufapp.domain.enums import HomeOutlook, WishKind, WishOutcome
from bufapp.domain.followup import Assessment, ParentEvaluation, Wish
from bufapp.domain.followup_rules import eighteenth_birthday
from bufapp.services.followup.service import FollowUpService

LONG_CARE_ORDER_DAYS = 700  # placed this long under a care order: perhaps not expected home
HISTORY_AFTER_DAYS = 200  # placed this long, there is an earlier assessment to keep
REASSESS_SOON_DAYS = 5  # the way-home assessment's next look: within Oversikt's "soon"
NEW_CASEWORKER_DAYS_AGO = 3  # still within the answer days
OVERDUE_WISH_DAYS_AGO = 24  # past the answer days
Wording = tuple[str, str, str]  # a wish: the parent's words, the answer, the reason

ANSWERED: tuple[tuple[WishKind, Wording], ...] = (
    (WishKind.MORE_VISITS, texts.MORE_VISITS_GRANTED),
    (WishKind.INFORMATION, texts.INFORMATION_GRANTED),
    (WishKind.MEET_CARERS, texts.MEET_CARERS_GRANTED),
    (WishKind.HELP, texts.HELP_GRANTED),
)


class AssessmentWriter:
    def __init__(self, followup: FollowUpService, rng: random.Random, today: date) -> None:
        self.followup = followup
        self.rng = rng
        self.today = today
        self.assessments = self.evaluations = self.wishes = self.open_wishes = 0

    def _assess(
        self, who: Situation, on: date, outlook: HomeOutlook, text: str, again: date
    ) -> None:
        words = who.words(dato=f"{again:%d.%m.%Y}")
        self.followup.save_assessment(
            Assessment(who.id, on, outlook, text.format(**words), reassess_on=again)
        )
        self.assessments += 1

    # --- assessments -------------------------------------------------------------------------

    def home_possible(self, who: Situation, placed: date) -> date:
        """Not yet at first (kept as history when placed long enough), now the way home, with
        the next look within days. Returns the day it was written."""
        if (self.today - placed).days >= HISTORY_AFTER_DAYS:
            earlier = placed + timedelta(days=self.rng.randint(45, 75))
            self._assess(who, earlier, HomeOutlook.NOT_NOW, texts.NOT_YET,
                         earlier + timedelta(days=90))  # fmt: skip
        written = self.today - timedelta(days=self.rng.randint(25, 45))
        written = max(written, placed + timedelta(days=1))
        again = self.today + timedelta(days=REASSESS_SOON_DAYS)
        self._assess(who, written, HomeOutlook.HOME_POSSIBLE, texts.HOME_POSSIBLE, again)
        return written

    def current(self, who: Situation, placed: date) -> date:
        """An early "not now" as history when placed long enough; now "not now" with its why, or
        under a long care order, not expected home. The next look months ahead."""
        days = (self.today - placed).days
        if days >= HISTORY_AFTER_DAYS:
            earlier = placed + timedelta(days=self.rng.randint(40, 80))
            self._assess(who, earlier, HomeOutlook.NOT_NOW, texts.NOT_NOW_EARLIER,
                         earlier + timedelta(days=180))  # fmt: skip
        written = self.today - timedelta(days=self.rng.randint(20, min(120, days - 1)))
        outlook, text, months = HomeOutlook.NOT_NOW, texts.NOT_NOW, 6
        # Children soon 18 are not told where they will live "in the long run"; their next
        # look comes before the placement ends (then ettervern is the question).
        of_age = max(eighteenth_birthday(c.birth_date) for c in who.children)
        grown = of_age - self.today < timedelta(days=365)
        if who.kind != CARE_ORDER:
            text, months = self.rng.choice((texts.NOT_YET, texts.NOT_YET_VISITS)), 4
        elif days >= LONG_CARE_ORDER_DAYS and not grown and self.rng.random() < 0.35:
            outlook, text, months = HomeOutlook.NOT_EXPECTED, texts.NOT_EXPECTED, 12
        again = written + timedelta(days=30 * months)
        if grown and self.today + timedelta(days=14) < of_age:
            again = min(again, of_age - timedelta(days=14))
        self._assess(who, written, outlook, text, again)
        return written

    # --- the parent's own evaluation ---------------------------------------------------------

    def evaluate(self, who: Situation) -> None:
        """One to three, in held conversations spread over the time placed."""
        held = who.held[1:]
        if not held:
            return
        count = min(len(held), self.rng.randint(1, 3))
        picks = sorted({held[(i + 1) * len(held) // (count + 1)].id for i in range(count)})
        chosen = [e for e in held if e.id in picks]
        for entry, words in zip(
            chosen, self.rng.sample(texts.EVALUATIONS, len(chosen)), strict=False
        ):
            self.followup.save_evaluation(
                ParentEvaluation(who.id, day_of(entry), words.format(**who.words()), entry.id)
            )
            self.evaluations += 1

    # --- wishes ------------------------------------------------------------------------------

    def wish(
        self, who: Situation, kind: WishKind, wording: Wording, on: date,
        outcome: WishOutcome | None = None,
    ) -> None:  # fmt: skip
        """A wish on ``on``; answered within a few days when ``outcome`` is given."""
        said, answer, reason = (w.format(**who.words()) for w in wording)
        wish = Wish(who.id, kind, said, on)
        if outcome is not None:
            answered = min(on + timedelta(days=self.rng.randint(2, 10)), self.today)
            wish = Wish(who.id, kind, said, on, None, answered, outcome, answer, reason)
        else:
            self.open_wishes += 1
        self.followup.save_wish(wish)
        self.wishes += 1

    def answered(self, who: Situation, kinds: int, more_visits: bool = True) -> None:
        """``kinds`` of the answerable wishes, granted, each in a held conversation; not one for
        more visits when the parent has had that answered otherwise."""
        held = who.held[1:]
        if not held:
            return
        pool = [a for a in ANSWERED if more_visits or a[0] is not WishKind.MORE_VISITS]
        for kind, wording in self.rng.sample(pool, kinds):
            self.wish(who, kind, wording, day_of(self.rng.choice(held)), WishOutcome.GRANTED)

    def refused_and_partly(self, who: Situation) -> None:
        held = who.held[1:] or who.held
        early, late = day_of(held[len(held) // 3]), day_of(held[-1])
        self.wish(who, WishKind.MORE_VISITS, texts.MORE_VISITS_REFUSED, early, WishOutcome.REFUSED)
        if who.kind != CARE_ORDER:
            self.wish(who, WishKind.MORE_VISITS, texts.MORE_VISITS_PARTLY, late,
                      WishOutcome.PARTLY)  # fmt: skip

    def partly(self, who: Situation) -> None:
        late = day_of(who.held[-1])
        self.wish(who, WishKind.MORE_VISITS, texts.MORE_VISITS_PARTLY, late, WishOutcome.PARTLY)

    def new_caseworker(self, who: Situation) -> None:
        on = self.today - timedelta(days=NEW_CASEWORKER_DAYS_AGO)
        self.wish(who, WishKind.NEW_CASEWORKER, (*texts.NEW_CASEWORKER_OPEN, "", ""), on)

    def overdue(self, who: Situation) -> None:
        on = self.today - timedelta(days=OVERDUE_WISH_DAYS_AGO)
        self.wish(who, WishKind.HELP, (*texts.HELP_OVERDUE, "", ""), on)
