"""Records desk only pushes: visits, intake responses, consents, their PDFs, audit entries.

- ``Encounter``: opened by an appointment's arrival (record id from
  :func:`desk.frontdesk.schedule.encounter_id`), its status following the appointment.
- ``QuestionnaireResponse``: a completed intake (record id: the intake's).
- ``Task``: a form sent under a check-in code (record id from
  :func:`desk.frontdesk.intake_records.task_id`), see
  :mod:`desk.sync.tasks`; the QuestionnaireResponse is based on it.
- ``Consent``: a completed consent form (record id from
  :func:`desk.frontdesk.intake_records.consent_id`).
- ``DocumentReference``: the PDF of a completed intake (record id: its blob's).
- ``AuditEvent``: each local audit entry, sent straight from the audit log in order. A
  mark in the sync state says how far the log is on the server; an entry the server
  refuses gets an outbox entry (quarantined, shown and retried like any refused record)
  and the mark moves past it. The record id holds the entry's sequence number under a
  per-workspace prefix.

The sync engine asks :func:`load` for what a batch of waiting records needs, then
:func:`change_for` for each one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from desk.frontdesk import intake, intake_records, schedule
from desk.frontdesk.intake import Intake
from desk.frontdesk.model import Appointment
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.database import among
from desk.storage.schema import audit, blob, outbox
from desk.sync import tasks
from desk.sync.bundle import Change, RefResolver
from desk.sync.mapping_records import (
    audit_event_search,
    audit_event_to_fhir,
    consent_to_fhir,
    document_reference_to_fhir,
    encounter_to_fhir,
    questionnaire_response_to_fhir,
)
from desk.sync.tables import get_state, put_state

AUDIT = "AuditEvent"
TYPES = ("Encounter", "QuestionnaireResponse", "Task", "Consent", "DocumentReference", AUDIT)
"""In the order they are sent: a record before those that refer to it."""
_SEQ_BITS = 48
Render = Callable[[RefResolver], dict[str, Any]]


@dataclass(slots=True)
class Sources:
    """What the waiting records of one push round are made from."""

    appointments: dict[str, Appointment] = field(default_factory=dict)
    intakes: dict[str, Intake] = field(default_factory=dict)
    documents: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # blob: intake, pdf
    audit_rows: dict[str, Any] = field(default_factory=dict)
    task_context: tasks.Context = field(default_factory=tasks.Context)

    def patient_ids(self) -> set[str]:
        return ({a.patient_id for a in self.appointments.values()}
                | {i.patient_id for i in self.intakes.values()})


def load(conn: sa.Connection, keys: Iterable[tuple[str, str]],
         blobs: BlobStore | None) -> Sources:
    """Read what the records ``keys`` (type, record id) are made from."""
    wanted: dict[str, list[str]] = {t: [] for t in TYPES}
    for rtype, rid in keys:
        if rtype in wanted:
            wanted[rtype].append(rid)
    src = Sources()
    src.appointments = schedule.load(conn, [schedule.appointment_of(e)
                                            for e in wanted["Encounter"]])
    if blobs is not None and wanted["DocumentReference"]:
        for row in conn.execute(sa.select(blob.c.id, blob.c.record_id)
                                .where(among(blob.c.id, wanted["DocumentReference"]))):
            src.documents[row.id] = (row.record_id, blobs.get(conn, row.id))
    intake_ids = (set(wanted["QuestionnaireResponse"])
                  | {intake_records.intake_of_task(t) for t in wanted["Task"]}
                  | {intake_records.intake_of_consent(c) for c in wanted["Consent"]}
                  | {i for i, _ in src.documents.values()})
    src.intakes = intake.load(conn, intake_ids)
    src.task_context = tasks.load_context(conn, src.intakes)
    seqs = {audit_seq(r): r for r in wanted[AUDIT]}
    if seqs:
        for row in conn.execute(sa.select(audit).where(among(audit.c.seq, seqs))):
            src.audit_rows[seqs[row.seq]] = row
    return src


def change_for(rtype: str, rid: str, src: Sources) -> Change | None:
    """The change that sends record ``rid``; None when there is nothing to send."""
    if rtype == "Encounter":
        return _encounter(rid, src)
    if rtype == AUDIT:
        row = src.audit_rows.get(rid)
        if row is None:
            return None
        return Change(AUDIT, rid, lambda ref: audit_event_to_fhir(
            record_id=rid, at=row.at, username=row.username, action=row.action,
            record_type=row.record_type, subject_id=row.record_id, outcome=row.outcome,
            chain=(row.seq, row.hash)),
            match=audit_event_search(rid))
    if rtype == "Task":
        return tasks.change_for(src.intakes.get(intake_records.intake_of_task(rid)),
                                src.task_context)
    intake_id = {"QuestionnaireResponse": rid, "Consent": intake_records.intake_of_consent(rid),
                 "DocumentReference": src.documents.get(rid, ("", b""))[0]}[rtype]
    found = src.intakes.get(intake_id)
    if found is None or found.response is None:
        return None
    refs = (("Patient", found.patient_id), ("QuestionnaireResponse", found.id))
    if rtype == "QuestionnaireResponse":
        based_on = tasks.based_on(found.id, src.task_context)

        def render_response(ref: RefResolver) -> dict[str, Any]:
            out = questionnaire_response_to_fhir(found.response or {}, record_id=rid,
                                                 patient_reference=ref("Patient",
                                                                       found.patient_id))
            if based_on:
                out["basedOn"] = based_on
            return out

        return Change(rtype, rid, render_response, references=refs[:1])
    render = _consent(found, rid) if rtype == "Consent" else _document(
        found, rid, src.documents[rid][1])
    return Change(rtype, rid, render, references=refs)


def _encounter(rid: str, src: Sources) -> Change | None:
    appt = src.appointments.get(schedule.appointment_of(rid))
    if appt is None:
        return None

    def render(ref: RefResolver) -> dict[str, Any]:
        return encounter_to_fhir(appt, record_id=rid,
                                 patient_reference=ref("Patient", appt.patient_id),
                                 appointment_reference=ref("Appointment", appt.id))

    return Change("Encounter", rid, render, references=(("Patient", appt.patient_id),
                                                        ("Appointment", appt.id)))


def _consent(found: Intake, rid: str) -> Render:
    response = found.response or {}
    signed = _answer(response, "signed-on", "valueDate")

    def render(ref: RefResolver) -> dict[str, Any]:
        return consent_to_fhir(record_id=rid, patient_reference=ref("Patient", found.patient_id),
                               response_reference=ref("QuestionnaireResponse", found.id),
                               agreed=intake_records.consent_given(response), signed=signed)

    return render


def _document(found: Intake, rid: str, pdf: bytes) -> Render:
    created = (found.completed_at or found.sent_at).isoformat(timespec="seconds")

    def render(ref: RefResolver) -> dict[str, Any]:
        return document_reference_to_fhir(
            pdf, record_id=rid, patient_reference=ref("Patient", found.patient_id),
            response_reference=ref("QuestionnaireResponse", found.id), title=found.title,
            created=created)

    return render


def _answer(response: Mapping[str, Any], link_id: str, key: str) -> str | None:
    for item in response.get("item") or []:
        if item.get("linkId") == link_id:
            for answer in item.get("answer") or []:
                if key in answer:
                    return str(answer[key])
    return None


# -- audit entries ----------------------------------------------------------------------


# Entries up to this sequence number are on the server or in the outbox. (The name is
# from when every entry was first copied into the outbox.)
_AUDIT_MARK = "audit:spooled"


def audit_prefix(conn: sa.Connection) -> str:
    """The workspace's audit record id prefix, made on first use."""
    prefix = get_state(conn, "audit:prefix")
    if prefix is None:
        prefix = str(uuid.uuid4())
        put_state(conn, "audit:prefix", prefix)
    return prefix


