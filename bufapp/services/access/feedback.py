"""The parent's feedback (issue 22 § 2) in the parent's access pack: each KOR form the parent
filled in (ORS or SRS, the four marks under the names of ``forms/feedback.toml``, the total,
the caseworker's note) and each answer to «Var samtalen nyttig for deg?» with the parent's own
words, in the words of ``forms/access_pack.toml`` [feedback].

The verdicts (reliable change, below the cut-off) are the program's reading of the numbers, not
a record: the pack gives the numbers. A note or the parent's words that name what the parent may
not know is withheld part by part and listed, as for samvær (``withholding.discreet_parts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.access import Reader
from bufapp.domain.enums import KorScale
from bufapp.domain.feedback import KorScore, SimpleFeedback, tenths_text
from bufapp.domain.feedback_rules import KorNumbers
from bufapp.services.access.events import at_midnight
from bufapp.services.access.withholding import discreet_parts
from bufapp.services.access.wording import label as in_words

if TYPE_CHECKING:
    from bufapp.documents.access.contact_extract import LeftOut
    from bufapp.storage.uow import UnitOfWork


def _say(words: Form, key: str) -> str:
    return words.text(f"feedback.{key}")


def score_event(score: KorScore, numbers: KorNumbers, words: Form) -> PackEvent:
    key = "ors" if score.scale == KorScale.ORS else "srs"
    names = numbers.dimensions(score.scale)
    facts = [(name, tenths_text(t)) for name, t in zip(names, score.tenths, strict=True)]
    facts.append((_say(words, "total"), _say(words, "of_40").format(total=tenths_text(
        score.total_tenths))))  # fmt: skip
    blocks = (PackBlock(_say(words, "note"), score.note),) if score.note.strip() else ()
    return PackEvent(
        at=at_midnight(score.given_on),
        kind=_say(words, "kor_kind"),
        title=_say(words, f"{key}_title"),
        facts=tuple(facts),
        blocks=blocks,
    )


def simple_event(feedback: SimpleFeedback, question: str, words: Form) -> PackEvent:
    blocks = (PackBlock(_say(words, "words"), feedback.words),) if feedback.words.strip() else ()
    return PackEvent(
        at=at_midnight(feedback.given_on),
        kind=_say(words, "simple_kind"),
        title=question,
        facts=((_say(words, "answer"), in_words(feedback.answer.label, words)),),
        blocks=blocks,
    )


def feedback_items(
    uow: UnitOfWork, parent_id: int, reader: Reader, words: Form, feedback_form: Form
) -> tuple[list[PackEvent], list[LeftOut]]:
    """Every KOR form and simple answer of the parent, as ``reader`` may be given them, and a
    row under "Dette er unntatt innsyn" for each part withheld."""
    from bufapp.domain.feedback_rules import kor_numbers

    numbers = kor_numbers(feedback_form.values)
    question = str(feedback_form.values.get("simple", {}).get("question", ""))
    events = [score_event(s, numbers, words) for s in uow.feedback.scores_of_parent(parent_id)]
    events += [simple_event(f, question, words) for f in uow.feedback.simple_of_parent(parent_id)]
    kept: list[PackEvent] = []
    rows: list[LeftOut] = []
    for event in events:
        shown, withheld = discreet_parts(event, reader, words)
        kept += [shown] if shown is not None else []
        rows += withheld
    return kept, list(dict.fromkeys(rows))
