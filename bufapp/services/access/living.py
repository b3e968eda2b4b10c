"""Levekår (issue 22) in the parent's access pack: each assessment, area by area, the parent's
own judgement and words (in their shade) beside the service's, and where the parent wanted
help, in the words of ``forms/access_pack.toml`` [living]. A part that names what the parent
may not know (a hidden child's whereabouts, another family's child) is withheld and listed, as
for every record of many parts (``withholding.discreet_parts``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.access import Reader
from bufapp.domain.living import LivingAssessment, scale_label
from bufapp.services.access.events import at_midnight
from bufapp.services.access.withholding import discreet_parts
from bufapp.services.access.wording import label as in_words

if TYPE_CHECKING:
    from bufapp.documents.access.contact_extract import LeftOut


def assessment_event(assessment: LivingAssessment, words: Form) -> PackEvent:
    def say(key: str) -> str:
        return words.text(f"living.{key}")

    blocks = []
    for rating in assessment.areas:
        lines = [
            f"{say('yours')}: {scale_label(rating.parent_score)}",
            f"{say('service')}: {scale_label(rating.worker_score)}",
        ]
        if rating.worker_words:
            lines.append(say("service_words").format(words=rating.worker_words))
        if rating.wants_help:
            lines.append(say("wants_help"))
        blocks.append(
            PackBlock(in_words(rating.area.label, words), "", rating.parent_words, tuple(lines))
        )
    if assessment.note:
        blocks.append(PackBlock(say("note"), assessment.note))
    return PackEvent(
        at=at_midnight(assessment.assessed_on),
        kind=say("kind"),
        title=say("title"),
        blocks=tuple(blocks),
    )


def pack_items(
    assessments: Sequence[LivingAssessment], reader: Reader, words: Form
) -> tuple[list[PackEvent], list[LeftOut]]:
    kept: list[PackEvent] = []
    rows: list[LeftOut] = []
    for assessment in assessments:
        shown, withheld = discreet_parts(assessment_event(assessment, words), reader, words)
        kept += [shown] if shown is not None else []
        rows += withheld
    return kept, list(dict.fromkeys(rows))
