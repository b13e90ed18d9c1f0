"""Sync state: server ids and merge bases, pull marks, conflicts.

Revision ID: 0003_sync
Revises: 0002_drafts_intake
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_drafts_intake"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_record",
        sa.Column("record_type", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("server_id", sa.Text(), nullable=False),
        sa.Column("version", sa.Text(), nullable=True),
        sa.Column("base_json", sa.Text(), nullable=False),
        sa.Column("synced_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id"),
    )
    op.create_index("ix_sync_record_server", "sync_record", ["record_type", "server_id"],
                    unique=True)
    op.create_table(
        "sync_state",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=True),
        sa.Column("server_value", sa.Text(), nullable=True),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("server_version", sa.Text(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflict_record_id", "conflict", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_conflict_record_id", table_name="conflict")
    op.drop_table("conflict")
    op.drop_table("sync_state")
    op.drop_index("ix_sync_record_server", table_name="sync_record")
    op.drop_table("sync_record")
