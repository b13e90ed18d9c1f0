"""After the clinic's server was put back from a backup: every patient and appointment
sent again.

A server restored from an older backup no longer holds what desk sent it since, and
answers "not found" for those records exactly as for records deleted there on purpose (a
patient erased on request), so desk does not decide on its own to make them again. IT
runs ``desk sync --resend-all`` on each workstation after a restore: desk then forgets
what it knew the server to hold and queues every patient and appointment as new. A
record the server still has is found by its identifier and updated, not doubled (the
same path as a create whose answer was lost).
"""

from __future__ import annotations

import sqlalchemy as sa

from desk.storage import outbox
from desk.storage.database import transaction
from desk.storage.schema import appointment, patient
from desk.sync.tables import sync_record

_TABLES = {"Patient": patient, "Appointment": appointment}


def resend_all(db: sa.Engine) -> dict[str, int]:
    """Queue every patient and appointment to be sent as new; how many of each."""
    queued: dict[str, int] = {}
    with transaction(db) as conn:
        for rtype, table in _TABLES.items():
            conn.execute(sync_record.delete().where(sync_record.c.record_type == rtype))
            ids = list(conn.execute(sa.select(table.c.id)).scalars())
            for rid in ids:
                outbox.enqueue(conn, rtype, rid, "create")
            queued[rtype] = len(ids)
    return queued
