"""Merging two records of one patient.

Staff pick the record that survives. Everything that belonged to the other record
(appointments, forms sent to the kiosk, drafts, stored files, history pulled from the
server) is moved to the survivor; fields empty on the survivor may be filled from the
other record. The other record is kept, marked ``merged_into`` the survivor: it leaves
the search index and duplicate matching, and opening it gives the survivor
(:func:`desk.frontdesk.patients.get`).

All of it happens in the caller's transaction, with one audit entry per record
("patient.merge", outcome ``kept`` or ``retired``; never the data) and outbox entries for
the survivor, the retired record (sent as an inactive Patient linked to the survivor) and
every appointment that moved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.frontdesk.model import VISIT_STATES, Patient
from desk.storage import Actor, audit, outbox
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.database import among
from desk.storage.schema import (
    appointment,
    blob,
    draft,
    history_resource,
    image_instance,
    intake,
    patient,
)
from desk.words import translate

# Fields that may be copied to the survivor when it has none.
FILLABLE = ("birth_date", "sex", "phone", "email", "address", "city", "postal_code", "state")

# The records that make up a patient's history, by the column naming the patient.
LINKED: dict[str, sa.Column] = {
    "appointments": appointment.c.patient_id,
    "forms": intake.c.patient_id,
    "drafts": draft.c.patient_id,
    "history": history_resource.c.patient_id,
    "images": image_instance.c.patient_id,
}


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two records as the merge screen shows it, with what hangs off it."""

    patient: Patient
    counts: Mapping[str, int]  # LINKED kinds, "files" and "visits"


@dataclass(frozen=True, slots=True)
class Merged:
    """What a merge did: the survivor as saved, how many records of each kind moved, and
    the old files to :meth:`~desk.storage.blobs.BlobStore.discard` once committed."""

    survivor: Patient
    retired_id: str
    moved: Mapping[str, int]
    stale_files: tuple[str, ...] = ()


def is_empty(p: Patient, name: str) -> bool:
    return getattr(p, name) in (None, "", "unknown")


def fillable(survivor: Patient, other: Patient) -> list[str]:
    """The fields the survivor lacks and the other record has."""
    return [n for n in FILLABLE if is_empty(survivor, n) and not is_empty(other, n)]


def sides(conn: sa.Connection, first_id: str, second_id: str) -> tuple[Side, Side]:
    """Both records with their counts; refuses a pair that cannot be merged."""
    first, second = _pair(conn, first_id, second_id)
    return _side(conn, first), _side(conn, second)


def merge(conn: sa.Connection, blobs: BlobStore | None, survivor_id: str, retired_id: str,
          actor: Actor, *, take: Iterable[str] = (), send: bool = True) -> Merged:
    """Merge ``retired_id`` into ``survivor_id`` in ``conn``'s transaction.

    ``take`` names fields (from :data:`FILLABLE`) empty on the survivor to fill from the
    other record. ``send=False`` for a merge the server already holds (made at another
    desk): nothing goes to the outbox. Raises :class:`DeskError` for a record merged into
    itself, a record already merged, or one no longer in the workspace.
    """
    keep, other = _pair(conn, survivor_id, retired_id)
    take = list(dict.fromkeys(take))
    if set(take) - set(fillable(keep, other)):
        raise DeskError(translate("DeskError", "Only details missing from the record you keep "
                                               "can be copied from the other "
                                               "record."), kind="input")
    for name in take:
        setattr(keep, name, getattr(other, name))
    now = stamp()
    moved_appointments = list(conn.execute(sa.select(appointment.c.id).where(
        appointment.c.patient_id == retired_id)).scalars())
    moved = {kind: conn.execute(sa.update(column.table).where(column == retired_id)
                                .values(patient_id=survivor_id)).rowcount
             for kind, column in LINKED.items()}
    stale = _move_files(conn, blobs, retired_id, survivor_id)
    moved["files"] = len(stale)
    # records merged into the retired one before now point straight at the survivor
    conn.execute(patient.update().where(patient.c.merged_into == retired_id)
                 .values(merged_into=survivor_id, updated_at=now))
    conn.execute(patient.update().where(patient.c.id == retired_id)
                 .values(merged_into=survivor_id, updated_at=now))
    if take:
        conn.execute(patient.update().where(patient.c.id == survivor_id)
                     .values(**{n: getattr(keep, n) for n in take}, updated_at=now))
    conn.execute(appointment.update().where(appointment.c.id.in_(moved_appointments))
                 .values(updated_at=now))
    found = patients.index(conn)
    found.update(keep)
    found.remove(retired_id)
    if send:
        outbox.enqueue(conn, patients.RECORD, survivor_id, "update")
        outbox.enqueue(conn, patients.RECORD, retired_id, "update")
        for appointment_id in moved_appointments:
            outbox.enqueue(conn, "Appointment", appointment_id, "update")
    audit.record(conn, actor, "patient.merge", patients.RECORD, survivor_id, outcome="kept")
    audit.record(conn, actor, "patient.merge", patients.RECORD, retired_id, outcome="retired")
    return Merged(keep, retired_id, moved, tuple(stale))


