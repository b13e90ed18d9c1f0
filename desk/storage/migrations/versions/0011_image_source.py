"""Images say where they came from: ``image_instance.source`` is "disc" (a patient's disc,
and every image kept before) or "pacs" (retrieved, so a cache limit may drop it).

Revision ID: 0011_image_source
Revises: 0010_audit_numbers
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_image_source"
down_revision = "0010_audit_numbers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("image_instance", sa.Column("source", sa.Text(), nullable=False,
                                              server_default="disc"))


def downgrade() -> None:
    with op.batch_alter_table("image_instance") as batch:
        batch.drop_column("source")
