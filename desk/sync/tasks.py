"""Hand-offs as FHIR ``Task`` resources, for a kiosk on its own tablet (the SDC pattern).

Each form sent under a check-in code is a Task: ``focus`` the Questionnaire (a reference
to a clinic form, an identifier naming one of desk's own, and its canonical as the
``questionnaire`` input), ``for`` the Patient, ``basedOn`` the Appointment (a Task waits for it
to reach the server), ``authoredOn`` when it was sent, its status following the intake's
(requested, completed, cancelled), the ``urn:uuid`` of its record id
(:func:`desk.frontdesk.intake_records.task_id`) as identifier, and the code
only as its hash (:func:`desk.frontdesk.codes.code_hash`) under :data:`CODE_SYSTEM`.

A kiosk tablet's workspace (a :class:`~desk.sync.engine.SyncEngine` with ``kiosk=True``)
pulls nothing but today's requested Tasks, the Patients they name and the clinic forms
they cite, and keeps them as intake rows whose code is the hash, so that
:func:`desk.frontdesk.intake.open_handoff` finds them by the code typed. The patient's
submission goes out through the outbox as any completed intake does (the
QuestionnaireResponse, based on the Task, then the Task completed with the response as
its output); once none of it waits any more, :func:`drop_delivered` forgets it.

The desk asks the server for the responses to its open hand-offs (:func:`file_completed`)
and files each with its PDF, as if completed on its own kiosk.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import catalog, codes, intake, intake_records
from desk.frontdesk.catalog import FormInfo
from desk.frontdesk.intake import Intake
from desk.storage import SYSTEM
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.database import among, batches, reading, transaction
from desk.storage.schema import blob, draft, history_resource, outbox
from desk.storage.schema import intake as intake_table
from desk.storage.schema import patient as patient_table
from desk.sync.bundle import Change, RefResolver
from desk.sync.client import FhirClient, version_of
from desk.sync.history import Reported, store
from desk.sync.mapping import URI_SYSTEM, MappingError, instant, record_id_of, uuid_identifier
from desk.sync.tables import sync_record

if TYPE_CHECKING:
    from desk.forms import Clinic

log = logging.getLogger(__name__)

TASK = intake_records.TASK
CODE_SYSTEM = "urn:desk:fhir:check-in-code-sha256"
FORM_SYSTEM = "urn:desk:fhir:form"
TASK_CODE = {"system": "http://hl7.org/fhir/uv/sdc/CodeSystem/temp",
             "code": "complete-questionnaire"}
STATUS_TO_FHIR = {"sent": "requested", "completed": "completed", "cancelled": "cancelled"}
_SERVER_SET = ("meta", "text", "id")


@dataclass(slots=True)
class Context:
    """What the Tasks of one push round are rendered with, by intake id."""

    bases: dict[str, dict[str, Any]] = field(default_factory=dict)
    server_ids: dict[str, str] = field(default_factory=dict)
    appointments: dict[str, str] = field(default_factory=dict)  # appointment: server id
    forms: dict[str, FormInfo] = field(default_factory=dict)


def load_context(conn: sa.Connection, intakes: Mapping[str, Intake]) -> Context:
    """Read the synced Tasks, appointments and forms of ``intakes``."""
    ctx = Context()
    if not intakes:
        return ctx
    for row in conn.execute(sa.select(sync_record).where(
            sync_record.c.record_type == TASK,
            among(sync_record.c.record_id, [intake_records.task_id(i) for i in intakes]))):
        intake_id = intake_records.intake_of_task(row.record_id)
        ctx.bases[intake_id] = json.loads(row.base_json)
        ctx.server_ids[intake_id] = str(row.server_id)
    appointment_ids = [i.appointment_id for i in intakes.values() if i.appointment_id]
    if appointment_ids:
        ctx.appointments = dict(conn.execute(sa.select(
            sync_record.c.record_id, sync_record.c.server_id).where(
            sync_record.c.record_type == "Appointment",
            among(sync_record.c.record_id, appointment_ids))).tuples().all())
    ctx.forms = catalog.forms_named(conn, {i.questionnaire for i in intakes.values()})
    return ctx


def change_for(found: Intake | None, ctx: Context) -> Change | None:
    """The change that sends an intake's Task; None for a form not sent under a code."""
    if found is None or found.code is None:
        return None
    references: tuple[tuple[str, str], ...] = (("Patient", found.patient_id),)
    if found.appointment_id and found.appointment_id not in ctx.appointments:
        references += (("Appointment", found.appointment_id),)  # going out with it
    if found.status == "completed":
        references += (("QuestionnaireResponse", found.id),)

    def render(ref: RefResolver) -> dict[str, Any]:
        return task_to_fhir(found, ctx, ref)

    return Change(TASK, intake_records.task_id(found.id), render, references=references)


