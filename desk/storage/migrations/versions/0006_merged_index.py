"""Patients: an index of merged records, so that the merge links of a few patients are
found without reading every patient.

Revision ID: 0006_merged_index
Revises: 0005_syncui
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_merged_index"
down_revision = "0005_syncui"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_patient_merged_into", "patient", ["merged_into"],
                    sqlite_where=sa.text("merged_into IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_patient_merged_into", "patient")
