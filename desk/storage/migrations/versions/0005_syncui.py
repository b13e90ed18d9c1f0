"""Sync: a digest of the update last sent for each record, so that a 412 that finds
exactly that on the server is known as desk's own write whose answer was lost.

Revision ID: 0005_syncui
Revises: 0004_intake_history
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_syncui"
down_revision = "0004_intake_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_record", sa.Column("sent_hash", sa.Text(), nullable=True))
    op.create_index("ix_sync_record_sent", "sync_record", ["sent_hash"],
                    sqlite_where=sa.text("sent_hash IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_sync_record_sent", "sync_record")
    with op.batch_alter_table("sync_record") as batch:
        batch.drop_column("sent_hash")
