"""Pulled resources: when the server was found no longer to hold one (a clinic form it
deleted is no longer offered, and still completes where it was sent).

Revision ID: 0008_removed
Revises: 0007_images
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_removed"
down_revision = "0007_images"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("history_resource") as batch:
        batch.add_column(sa.Column("removed_at", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("history_resource") as batch:
        batch.drop_column("removed_at")
