"""what the office learns (issue 22): the parents' words the caseworker chose for the office's
report (the year, the words as edited, where they came from, whose they were)

Revision ID: 0019_kontorlaering
Revises: 0018_gruppetilbud
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_kontorlaering"
down_revision: str | None = "0018_gruppetilbud"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOURCES = ("contact_entry", "parent_evaluation", "meeting_evaluation", "other")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def upgrade() -> None:
    op.create_table(
        "report_quote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("source", _enum("quotesource", *SOURCES), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("chosen_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["parent.id"],
            name=op.f("fk_report_quote_parent_id_parent"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_quote")),
    )
    with op.batch_alter_table("report_quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_quote_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_quote_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_quote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_quote_year"))
        batch_op.drop_index(batch_op.f("ix_report_quote_parent_id"))
    op.drop_table("report_quote")
