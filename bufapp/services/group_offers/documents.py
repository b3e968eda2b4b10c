"""The group overview as PDF/A: the current offers of the catalogue (active, and not ended
before today), by kind in the program's order, for a caseworker to hand to a parent or to the
office. It names no parent, so it is not kept per parent: the person saves or prints it from the
preview (the preview, print and save are audited as a document shown, with no parent)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from bufapp.documents.group_offers.overview import GroupOverview, OfferLine, build_group_overview
from bufapp.documents.pdfa import to_pdfa
from bufapp.domain.enums import GroupOfferType
from bufapp.domain.group_offers import GroupOffer
from bufapp.services.clock import today_oslo
from bufapp.services.document_base import Written
from bufapp.services.documents import letterhead
from bufapp.services.group_offers.service import provider_text, when_text
from bufapp.storage.uow import UnitOfWork

FORM = "group_offers"
_ORDER = {t: i for i, t in enumerate(GroupOfferType)}


def is_current(offer: GroupOffer, today: date) -> bool:
    """In the overview: active, and not ended before today."""
    return offer.active and (offer.ends_on is None or offer.ends_on >= today)


class GroupOfferDocuments(Written):
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        forms_override: Path | None = None,
        language: str = "nb",
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._forms = forms_override
        self._set_language(language)

    def overview(self, offer_type: GroupOfferType | None = None) -> bytes:
        """The current offers (of ``offer_type`` only, if given) as PDF/A bytes."""
        today = self._today()
        with self._uow() as uow:
            offers = uow.group_offers.offers()
            services = {s.id: s.name for s in uow.services.list()}
            caseworker = uow.office.caseworker()
            head = letterhead(uow.office.office(), caseworker)
        shown = sorted(
            (
                o
                for o in offers
                if is_current(o, today) and (offer_type is None or o.offer_type == offer_type)
            ),
            key=lambda o: (_ORDER[o.offer_type], o.starts_on or date.min, o.name),
        )
        lines = tuple(
            OfferLine(
                name=o.name,
                kind=o.offer_type.label,
                provider=provider_text(o, services) if not o.own_office or o.provider_id else "",
                own_office=o.own_office,
                when=when_text(o),
                sessions=o.sessions,
                place=o.place,
                contact=o.contact,
                sign_up=o.sign_up,
                about=o.description,
            )
            for o in shown
        )
        data = GroupOverview(lines, caseworker.name if caseworker else "", today)
        pdf = build_group_overview(data, head, self._form("common"), self._form(FORM))
        return to_pdfa(pdf)
