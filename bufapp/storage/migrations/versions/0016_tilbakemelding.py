"""tilbakemelding: KOR (ORS, SRS) and simple feedback (issue 22): the parent's KOR scores as
four whole-tenths marks, and the answer to «Var samtalen nyttig for deg?»

Revision ID: 0016_tilbakemelding
Revises: 0015_levekaar
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_tilbakemelding"
down_revision: str | None = "0015_levekaar"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _key(
    table: str, column: str, target: str, ondelete: str = "RESTRICT"
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "kor_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("scale", _enum("korscale", "ors", "srs"), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        *[sa.Column(f"score_{n}", sa.Integer(), nullable=False) for n in (1, 2, 3, 4)],
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        _key("kor_score", "parent_id", "parent"),
        _key("kor_score", "entry_id", "contact_entry", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kor_score")),
    )
    with op.batch_alter_table("kor_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kor_score_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(
            "ix_kor_score_parent_scale_day", ["parent_id", "scale", "given_on"], unique=False
        )
    op.create_table(
        "simple_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("answer", _enum("usefulness", "yes", "partly", "no", "declined"), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        *_stamps(),
        _key("simple_feedback", "parent_id", "parent"),
        _key("simple_feedback", "entry_id", "contact_entry"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_simple_feedback")),
    )
    with op.batch_alter_table("simple_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_simple_feedback_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(
            "ix_simple_feedback_parent_day", ["parent_id", "given_on"], unique=False
        )


def downgrade() -> None:
    for table in ("simple_feedback", "kor_score"):
        op.drop_table(table)
