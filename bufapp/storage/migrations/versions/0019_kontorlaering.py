"""what the office learns (issue 22): the parents' words the caseworker chose for the office's
report — a placeholder in the chain, filled by the part that owns it

Revision ID: 0019_kontorlaering
Revises: 0018_gruppetilbud
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

revision: str = "0019_kontorlaering"
down_revision: str | None = "0018_gruppetilbud"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
