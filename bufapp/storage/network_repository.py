"""Network maps: the whole map as JSON (inside the encrypted vault) with the columns a parent's
list of maps shows beside it, and the office's own sector list (one row, JSON; none means the
defaults)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bufapp.domain import codec
from bufapp.domain.network import DEFAULT_SECTORS, MapListing, NetworkMap, NetworkSector
from bufapp.storage.mapping import get_row
from bufapp.storage.models import NetworkMapRow, NetworkSectorsRow

SECTORS_ROW = 1  # the settings table holds this one row at most


def _map(row: NetworkMapRow) -> NetworkMap:
    return replace(codec.decode(NetworkMap, row.body), id=row.id)


def _newest_first(parent_id: int) -> Select[tuple[NetworkMapRow]]:
    return (
        select(NetworkMapRow)
        .where(NetworkMapRow.parent_id == parent_id)
        .order_by(NetworkMapRow.drawn_on.desc(), NetworkMapRow.id.desc())
    )


class NetworkMapRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, map_id: int) -> NetworkMap:
        return _map(get_row(self.session, NetworkMapRow, map_id))

    def save(self, network: NetworkMap) -> NetworkMap:
        row = get_row(self.session, NetworkMapRow, network.id) if network.id is not None else None
        row = row or NetworkMapRow()
        row.parent_id = network.parent_id
        row.drawn_on = network.drawn_on
        row.member_count = len(network.members)
        row.body = codec.encode(replace(network, id=None))
        self.session.add(row)
        self.session.flush()
        return _map(row)

    def of_parent(self, parent_id: int) -> list[MapListing]:
        """Newest first, from the columns only (a long series never decodes its bodies)."""
        query = _newest_first(parent_id).with_only_columns(
            NetworkMapRow.id, NetworkMapRow.drawn_on, NetworkMapRow.member_count
        )
        return [
            MapListing(map_id, parent_id, drawn_on, count)
            for map_id, drawn_on, count in self.session.execute(query)
        ]

    def latest(self, parent_id: int) -> NetworkMap | None:
        row = self.session.scalars(_newest_first(parent_id).limit(1)).first()
        return None if row is None else _map(row)


class NetworkSectorSettings:
    """The sectors new maps start with. Maps keep their own copy, so a change here never
    rewrites a map already drawn."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> tuple[NetworkSector, ...]:
        row = self.session.get(NetworkSectorsRow, SECTORS_ROW)
        if row is None:
            return DEFAULT_SECTORS
        return codec.decode(tuple[NetworkSector, ...], row.body)  # type: ignore[arg-type]

    def save(self, sectors: Sequence[NetworkSector]) -> tuple[NetworkSector, ...]:
        row = self.session.get(NetworkSectorsRow, SECTORS_ROW) or NetworkSectorsRow(id=SECTORS_ROW)
        row.body = codec.encode(tuple(sectors))
        self.session.add(row)
        self.session.flush()
        return self.get()
