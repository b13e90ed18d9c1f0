"""Conflicts: a 412 (someone changed the record on the server) merged field by field
against the last synced copy; fields both sides changed differently go to the
``conflict`` table and the server keeps its value for them until staff choose. Also the
staff's answers to the attention list: a conflict resolved, a refused record retried."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Actor, audit
from desk.storage.clock import stamp
from desk.storage.database import among, reading, transaction
from desk.storage.schema import outbox
from desk.sync import records
from desk.sync.bundle import Change
from desk.sync.client import FhirClient
from desk.sync.local import appointment_local, patient_resolver, write_local
from desk.sync.mapping import MappingOptions
from desk.sync.mapping_appointments import APPOINTMENT_FIELDS, appointment_from_fhir
from desk.sync.mapping_patients import PATIENT_FIELDS, patient_from_fhir
from desk.sync.synced import digest, save_sync, sync_rows
from desk.sync.tables import conflict
from desk.words import translate


def resolve_412(db: sa.Engine, client: FhirClient, options: MappingOptions, change: Change,
                seqs: list[int]) -> Literal["merged", "conflict"] | None:
    """Someone changed the record on the server: merge, so that it is sent again against
    the server's version (``"merged"``), or hold its outbox entries ``seqs`` as in
    conflict. None: desk has no synced copy of it."""
    with reading(db) as conn:
        row = sync_rows(conn, [(change.record_type, change.record_id)]).get(
            (change.record_type, change.record_id))
    if row is None:
        return None
    server = client.read(change.record_type, str(row.server_id))
    assert server.resource is not None
    if change.record_type in records.TYPES:
        # desk alone writes these: its copy goes again over the server's version
        with transaction(db) as conn:
            save_sync(conn, change.record_type, change.record_id, str(row.server_id),
                      server.version, server.resource)
        return "merged"
    clashes = merge(db, options, change.record_type, change.record_id, server.resource,
                    server.version, held=seqs)
    return "conflict" if clashes else "merged"


def merge(db: sa.Engine, options: MappingOptions, record_type: str, record_id: str,
          server_res: dict[str, Any], server_version: str | None,
          held: Sequence[int] = ()) -> list[str]:
    """Three-way merge of the local record with the server's copy against the last
    synced base. Writes the merged record locally (no outbox entry), the server's copy
    as the new base, and clashes to ``conflict``; returns the clashing fields. On a
    clash the outbox entries ``held`` wait in conflict, in the same transaction: staff
    may settle the conflict the moment it shows, and settling releases them."""
    with transaction(db) as conn:
        base_row = sync_rows(conn, [(record_type, record_id)]).get((record_type, record_id))
        if base_row is not None and digest(server_res) in (base_row.sent_hash or "").split():
            # desk's own update whose answer was lost: no one else changed anything
            save_sync(conn, record_type, record_id, str(server_res.get("id")),
                      server_version, server_res)
            return []
        base_res = json.loads(base_row.base_json) if base_row else None
        local, server_rec, base_rec = _three(conn, options, record_type, record_id,
                                             server_res, base_res)
        names = PATIENT_FIELDS if record_type == "Patient" else APPOINTMENT_FIELDS
        merged: dict[str, Any] = {}
        clashes: list[str] = []
        for name in names:
            mine, theirs = getattr(local, name), getattr(server_rec, name)
            was = getattr(base_rec, name) if base_rec is not None else theirs
            if mine in (theirs, was):
                merged[name] = theirs
            elif theirs == was:
                merged[name] = mine
            else:
                merged[name] = theirs  # the server keeps it until staff choose
                clashes.append(name)
                conn.execute(conflict.insert().values(
                    record_type=record_type, record_id=record_id, field=name,
                    local_value=_text(mine), server_value=_text(theirs),
                    base_value=_text(was), server_version=server_version,
                    created_at=stamp()))
        if clashes:
            # keep the local values of clashing fields on screen until resolved
            for name in clashes:
                merged[name] = getattr(local, name)
            conn.execute(outbox.update().where(among(outbox.c.seq, held))
                         .values(state="conflict", last_error="Changed here and on the server"))
        write_local(conn, record_type, record_id, merged)
        save_sync(conn, record_type, record_id, str(server_res.get("id")),
                  server_version, server_res)
        audit.record(conn, SYSTEM, f"{record_type.lower()}.merge", record_type, record_id,
                     outcome="conflict" if clashes else "ok")
    return clashes


Record = Patient | Appointment


def _three(conn: sa.Connection, options: MappingOptions, record_type: str, record_id: str,
           server_res: dict[str, Any], base_res: dict[str, Any] | None
           ) -> tuple[Record, Record, Record | None]:
    """The three sides of a merge as records: the local one, the server's, the base."""
    if record_type == "Patient":
        return (patients.load(conn, [record_id])[record_id],
                patient_from_fhir(server_res, options=options),
                patient_from_fhir(base_res, options=options) if base_res else None)
    resolve = patient_resolver(conn)
    return (schedule.load(conn, [record_id])[record_id],
            appointment_local(appointment_from_fhir(server_res, patient_id_for=resolve)),
            appointment_local(appointment_from_fhir(base_res, patient_id_for=resolve))
            if base_res else None)


