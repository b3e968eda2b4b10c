"""gruppetilbud: the catalogue of group offers and each parent's part in them (issue 22)

Revision ID: 0018_gruppetilbud
Revises: 0017_familieraad
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_gruppetilbud"
down_revision: str | None = "0017_familieraad"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OFFER_TYPES = (
    "icdp",
    "pride_course",
    "coping_group",
    "therapeutic_group",
    "drop_in",
    "other",
)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _key(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete="RESTRICT",
    )


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Text(), nullable=False) for name in names]


def upgrade() -> None:
    op.create_table(
        "group_offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("offer_type", _enum("groupoffertype", *OFFER_TYPES), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=True),
        sa.Column("provider_name", sa.String(length=200), nullable=False),
        sa.Column("own_office", sa.Boolean(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("schedule", sa.Text(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=True),
        *_text("place", "contact", "sign_up", "description"),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
        _key("group_offer", "provider_id", "service"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_offer")),
    )
    _index("group_offer", "provider_id")
    op.create_table(
        "group_participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=True),
        sa.Column("informed_on", sa.Date(), nullable=True),
        sa.Column("answer", _enum("offeranswer", "interested", "not_now", "no"), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("sessions_attended", sa.Integer(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        *_text("stopped_reason", "evaluation"),
        sa.Column("usefulness", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        _key("group_participation", "parent_id", "parent"),
        _key("group_participation", "offer_id", "group_offer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_participation")),
    )
    _index("group_participation", "offer_id", "parent_id")


def downgrade() -> None:
    op.drop_table("group_participation")
    op.drop_table("group_offer")
