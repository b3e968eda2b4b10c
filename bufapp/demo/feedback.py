"""The demo parents' feedback (issue 22 § 2), written through ``FeedbackService`` only, at the
parents' own held conversations of the last year:

- one parent (the one with the most conversations that year) tells the year KOR is for: the
  SRS after each conversation dips below the line in the spring (the notes say what the
  caseworker asked next time) and rises again; the ORS, every second month or so, rises from
  the clinical range across the cut-off;
- a few other parents have a shorter KOR story, some better, one worse;
- the featured parent, and a few others as an office without KOR would, answer «Var samtalen nyttig for deg?» in their own
  words after some conversations.

Deterministic: its own random stream from the demo's seed, and the same ``today``."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.contact_log import TimelineItem
from bufapp.domain.enums import EntryStatus, KorScale, Usefulness
from bufapp.domain.feedback import KorScore, SimpleFeedback
from bufapp.services.clock import oslo_date
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.feedback.service import FeedbackService

YEAR = 365
# The featured parent's SRS totals (tenths) through the year: fine, a dip below 36, then up.
SRS_YEAR = (372, 365, 348, 331, 322, 344, 358, 369, 376, 381, 384, 386)
# Their ORS totals: from the clinical range, across the cut-off (25) with reliable change.
ORS_YEAR = (176, 183, 201, 214, 238, 262, 279)
OTHER_ORS = ((212, 224, 236), (240, 251, 268, 275), (262, 248, 207))  # the last gets worse
OTHER_SRS = ((355, 371, 378), (380, 384), (366, 352, 347))

SRS_NOTES = {
    331: "Mor sa at samtalen handlet mest om vedtaket. Spør neste gang hva hun vil bruke tiden på.",
    322: "Under grensen igjen. Avtalt: hun setter dagsordenen neste gang, og vi tar kortere møter.",
}
ORS_NOTES = {0: "Fylt ut på papir i første samtale etter omsorgsovertakelsen."}
WORDS = {
    Usefulness.YES: (
        "Godt å bli hørt. Jeg fikk sagt det jeg ville om samværet.",
        "Nyttig. Nå vet jeg hva som skjer fram til neste møte.",
        "Det hjalp at du forklarte vedtaket en gang til, med vanlige ord.",
    ),
    Usefulness.PARTLY: (
        "Litt for mye om papirer, lite om gutten.",
        "Greit, men jeg rakk ikke å si alt. Kan vi ha bedre tid neste gang?",
    ),
    Usefulness.NO: ("Det føltes som et avhør. Jeg vil ha med meg søsteren min neste gang.",),
    Usefulness.DECLINED: ("",),
}


@dataclass
class FeedbackTally:
    ors: int = 0
    srs: int = 0
    simple: int = 0


def _marks(total: int, rng: random.Random) -> tuple[int, int, int, int]:
    """Four marks (tenths, 0–100) that add up to ``total``, a little apart as people mark."""
    marks = [total // 4] * 4
    for index in range(total - sum(marks)):
        marks[index] += 1
    for _ in range(3):
        a, b = rng.sample(range(4), 2)
        step = rng.randint(0, 12)
        step = min(step, marks[a], 100 - marks[b])
        marks[a] -= step
        marks[b] += step
    return marks[0], marks[1], marks[2], marks[3]


def _spread(items: Sequence[TimelineItem], count: int) -> list[TimelineItem]:
    """``count`` of ``items`` (oldest first), evenly through them, the last included."""
    if count >= len(items):
        return list(items)
    step = (len(items) - 1) / max(count - 1, 1)
    return [items[round(i * step)] for i in range(count)]


def _day(item: TimelineItem) -> date:
    return oslo_date(item.occurred_at)


class _Writer:
    def __init__(self, service: FeedbackService, rng: random.Random) -> None:
        self.service, self.rng = service, rng
        self.tally = FeedbackTally()

    def scores(
        self,
        parent_id: int,
        scale: KorScale,
        talks: Sequence[TimelineItem],
        totals: Sequence[int],
        notes: dict[int, str] | None = None,
    ) -> None:
        for index, (talk, total) in enumerate(
            zip(_spread(talks, len(totals)), totals, strict=False)
        ):
            note = (notes or {}).get(total if scale == KorScale.SRS else index, "")
            self.service.save_score(
                KorScore(parent_id, scale, _day(talk), _marks(total, self.rng), talk.id, note)
            )
            if scale == KorScale.ORS:
                self.tally.ors += 1
            else:
                self.tally.srs += 1

    def simple(self, parent_id: int, talks: Sequence[TimelineItem]) -> None:
        answers = [Usefulness.YES, Usefulness.PARTLY, Usefulness.YES, Usefulness.NO,
                   Usefulness.DECLINED, Usefulness.YES]  # fmt: skip
        for talk, answer in zip(
            _spread(talks, min(len(talks), 4)), self.rng.sample(answers, 4), strict=False
        ):
            words = self.rng.choice(WORDS[answer])
            self.service.save_simple(SimpleFeedback(parent_id, talk.id, _day(talk), answer, words))
            self.tally.simple += 1


def fill_demo_feedback(
    contact_log: ContactLogService,
    service: FeedbackService,
    parent_ids: Sequence[int],
    seed: int,
    today: date,
) -> FeedbackTally:
    rng = random.Random(f"tilbakemelding {seed}")
    since = today - timedelta(days=YEAR)
    talks: dict[int, list[TimelineItem]] = {}
    for parent_id in parent_ids:
        held = [
            item
            for item in reversed(contact_log.timeline(parent_id))  # oldest first
            if item.status == EntryStatus.FINAL
            and item.form.is_held_conversation
            and item.parent_id == parent_id
            and since <= _day(item) <= today
        ]
        if len(held) >= 3:
            talks[parent_id] = held
    writer = _Writer(service, rng)
    if not talks:
        return writer.tally
    ranked = sorted(talks, key=lambda pid: (-len(talks[pid]), pid))
    featured, others = ranked[0], ranked[1:]
    writer.scores(featured, KorScale.SRS, talks[featured], SRS_YEAR, SRS_NOTES)
    writer.scores(featured, KorScale.ORS, talks[featured], ORS_YEAR, ORS_NOTES)
    kor, simple = others[: len(OTHER_ORS)], others[len(OTHER_ORS) : len(OTHER_ORS) + 4]
    for parent_id, ors, srs in zip(kor, OTHER_ORS, OTHER_SRS, strict=False):
        writer.scores(parent_id, KorScale.ORS, talks[parent_id], ors)
        writer.scores(parent_id, KorScale.SRS, talks[parent_id], srs)
    for parent_id in (featured, *simple):  # the featured parent answers in words too
        writer.simple(parent_id, talks[parent_id])
    return writer.tally
