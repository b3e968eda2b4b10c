"""The network map and the comparison of two maps as PDF, from the vault: the map, the parent's
name, the office's letterhead, the caseworker and the children's case numbers are resolved into
the builders' plain data objects. Pseudonymising is the builders' job (initials only, no case
number, no free text); this only passes the wish on.

Nothing is kept here: a map printed or saved is kept as PDF/A through
``DocumentService.keep(DocumentKind.NETWORK_MAP, …)`` by the caller, like the other documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bufapp.documents.disclosure_check import require_discreet
from bufapp.documents.forms import Form, load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.network.comparison import NetworkComparisonDocument, build_network_comparison
from bufapp.documents.network.map_document import NetworkMapDocument, build_network_map
from bufapp.documents.recipe import Recipe
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.enums import Audience
from bufapp.domain.network import NetworkMap
from bufapp.domain.network_rules import compare, summarise
from bufapp.services.clock import now_utc, oslo_date
from bufapp.services.disclosure import disclosure_of
from bufapp.services.document_base import Written
from bufapp.services.documents import case_numbers, letterhead
from bufapp.services.network_maps import NetworkMapService
from bufapp.storage.uow import UnitOfWork


def discreet(network: NetworkMap, rules: Disclosure, common: Form) -> NetworkMap:
    """The map as its reader may see it: a member whose label names a secret (a foster parent
    of a child whose whereabouts are hidden) is shown by their role only, and a note or
    the parent's words that name one are left out."""

    def said(text: str) -> str:
        return "" if rules.find(text) else text

    hidden = common.text("disclosure.hidden_person")
    members = tuple(
        replace(
            m,
            label=hidden if rules.find(m.label) else m.label,
            note=said(m.note),
        )
        for m in network.members
    )
    return replace(
        network, members=members, parent_words=said(network.parent_words), note=said(network.note)
    )


def _audience(pseudonymised: bool) -> Audience:
    # A map is drawn with the parent and given to them; a pseudonymised print is for others.
    return Audience.THIRD_PARTY if pseudonymised else Audience.PARENT


class NetworkDocuments(Written):
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
        language: str = "nb",
    ) -> None:
        self._uow = unit_of_work
        self._now = now
        self._forms = forms_override
        self._set_language(language)

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
        self,
        map_id: int,
        pseudonymised: bool = False,
        forms_override: Path | None = None,
        reveal_reason: str = "",
    ) -> bytes:
        """One map drawn from the data, with its legend, summary, members and words."""
        return self.map_recipe(map_id, pseudonymised, forms_override, reveal_reason).pdf()

    def map_recipe(
        self,
        map_id: int,
        pseudonymised: bool = False,
        forms_override: Path | None = None,
        reveal_reason: str = "",
    ) -> Recipe:
        """The map as ``map_pdf`` draws it, ready to build."""
        common = load_form("common", self._language, overrides=forms_override or self._forms)
        with self._uow() as uow:
            network = uow.network_maps.get(map_id)
            name, head, caseworker, reference = self._common(uow, network.parent_id)
            rules = disclosure_of(uow, network.parent_id, _audience(pseudonymised), reveal_reason)
        data = NetworkMapDocument(
            parent_name=name,
            network=discreet(network, rules, common),
            summary=summarise(network),
            caseworker=caseworker,
            dated=oslo_date(self._now()),
            pseudonymised=pseudonymised,
            our_reference=reference,
        )
        wording = load_form("network_map", self._language, overrides=forms_override or self._forms)
        return Recipe(build_network_map, data, head, common, wording, rules, "Nettverkskartet")

    def comparison_pdf(
        self,
        first_id: int,
        second_id: int,
        pseudonymised: bool = False,
        forms_override: Path | None = None,
        reveal_reason: str = "",
    ) -> bytes:
        """Two maps of one parent side by side and what changed (the order of the ids is free:
        the earlier map is always on the left). Two maps of different parents are refused."""
        # The rules on which maps may be compared live in one place, the map service.
        comparison = NetworkMapService(self._uow).compare(first_id, second_id)
        common = load_form("common", self._language, overrides=forms_override or self._forms)
        parent_id = comparison.later.parent_id
        with self._uow() as uow:
            name, head, caseworker, reference = self._common(uow, parent_id)
            rules = disclosure_of(uow, parent_id, _audience(pseudonymised), reveal_reason)
        earlier = discreet(comparison.earlier, rules, common)
        later = discreet(comparison.later, rules, common)
        comparison = compare(earlier, later)
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
        wording = load_form("network_map", self._language, overrides=forms_override or self._forms)
        pdf = build_network_comparison(data, head, common, wording)
        return require_discreet(pdf, rules, "Sammenligningen av nettverkskartene")
