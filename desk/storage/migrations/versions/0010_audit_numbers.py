"""The audit log never gives a number twice: its sequence is AUTOINCREMENT, so the numbers
of deleted entries are not used again (a reused number would also never be sent to the
server, which has one already).

Revision ID: 0010_audit_numbers
Revises: 0009_draft_page
"""

from alembic import op

revision = "0010_audit_numbers"
down_revision = "0009_draft_page"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}):
        pass


def downgrade() -> None:
    with op.batch_alter_table("audit", recreate="always",
                              table_kwargs={"sqlite_autoincrement": False}):
        pass
