"""network maps: the maps of a parent, the office's own sector list, and two new kinds of stored
document (the map and the comparison); the document table is rebuilt for its kind constraint,
so its never-changed triggers are put back after

Revision ID: 0009_network_maps
Revises: 0008_meeting_documents
Create Date: 2026-12-01 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_network_maps"
down_revision: str | None = "0008_meeting_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = (
    "referral",
    "referral_copy",
    "consent_declaration",
    "contact_extract",
    "meeting_invitation",
    "minutes",
    "action_list",
)
AFTER = (*BEFORE, "network_map", "network_comparison")


def _kind(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(
        *values, name="documentkind", native_enum=False, create_constraint=True, length=40
    )


def _triggers(action: str) -> None:
    for verb in ("UPDATE", "DELETE"):
        name = f"stored_document_no_{verb.lower()}"
        if action == "drop":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {verb} ON stored_document "
                "BEGIN SELECT RAISE(ABORT, 'stored documents are never changed'); END"
            )


def _document_kinds(before: Sequence[str], after: Sequence[str]) -> None:
    _triggers("drop")
    with op.batch_alter_table("stored_document", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "kind", existing_type=_kind(before), type_=_kind(after), existing_nullable=False
        )
    _triggers("create")


def upgrade() -> None:
    op.create_table(
        "network_map",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("drawn_on", sa.Date(), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["parent.id"],
            name=op.f("fk_network_map_parent_id_parent"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_map")),
    )
    with op.batch_alter_table("network_map", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_map_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "network_sectors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_network_sectors_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_sectors")),
    )
    _document_kinds(BEFORE, AFTER)


def downgrade() -> None:
    # A vault that already stores a map or comparison cannot go back: the old constraint refuses
    # those rows and the triggers refuse their deletion, so the rebuild fails and nothing changes.
    _document_kinds(AFTER, BEFORE)
    op.drop_table("network_sectors")
    with op.batch_alter_table("network_map", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_map_parent_id"))
    op.drop_table("network_map")
