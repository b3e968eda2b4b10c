"""What the office learns (issue 22) in the parent's access pack: each of the parent's own
words the caseworker chose for the office's yearly report, as the report prints them (edited,
no name), with where they were taken from — in the words of ``forms/access_pack.toml``
[office_report]. The report itself names no one, so it is not in the pack; that their words
were used is."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.office_report import ReportQuote
from bufapp.services.access.events import at_midnight
from bufapp.services.access.wording import label as in_words

if TYPE_CHECKING:
    from bufapp.storage.uow import UnitOfWork


def quotes_of(uow: UnitOfWork, parent_id: int) -> list[ReportQuote]:
    return uow.office_report.quotes_of_parent(parent_id)


def quote_events(quotes: list[ReportQuote], words: Form) -> list[PackEvent]:
    def say(key: str) -> str:
        return words.text(f"office_report.{key}")

    return [
        PackEvent(
            at=at_midnight(quote.chosen_on or date(quote.year, 12, 31)),
            kind=say("kind"),
            title=say("title").format(year=quote.year),
            facts=((say("source"), in_words(quote.source.label, words)),),
            blocks=(PackBlock(say("words"), parent_words=quote.words),),
        )
        for quote in quotes
    ]
