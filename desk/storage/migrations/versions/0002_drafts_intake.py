"""Form drafts and the intake status of appointments.

Revision ID: 0002_drafts_intake
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_drafts_intake"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=True),
        sa.Column("appointment_id", sa.Text(), nullable=True),
        sa.Column("questionnaire", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("intake_status", sa.Text(), nullable=False,
                                   server_default="none"))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("intake_status")
    op.drop_table("draft")
