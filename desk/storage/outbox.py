"""The outbox: changes waiting to reach the server, written with the change itself."""

from __future__ import annotations

import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.schema import outbox

OPS = ("create", "update", "delete")


def enqueue(conn: sa.Connection, record_type: str, record_id: str, op: str) -> None:
    """Queue a change in ``conn``'s transaction, so it commits or rolls back with the change."""
    if op not in OPS:
        raise ValueError(f"unknown outbox op {op!r}")
    conn.execute(outbox.insert().values(record_type=record_type, record_id=record_id, op=op,
                                        created_at=stamp()))


def waiting(conn: sa.Connection) -> int:
    """How many changes wait to be sent (quarantined ones included)."""
    return conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar_one()
