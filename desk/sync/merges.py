"""Merges of patient records: those made at another desk, applied here as a pull finds
them, and what the server files under a patient merged away (here or there) sent again
for the record that was kept."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import merge, patients
from desk.storage import SYSTEM
from desk.storage.blobs import BlobStore
from desk.storage.database import among, reading, transaction
from desk.storage.outbox import enqueue
from desk.storage.schema import outbox
from desk.storage.schema import patient as patient_table
from desk.sync import records
from desk.sync.tables import sync_record

log = logging.getLogger(__name__)


def apply_server_merges(db: sa.Engine, blobs: BlobStore | None,
                        merged: Mapping[str, str]) -> int:
    """Merges made at another desk (retired server id -> survivor server id): the retired
    record is merged here too (audited; only what this desk itself filed under it on the
    server is sent again); one that cannot be is logged and left as it is. Returns how
    many were applied."""
    if not merged:
        return 0
    with reading(db) as conn:
        wanted = [*merged, *merged.values()]
        local = {row.server_id: row.record_id for row in conn.execute(
            sa.select(sync_record.c.server_id, sync_record.c.record_id).where(
                sync_record.c.record_type == "Patient",
                among(sync_record.c.server_id, wanted)))}
    applied = 0
    for retired_sid, survivor_sid in merged.items():
        retired, survivor = local.get(retired_sid), local.get(survivor_sid)
        if retired is None or survivor is None:
            continue
        try:
            with transaction(db) as conn:
                survivor = patients.current_id(conn, survivor)
                if patients.current_id(conn, retired) == survivor:
                    continue  # already merged here
                done = merge.merge(conn, blobs, survivor, retired, SYSTEM, send=False)
                repoint(conn, [retired_sid])  # what this desk put there itself
            if blobs is not None:
                blobs.discard(done.stale_files)  # re-sealed for the survivor
            applied += 1
        except DeskError as err:
            log.warning("merge of Patient/%s from the server not applied: %s",
                        retired_sid, err.message)
    return applied


def repoint_merged(db: sa.Engine) -> None:
    """What the server files under a patient merged away here (see :func:`repoint`)."""
    waiting = sa.select(outbox.c.record_id).where(outbox.c.record_type == "Patient")
    with reading(db) as conn:
        retired = list(conn.execute(
            sa.select(sync_record.c.server_id)
            .join(patient_table, patient_table.c.id == sync_record.c.record_id)
            .where(sync_record.c.record_type == "Patient",
                   sync_record.c.record_id.in_(waiting),
                   patient_table.c.merged_into.is_not(None))).scalars())
    if retired:  # most pushes: none, and no write transaction
        with transaction(db) as conn:
            repoint(conn, retired)


def repoint(conn: sa.Connection, retired: Sequence[str]) -> None:
    """Send again what the server files under these merged-away patients (server ids):
    appointments, visits, form responses, consents and their PDFs, which now belong to
    the record that was kept."""
    if not retired:
        return
    filed = sa.or_(*(sync_record.c.base_json.contains(f'"Patient/{sid}"', autoescape=True)
                     for sid in retired))
    waiting = sa.select(outbox.c.record_id).where(
        outbox.c.record_type == sync_record.c.record_type)
    for rtype, rid in conn.execute(sa.select(
            sync_record.c.record_type, sync_record.c.record_id).where(
            sync_record.c.record_type.in_(("Appointment", *records.TYPES)), filed,
            sync_record.c.record_id.not_in(waiting))):
        enqueue(conn, rtype, rid, "update")