def task_to_fhir(found: Intake, ctx: Context, ref: RefResolver) -> dict[str, Any]:
    """An intake's Task as sent, over the last synced copy (what desk does not know, such
    as the appointment on a tablet, is kept from it)."""
    code = found.code or ""
    hashed = code if len(code) == 64 else codes.code_hash(code)
    out = {k: v for k, v in (ctx.bases.get(found.id) or {}).items() if k not in _SERVER_SET}
    status = STATUS_TO_FHIR.get(found.status, "requested")
    if out.get("status") == "completed" and status == "cancelled":
        status = "completed"  # a form filled in elsewhere is not withdrawn by a late cancel
    out.update({"resourceType": TASK, "status": status, "intent": "order",
                "language": found.language, "code": {"coding": [TASK_CODE]},
                "identifier": [uuid_identifier(intake_records.task_id(found.id)),
                               {"system": CODE_SYSTEM, "value": hashed}],
                "for": {"reference": ref("Patient", found.patient_id)},
                "authoredOn": found.sent_at.isoformat(timespec="seconds")})
    form = ctx.forms.get(found.questionnaire)
    if form is not None:
        out["focus"] = ({"reference": f"Questionnaire/{form.server_id}"} if form.from_clinic
                        else {"identifier": {"system": FORM_SYSTEM, "value": form.name},
                              "display": form.title(found.language)})
        out["input"] = [{"type": {"text": "questionnaire"}, "valueCanonical": form.canonical}]
    if found.appointment_id:
        sid = ctx.appointments.get(found.appointment_id)
        out["basedOn"] = [{"reference": f"Appointment/{sid}" if sid else
                           ref("Appointment", found.appointment_id)}]
    if status == "completed" and found.status == "completed":
        out["output"] = [{"type": {"text": "response"}, "valueReference": {
            "reference": ref("QuestionnaireResponse", found.id)}}]
    return out


def based_on(intake_id: str, ctx: Context) -> list[dict[str, str]]:
    """The ``basedOn`` of an intake's QuestionnaireResponse: its Task, once on the server."""
    sid = ctx.server_ids.get(intake_id)
    return [{"reference": f"Task/{sid}"}] if sid else []


# -- the tablet -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Handed:
    """A requested Task as the tablet keeps it."""

    record_id: str
    task: dict[str, Any]
    patient_sid: str
    form: str
    code_hash: str
    language: str
    sent_at: str


def today_search(today: date) -> dict[str, str | list[str]]:
    """The search for the hand-offs waiting on ``today`` (local day)."""
    start = datetime.combine(today, time.min).astimezone()
    end = datetime.combine(today + timedelta(days=1), time.min).astimezone()
    return {"status": "requested", "code": f"{TASK_CODE['system']}|{TASK_CODE['code']}",
            "authored-on": [f"ge{instant(start)}", f"lt{instant(end)}"], "_count": "100"}


def pull_to_tablet(db: sa.Engine, client: FhirClient, today: date, report: Reported,
                   apply_patients: Callable[[list[dict[str, Any]]], None]) -> None:
    """Bring a tablet's hand-offs up to date: today's requested Tasks become intake rows
    (with the Patients they name, through ``apply_patients``, and the clinic forms they
    cite); rows still waiting whose Task is no longer requested today are dropped."""
    handed = [h for res in client.search(TASK, today_search(today))
              if (h := _handed(res)) is not None]
    _fetch_patients(db, client, {h.patient_sid for h in handed}, apply_patients)
    _fetch_forms(db, client, {h.form for h in handed}, report)
    with transaction(db) as conn:
        local = _local_patients(conn, {h.patient_sid for h in handed})
        have = set(conn.execute(sa.select(intake_table.c.id).where(
            among(intake_table.c.id, [h.record_id for h in handed]))).scalars())
        for h in handed:
            if h.record_id in have or h.patient_sid not in local:
                continue
            _keep(conn, h, local[h.patient_sid])
            report.applied += 1
        stale = set(conn.execute(sa.select(intake_table.c.id).where(
            intake_table.c.status == "sent")).scalars()) - {h.record_id for h in handed}
        _forget(conn, None, sorted(stale - _waiting(conn)))


