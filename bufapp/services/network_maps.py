"""Network maps (nettverkskart): a parent's series of maps, a new map started from the previous
one, saving after the domain's checks, the office's own sectors, and what changed between two
maps of the same parent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from bufapp.domain.folding import fold
from bufapp.domain.network import MapListing, NetworkMap, NetworkMember, NetworkSector
from bufapp.domain.network_rules import MapComparison, check_map, compare, new_key, next_map
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.storage.uow import UnitOfWork

SECTOR_NAME_LENGTH = 60  # printed along the map's rim


def _refused(field: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldProblem(field, message)])


def _keyed(members: Sequence[NetworkMember]) -> tuple[NetworkMember, ...]:
    """Every member with a key (ties and comparison refer to members by it), labels trimmed."""
    return tuple(
        replace(m, key=m.key or new_key(), label=m.label.strip(), note=m.note.strip())
        for m in members
    )


def sector_problems(sectors: Sequence[NetworkSector]) -> list[FieldProblem]:
    """What is wrong with an office's sector list, in Norwegian (field "sectors")."""
    problems: list[FieldProblem] = []
    if not sectors:
        problems.append(FieldProblem("sectors", "Kartet må ha minst én sektor."))
    names: set[str] = set()
    for number, sector in enumerate(sectors, start=1):
        name = sector.name.strip()
        if not name:
            problems.append(FieldProblem("sectors", f"Sektor {number}: skriv et navn."))
        elif len(name) > SECTOR_NAME_LENGTH:
            problems.append(
                FieldProblem(
                    "sectors", f"Sektor {number}: navnet kan ha høyst {SECTOR_NAME_LENGTH} tegn."
                )
            )
        elif fold(name) in names:
            problems.append(FieldProblem("sectors", f"To sektorer heter «{name}»."))
        names.add(fold(name))
    keys = [s.key for s in sectors if s.key]
    if len(set(keys)) != len(keys):
        problems.append(FieldProblem("sectors", "To sektorer har samme kode."))
    return problems


class NetworkMapService:
    def __init__(
        self, unit_of_work: Callable[[], UnitOfWork], today: Callable[[], date] = today_oslo
    ) -> None:
        self._uow = unit_of_work
        self._today = today

    # --- maps ---------------------------------------------------------------------------------

    def of_parent(self, parent_id: int) -> list[MapListing]:
        """The parent's maps, newest first."""
        with self._uow() as uow:
            return uow.network_maps.of_parent(parent_id)

    def get(self, map_id: int) -> NetworkMap:
        with self._uow() as uow:
            return uow.network_maps.get(map_id)

    def start(self, parent_id: int, on: date | None = None) -> NetworkMap:
        """A new, unsaved map that starts from the parent's latest one (same member keys, so
        the two compare) and the office's sectors; an empty map if there is none yet."""
        with self._uow() as uow:
            uow.parents.get(parent_id)
            previous = uow.network_maps.latest(parent_id)
            sectors = uow.network_sectors.get()
        return next_map(previous, parent_id, on or self._today(), sectors)

    def save(self, network: NetworkMap) -> NetworkMap:
        """Check and save; a member without a key gets one. Returns the map with its id."""
        network = replace(
            network,
            members=_keyed(network.members),
            parent_words=network.parent_words.strip(),
            note=network.note.strip(),
        )
        problems = check_map(network, self._today())
        with self._uow() as uow:
            uow.parents.get(network.parent_id)
            if network.id is not None and (
                uow.network_maps.get(network.id).parent_id != network.parent_id
            ):
                problems.append(
                    FieldProblem("parent_id", "Et kart kan ikke flyttes til en annen forelder.")
                )
            require_valid(problems)
            saved = uow.network_maps.save(network)
            uow.commit()
        return saved

    def compare(self, first_id: int, second_id: int) -> MapComparison:
        """What changed from the earlier of the two maps to the later."""
        if first_id == second_id:
            raise _refused("maps", "Velg to forskjellige kart å sammenligne.")
        with self._uow() as uow:
            first = uow.network_maps.get(first_id)
            second = uow.network_maps.get(second_id)
        if first.parent_id != second.parent_id:
            raise _refused("maps", "Bare kart over samme forelders nettverk kan sammenlignes.")
        return compare(first, second)

    # --- the office's sectors -------------------------------------------------------------------

    def sectors(self) -> tuple[NetworkSector, ...]:
        """The sectors new maps start with: the defaults until the office changes them."""
        with self._uow() as uow:
            return uow.network_sectors.get()

    def save_sectors(self, sectors: Sequence[NetworkSector]) -> tuple[NetworkSector, ...]:
        """Rename, add, remove or reorder the office's sectors; a new one (no key) gets a key.
        Maps already drawn keep their own copy and are not changed."""
        problems = sector_problems(sectors)
        require_valid(problems)
        keyed = [NetworkSector(s.key or new_key(), s.name.strip()) for s in sectors]
        with self._uow() as uow:
            saved = uow.network_sectors.save(keyed)
            uow.commit()
        return saved
