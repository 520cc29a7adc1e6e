"""Format 5: named versions kept inside the project, and the change log.

A version is a compressed JSON snapshot of the project; document texts are
stored once per distinct text (by their SHA-256), so many versions stay cheap.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FORMAT_VERSION = 5


def upgrade() -> None:
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String, nullable=False, unique=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("snapshot", sa.LargeBinary, nullable=False),
        sa.Column("summary", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_table(
        "version_texts",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("text", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String, nullable=False),  # do, undo, redo, version, restore
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_change_log_at", "change_log", ["at"])
    op.execute("UPDATE meta SET value = '%d' WHERE key = 'format_version'" % FORMAT_VERSION)
