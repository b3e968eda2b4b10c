"""meeting documents: stored documents may belong to a meeting (minutes, invitation) and have
three new kinds; the table is rebuilt, so its never-changed triggers are put back after

Revision ID: 0008_meeting_documents
Revises: 0007_responsibility_groups
Create Date: 2026-11-30 20:06:15.226569
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_meeting_documents"
down_revision: str | None = "0007_responsibility_groups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = ("referral", "referral_copy", "consent_declaration", "contact_extract")
AFTER = (*BEFORE, "meeting_invitation", "minutes", "action_list")


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


def upgrade() -> None:
    _triggers("drop")
    with op.batch_alter_table("stored_document", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "kind", existing_type=_kind(BEFORE), type_=_kind(AFTER), existing_nullable=False
        )
        batch_op.add_column(sa.Column("meeting_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_stored_document_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_stored_document_meeting_id_group_meeting"),
            "group_meeting",
            ["meeting_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    _triggers("create")


def downgrade() -> None:
    _triggers("drop")
    with op.batch_alter_table("stored_document", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_stored_document_meeting_id_group_meeting"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_stored_document_meeting_id"))
        batch_op.drop_column("meeting_id")
        batch_op.alter_column(
            "kind", existing_type=_kind(AFTER), type_=_kind(BEFORE), existing_nullable=False
        )
    _triggers("create")
