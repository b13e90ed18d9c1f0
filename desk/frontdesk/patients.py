"""Patients in the workspace: register, change, read. Each write is audited and queued.

Every function that changes a patient writes the row, an outbox entry and an audit entry in
one transaction (the caller's ``conn``), so a change reaches the server exactly when it is
saved locally.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk.model import SEXES, VISIT_STATES, Patient
from desk.frontdesk.search import PatientIndex
from desk.storage import Actor, audit, outbox
from desk.storage.clock import stamp
from desk.storage.database import among
from desk.storage.schema import appointment, patient, workspace_info
from desk.words import translate

RECORD = "Patient"
COLUMNS = tuple(f.name for f in fields(Patient) if f.name != "last_visit")
"""The ``patient`` columns that make a :class:`Patient`."""
_MRN_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY"  # no I/O/S/Z/B: they read as digits


def _row_to_patient(row: sa.Row) -> Patient:
    return Patient(**{name: getattr(row, name) for name in COLUMNS})


def _validate(p: Patient) -> None:
    if not p.family.strip() or not p.given.strip():
        raise DeskError(translate("DeskError", "Enter the patient's family name "
                                               "and given name."), kind="input")
    if p.sex not in SEXES:
        raise DeskError(translate("DeskError", "Sex must be one of: {value}.")
                        .format(value=', '.join(SEXES)), kind="input")


def next_mrn(conn: sa.Connection) -> str:
    """A new medical record number: this workstation's code and a counter (``KQT000123``)."""
    code = _info(conn, "mrn_prefix")
    if code is None:
        code = "".join(secrets.choice(_MRN_ALPHABET) for _ in range(3))
        conn.execute(workspace_info.insert().values(key="mrn_prefix", value=code))
    counter = int(_info(conn, "mrn_counter") or 0) + 1
    conn.execute(sa.delete(workspace_info).where(workspace_info.c.key == "mrn_counter"))
    conn.execute(workspace_info.insert().values(key="mrn_counter", value=str(counter)))
    return f"{code}{counter:06d}"


def _info(conn: sa.Connection, key: str) -> str | None:
    return conn.execute(sa.select(workspace_info.c.value)
                        .where(workspace_info.c.key == key)).scalar()


def index(conn: sa.Connection, *, day_first: bool = True) -> PatientIndex:
    """The search index in ``conn``'s database, built from the patients on first use."""
    found = PatientIndex(conn, day_first=day_first)
    if found.ensure_schema():
        found.rebuild(all_patients(conn))
    return found


def register(conn: sa.Connection, p: Patient, actor: Actor) -> Patient:
    """Save a new patient (giving it an MRN if it has none)."""
    _validate(p)
    if not p.mrn:
        p.mrn = next_mrn(conn)
    values = {k: v for k, v in asdict(p).items() if k in COLUMNS}
    conn.execute(patient.insert().values(**values, updated_at=stamp()))
    index(conn).add(p)
    outbox.enqueue(conn, RECORD, p.id, "create")
    audit.record(conn, actor, "patient.create", RECORD, p.id)
    return p


def update(conn: sa.Connection, p: Patient, actor: Actor) -> None:
    """Save changed demographics of an existing patient."""
    _validate(p)
    values = {k: v for k, v in asdict(p).items() if k in COLUMNS and k != "id"}
    done = conn.execute(patient.update().where(patient.c.id == p.id)
                        .values(**values, updated_at=stamp()))
    if done.rowcount != 1:
        raise DeskError(translate("DeskError", "That patient is no longer in "
                                               "the workspace."), kind="input")
    index(conn).update(p)
    outbox.enqueue(conn, RECORD, p.id, "update")
    audit.record(conn, actor, "patient.update", RECORD, p.id)


@dataclass(frozen=True, slots=True)
class Found:
    """A search result: the patient (with last visit), how well it matched, and on what."""

    patient: Patient
    score: float
    matched: tuple[str, ...]


def find(conn: sa.Connection, text: str, *, limit: int = 50,
         day_first: bool = True) -> list[Found]:
    """Patients matching the search box text, best first (see :meth:`PatientIndex.search`)."""
    hits = index(conn, day_first=day_first).search(text, limit=limit)
    people = get_many(conn, [h.patient_id for h in hits])
    return [Found(people[h.patient_id], h.score, h.matched) for h in hits
            if h.patient_id in people]


def _with_last_visit() -> sa.Select:
    last = (sa.select(sa.func.max(appointment.c.start))
            .where(appointment.c.patient_id == patient.c.id,
                   appointment.c.state.in_(VISIT_STATES))
            .scalar_subquery())
    return sa.select(patient, sa.func.date(last).label("last_visit_text"))


def current_id(conn: sa.Connection, patient_id: str) -> str:
    """The record that stands for ``patient_id`` now: itself, or the record it was merged
    into."""
    seen = {patient_id}
    while (target := conn.execute(sa.select(patient.c.merged_into).where(
            patient.c.id == patient_id)).scalar()) and target not in seen:
        seen.add(target)
        patient_id = target
    return patient_id


def get(conn: sa.Connection, patient_id: str, actor: Actor | None = None) -> Patient:
    """One patient; with ``actor``, the view is written to the audit log. A record merged
    into another gives the one it was merged into."""
    patient_id = current_id(conn, patient_id)
    row = conn.execute(_with_last_visit().where(patient.c.id == patient_id)).first()
    if row is None:
        raise DeskError(translate("DeskError", "That patient is not in the "
                                               "workspace."), kind="input")
    if actor is not None:
        audit.record(conn, actor, "patient.view", RECORD, patient_id)
    return _from_row(row)


def reindex(conn: sa.Connection, patient_ids: Sequence[str]) -> None:
    """Bring these patients' search entries up to date (a merged record has none)."""
    if not patient_ids:
        return
    rows = {row.id: row for row in conn.execute(sa.select(patient).where(
        among(patient.c.id, patient_ids)))}
    found = index(conn)
    current = []
    for patient_id in patient_ids:
        row = rows.get(patient_id)
        if row is None or row.merged_into is not None:
            found.remove(patient_id)
        else:
            current.append(_row_to_patient(row))
    found.add_all(current)


def get_many(conn: sa.Connection, ids: Iterable[str]) -> dict[str, Patient]:
    wanted = list(ids)
    rows = conn.execute(_with_last_visit().where(patient.c.id.in_(wanted)))
    return {row.id: _from_row(row) for row in rows}


def load(conn: sa.Connection, ids: Sequence[str]) -> dict[str, Patient]:
    """Patients by id without their visit history (bulk work: sync, indexing)."""
    if not ids:
        return {}
    columns = [patient.c[name] for name in COLUMNS]  # in field order: built positionally
    rows = conn.execute(sa.select(*columns).where(among(patient.c.id, ids))).tuples()
    return {p.id: p for p in (Patient(*row) for row in rows)}


def all_patients(conn: sa.Connection) -> list[Patient]:
    rows = conn.execute(sa.select(patient).where(patient.c.merged_into.is_(None)))
    return [_row_to_patient(row) for row in rows]


def count(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(patient)
                        .where(patient.c.merged_into.is_(None))).scalar_one()


def _from_row(row: sa.Row) -> Patient:
    p = _row_to_patient(row)
    if row.last_visit_text:
        p.last_visit = date.fromisoformat(row.last_visit_text)
    return p
