"""Images: DICOM instances kept on this computer, by patient, study and series.

Revision ID: 0007_images
Revises: 0006_merged_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_images"
down_revision = "0006_merged_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "image_instance",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), sa.ForeignKey("patient.id"), nullable=False),
        sa.Column("sop_uid", sa.Text(), nullable=False),
        sa.Column("study_uid", sa.Text(), nullable=False),
        sa.Column("series_uid", sa.Text(), nullable=False),
        sa.Column("study_date", sa.Text(), nullable=True),
        sa.Column("study_description", sa.Text(), nullable=False, server_default=""),
        sa.Column("series_description", sa.Text(), nullable=False, server_default=""),
        sa.Column("modality", sa.Text(), nullable=False, server_default=""),
        sa.Column("series_number", sa.Integer(), nullable=True),
        sa.Column("instance_number", sa.Integer(), nullable=True),
        sa.Column("slice_position", sa.Float(), nullable=True),
        sa.Column("frames", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("blob_id", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sop_uid"),
    )
    op.create_index("ix_image_instance_patient_id", "image_instance", ["patient_id"])
    op.create_index("ix_image_instance_study_uid", "image_instance", ["study_uid"])


def downgrade() -> None:
    op.drop_index("ix_image_instance_study_uid", table_name="image_instance")
    op.drop_index("ix_image_instance_patient_id", table_name="image_instance")
    op.drop_table("image_instance")
