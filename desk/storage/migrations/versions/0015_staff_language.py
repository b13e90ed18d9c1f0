"""Each staff account has a language for the staff screens: ``staff_user.language``
(``en``, ``fr`` or ``es``; empty for the machine's default, the setting ``ui.language``),
kept for the account's next sign-in at any desk of the workspace.

Revision ID: 0015_staff_language
Revises: 0014_image_read_whole
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_staff_language"
down_revision = "0014_image_read_whole"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff_user", sa.Column("language", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_user") as batch:
        batch.drop_column("language")
