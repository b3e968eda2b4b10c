"""Exports to the archive (the municipality's main case system): which documents went, in which
export, and when.

A document is known by its kind, id and version. The same version never goes twice (the table's
unique constraint guards it as well); a new version of a document is a new key and goes again.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bufapp.storage.models import NetworkMapRow
from bufapp.storage.models.audit import ArchiveExportItemRow, ArchiveExportRow

# SQLite limits the parameters of one statement; ids are asked for in slices of this size.
_SLICE = 500
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ExportedItem:
    """One document of an export, as recorded."""

    item_kind: str
    item_id: int
    item_version: int
    parent_id: int
    file_name: str


@dataclass(frozen=True)
class ArchiveExport:
    """One export: when, for which scope (``parent:<id>`` or ``case:<number>``), into which
    folder, and how many documents it held."""

    id: int
    made_at: datetime
    scope: str
    folder: str
    metadata_file: str
    item_count: int


def _export(row: ArchiveExportRow) -> ArchiveExport:
    return ArchiveExport(
        row.id, row.made_at, row.scope, row.folder, row.metadata_file, row.item_count
    )


def _slices(ids: Collection[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _SLICE):
        yield ordered[start : start + _SLICE]


class ArchiveRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def exported(
        self, item_kind: str, item_ids: Collection[int]
    ) -> dict[tuple[int, int], datetime]:
        """(id, version) -> when it was exported, for those of ``item_ids`` that went before.

        Asked by id, not by parent: an entry two parents share belongs to one of them but turns
        up for both, and must be found whichever parent's export asks."""
        found: dict[tuple[int, int], datetime] = {}
        for ids in _slices(item_ids):
            rows = self.session.execute(
                select(
                    ArchiveExportItemRow.item_id,
                    ArchiveExportItemRow.item_version,
                    ArchiveExportItemRow.exported_at,
                ).where(
                    ArchiveExportItemRow.item_kind == item_kind,
                    ArchiveExportItemRow.item_id.in_(ids),
                )
            )
            found.update({(row.item_id, row.item_version): row.exported_at for row in rows})
        return found

    def add_export(
        self,
        made_at: datetime,
        scope: str,
        folder: str,
        metadata_file: str,
        items: Sequence[ExportedItem],
    ) -> ArchiveExport:
        """Record an export and every document in it (the caller commits)."""
        row = ArchiveExportRow(
            made_at=made_at,
            scope=scope,
            folder=folder,
            metadata_file=metadata_file,
            item_count=len(items),
        )
        self.session.add(row)
        self.session.flush()
        self.session.add_all(
            ArchiveExportItemRow(
                export_id=row.id,
                item_kind=item.item_kind,
                item_id=item.item_id,
                item_version=item.item_version,
                parent_id=item.parent_id,
                file_name=item.file_name,
                exported_at=made_at,
            )
            for item in items
        )
        self.session.flush()
        return _export(row)

    def set_folder(self, export_id: int, folder: str) -> None:
        """Where the export was published (known once its folder is renamed into place)."""
        row = self.session.get(ArchiveExportRow, export_id)
        assert row is not None
        row.folder = folder
        self.session.flush()

    def items_of(self, export_id: int) -> list[ExportedItem]:
        rows = self.session.scalars(
            select(ArchiveExportItemRow)
            .where(ArchiveExportItemRow.export_id == export_id)
            .order_by(ArchiveExportItemRow.id)
        )
        return [
            ExportedItem(r.item_kind, r.item_id, r.item_version, r.parent_id, r.file_name)
            for r in rows
        ]

    def last_of_parent(self, parent_id: int) -> tuple[ArchiveExport, int] | None:
        """The latest export that held one of the parent's documents, and how many of the
        parent's documents have gone to the archive in all."""
        latest = self.session.scalars(
            select(ArchiveExportRow)
            .join(ArchiveExportItemRow, ArchiveExportItemRow.export_id == ArchiveExportRow.id)
            .where(ArchiveExportItemRow.parent_id == parent_id)
            .order_by(ArchiveExportRow.made_at.desc(), ArchiveExportRow.id.desc())
            .limit(1)
        ).first()
        if latest is None:
            return None
        total = self.session.scalar(
            select(func.count()).where(ArchiveExportItemRow.parent_id == parent_id)
        )
        return _export(latest), total or 0

    def last_of_scope(self, scope: str) -> ArchiveExport | None:
        row = self.session.scalars(
            select(ArchiveExportRow)
            .where(ArchiveExportRow.scope == scope)
            .order_by(ArchiveExportRow.made_at.desc(), ArchiveExportRow.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _export(row)

    def last_folder(self) -> str | None:
        """Where the latest export went, so the next one can offer the same place."""
        return self.session.scalars(
            select(ArchiveExportRow.folder)
            .order_by(ArchiveExportRow.made_at.desc(), ArchiveExportRow.id.desc())
            .limit(1)
        ).first()

    def network_map_versions(self, map_ids: Collection[int]) -> dict[int, int]:
        """A version number for each map: maps are changed in place and carry no version of
        their own, so the moment of the last change (microseconds since 1970, UTC) serves.
        A map changed after it was exported is then a new version and goes again."""
        versions: dict[int, int] = {}
        for ids in _slices(map_ids):
            rows = self.session.execute(
                select(NetworkMapRow.id, NetworkMapRow.updated_at).where(NetworkMapRow.id.in_(ids))
            )
            versions.update(
                {row.id: (row.updated_at - _EPOCH) // timedelta(microseconds=1) for row in rows}
            )
        return versions