def _handed(res: Mapping[str, Any]) -> _Handed | None:
    try:
        rid = intake_records.intake_of_task(record_id_of(res))
    except MappingError:
        return None
    hashes = [i.get("value") for i in res.get("identifier") or []
              if isinstance(i, dict) and i.get("system") == CODE_SYSTEM]
    patient = str((res.get("for") or {}).get("reference") or "")
    form = _form_name(res.get("focus") or {})
    authored = res.get("authoredOn")
    if not hashes or not patient.startswith("Patient/") or form is None or not authored:
        log.warning("Task/%s from the server is not a hand-off desk can use", res.get("id"))
        return None
    try:
        sent_at = stamp(datetime.fromisoformat(str(authored)))
    except ValueError:
        return None
    return _Handed(rid, dict(res), patient.rsplit("/", 1)[-1], form, str(hashes[0]),
                   str(res.get("language") or "en"), sent_at)


def _form_name(focus: Mapping[str, Any]) -> str | None:
    ref = str(focus.get("reference") or "")
    if ref.startswith("Questionnaire/"):
        return catalog.CLINIC_PREFIX + ref.rsplit("/", 1)[-1]
    ident = focus.get("identifier") or {}
    if isinstance(ident, dict) and ident.get("system") == FORM_SYSTEM and ident.get("value"):
        return str(ident["value"])
    return None


def _fetch_patients(db: sa.Engine, client: FhirClient, server_ids: set[str],
                    apply_patients: Callable[[list[dict[str, Any]]], None]) -> None:
    with reading(db) as conn:
        missing = sorted(server_ids - set(_local_patients(conn, server_ids)))
    for chunk in batches(missing, 100):
        apply_patients(list(client.search("Patient", {"_id": ",".join(chunk),
                                                      "_count": "100"})))


def _fetch_forms(db: sa.Engine, client: FhirClient, names: set[str],
                 report: Reported) -> None:
    wanted = {n.removeprefix(catalog.CLINIC_PREFIX) for n in names
              if n.startswith(catalog.CLINIC_PREFIX)}
    with reading(db) as conn:
        held = set(conn.execute(sa.select(history_resource.c.server_id).where(
            history_resource.c.resource_type == "Questionnaire",
            among(history_resource.c.server_id, wanted))).scalars()) if wanted else set()
    for chunk in batches(sorted(wanted - held), 100):
        store(db, "Questionnaire", list(client.search(
            "Questionnaire", {"_id": ",".join(chunk), "_count": "100"})), {}, report)


def _local_patients(conn: sa.Connection, server_ids: Iterable[str]) -> dict[str, str]:
    ids = list(server_ids)
    if not ids:
        return {}
    return dict(conn.execute(sa.select(sync_record.c.server_id, sync_record.c.record_id).where(
        sync_record.c.record_type == "Patient", among(sync_record.c.server_id, ids)))
        .tuples().all())


def _keep(conn: sa.Connection, h: _Handed, patient_id: str) -> None:
    conn.execute(intake_table.insert().values(
        id=h.record_id, patient_id=patient_id, appointment_id=None, questionnaire=h.form,
        language=h.language, status="sent", code=h.code_hash, sent_at=h.sent_at,
        updated_at=stamp()))
    task_rid = intake_records.task_id(h.record_id)
    conn.execute(sync_record.delete().where(sync_record.c.record_type == TASK,
                                            sync_record.c.record_id == task_rid))
    conn.execute(sync_record.insert().values(
        record_type=TASK, record_id=task_rid, server_id=str(h.task.get("id")),
        version=version_of(h.task), base_json=json.dumps(h.task, separators=(",", ":")),
        synced_at=stamp()))


def _records_of(conn: sa.Connection, intake_ids: list[str]) -> dict[str, set[tuple[str, str]]]:
    """The records each intake's submission is made of (type, record id)."""
    made: dict[str, set[tuple[str, str]]] = {
        i: {("QuestionnaireResponse", i), (TASK, intake_records.task_id(i)),
            ("Consent", intake_records.consent_id(i))}
        for i in intake_ids}
    for blob_id, intake_id in conn.execute(sa.select(blob.c.id, blob.c.record_id).where(
            blob.c.record_type == intake.RECORD, among(blob.c.record_id, intake_ids))):
        made[intake_id].add(("DocumentReference", blob_id))
    return made


