"""Referrals: the whole referral as JSON (inside the encrypted vault), with the columns that
lists and deadlines query kept beside it."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from bufapp.domain import codec
from bufapp.domain.enums import ReferralState
from bufapp.domain.referral import Referral
from bufapp.storage.mapping import get_row
from bufapp.storage.models import ReferralRow


def _referral(row: ReferralRow) -> Referral:
    return replace(codec.decode(Referral, row.body), id=row.id)


class ReferralRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, referral_id: int) -> Referral:
        return _referral(get_row(self.session, ReferralRow, referral_id))

    def save(self, referral: Referral) -> Referral:
        row = get_row(self.session, ReferralRow, referral.id) if referral.id is not None else None
        row = row or ReferralRow()
        row.parent_id = referral.parent_id
        row.service_id = referral.service_id
        row.state = referral.state
        row.reply_expected_by = referral.reply_expected_by
        row.body = codec.encode(replace(referral, id=None))
        self.session.add(row)
        self.session.flush()
        return _referral(row)

    def of_parent(self, parent_id: int) -> list[Referral]:
        rows = self.session.scalars(
            select(ReferralRow)
            .where(ReferralRow.parent_id == parent_id)
            .order_by(ReferralRow.id.desc())
        )
        return [_referral(row) for row in rows]

    def waiting(self) -> list[Referral]:
        """Sent referrals (the ones a reply is expected for)."""
        rows = self.session.scalars(
            select(ReferralRow)
            .where(ReferralRow.state == ReferralState.SENT)
            .order_by(ReferralRow.id)
        )
        return [_referral(row) for row in rows]
