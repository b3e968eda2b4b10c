"""the parent's language (issue 23): the language the parent reads best (a code; empty is the
office's written standard) and the category of Nasjonalt tolkeregister the parent's interpreter
needs (empty: not said)

Revision ID: 0020_skriftsprak
Revises: 0019_kontorlaering
Create Date: 2026-12-08 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_skriftsprak"
down_revision: str | None = "0019_kontorlaering"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain columns with a default: SQLite adds them in place, every parent as before.
    op.add_column(
        "parent",
        sa.Column("written_language", sa.String(length=10), nullable=False, server_default=""),
    )
    op.add_column(
        "parent",
        sa.Column("interpreter_level", sa.String(length=2), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # Natively, not by batch: a rebuild of parent would touch every table that references it.
    op.drop_column("parent", "interpreter_level")
    op.drop_column("parent", "written_language")
