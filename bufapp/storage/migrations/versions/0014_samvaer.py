"""samvær (issue 21): the visit plan's versions, the visits as they went with the talks before
and after them, the plan's evaluations and travel support; and a new kind of stored document,
the visit plan (the document table is rebuilt for its kind constraint, with its triggers)

Revision ID: 0014_samvaer
Revises: 0013_follow_up
Create Date: 2026-12-07 19:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_samvaer"
down_revision: str | None = "0013_follow_up"
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
)
KINDS_AFTER = (*KINDS_BEFORE, "visit_plan")
PERIODS = ("week", "two_weeks", "month", "quarter", "half_year", "year")


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


def _document_kinds(before: Sequence[str], after: Sequence[str], plan_link: bool) -> None:
    """The kind constraint rebuilt; with ``plan_link`` the column naming the samværsplan version
    a kept copy is of (added on the way up, dropped on the way down)."""
    _triggers("drop")
    with op.batch_alter_table("stored_document", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=_enum("documentkind", *before),
            type_=_enum("documentkind", *after),
            existing_nullable=False,
        )
        if plan_link:
            batch_op.add_column(sa.Column("visit_plan_id", sa.Integer(), nullable=True))
            batch_op.create_index(
                batch_op.f("ix_stored_document_visit_plan_id"), ["visit_plan_id"], unique=False
            )
            batch_op.create_foreign_key(
                batch_op.f("fk_stored_document_visit_plan_id_visit_plan"),
                "visit_plan",
                ["visit_plan_id"],
                ["id"],
                ondelete="RESTRICT",
            )
        else:
            batch_op.drop_index(batch_op.f("ix_stored_document_visit_plan_id"))
            batch_op.drop_constraint(
                batch_op.f("fk_stored_document_visit_plan_id_visit_plan"), type_="foreignkey"
            )
            batch_op.drop_column("visit_plan_id")
    _triggers("create")


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


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Text(), nullable=False) for name in names]


def _visit_plan() -> None:
    op.create_table(
        "visit_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("basis", _enum("visitbasis", "decision", "agreement"), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("period", _enum("visitperiod", *PERIODS), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_text", sa.Text(), nullable=False),
        sa.Column("minimum_times", sa.Integer(), nullable=True),
        sa.Column("minimum_period", _enum("minimumperiod", *PERIODS), nullable=True),
        sa.Column("minimum_hours", sa.Float(), nullable=True),
        sa.Column("supervision_decided", sa.Boolean(), nullable=False),
        sa.Column("agreed_with_parent", sa.Boolean(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column(
            "place",
            _enum("visitplace", "foster_home", "parent_home", "neutral", "meeting_place", "other"),
            nullable=False,
        ),
        sa.Column("place_note", sa.Text(), nullable=False),
        sa.Column(
            "supervision", _enum("supervision", "none", "supported", "protective"), nullable=False
        ),
        *_text("supervisor", "others_with_rights", "between_visits", "transport"),
        *_text("transport_paid_by"),
        sa.Column("purposes", sa.String(length=200), nullable=False),
        sa.Column("purpose_note", sa.Text(), nullable=False),
        sa.Column("first_visit_on", sa.Date(), nullable=True),
        sa.Column("evaluate_every_months", sa.Integer(), nullable=True),
        sa.Column("change_reason", sa.Text(), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        *_stamps(),
        _key("visit_plan", "child_id", "child"),
        _key("visit_plan", "parent_id", "parent"),
        _key("visit_plan", "replaces_id", "visit_plan"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_plan")),
        sa.UniqueConstraint("replaces_id", name=op.f("uq_visit_plan_replaces_id")),
    )
    _index("visit_plan", "child_id")
    with op.batch_alter_table("visit_plan", schema=None) as batch_op:
        batch_op.create_index("ix_visit_plan_parent_child", ["parent_id", "child_id"], unique=False)


def _visit() -> None:
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("planned_for", sa.Date(), nullable=False),
        sa.Column(
            "outcome",
            _enum("visitoutcome", "planned", "held", "cancelled", "not_attended"),
            nullable=False,
        ),
        sa.Column(
            "form", _enum("visitform", "visit", "phone", "video", "letters_photos"), nullable=False
        ),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column(
            "cancelled_by",
            _enum("cancelledby", "parent", "child", "carers", "service", "supervisor", "other"),
            nullable=True,
        ),
        *_text("reason", "supervisor_note"),
        sa.Column("mostly_talk_with_adult", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("before_entry_id", sa.Integer(), nullable=True),
        sa.Column("after_entry_id", sa.Integer(), nullable=True),
        *_stamps(),
        _key("visit", "plan_id", "visit_plan"),
        _key("visit", "parent_id", "parent"),
        _key("visit", "child_id", "child"),
        _key("visit", "before_entry_id", "contact_entry", "SET NULL"),
        _key("visit", "after_entry_id", "contact_entry", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    _index("visit", "after_entry_id", "before_entry_id", "plan_id", "planned_for")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_pair_planned", ["parent_id", "child_id", "planned_for"], unique=False
        )
        batch_op.create_index(
            "ix_visit_pair_outcome",
            ["parent_id", "child_id", "outcome", "planned_for"],
            unique=False,
        )


def upgrade() -> None:
    _visit_plan()
    _visit()
    op.create_table(
        "visit_evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        *_text("child_view", "parent_view", "carers_view", "supervisor_view", "conclusion"),
        sa.Column("plan_changed", sa.Boolean(), nullable=False),
        *_stamps(),
        _key("visit_evaluation", "plan_id", "visit_plan"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_evaluation")),
    )
    _index("visit_evaluation", "plan_id")
    op.create_table(
        "travel_support",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("applied_amount", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("granted", sa.Boolean(), nullable=True),
        sa.Column("granted_amount", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        *_stamps(),
        _key("travel_support", "parent_id", "parent"),
        _key("travel_support", "visit_id", "visit", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_support")),
    )
    _index("travel_support", "parent_id", "visit_id")
    _document_kinds(KINDS_BEFORE, KINDS_AFTER, plan_link=True)


def downgrade() -> None:
    # A vault that keeps a visit plan document cannot go back: the old constraint refuses the
    # row and the triggers refuse its deletion, so the rebuild fails and nothing changes.
    _document_kinds(KINDS_AFTER, KINDS_BEFORE, plan_link=False)
    for table in ("travel_support", "visit_evaluation", "visit", "visit_plan"):
        op.drop_table(table)
