"""Format 4: an index for counting the documents of codes, groups and themes.

The code system counts distinct documents per group and theme after every
move; with 30,000 codings that scan was a third of a move's time.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FORMAT_VERSION = 4


def upgrade() -> None:
    op.create_index("ix_codings_code_document", "codings", ["code_id", "document_id"])
    op.execute("UPDATE meta SET value = '%d' WHERE key = 'format_version'" % FORMAT_VERSION)
