"""The group offers' records (``domain.group_offers``): the catalogue, each parent's
participations, and the counts the catalogue screen and the office report read."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import GroupOfferRow, GroupParticipationRow

E = TypeVar("E", GroupOffer, GroupParticipation)
_ROWS: dict[type, type] = {GroupOffer: GroupOfferRow, GroupParticipation: GroupParticipationRow}


class GroupOfferRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, record: E) -> E:
        row_type = _ROWS[type(record)]
        row = get_row(self.session, row_type, record.id) if record.id is not None else row_type()
        copy_into(row, record)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, type(record))

    def get(self, kind: type[E], record_id: int) -> E:
        return to_entity(get_row(self.session, _ROWS[kind], record_id), kind)

    def offers(self) -> list[GroupOffer]:
        """The whole catalogue, the active first, then by start and name."""
        rows = self.session.scalars(
            select(GroupOfferRow).order_by(
                GroupOfferRow.active.desc(),
                GroupOfferRow.starts_on,
                GroupOfferRow.name,
                GroupOfferRow.id,
            )
        )
        return [to_entity(row, GroupOffer) for row in rows]

    def delete_offer(self, offer_id: int) -> None:
        self.session.delete(get_row(self.session, GroupOfferRow, offer_id))
        self.session.flush()

    def participant_counts(self) -> dict[int, int]:
        """Per offer, how many parents have a record of it."""
        query = (
            select(
                GroupParticipationRow.offer_id,
                func.count(GroupParticipationRow.parent_id.distinct()),
            )
            .where(GroupParticipationRow.offer_id.is_not(None))
            .group_by(GroupParticipationRow.offer_id)
        )
        return {offer_id: count for offer_id, count in self.session.execute(query)}

    def of_parent(self, parent_id: int) -> list[GroupParticipation]:
        """The parent's records, by the day each began."""
        rows = self.session.scalars(
            select(GroupParticipationRow)
            .where(GroupParticipationRow.parent_id == parent_id)
            .order_by(
                func.coalesce(
                    GroupParticipationRow.informed_on,
                    GroupParticipationRow.referred_on,
                    GroupParticipationRow.started_on,
                ),
                GroupParticipationRow.id,
            )
        )
        return [to_entity(row, GroupParticipation) for row in rows]

    def participations(self) -> list[GroupParticipation]:
        """Every participation, read as plain rows (Oversikt and the office report)."""
        rows = self.session.execute(select(GroupParticipationRow.__table__))
        return [to_entity(row, GroupParticipation) for row in rows]
