"""levekår: the parent's living conditions over time (issue 22) — a placeholder in the chain, filled by the part that owns it

Revision ID: 0015_levekaar
Revises: 0014_samvaer
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

revision: str = "0015_levekaar"
down_revision: str | None = "0014_samvaer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