def links(conn: sa.Connection, patient_ids: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """Merge links of these patients, as FHIR ``Patient.link`` types: a retired record is
    ``replaced-by`` its survivor; a survivor ``replaces`` each record merged into it."""
    out: dict[str, list[tuple[str, str]]] = {}
    wanted = set(patient_ids)
    if not wanted:
        return out
    for rid, survivor in conn.execute(
            sa.select(patient.c.id, patient.c.merged_into).where(
                patient.c.merged_into.is_not(None),
                among(patient.c.id, wanted) | among(patient.c.merged_into, wanted))):
        if rid in wanted:
            out.setdefault(rid, []).append((survivor, "replaced-by"))
        if survivor in wanted:
            out.setdefault(survivor, []).append((rid, "replaces"))
    return out


def counts(conn: sa.Connection, patient_id: str) -> dict[str, int]:
    """How many records of each kind belong to a patient, and how many visits."""
    def number(query: sa.Select) -> int:
        return int(conn.execute(query).scalar_one())

    found = {kind: number(sa.select(sa.func.count()).where(column == patient_id))
             for kind, column in LINKED.items()}
    found["files"] = number(sa.select(sa.func.count()).select_from(blob).where(
        blob.c.record_type == patients.RECORD, blob.c.record_id == patient_id))
    found["visits"] = number(sa.select(sa.func.count()).select_from(appointment).where(
        appointment.c.patient_id == patient_id, appointment.c.state.in_(VISIT_STATES)))
    return found


def _side(conn: sa.Connection, p: Patient) -> Side:
    return Side(p, counts(conn, p.id))


def _pair(conn: sa.Connection, survivor_id: str, retired_id: str) -> tuple[Patient, Patient]:
    if survivor_id == retired_id:
        raise DeskError(translate("DeskError", "A record cannot be merged with itself. Choose "
                                               "two different records."), kind="input")
    rows = {row.id: row for row in conn.execute(
        sa.select(patient.c.id, patient.c.merged_into)
        .where(patient.c.id.in_((survivor_id, retired_id))))}
    if len(rows) < 2:
        raise DeskError(translate("DeskError", "One of these records is no longer in the "
                                               "workspace."), kind="input")
    for rid in (survivor_id, retired_id):
        if rows[rid].merged_into is not None:
            raise DeskError(translate("DeskError", "One of these records was already merged "
                                                   "into another record. Search again and merge "
                                                   "the record that was kept."), kind="input")
    found = patients.load(conn, [survivor_id, retired_id])
    return found[survivor_id], found[retired_id]


def _move_files(conn: sa.Connection, blobs: BlobStore | None, retired_id: str,
                survivor_id: str) -> list[str]:
    """Re-seal the retired record's files for the survivor; returns the old ids."""
    old = list(conn.execute(sa.select(blob.c.id).where(
        blob.c.record_type == patients.RECORD, blob.c.record_id == retired_id)).scalars())
    if not old:
        return []
    if blobs is None:
        raise DeskError(translate("DeskError", "The record's files cannot be moved without the "
                                               "workspace's file store."), kind="storage")
    for blob_id in old:
        blobs.rebind(conn, blob_id, patients.RECORD, survivor_id)
    return old
