"""Images say whether every element of their file was read when they were kept:
``image_instance.read_whole`` (a disc's images since they are read whole at import), so the
viewer opens such a file reading each element only when it is used, and reads the rest
(retrieved images, and every image kept before) whole when it opens them.

Revision ID: 0014_image_read_whole
Revises: 0013_image_send
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_image_read_whole"
down_revision = "0013_image_send"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("image_instance", sa.Column("read_whole", sa.Boolean(), nullable=False,
                                              server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("image_instance") as batch:
        batch.drop_column("read_whole")
