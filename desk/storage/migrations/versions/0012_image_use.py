"""When each study of images was last opened or retrieved (``image_study_use``), so a cache
limit drops the least recently used of the retrieved ones first.

Revision ID: 0012_image_use
Revises: 0011_image_source
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_image_use"
down_revision = "0011_image_source"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "image_study_use",
        sa.Column("study_uid", sa.Text(), nullable=False),
        sa.Column("used_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("study_uid"),
    )


def downgrade() -> None:
    op.drop_table("image_study_use")
