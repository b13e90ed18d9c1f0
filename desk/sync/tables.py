"""The sync engine's own tables (SQLAlchemy Core), in the workspace database.

They share ``desk.storage.schema.metadata`` and ship as the Alembic migration
``0003_sync`` in ``desk/storage/migrations/versions``.
"""

from __future__ import annotations

import sqlalchemy as sa

from desk.storage.schema import metadata

# Where each local record lives on the server, and the server's copy last synced:
# the base of a field-by-field merge, and what a pull compares versions against.
sync_record = sa.Table(
    "sync_record", metadata,
    sa.Column("record_type", sa.Text, primary_key=True),
    sa.Column("record_id", sa.Text, primary_key=True),
    sa.Column("server_id", sa.Text, nullable=False),
    sa.Column("version", sa.Text),
    sa.Column("base_json", sa.Text, nullable=False),
    sa.Column("synced_at", sa.Text, nullable=False),
    # digest of the update in flight (migration 0005_syncui); cleared when its answer is read
    sa.Column("sent_hash", sa.Text),
    sa.Index("ix_sync_record_server", "record_type", "server_id", unique=True),
    sa.Index("ix_sync_record_sent", "sent_hash", sqlite_where=sa.text("sent_hash IS NOT NULL")),
)

# Small facts: the pull high-water mark per resource type ("mark:Patient"), the last
# success and whether the last attempt reached the server.
sync_state = sa.Table(
    "sync_state", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# A field both sides changed differently since the last sync; staff choose.
conflict = sa.Table(
    "conflict", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("record_type", sa.Text, nullable=False),
    sa.Column("record_id", sa.Text, nullable=False, index=True),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("local_value", sa.Text),
    sa.Column("server_value", sa.Text),
    sa.Column("base_value", sa.Text),
    sa.Column("server_version", sa.Text),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("resolved_at", sa.Text),
    sa.Column("resolution", sa.Text),
)


def get_state(conn: sa.Connection, key: str) -> str | None:
    """One ``sync_state`` fact, or None."""
    return conn.execute(sa.select(sync_state.c.value).where(sync_state.c.key == key)).scalar()


def put_state(conn: sa.Connection, key: str, value: str) -> None:
    conn.execute(sync_state.delete().where(sync_state.c.key == key))
    conn.execute(sync_state.insert().values(key=key, value=value))
