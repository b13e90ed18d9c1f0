"""Server-sourced values written to the local patient and appointment tables, without
outbox entries: records written by a pull or a merge never go back to the server."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, audit
from desk.storage.clock import stamp
from desk.storage.database import among, insert_rows
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import patient as patient_table
from desk.sync.tables import sync_record

_LOCAL_TABLES = {"Patient": patient_table, "Appointment": appointment_table}


def patient_resolver(conn: sa.Connection) -> Callable[[str], str | None]:
    """Local patient ids of references; a merged record resolves to its survivor."""
    def resolve(ref: str) -> str | None:
        sid = ref.rsplit("/", 1)[-1]
        rid = conn.execute(sa.select(sync_record.c.record_id).where(
            sync_record.c.record_type == "Patient",
            sync_record.c.server_id == sid)).scalar()
        return patients.current_id(conn, rid) if rid is not None else None
    return resolve


def appointment_local(a: Appointment) -> Appointment:
    """The schedule keeps naive local times."""
    a.start = _naive_local(a.start)
    if a.arrived_at is not None:
        a.arrived_at = _naive_local(a.arrived_at)
    return a


def _naive_local(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def write_local(conn: sa.Connection, rtype: str, rid: str, values: Mapping[str, Any]) -> None:
    """Write server-sourced values to a local row, without an outbox entry."""
    table = _LOCAL_TABLES[rtype]
    done = conn.execute(table.update().where(table.c.id == rid).values(
        **_local_values(rtype, values, stamp())))
    if done.rowcount:
        _audit_pulled(conn, rtype, [rid])


def write_pulled(conn: sa.Connection, rtype: str,
                 records: Sequence[Patient | Appointment]) -> None:
    """Write pulled records to their local rows, making the rows that are missing; no
    outbox entries."""
    if not records:
        return
    table = _LOCAL_TABLES[rtype]
    columns = patients.COLUMNS if rtype == "Patient" else schedule.COLUMNS
    latest = {record.id: record for record in records}  # a record given twice: the last
    have = set(conn.execute(sa.select(table.c.id).where(among(table.c.id, list(latest))))
               .scalars())
    now = stamp()
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    inserts: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    read = operator.attrgetter(*columns)
    for rid, record in latest.items():
        values = _local_values(rtype, dict(zip(columns, read(record), strict=True)), now)
        if isinstance(record, Patient) and rid not in have and "mrn" not in values:
            values["mrn"] = record.mrn = patients.next_mrn(conn)
        values["id"] = rid
        # statements take the same columns for every row: group by the columns given
        target = updates if rid in have else inserts
        target.setdefault(tuple(values), []).append(values)
    for group in updates.values():
        conn.execute(table.update().where(table.c.id == sa.bindparam("_id")).values(
            {k: sa.bindparam(k, type_=table.c[k].type) for k in group[0] if k != "id"}),
            [{**{k: v for k, v in values.items() if k != "id"}, "_id": values["id"]}
             for values in group])
    for group in inserts.values():
        insert_rows(conn, table, group)
    _audit_pulled(conn, rtype, list(latest),
                  [record for rid, record in latest.items() if rid not in have])


_WRITTEN = {"Patient": frozenset(patients.COLUMNS) - {"id"},
            "Appointment": frozenset(schedule.COLUMNS) - {"id"}}  # columns a pull writes


def _local_values(rtype: str, values: Mapping[str, Any], now: str) -> dict[str, Any]:
    columns = _WRITTEN[rtype]
    data = {k: v for k, v in values.items() if k in columns}
    data["updated_at"] = now
    if rtype == "Patient" and "mrn" in data and not data["mrn"]:
        data.pop("mrn")  # keep the local MRN (a new record is given one)
    return data


def _audit_pulled(conn: sa.Connection, rtype: str, ids: list[str],
                  inserted: Sequence[Patient | Appointment] = ()) -> None:
    """Audit records written from the server; patients' search entries change in the same
    transaction as their rows (those just ``inserted`` are indexed as they are)."""
    audit.record_many(conn, SYSTEM, [(f"{rtype.lower()}.pull", rtype, rid) for rid in ids])
    if rtype == "Patient":
        new = {record.id for record in inserted}
        patients.reindex(conn, [rid for rid in ids if rid not in new])
        patients.index(conn).add_all([p for p in inserted if isinstance(p, Patient)])
