"""the follow-up itself (issue 20): the child's plans, the purpose of following up the parent,
the information checklist's record, the service's assessments, the parent's evaluations and
wishes; the contact agreement says how, where and with which support person; and a new kind of
stored document, the information sheet (the document table is rebuilt for its kind constraint,
so its never-changed triggers are put back after)

Revision ID: 0013_follow_up
Revises: 0012_timeline_index
Create Date: 2026-12-07 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_follow_up"
down_revision: str | None = "0012_timeline_index"
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
)
KINDS_AFTER = (*KINDS_BEFORE, "information_sheet")
AGREEMENT_COLUMNS = ("how", "preferred_place", "support_person")


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


def _document_kinds(before: Sequence[str], after: Sequence[str]) -> None:
    _triggers("drop")
    with op.batch_alter_table("stored_document", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=_enum("documentkind", *before),
            type_=_enum("documentkind", *after),
            existing_nullable=False,
        )
    _triggers("create")


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _parent_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["parent_id"], ["parent.id"], name=op.f(f"fk_{table}_parent_id_parent"), ondelete="RESTRICT"
    )


def _entry_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["entry_id"],
        ["contact_entry.id"],
        name=op.f(f"fk_{table}_entry_id_contact_entry"),
        ondelete="SET NULL",
    )


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "child_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("childplankind", "measure_plan", "care_plan"), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("time_frame", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_child_plan_child_id_child"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_plan")),
    )
    _index("child_plan", "child_id")
    op.create_table(
        "follow_up_purpose",
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("parent_words", sa.Text(), nullable=False),
        sa.Column("caseworker_words", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        *_stamps(),
        _parent_key("follow_up_purpose"),
        sa.PrimaryKeyConstraint("parent_id", name=op.f("pk_follow_up_purpose")),
    )
    op.create_table(
        "information_given",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=60), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column(
            "manner",
            _enum("informationmanner", "talk", "phone", "letter", "meeting"),
            nullable=False,
        ),
        sa.Column("with_interpreter", sa.Boolean(), nullable=False),
        sa.Column("with_support_person", sa.Boolean(), nullable=False),
        sa.Column(
            "understood",
            _enum("understanding", "understood", "partly", "not_understood", "unconfirmed"),
            nullable=False,
        ),
        sa.Column("repeat_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        *_stamps(),
        _parent_key("information_given"),
        _entry_key("information_given"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_information_given")),
    )
    _index("information_given", "entry_id")
    with op.batch_alter_table("information_given", schema=None) as batch_op:
        batch_op.create_index(
            "ix_information_given_parent_item", ["parent_id", "item"], unique=False
        )
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column(
            "outlook",
            _enum("homeoutlook", "home_possible", "not_now", "not_expected"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reassess_on", sa.Date(), nullable=True),
        *_stamps(),
        _parent_key("assessment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    _index("assessment", "parent_id")
    op.create_table(
        "parent_evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        *_stamps(),
        _parent_key("parent_evaluation"),
        _entry_key("parent_evaluation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parent_evaluation")),
    )
    _index("parent_evaluation", "entry_id", "parent_id")
    op.create_table(
        "parent_wish",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            _enum(
                "wishkind",
                "more_visits",
                "new_caseworker",
                "meet_carers",
                "child_home",
                "help",
                "information",
                "other",
            ),
            nullable=False,
        ),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("wished_on", sa.Date(), nullable=False),
        sa.Column("answer_by", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("outcome", _enum("wishoutcome", "granted", "partly", "refused"), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_stamps(),
        _parent_key("parent_wish"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parent_wish")),
    )
    _index("parent_wish", "parent_id")
    for column in AGREEMENT_COLUMNS:
        op.add_column(
            "contact_plan", sa.Column(column, sa.Text(), nullable=False, server_default="")
        )
    _document_kinds(KINDS_BEFORE, KINDS_AFTER)


def downgrade() -> None:
    # A vault that keeps an information sheet cannot go back: the old constraint refuses the
    # row and the triggers refuse its deletion, so the rebuild fails and nothing changes.
    _document_kinds(KINDS_AFTER, KINDS_BEFORE)
    with op.batch_alter_table("contact_plan", schema=None) as batch_op:
        for column in AGREEMENT_COLUMNS:
            batch_op.drop_column(column)
    for table in ("parent_wish", "parent_evaluation", "assessment", "information_given"):
        op.drop_table(table)
    op.drop_table("follow_up_purpose")
    op.drop_table("child_plan")
