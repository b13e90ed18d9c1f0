"""What a record waiting in the outbox becomes for a push: a :class:`Change` that renders
its resource once the server ids it refers to are known, or nothing when the server
already holds what desk would send."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from desk.frontdesk import merge, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage.blobs import BlobStore
from desk.sync import records
from desk.sync.bundle import Change
from desk.sync.mapping import MappingOptions
from desk.sync.mapping_appointments import appointment_patient_reference, appointment_to_fhir
from desk.sync.mapping_patients import patient_to_fhir
from desk.sync.synced import same, server_ids, sync_rows

LOAD_WINDOWS = (50, 1000)  # records loaded and mapped at a time while bundles go out: a
# small first window gets the first bundle out soon; the next is read before the first
# results are written (reads after a write find their cached pages stale, and decrypt again)


@dataclass(slots=True)
class Pending:
    record_type: str
    record_id: str
    seqs: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Loaded:
    """What a window of pending records needs to become changes."""
    synced: dict[tuple[str, str], Any]  # sync rows of the records synced before
    people: Mapping[str, Patient]
    appts: Mapping[str, Appointment]
    links: Mapping[str, list[tuple[str, str]]]  # merge links of the patients
    sources: records.Sources
    known: dict[tuple[str, str], str]  # server ids of every record referred to

    def patient_sid(self, patient_id: str) -> str | None:
        return self.known.get(("Patient", patient_id))


def windows(pending: list[Pending]) -> Iterator[list[Pending]]:
    first, size = LOAD_WINDOWS
    yield pending[:first]
    for start in range(first, len(pending), size):
        yield pending[start:start + size]


def load(conn: sa.Connection, window: Sequence[Pending], blobs: BlobStore | None) -> Loaded:
    keys = [(p.record_type, p.record_id) for p in window]
    synced = sync_rows(conn, keys)
    people = patients.load(conn, [i for t, i in keys if t == "Patient"])
    appts = schedule.load(conn, [i for t, i in keys if t == "Appointment"])
    links = merge.links(conn, people)
    sources = records.load(conn, keys, blobs)
    referred = (("Patient", {a.patient_id for a in appts.values()}
                 | {other for pairs in links.values() for other, _ in pairs}
                 | sources.patient_ids()),
                ("Appointment", {a.id for a in sources.appointments.values()}),
                ("QuestionnaireResponse", {i.id for i in sources.intakes.values()}))
    known = {(rtype, rid): sid for rtype, rids in referred
             for rid, sid in server_ids(conn, rtype, rids).items()}
    known.update((key, str(row.server_id)) for key, row in synced.items())
    return Loaded(synced, people, appts, links, sources, known)


def change_for(item: Pending, loaded: Loaded, options: MappingOptions) -> Change | None:
    base_row = loaded.synced.get((item.record_type, item.record_id))
    base = json.loads(base_row.base_json) if base_row else None
    server_id = str(base_row.server_id) if base_row else None
    version = str(base_row.version) if base_row and base_row.version else None
    if item.record_type in records.TYPES:
        change = records.change_for(item.record_type, item.record_id, loaded.sources)
        if change is None:
            return None
        change.server_id, change.version = server_id, version
        return change
    if item.record_type == "Patient":
        return _patient_change(item, loaded, options, base, server_id, version)
    return _appointment_change(item, loaded, base, server_id, version)


def _patient_change(item: Pending, loaded: Loaded, options: MappingOptions,
                    base: dict[str, Any] | None, server_id: str | None,
                    version: str | None) -> Change | None:
    links = loaded.links
    p = loaded.people.get(item.record_id)
    if p is None:
        return Change("Patient", item.record_id, lambda ref: {}, server_id=server_id,
                      version=version, delete=True) if server_id else None
    retired = any(kind == "replaced-by" for _, kind in links.get(p.id, ()))
    if retired and server_id is None:
        return None  # merged before it reached the server: nothing to retire there
    # a survivor names the merged records the server has
    shown = [(other, kind) for other, kind in links.get(p.id, ())
             if kind == "replaced-by" or loaded.patient_sid(other) is not None]

    def render_patient(ref: Callable[[str, str], str], p: Patient = p) -> dict[str, Any]:
        return patient_to_fhir(p, options=options, server_id=server_id, onto=base,
                               active=not retired,
                               links=[(ref("Patient", o), k) for o, k in shown])

    def seen(rtype: str, rid: str) -> str:
        return f"{rtype}/{loaded.patient_sid(rid) or ''}"

    if base is not None and same(render_patient(seen), base):
        return None
    return Change("Patient", p.id, render_patient,
                  references=tuple(("Patient", o) for o, _ in shown),
                  server_id=server_id, version=version)


def _appointment_change(item: Pending, loaded: Loaded, base: dict[str, Any] | None,
                        server_id: str | None, version: str | None) -> Change | None:
    a = loaded.appts.get(item.record_id)
    if a is None:
        return Change("Appointment", item.record_id, lambda ref: {}, server_id=server_id,
                      version=version, delete=True) if server_id else None

    def render_appt(ref: Callable[[str, str], str], a: Appointment = a) -> dict[str, Any]:
        return appointment_to_fhir(a, patient_reference=ref("Patient", a.patient_id),
                                   server_id=server_id, onto=base)

    if base is not None:
        ref_in_base = appointment_patient_reference(base) or ""
        # the patient may have changed (patients merged): then it is not the same
        same_patient = ref_in_base.rsplit("/", 1)[-1] == loaded.patient_sid(a.patient_id)
        if same_patient and same(render_appt(lambda t, i: ref_in_base), base):
            return None
    return Change("Appointment", a.id, render_appt,
                  references=(("Patient", a.patient_id),), server_id=server_id,
                  version=version)
