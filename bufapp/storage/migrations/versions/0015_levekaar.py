"""levekår: the parent's living conditions over time (issue 22) — each dated assessment with a
row per area (never changed: triggers refuse it), and how often each parent is asked again

Revision ID: 0015_levekaar
Revises: 0014_samvaer
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_levekaar"
down_revision: str | None = "0014_samvaer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AREAS = ("finances", "education_work", "housing", "health", "social_contact")
KEPT = ("living_assessment", "living_area")  # never changed or removed


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _parent_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["parent_id"], ["parent.id"], name=op.f(f"fk_{table}_parent_id_parent"), ondelete="RESTRICT"
    )


def upgrade() -> None:
    op.create_table(
        "living_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        _parent_key("living_assessment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_living_assessment")),
    )
    with op.batch_alter_table("living_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_living_assessment_assessed_on"), ["assessed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_living_assessment_parent_id"), ["parent_id"], unique=False
        )
    op.create_table(
        "living_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("area", _enum("livingarea", *AREAS), nullable=False),
        sa.Column("parent_score", sa.Integer(), nullable=True),
        sa.Column("parent_words", sa.Text(), nullable=False),
        sa.Column("worker_score", sa.Integer(), nullable=True),
        sa.Column("worker_words", sa.Text(), nullable=False),
        sa.Column("wants_help", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["living_assessment.id"],
            name=op.f("fk_living_area_assessment_id_living_assessment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_living_area")),
        sa.UniqueConstraint("assessment_id", "area", name=op.f("uq_living_area_assessment_id")),
    )
    op.create_table(
        "living_interval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        *_stamps(),
        _parent_key("living_interval"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_living_interval")),
        sa.UniqueConstraint("parent_id", name=op.f("uq_living_interval_parent_id")),
    )
    for table in KEPT:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'living conditions assessments are never changed'); END"
            )


def downgrade() -> None:
    for table in KEPT:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    for table in ("living_interval", "living_area", "living_assessment"):
        op.drop_table(table)