@dataclass(frozen=True, slots=True)
class ConflictField:
    """One field both sides changed: the values as text (JSON, or ISO dates)."""

    id: int
    record_type: str
    record_id: str
    field: str
    local_value: str | None
    server_value: str | None
    base_value: str | None

    def value(self, side: str) -> Any:
        """One side's value (``"base"``, ``"local"`` or ``"server"``) as records hold it."""
        text = {"base": self.base_value, "local": self.local_value,
                "server": self.server_value}[side]
        return _untext(self.record_type, self.field, text)


def open_conflicts(db: sa.Engine, record_type: str | None = None,
                   record_id: str | None = None) -> list[ConflictField]:
    """The unresolved conflicting fields, oldest first (for the resolve screen). The local
    side is what desk holds now: a change made here since the clash is what "keep this
    desk's" would send."""
    query = sa.select(conflict).where(conflict.c.resolved_at.is_(None)).order_by(conflict.c.id)
    if record_type is not None:
        query = query.where(conflict.c.record_type == record_type)
    if record_id is not None:
        query = query.where(conflict.c.record_id == record_id)
    with reading(db) as conn:
        return _with_local_now(conn, list(conn.execute(query)))


def _with_local_now(conn: sa.Connection, rows: Sequence[sa.Row[Any]]) -> list[ConflictField]:
    ids = {t: [r.record_id for r in rows if r.record_type == t]
           for t in ("Patient", "Appointment")}
    held: dict[str, Record] = {**patients.load(conn, ids["Patient"]),
                               **schedule.load(conn, ids["Appointment"])}
    return [ConflictField(r.id, r.record_type, r.record_id, r.field,
                          _text(getattr(held[r.record_id], r.field))
                          if r.record_id in held else r.local_value,
                          r.server_value, r.base_value) for r in rows]


def retry_refused(db: sa.Engine, record_type: str, record_id: str) -> None:
    """Put a quarantined record back in the queue (staff chose "try again")."""
    with transaction(db) as conn:
        conn.execute(outbox.update().where(outbox.c.record_type == record_type,
                                           outbox.c.record_id == record_id,
                                           outbox.c.state == "quarantined")
                     .values(state="pending", last_error=None))


def resolve_conflict(db: sa.Engine, record_type: str, record_id: str, *,
                     keep: str | Mapping[str, str], shown: Sequence[ConflictField] | None = None,
                     actor: Actor = SYSTEM) -> None:
    """Settle every open conflict of a record: ``keep="local"`` sends the local values,
    ``keep="server"`` takes the server's; a mapping chooses per field (every open field
    named, each ``"local"`` or ``"server"``). The record then goes out with If-Match
    against the server version the conflict was found with, so the choice wins on both
    sides. ``shown``: the fields as staff saw them (:func:`open_conflicts`); should the
    record have changed since (here, or by a sync meanwhile), nothing is settled and a
    DeskError says to look again, since the choice was made on other values."""
    with transaction(db) as conn:
        rows = conn.execute(sa.select(conflict).where(
            conflict.c.record_type == record_type, conflict.c.record_id == record_id,
            conflict.c.resolved_at.is_(None))).all()
        if not rows:
            raise DeskError(translate("DeskError", "That record has no open "
                                                   "conflict."), kind="input")
        if shown is not None and set(_with_local_now(conn, rows)) != set(shown):
            raise DeskError(translate("DeskError", "This record changed again while you chose. "
                                                   "Look at it again and choose."), kind="conflict")
        choice = {r.field: keep for r in rows} if isinstance(keep, str) else dict(keep)
        if set(choice) != {r.field for r in rows} or not set(choice.values()) <= {
                "local", "server"}:
            raise ValueError("choose 'local' or 'server' for every open field")
        values = {r.field: _untext(record_type, r.field, r.server_value) for r in rows
                  if choice[r.field] == "server"}
        if values:
            write_local(conn, record_type, record_id, values)
        for side in ("local", "server"):
            ids = [r.id for r in rows if choice[r.field] == side]
            if ids:
                conn.execute(conflict.update().where(conflict.c.id.in_(ids))
                             .values(resolved_at=stamp(), resolution=side))
        conn.execute(outbox.update().where(outbox.c.record_type == record_type,
                                           outbox.c.record_id == record_id,
                                           outbox.c.state == "conflict")
                     .values(state="pending", last_error=None))
        sides = set(choice.values())
        audit.record(conn, actor, f"{record_type.lower()}.conflict."
                     f"{sides.pop() if len(sides) == 1 else 'chosen'}", record_type, record_id)


# -- helpers --------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return json.dumps(value)


def _untext(record_type: str, name: str, text: str | None) -> Any:
    if text is None:
        return None
    if name in ("start", "arrived_at"):
        return datetime.fromisoformat(text)
    if name == "birth_date":
        return date.fromisoformat(text)
    return json.loads(text)

