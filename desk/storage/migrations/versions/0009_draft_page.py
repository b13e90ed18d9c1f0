"""Drafts remember the page the form was on, so that reopening resumes there.

Revision ID: 0009_draft_page
Revises: 0008_removed
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_draft_page"
down_revision = "0008_removed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.add_column(sa.Column("page", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("page")
