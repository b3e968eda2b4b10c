"""what a document may say, and to whom (issue 16)

A placement can hide the child's whereabouts from the parents, with the decision's date and
basis, and holds what could reveal them (the foster parents' names, the address, municipality
and phone). A parent can have a confidential address. The office gets a phone and e-mail for
its letters. Consents gain the category «opplysninger om barna». An exemption from the right of
access names its legal basis. A stored document keeps the reason it says where a hidden child
lives, if it does.

Revision ID: 0011_disclosure
Revises: 0010_audit_and_archive
Create Date: 2026-12-07 02:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_disclosure"
down_revision: str | None = "0010_audit_and_archive"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CATEGORIES_BEFORE = (
    "personal_details",
    "situation_after_placement",
    "mental_health",
    "substance_use",
    "finances_and_housing",
    "visits",
    "service_assessments",
    "other",
)
_CATEGORIES_AFTER = (*_CATEGORIES_BEFORE[:-1], "children", "other")


def _categories(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(
        *values,
        name="informationcategory",
        native_enum=False,
        create_constraint=True,
        length=40,
    )


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    # Plain ADD COLUMNs: the tables keep their rows, triggers, indexes and links untouched.
    for column in (
        _text("carer_names"),
        _text("place_address"),
        sa.Column("place_municipality", sa.String(length=100), nullable=False, server_default=""),
        sa.Column("place_phone", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("whereabouts_hidden", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("hidden_decided_on", sa.Date(), nullable=True),
        _text("hidden_basis"),
    ):
        op.add_column("placement", column)
    # Without a CHECK constraint (see the model): a checked column would need parent rebuilt.
    op.add_column(
        "parent",
        sa.Column(
            "address_protection", sa.String(length=40), nullable=False, server_default="none"
        ),
    )
    op.add_column(
        "office", sa.Column("phone", sa.String(length=40), nullable=False, server_default="")
    )
    op.add_column(
        "office", sa.Column("email", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column(
        "contact_entry",
        sa.Column("exempt_basis", sa.String(length=60), nullable=False, server_default=""),
    )
    op.add_column("stored_document", _text("disclosure_reason"))
    # SQLite cannot change a CHECK constraint in place: batch mode rebuilds the small table.
    with op.batch_alter_table("consent_category", schema=None) as batch_op:
        batch_op.alter_column(
            "category",
            existing_type=_categories(_CATEGORIES_BEFORE),
            type_=_categories(_CATEGORIES_AFTER),
            existing_nullable=False,
        )


def downgrade() -> None:
    op.execute("DELETE FROM consent_category WHERE category = 'children'")
    with op.batch_alter_table("consent_category", schema=None) as batch_op:
        batch_op.alter_column(
            "category",
            existing_type=_categories(_CATEGORIES_AFTER),
            type_=_categories(_CATEGORIES_BEFORE),
            existing_nullable=False,
        )
    # Natively, not by batch: a rebuild would drop the table's append-only triggers.
    op.drop_column("stored_document", "disclosure_reason")
    op.drop_column("parent", "address_protection")
    for table, columns in (
        ("contact_entry", ("exempt_basis",)),
        ("office", ("phone", "email")),
        (
            "placement",
            (
                "carer_names",
                "place_address",
                "place_municipality",
                "place_phone",
                "whereabouts_hidden",
                "hidden_decided_on",
                "hidden_basis",
            ),
        ),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
