"""a parent's timeline comes off an index, a page at a time (issue 18)

The link between an entry and the parents it concerns gets a copy of the entry's moment and the
index (parent, moment, entry), so the newest page of a parent's timeline is read in index order
instead of sorting every entry the parent has. Search gets a view of the full-text index's terms
(fts5vocab, no rows of its own), to turn a typed word into the words of the index it begins. The copy is written with the links (the
repository rewrites them on every save); a trigger keeps it right if the entry's moment is
changed in any other way. The new index also serves what (parent, entry) served.

Revision ID: 0012_timeline_index
Revises: 0011_disclosure
Create Date: 2026-12-07 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_timeline_index"
down_revision: str | None = "0011_disclosure"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT_TRIGGER = "contact_entry_parent_follows_moment"
SEARCH_VOCABULARY = "contact_search_vocab"


def upgrade() -> None:
    op.add_column("contact_entry_parent", sa.Column("occurred_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE contact_entry_parent SET occurred_at = "
        "(SELECT occurred_at FROM contact_entry WHERE contact_entry.id = entry_id)"
    )
    # SQLite cannot make a column NOT NULL in place: batch mode copies the (narrow) table.
    with op.batch_alter_table("contact_entry_parent", schema=None) as batch_op:
        batch_op.alter_column("occurred_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_index("ix_contact_entry_parent_parent")
        batch_op.create_index(
            "ix_contact_entry_parent_timeline",
            ["parent_id", "occurred_at", "entry_id"],
            unique=False,
        )
    op.execute(
        f"CREATE TRIGGER {MOMENT_TRIGGER} AFTER UPDATE OF occurred_at ON contact_entry "
        "BEGIN UPDATE contact_entry_parent SET occurred_at = NEW.occurred_at "
        "WHERE entry_id = NEW.id; END"
    )
    op.execute(f"CREATE VIRTUAL TABLE {SEARCH_VOCABULARY} USING fts5vocab(contact_search, 'row')")


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {SEARCH_VOCABULARY}")
    op.execute(f"DROP TRIGGER IF EXISTS {MOMENT_TRIGGER}")
    with op.batch_alter_table("contact_entry_parent", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_entry_parent_timeline")
        batch_op.drop_column("occurred_at")
        batch_op.create_index(
            "ix_contact_entry_parent_parent", ["parent_id", "entry_id"], unique=False
        )
