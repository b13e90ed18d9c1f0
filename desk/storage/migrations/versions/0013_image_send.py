"""The studies from discs queued for the clinic's PACS (``image_send``).

Revision ID: 0013_image_send
Revises: 0012_image_use
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_image_send"
down_revision = "0012_image_use"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "image_send",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("study_uid", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("queued_at", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("sent", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("done_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("study_uid"),
    )


def downgrade() -> None:
    op.drop_table("image_send")