def _waiting(conn: sa.Connection) -> set[str]:
    """Intakes with a part of their submission still in the outbox (any state)."""
    queued = set(conn.execute(sa.select(outbox.c.record_type, outbox.c.record_id)).tuples())
    ids = list(conn.execute(sa.select(intake_table.c.id)).scalars())
    return {i for i, parts in _records_of(conn, ids).items() if parts & queued}


def drop_delivered(db: sa.Engine, blobs: BlobStore | None) -> int:
    """Forget on a tablet each completed submission the server has in full (nothing of it
    waits in the outbox): its response, PDF, Task and, once no other form names them, its
    patient's details. Returns how many."""
    with transaction(db) as conn:
        done = set(conn.execute(sa.select(intake_table.c.id).where(
            intake_table.c.status == "completed")).scalars())
        gone = sorted(done - _waiting(conn))
        _forget(conn, blobs, gone)
    if gone:
        log.info("%d submissions delivered and dropped", len(gone))
    return len(gone)


def _forget(conn: sa.Connection, blobs: BlobStore | None, intake_ids: list[str]) -> None:
    if not intake_ids:
        return
    parts = _records_of(conn, intake_ids)
    for intake_id, records in parts.items():
        for rtype, rid in records:
            conn.execute(sync_record.delete().where(sync_record.c.record_type == rtype,
                                                    sync_record.c.record_id == rid))
            if rtype == "DocumentReference" and blobs is not None:
                blobs.delete(conn, rid)
            elif rtype == "DocumentReference":
                conn.execute(blob.delete().where(blob.c.id == rid))
        conn.execute(draft.delete().where(draft.c.id == intake_id))
    people = set(conn.execute(sa.select(intake_table.c.patient_id).where(
        among(intake_table.c.id, intake_ids))).scalars())
    conn.execute(intake_table.delete().where(among(intake_table.c.id, intake_ids)))
    still = set(conn.execute(sa.select(intake_table.c.patient_id).where(
        among(intake_table.c.patient_id, list(people)))).scalars())
    unused = sorted(people - still)
    if unused:
        conn.execute(sync_record.delete().where(sync_record.c.record_type == "Patient",
                                                among(sync_record.c.record_id, unused)))
        conn.execute(draft.delete().where(among(draft.c.patient_id, unused)))
        conn.execute(patient_table.delete().where(among(patient_table.c.id, unused)))


# -- the desk ---------------------------------------------------------------------------


def file_completed(db: sa.Engine, client: FhirClient, blobs: BlobStore,
                   clinic: Clinic) -> int:
    """File, with its PDF, each response the server holds to a form this desk sent under a
    code and still waits for (completed on a tablet). Returns how many."""
    with reading(db) as conn:
        on_server = {intake_records.intake_of_task(t) for t in conn.execute(
            sa.select(sync_record.c.record_id).where(sync_record.c.record_type == TASK))
            .scalars()}
        open_ids = sorted(on_server & set(conn.execute(sa.select(intake_table.c.id).where(
            intake_table.c.status == "sent", intake_table.c.code.is_not(None))).scalars()))
    filed = 0
    for chunk in batches(open_ids, 40):
        found = client.search("QuestionnaireResponse", {
            "identifier": ",".join(f"{URI_SYSTEM}|urn:uuid:{i}" for i in chunk),
            "status": "completed", "_count": "100"})
        for res in found:
            filed += _file_one(db, blobs, set(chunk), res, clinic)
    return filed


def _file_one(db: sa.Engine, blobs: BlobStore, wanted: set[str], res: dict[str, Any],
              clinic: Clinic) -> int:
    rid = record_id_of(res)
    if rid not in wanted:
        return 0
    response = {k: v for k, v in res.items()
                if k not in (*_SERVER_SET, "identifier", "subject", "basedOn")}
    try:
        with transaction(db) as conn:
            intake.file_response(conn, blobs, rid, response, SYSTEM, clinic=clinic)
            conn.execute(sync_record.delete().where(
                sync_record.c.record_type == "QuestionnaireResponse",
                sync_record.c.record_id == rid))
            conn.execute(sync_record.insert().values(
                record_type="QuestionnaireResponse", record_id=rid,
                server_id=str(res.get("id")), version=version_of(res),
                base_json=json.dumps(res, separators=(",", ":")), synced_at=stamp()))
    except DeskError as err:
        log.warning("QuestionnaireResponse/%s from the server not filed: %s",
                    res.get("id"), err.message)
        return 0
    return 1

