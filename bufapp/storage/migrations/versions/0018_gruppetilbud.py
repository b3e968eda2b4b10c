"""gruppetilbud: the catalogue of group offers and each parent's part in them (issue 22) — a placeholder in the chain, filled by the part that owns it

Revision ID: 0018_gruppetilbud
Revises: 0017_familieraad
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

revision: str = "0018_gruppetilbud"
down_revision: str | None = "0017_familieraad"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
