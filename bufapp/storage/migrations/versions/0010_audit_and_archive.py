"""audit trail, archive export, exemptions from the right of access

The audit trail is append-only (triggers refuse updates and deletes) and chained: each record's
MAC covers the previous one's, and ``audit_head`` (one row, itself MACed) names the last record so
a cut-off tail is found too. Exports to the archive remember what went, so a second export brings
only what is new. A contact entry may be exempt from the right of access, with its reason.

Revision ID: 0010_audit_and_archive
Revises: 0009_network_maps
Create Date: 2026-12-01 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_audit_and_archive"
down_revision: str | None = "0009_network_maps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_record",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        # Plain text, not a checked enum: a new kind of action must never need this table rebuilt.
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject_kind", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        # No foreign keys: the trail outlives anything it mentions.
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_record")),
    )
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.create_index("ix_audit_record_parent", ["parent_id", "seq"], unique=False)
        batch_op.create_index("ix_audit_record_action", ["action", "seq"], unique=False)
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_record_no_{verb.lower()} BEFORE {verb} ON audit_record "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("head_mac", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.execute("INSERT INTO audit_head (id, seq, mac, head_mac) VALUES (1, 0, '', '')")
    op.execute(
        "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head "
        "BEGIN SELECT RAISE(ABORT, 'the audit head is never deleted'); END"
    )

    op.create_table(
        "archive_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("metadata_file", sa.String(length=200), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_export")),
    )
    op.create_table(
        "archive_export_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(length=40), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("item_version", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["export_id"],
            ["archive_export.id"],
            name=op.f("fk_archive_export_item_export_id_archive_export"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["parent.id"],
            name=op.f("fk_archive_export_item_parent_id_parent"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_export_item")),
        sa.UniqueConstraint(
            "item_kind", "item_id", "item_version", name="uq_archive_export_item_once"
        ),
    )
    with op.batch_alter_table("archive_export_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_archive_export_item_parent", ["parent_id", "item_kind"], unique=False
        )

    # A plain ADD COLUMN: the entry table keeps its rows, indexes and links untouched.
    op.add_column(
        "contact_entry",
        sa.Column("exempt_reason", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("contact_entry", schema=None) as batch_op:
        batch_op.drop_column("exempt_reason")
    with op.batch_alter_table("archive_export_item", schema=None) as batch_op:
        batch_op.drop_index("ix_archive_export_item_parent")
    op.drop_table("archive_export_item")
    op.drop_table("archive_export")
    op.execute("DROP TRIGGER IF EXISTS audit_head_no_delete")
    op.drop_table("audit_head")
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_record_no_{verb}")
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_record_action")
        batch_op.drop_index("ix_audit_record_parent")
    op.drop_table("audit_record")
