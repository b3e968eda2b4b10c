"""familieråd (issue 22): the conference, the people invited and whether they came, the family's
plan's items (each with the follow-up task it became); and a new kind of stored document, the
family's plan (the document table is rebuilt for its kind constraint, with its triggers)

Revision ID: 0017_familieraad
Revises: 0016_tilbakemelding
Create Date: 2026-12-07 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_familieraad"
down_revision: str | None = "0016_tilbakemelding"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS_BEFORE = (
    "referral",
    "referral_copy",
    "consent_declaration",
    "contact_extract",
    "meeting_invitation",
    "minutes",
    "action_list",
    "network_map",
    "network_comparison",
    "information_sheet",
    "visit_plan",
)
KINDS_AFTER = (*KINDS_BEFORE, "family_conference_plan")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


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


def _document_kinds(before: Sequence[str], after: Sequence[str], link: bool) -> None:
    """The kind constraint rebuilt; with ``link`` the column naming the conference a kept plan
    is of (added on the way up, dropped on the way down)."""
    _triggers("drop")
    with op.batch_alter_table("stored_document", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=_enum("documentkind", *before),
            type_=_enum("documentkind", *after),
            existing_nullable=False,
        )
        if link:
            batch_op.add_column(sa.Column("family_conference_id", sa.Integer(), nullable=True))
            batch_op.create_index(
                batch_op.f("ix_stored_document_family_conference_id"),
                ["family_conference_id"],
                unique=False,
            )
            batch_op.create_foreign_key(
                batch_op.f("fk_stored_document_family_conference_id_family_conference"),
                "family_conference",
                ["family_conference_id"],
                ["id"],
                ondelete="RESTRICT",
            )
        else:
            batch_op.drop_index(batch_op.f("ix_stored_document_family_conference_id"))
            batch_op.drop_constraint(
                batch_op.f("fk_stored_document_family_conference_id_family_conference"),
                type_="foreignkey",
            )
            batch_op.drop_column("family_conference_id")
    _triggers("create")


def _key(
    table: str, column: str, target: str, ondelete: str = "RESTRICT"
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Text(), nullable=False) for name in names]


def upgrade() -> None:
    op.create_table(
        "family_conference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("planned_for", sa.Date(), nullable=False),
        sa.Column(
            "purpose",
            _enum("conferencepurpose", "follow_up", "visits", "reunification", "network", "other"),
            nullable=False,
        ),
        sa.Column("purpose_note", sa.Text(), nullable=False),
        sa.Column("parent_consented", sa.Boolean(), nullable=False),
        sa.Column("coordinator_name", sa.String(length=200), nullable=False),
        sa.Column("coordinator_org", sa.String(length=200), nullable=False),
        sa.Column("coordinator_in_service", sa.Boolean(), nullable=False),
        sa.Column(
            "status", _enum("conferencestatus", "planned", "held", "cancelled"), nullable=False
        ),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("cancelled_reason", sa.Text(), nullable=False),
        sa.Column(
            "approval",
            _enum("planapproval", "approved", "approved_with_reservations", "not_approved"),
            nullable=True,
        ),
        sa.Column("reservations", sa.Text(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _key("family_conference", "parent_id", "parent"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_conference")),
    )
    _index("family_conference", "parent_id", "planned_for")
    op.create_table(
        "family_conference_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=200), nullable=False),
        sa.Column("invited", sa.Boolean(), nullable=False),
        sa.Column("came", sa.Boolean(), nullable=False),
        sa.Column("member_key", sa.String(length=100), nullable=False),
        _key("family_conference_person", "conference_id", "family_conference", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_conference_person")),
    )
    _index("family_conference_person", "conference_id")
    op.create_table(
        "family_conference_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_text("what"),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        _key("family_conference_item", "conference_id", "family_conference", "CASCADE"),
        _key("family_conference_item", "task_id", "follow_up_task", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_conference_item")),
        sa.UniqueConstraint("task_id", name=op.f("uq_family_conference_item_task_id")),
    )
    _index("family_conference_item", "conference_id")
    _document_kinds(KINDS_BEFORE, KINDS_AFTER, link=True)


def downgrade() -> None:
    # A vault that keeps a family's plan document cannot go back: the old constraint refuses the
    # row and the triggers refuse its deletion, so the rebuild fails and nothing changes.
    _document_kinds(KINDS_AFTER, KINDS_BEFORE, link=False)
    for table in ("family_conference_item", "family_conference_person", "family_conference"):
        op.drop_table(table)
