"""The parent's feedback (issue 22 § 2): the page of one parent (the ORS over time with the
rules' verdicts, the SRS after each conversation with its prompt, the simple answers), saving
a score marked on paper or a simple answer, and the contacts to link them to.

A correction of a score is a change in place, not a new version: the score is a copy of what
the parent marked on paper (the paper is the record), so a correction fixes a typing error
rather than recording a new fact; the audit trail notes every change (who, when), as for
every record of the vault.

For the office report (issue 22 § 5), ``ors_change_per_parent`` and ``srs_below_per_parent``
give the figures across parents without loading each parent's page; see
``storage.feedback_records`` for the queries. Cut-offs are the office's (``forms/feedback.toml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from bufapp.documents.forms import Form, load_form
from bufapp.domain.contact_log import TimelineItem
from bufapp.domain.enums import EntryStatus
from bufapp.domain.feedback import KorScore, SimpleFeedback, tenths_text
from bufapp.domain.feedback_checks import check_score, check_simple
from bufapp.domain.feedback_rules import KorNumbers, kor_numbers, ors_verdicts, srs_verdicts
from bufapp.domain.validation import require_valid, texts_stripped
from bufapp.errors import NotFound
from bufapp.services.clock import OSLO, today_oslo
from bufapp.storage.uow import UnitOfWork

FORM = "feedback"
RECENT_CONTACTS = 30
SUMMARY_IN_CHOICE = 50


@dataclass(frozen=True)
class ContactChoice:
    """A contact a score or an answer can be linked to: «12.05.2026 · Kontormøte · Snakket om …»."""

    entry_id: int
    day: date
    label: str


@dataclass(frozen=True)
class ScoreLine:
    """One row of the table: the score, its verdict in words, whether it lies below the line
    (the SRS's prompt is in ``verdict``, not in colour alone) and the contact it was given at."""

    score: KorScore
    verdict: str
    below: bool
    contact: str = ""


@dataclass(frozen=True)
class SimpleLine:
    feedback: SimpleFeedback
    contact: str


@dataclass(frozen=True)
class FeedbackPage:
    parent_id: int
    numbers: KorNumbers
    ors: tuple[ScoreLine, ...]  # oldest first
    srs: tuple[ScoreLine, ...]  # oldest first
    simple: tuple[SimpleLine, ...]  # newest first
    contacts: tuple[ContactChoice, ...]  # newest first: the choices for a new record
    question: str  # «Var samtalen nyttig for deg?»
    problems: tuple[str, ...] = ()  # an office form that could not be used (why, in Norwegian)

    @property
    def latest_srs_below(self) -> ScoreLine | None:
        """The last SRS, when it lay below the line: the question to ask next time."""
        return self.srs[-1] if self.srs and self.srs[-1].below else None


def _day(item: TimelineItem) -> date:
    return item.occurred_at.astimezone(OSLO).date()


def _choice(item: TimelineItem) -> ContactChoice:
    summary = " ".join(item.summary_start.split())
    if len(summary) > SUMMARY_IN_CHOICE:
        summary = summary[: SUMMARY_IN_CHOICE - 1].rstrip() + "…"
    label = f"{_day(item).strftime('%d.%m.%Y')} · {item.form.label}"
    return ContactChoice(item.id, _day(item), f"{label} · {summary}" if summary else label)


class FeedbackService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        form: Callable[[], Form] = lambda: load_form(FORM),
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._form = form

    def today(self) -> date:
        return self._today()

    def numbers(self) -> KorNumbers:
        """The cut-offs, the reliable change and the dimensions' names of the office's form."""
        return kor_numbers(self._form().values)

    # --- reading ------------------------------------------------------------------------------

    def page(self, parent_id: int) -> FeedbackPage:
        form = self._form()
        numbers = kor_numbers(form.values)
        with self._uow() as uow:
            uow.parents.get(parent_id)
            scores = uow.feedback.scores_of_parent(parent_id)
            simple = uow.feedback.simple_of_parent(parent_id)
            timeline = uow.contacts.timeline(parent_id)
        # In the tables the contact is named short (the form and the day); the choice is long.
        labels = {item.id: f"{item.form.label}, {_day(item):%d.%m.%Y}" for item in timeline}

        def contact(entry_id: int | None) -> str:
            return "" if entry_id is None else labels.get(entry_id, "")

        ors = tuple(
            ScoreLine(v.score, v.text(numbers), v.below_cutoff, contact(v.score.entry_id))
            for v in ors_verdicts(scores, numbers)
        )
        srs = tuple(
            ScoreLine(v.score, v.text(numbers), v.below_cutoff, contact(v.score.entry_id))
            for v in srs_verdicts(scores, numbers)
        )
        simple_question = form.values.get("simple", {}).get("question", "")
        return FeedbackPage(
            parent_id=parent_id,
            numbers=numbers,
            ors=ors,
            srs=srs,
            simple=tuple(SimpleLine(f, contact(f.entry_id)) for f in simple),
            contacts=self._choices(timeline),
            question=str(simple_question) or "Var samtalen nyttig for deg?",
            problems=form.problems,
        )

    @staticmethod
    def _choices(timeline: list[TimelineItem]) -> tuple[ContactChoice, ...]:
        kept = [item for item in timeline if item.status != EntryStatus.WITHDRAWN]
        return tuple(_choice(item) for item in kept[:RECENT_CONTACTS])

    def contacts(self, parent_id: int) -> tuple[ContactChoice, ...]:
        """The parent's recent contacts, newest first (withdrawn ones left out): the first is
        the default for a new score."""
        with self._uow() as uow:
            uow.parents.get(parent_id)
            return self._choices(uow.contacts.timeline(parent_id, limit=RECENT_CONTACTS * 2))

    def score(self, score_id: int) -> KorScore:
        with self._uow() as uow:
            return uow.feedback.score(score_id)

    def simple(self, feedback_id: int) -> SimpleFeedback:
        with self._uow() as uow:
            return uow.feedback.simple(feedback_id)

    def card_lines(self, parent_id: int) -> list[str]:
        """The parent's card: the last ORS with its verdict; the last SRS when it lay below."""
        page = self.page(parent_id)
        lines = []
        if page.ors:
            last = page.ors[-1]
            lines.append(f"ORS {tenths_text(last.score.total_tenths)}: {last.verdict}")
        if page.latest_srs_below is not None:
            lines.append(f"Siste SRS {tenths_text(page.latest_srs_below.score.total_tenths)}: "
                         f"{page.numbers.srs_prompt}")  # fmt: skip
        return lines

    # --- saving -------------------------------------------------------------------------------

    @staticmethod
    def _entry_parents(uow: UnitOfWork, entry_id: int | None) -> tuple[int, ...] | None:
        if entry_id is None:
            return ()
        try:
            return uow.contacts.get(entry_id).parent_ids
        except NotFound:
            return None

    def save_score(self, score: KorScore) -> KorScore:
        """A new score marked on paper, or a correction of one (same parent; audited)."""
        score = texts_stripped(score)
        with self._uow() as uow:
            uow.parents.get(score.parent_id)
            if score.id is not None and uow.feedback.score(score.id).parent_id != score.parent_id:
                raise NotFound
            entry_parents = self._entry_parents(uow, score.entry_id)
            require_valid(check_score(score, self._today(), entry_parents))
            saved = uow.feedback.save_score(score)
            uow.commit()
        return saved

    def save_simple(self, feedback: SimpleFeedback) -> SimpleFeedback:
        """The parent's answer after a conversation (a new one, or a correction)."""
        feedback = texts_stripped(feedback)
        with self._uow() as uow:
            uow.parents.get(feedback.parent_id)
            if (
                feedback.id is not None
                and uow.feedback.simple(feedback.id).parent_id != feedback.parent_id
            ):
                raise NotFound
            entry_parents = self._entry_parents(uow, feedback.entry_id)
            require_valid(check_simple(feedback, self._today(), entry_parents))
            saved = uow.feedback.save_simple(feedback)
            uow.commit()
        return saved

    # --- across parents: the office report (issue 22 § 5) -------------------------------------

    def ors_change_per_parent(
        self, parent_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[int, int, int]]:
        """Per parent with an ORS: (first total, last total, number of scores), in tenths.
        ``last - first`` is the change; compare it with ``numbers().reliable_change``."""
        with self._uow() as uow:
            return uow.feedback.ors_first_and_last(parent_ids)

    def srs_below_per_parent(
        self, parent_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[int, int]]:
        """Per parent with an SRS: (how many below the office's SRS cut-off, how many in all)."""
        cutoff = self.numbers().srs_cutoff
        with self._uow() as uow:
            return uow.feedback.srs_below_counts(cutoff, parent_ids)
