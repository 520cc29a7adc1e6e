"""Format 3: verdicts of SDI's tests, and concepts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FORMAT_VERSION = 3


def upgrade() -> None:
    op.create_table(
        "test_verdicts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("test", sa.String, nullable=False),  # code_test, grouping_test, concept_test
        sa.Column("item_kind", sa.String, nullable=False),  # code, group, concept
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("verdict", sa.String, nullable=True),  # pass, fail; NULL: answered in part
        sa.Column("answers", sa.Text, nullable=False, server_default="{}"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("test", "item_kind", "item_id", name="uq_test_verdicts_item"),
    )
    op.create_table(
        "concepts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("memo", sa.Text, nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "concept_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("concept_id", sa.Integer, sa.ForeignKey("concepts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item_kind", sa.String, nullable=False),  # theme, group
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.UniqueConstraint("concept_id", "item_kind", "item_id", name="uq_concept_links_item"),
    )
    op.create_index("ix_concept_links_concept", "concept_links", ["concept_id"])
    op.execute("UPDATE meta SET value = '%d' WHERE key = 'format_version'" % FORMAT_VERSION)
