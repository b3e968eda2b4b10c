"""The network map and the comparison of two maps as PDF, from the vault: the map, the parent's
name, the office's letterhead, the caseworker and the children's case numbers are resolved into
the builders' plain data objects. Pseudonymising is the builders' job (initials only, no case
number, no free text); this only passes the wish on.

Nothing is kept here: a map printed or saved is kept as PDF/A through
``DocumentService.keep(DocumentKind.NETWORK_MAP, …)`` by the caller, like the other documents.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.network_comparison import NetworkComparisonDocument, build_network_comparison
from bufapp.documents.network_map import NetworkMapDocument, build_network_map
from bufapp.domain.network_rules import summarise
from bufapp.services.clock import now_utc, oslo_date
from bufapp.services.documents import case_numbers, letterhead
from bufapp.services.network_maps import NetworkMapService
from bufapp.storage.uow import UnitOfWork


class NetworkDocuments:
    def __init__(
        self, unit_of_work: Callable[[], UnitOfWork], now: Callable[[], datetime] = now_utc
    ) -> None:
        self._uow = unit_of_work
        self._now = now

    def _common(self, uow: UnitOfWork, parent_id: int) -> tuple[str, Letterhead, str, str]:
        """The parent's name, the letterhead, the caseworker's name and "Vår ref."."""
        caseworker = uow.office.caseworker()
        return (
            uow.parents.get(parent_id).full_name,
            letterhead(uow.office.office(), uow.office.caseworker()),
            caseworker.name if caseworker else "",
            case_numbers(uow.children.of_parent(parent_id)),
        )

    def map_pdf(
        self, map_id: int, pseudonymised: bool = False, forms_override: Path | None = None
    ) -> bytes:
        """One map drawn from the data, with its legend, summary, members and words."""
        with self._uow() as uow:
            network = uow.network_maps.get(map_id)
            name, head, caseworker, reference = self._common(uow, network.parent_id)
        data = NetworkMapDocument(
            parent_name=name,
            network=network,
            summary=summarise(network),
            caseworker=caseworker,
            dated=oslo_date(self._now()),
            pseudonymised=pseudonymised,
            our_reference=reference,
        )
        common = load_form("common", overrides=forms_override)
        wording = load_form("network_map", overrides=forms_override)
        return build_network_map(data, head, common, wording)

    def comparison_pdf(
        self,
        first_id: int,
        second_id: int,
        pseudonymised: bool = False,
        forms_override: Path | None = None,
    ) -> bytes:
        """Two maps of one parent side by side and what changed (the order of the ids is free:
        the earlier map is always on the left). Two maps of different parents are refused."""
        # The rules on which maps may be compared live in one place, the map service.
        comparison = NetworkMapService(self._uow).compare(first_id, second_id)
        with self._uow() as uow:
            name, head, caseworker, reference = self._common(uow, comparison.later.parent_id)
        data = NetworkComparisonDocument(
            parent_name=name,
            comparison=comparison,
            earlier_summary=summarise(comparison.earlier),
            later_summary=summarise(comparison.later),
            caseworker=caseworker,
            dated=oslo_date(self._now()),
            pseudonymised=pseudonymised,
            our_reference=reference,
        )
        common = load_form("common", overrides=forms_override)
        wording = load_form("network_map", overrides=forms_override)
        return build_network_comparison(data, head, common, wording)
