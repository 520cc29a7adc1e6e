"""Format 1: documents, codes, code groups, themes and codings.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FORMAT_VERSION = 1


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String, nullable=False, unique=True),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("characters", sa.Integer, nullable=False),
        sa.Column("source_name", sa.String, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("memo", sa.Text, nullable=False),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("number", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("memo", sa.Text, nullable=False),
    )
    op.create_table(
        "code_groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("number", sa.Integer, nullable=True),
        sa.Column("theme_id", sa.Integer, sa.ForeignKey("themes.id", ondelete="SET NULL"), nullable=True),
        sa.Column("is_rest", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("memo", sa.Text, nullable=False),
    )
    op.create_index("ix_code_groups_theme_id", "code_groups", ["theme_id"])
    op.create_table(
        "codes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("code_groups.id", ondelete="SET NULL"), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("memo", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_codes_group_id", "codes", ["group_id"])
    op.create_table(
        "codings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("code_id", sa.Integer, sa.ForeignKey("codes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" > start', name="ck_codings_span"),
    )
    op.create_index("ix_codings_document_start", "codings", ["document_id", "start"])
    op.create_index("ix_codings_code", "codings", ["code_id"])
    op.execute(
        "INSERT INTO meta (key, value) VALUES ('format_version', '%d') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value" % FORMAT_VERSION
    )