def unsent_audit(conn: sa.Connection) -> list[int]:
    """Sequence numbers of the audit entries not sent yet, oldest first."""
    done = int(get_state(conn, _AUDIT_MARK) or 0)
    return list(conn.execute(sa.select(audit.c.seq).where(audit.c.seq > done)
                             .order_by(audit.c.seq)).scalars())


def mark_audit_sent(conn: sa.Connection, seq: int) -> None:
    """Entries up to ``seq`` are on the server (or refused and in the outbox)."""
    put_state(conn, _AUDIT_MARK, str(seq))


def refuse_audit(conn: sa.Connection, record_id: str, error: str) -> None:
    """Keep an audit entry the server refused in the outbox, quarantined with its error."""
    conn.execute(outbox.insert().values(record_type=AUDIT, record_id=record_id, op="create",
                                        created_at=stamp(), state="quarantined",
                                        last_error=error, attempts=1))


def audit_record_id(prefix: str, seq: int) -> str:
    """The record id of audit entry ``seq``: the workspace's prefix (a UUID) with the
    number in its last 48 bits, its last 12 hex digits (the version and variant bits stay
    those of the prefix)."""
    return f"{prefix[:-12]}{seq & ((1 << _SEQ_BITS) - 1):012x}"


def audit_seq(record_id: str) -> int:
    return int(record_id[-12:], 16)
