"""familieråd: the conference, its plan and the plan document (issue 22) — a placeholder in the chain, filled by the part that owns it

Revision ID: 0017_familieraad
Revises: 0016_tilbakemelding
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

revision: str = "0017_familieraad"
down_revision: str | None = "0016_tilbakemelding"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
