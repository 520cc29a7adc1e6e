"""Format 2: document attributes (case variables) and source styles.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FORMAT_VERSION = 2


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        # Bold speaker labels and headings of the source, as JSON [[start, end, kind], ...].
        batch.add_column(sa.Column("styles", sa.Text, nullable=False, server_default="[]"))
    op.create_table(
        "document_attributes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("document_id", "name", name="uq_document_attributes_name"),
    )
    op.create_index("ix_document_attributes_document", "document_attributes", ["document_id"])
    op.execute("UPDATE meta SET value = '%d' WHERE key = 'format_version'" % FORMAT_VERSION)
