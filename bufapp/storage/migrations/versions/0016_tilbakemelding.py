"""tilbakemelding: KOR (ORS, SRS) and simple feedback (issue 22) — a placeholder in the chain, filled by the part that owns it

Revision ID: 0016_tilbakemelding
Revises: 0015_levekaar
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

revision: str = "0016_tilbakemelding"
down_revision: str | None = "0015_levekaar"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
