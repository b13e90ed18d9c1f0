"""Forms sent to the kiosk and their responses; history resources pulled from the server.

Revision ID: 0004_intake_history
Revises: 0003_sync
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_intake_history"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), sa.ForeignKey("patient.id"), nullable=False),
        sa.Column("appointment_id", sa.Text(), nullable=True),
        sa.Column("questionnaire", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False, server_default="en"),
        sa.Column("status", sa.Text(), nullable=False, server_default="sent"),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("response_json", sa.Text(), nullable=True),
        sa.Column("sent_at", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_intake_patient_id", "intake", ["patient_id"])
    op.create_index("ix_intake_appointment_id", "intake", ["appointment_id"])
    op.create_index("ix_intake_code", "intake", ["code"])
    op.create_table(
        "history_resource",
        sa.Column("resource_type", sa.Text(), nullable=False),
        sa.Column("server_id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=True),
        sa.Column("version", sa.Text(), nullable=True),
        sa.Column("occurred", sa.Text(), nullable=True),
        sa.Column("resource_json", sa.Text(), nullable=False),
        sa.Column("pulled_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("resource_type", "server_id"),
    )
    op.create_index("ix_history_resource_patient_id", "history_resource", ["patient_id"])


def downgrade() -> None:
    op.drop_index("ix_history_resource_patient_id", table_name="history_resource")
    op.drop_table("history_resource")
    op.drop_index("ix_intake_code", table_name="intake")
    op.drop_index("ix_intake_appointment_id", table_name="intake")
    op.drop_index("ix_intake_patient_id", table_name="intake")
    op.drop_table("intake")
