"""Intake forms handed to the kiosk, and the answers that come back.

A hand-off sends one or more forms for an appointment, in one language, under one short
check-in code that the patient types at the kiosk. The forms are desk's own or the
clinic's, pulled from its server; :mod:`desk.frontdesk.catalog` says how they are named
and found. Each form is one ``intake`` row; the rows of a hand-off share its code. A code
is valid on the day it was made, until every form is completed or the hand-off is
cancelled (sending forms again for the same appointment cancels the earlier code), and
not while its appointment is cancelled or a no-show.

Completing an intake keeps the QuestionnaireResponse, files its PDF in the encrypted blob
store and queues what the server must receive (QuestionnaireResponse, DocumentReference,
and Consent for desk's own consent form), all in the caller's transaction with the audit entries.
The appointment's ``intake_status`` follows: none, sent, partial, done.

Each form sent under a code also goes to the server as a ``Task`` (its status following
the intake's), so that a kiosk on its own tablet can pull it: the code travels only as its
hash (:func:`~desk.frontdesk.codes.code_hash`), which a tablet's intake rows keep in place
of the code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk import errors
from desk.errors import DeskError
from desk.frontdesk import catalog, drafts, patients, schedule
from desk.frontdesk.catalog import FormInfo
from desk.frontdesk.codes import CODE_LENGTH, code_hash, new_code, normalize_code, sha256_code_hash
from desk.frontdesk.intake_records import TASK, consent_id, task_id
from desk.frontdesk.model import LANGUAGES, OPEN_STATES, Appointment, new_id
from desk.storage import Actor, audit, outbox
from desk.storage.blobs import BlobStore
from desk.storage.clock import parse, stamp
from desk.storage.database import among
from desk.storage.schema import appointment, blob, intake
from desk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desk.forms import Clinic
    from desk.storage.settings import ClinicSettings

RECORD = "Intake"
# An appointment's forms as the board shows them (see status_label).
INTAKE_STATUS_LABELS = {"none": "", "sent": QT_TRANSLATE_NOOP("IntakeStatus", "Sent to kiosk"),
                        "partial": QT_TRANSLATE_NOOP("IntakeStatus", "Partly filled"),
                        "done": QT_TRANSLATE_NOOP("IntakeStatus", "Filled in")}


@dataclass(frozen=True, slots=True)
class Intake:
    """One form handed to the kiosk. ``response`` is the QuestionnaireResponse once
    completed; ``pdf_blob`` the id of its PDF in the blob store."""

    id: str
    patient_id: str
    appointment_id: str | None
    questionnaire: str
    language: str
    status: str
    code: str | None
    sent_at: datetime
    title: str
    """The form's title in the intake's language (see :func:`catalog.title_of`)."""
    completed_at: datetime | None = None
    response: Mapping[str, Any] | None = None
    pdf_blob: str | None = None


@dataclass(frozen=True, slots=True)
class Handoff:
    """Forms waiting at the kiosk under one check-in code."""

    code: str
    patient_id: str
    appointment_id: str | None
    language: str
    intakes: tuple[Intake, ...]

    @property
    def sent_at(self) -> datetime:
        return self.intakes[0].sent_at

    @property
    def titles(self) -> list[str]:
        return [i.title for i in self.intakes]


def status_label(status: str) -> str:
    """An appointment's intake status in the staff's language ("Sent to kiosk"; "" for
    none)."""
    label = INTAKE_STATUS_LABELS.get(status, "")
    return translate("IntakeStatus", label) if label else ""


def clinic_of(settings: ClinicSettings) -> Clinic:
    """The clinic printed at the head of a form's PDF, from the ``clinic`` settings."""
    from desk.forms import Clinic

    return Clinic(settings.name, tuple(x for x in (settings.address,) if x),
                  settings.phone or None)


# -- sending ----------------------------------------------------------------------------


def send_forms(conn: sa.Connection, appointment_id: str, questionnaires: Sequence[str],
               actor: Actor, *, language: str | None = None) -> Handoff:
    """Hand ``questionnaires`` (form names, see :mod:`desk.frontdesk.catalog`) to the
    kiosk for an appointment.

    ``language`` None means the patient's language (English if desk has no forms in it).
    An earlier open hand-off for the appointment is cancelled: its code stops working.
    """
    names = list(dict.fromkeys(questionnaires))
    if not names:
        raise DeskError(translate("DeskError", "Choose at least one form to send."), kind="input")
    _check_forms(conn, names)
    patient_id = _open_appointment(conn, appointment_id).patient_id
    language = _language_for(conn, patient_id, language)
    cancel_open(conn, appointment_id, actor)
    code = new_code(conn)
    sent_at = stamp()
    rows = [{"id": new_id(), "patient_id": patient_id, "appointment_id": appointment_id,
             "questionnaire": name, "language": language, "status": "sent", "code": code,
             "sent_at": sent_at, "updated_at": sent_at} for name in names]
    conn.execute(intake.insert(), rows)
    for row in rows:
        outbox.enqueue(conn, TASK, task_id(row["id"]), "create")
        audit.record(conn, actor, "intake.send", RECORD, row["id"])
    _set_appointment_status(conn, appointment_id)
    return _handoff(conn, code)


def start_at_desk(conn: sa.Connection, patient_id: str, questionnaire: str, actor: Actor, *,
                  appointment_id: str | None = None, language: str | None = None) -> Intake:
    """Start a form to be filled in on the workstation: by the patient at the desk, or by
    staff for them. It has no check-in code, so the kiosk never shows it and sending forms
    to the kiosk leaves it be; it completes through :func:`complete` like any other.

    ``appointment_id`` None files it under the patient only; ``language`` None means the
    patient's language.
    """
    _check_forms(conn, [questionnaire])
    if appointment_id is not None and \
            _open_appointment(conn, appointment_id).patient_id != patient_id:
        raise DeskError(translate("DeskError", "That appointment is another "
                                               "patient's."), kind="input")
    language = _language_for(conn, patient_id, language)
    started, intake_id = stamp(), new_id()
    conn.execute(intake.insert().values(
        id=intake_id, patient_id=patient_id, appointment_id=appointment_id,
        questionnaire=questionnaire, language=language, status="sent", code=None,
        sent_at=started, updated_at=started))
    audit.record(conn, actor, "intake.start", RECORD, intake_id)
    return get(conn, intake_id)


def _check_forms(conn: sa.Connection, names: Iterable[str]) -> None:
    for name in names:
        if catalog.form_info(conn, name).status != "active":
            raise DeskError(translate("DeskError", "That form is no longer in use on the "
                                                   "clinic's server; choose "
                                                   "another."), kind="input")


def _open_appointment(conn: sa.Connection, appointment_id: str) -> Appointment:
    appt = schedule.get(conn, appointment_id)
    if appt.state not in OPEN_STATES:
        raise DeskError(translate("DeskError", "Forms can only be sent for an appointment that "
                                               "is booked or in progress."), kind="input")
    return appt


def _language_for(conn: sa.Connection, patient_id: str, language: str | None) -> str:
    """``language``, or the patient's when None (English if desk has no forms in it)."""
    patient = patients.load(conn, [patient_id]).get(patient_id)
    if patient is None:
        raise DeskError(translate("DeskError", "That patient is not in the "
                                               "workspace."), kind="input")
    preferred = patient.language.split("-")[0].lower()
    language = language or (preferred if preferred in LANGUAGES else "en")
    if language not in LANGUAGES:
        raise DeskError(translate("DeskError", "The forms are not available in that language; "
                                               "choose one of {value}.")
                        .format(value=', '.join(LANGUAGES.values())), kind="input")
    return language


def cancel_open(conn: sa.Connection, appointment_id: str, actor: Actor) -> int:
    """Withdraw the forms still waiting at the kiosk for an appointment; returns how many
    (forms started at the desk stay)."""
    ids = list(conn.execute(sa.select(intake.c.id).where(
        intake.c.appointment_id == appointment_id, intake.c.status == "sent",
        intake.c.code.is_not(None))).scalars())
    if not ids:
        return 0
    conn.execute(intake.update().where(intake.c.id.in_(ids))
                 .values(status="cancelled", updated_at=stamp()))
    for intake_id in ids:
        outbox.enqueue(conn, TASK, task_id(intake_id), "update")
        audit.record(conn, actor, "intake.cancel", RECORD, intake_id)
    _set_appointment_status(conn, appointment_id)
    return len(ids)


def open_handoff(conn: sa.Connection, code: str, *, today: date | None = None) -> Handoff:
    """The forms waiting under ``code`` (what the kiosk asks when a patient types it).

    Refuses a code that is unknown, cancelled, already used, from an earlier day or for an
    appointment no longer open (cancelled, a no-show, over) with a message for the patient.
    ``today`` None means the local date now.
    """
    wanted = normalize_code(code)
    if len(wanted) != CODE_LENGTH:
        raise DeskError(translate("DeskError", "A check-in code has 6 letters and numbers. "
                                               "Please check it and try again."),
                        kind="input", code=errors.CODE_FORMAT)
    # a tablet's rows hold the code's hash (see :func:`code_hash`)
    known_as = (wanted, code_hash(wanted), sha256_code_hash(wanted))
    rows = conn.execute(sa.select(intake).where(intake.c.code.in_(known_as))
                        .order_by(intake.c.sent_at.desc())).all()
    waiting = [r for r in rows if r.status == "sent"]
    if not rows:
        raise DeskError(translate("DeskError", "This check-in code is not known. Please check "
                                               "it and try again, or ask at the front desk."),
                        kind="input", code=errors.CODE_UNKNOWN)
    if not waiting:
        if all(r.status == "cancelled" for r in rows):
            raise DeskError(translate("DeskError", "This check-in code was cancelled. Please "
                                                   "ask at the front desk for a new one."),
                            kind="input", code=errors.CODE_CANCELLED)
        raise DeskError(translate("DeskError", "The forms for this check-in code are already "
                                               "completed. Thank you!"),
                        kind="input", code=errors.CODE_USED)
    if parse(waiting[0].sent_at).astimezone().date() != (today or date.today()):
        raise DeskError(translate("DeskError", "This check-in code has expired. Please ask at "
                                               "the front desk for a new one."),
                        kind="input", code=errors.CODE_EXPIRED)
    if not _appointment_open(conn, waiting[0].appointment_id):
        # cancelled, a no-show or over, on the board or on the clinic's server; the code
        # works again if the appointment is brought back
        raise DeskError(translate("DeskError", "This check-in code is no longer valid for its "
                                               "appointment. Please ask at the "
                                               "front desk."), kind="input",
                        code=errors.CODE_APPOINTMENT)
    return _handoff(conn, waiting[0].code)


def _appointment_open(conn: sa.Connection, appointment_id: str | None) -> bool:
    if appointment_id is None:
        return True
    state = conn.execute(sa.select(appointment.c.state)
                         .where(appointment.c.id == appointment_id)).scalar()
    return state in OPEN_STATES


def waiting_for(conn: sa.Connection, appointment_id: str) -> Handoff | None:
    """The hand-off still open for an appointment, if any (to print its slip again); none
    while the appointment is cancelled or a no-show."""
    if not _appointment_open(conn, appointment_id):
        return None
    code = conn.execute(sa.select(intake.c.code).where(
        intake.c.appointment_id == appointment_id, intake.c.status == "sent",
        intake.c.code.is_not(None))
        .order_by(intake.c.sent_at.desc()).limit(1)).scalar()
    return _handoff(conn, code) if code else None


def _handoff(conn: sa.Connection, code: str) -> Handoff:
    rows = conn.execute(sa.select(intake).where(intake.c.code == code,
                                                intake.c.status == "sent")
                        .order_by(intake.c.id)).all()
    items = tuple(_read(conn, rows))
    order = {f.name: n for n, f in enumerate(catalog.available_forms(conn))}
    items = tuple(sorted(items, key=lambda i: order.get(i.questionnaire, len(order))))
    first = items[0]
    return Handoff(code, first.patient_id, first.appointment_id, first.language, items)


# -- completing -------------------------------------------------------------------------


def complete(conn: sa.Connection, blobs: BlobStore, intake_id: str,
             response: Mapping[str, Any], actor: Actor, *, clinic: Clinic) -> Intake:
    """Keep a completed QuestionnaireResponse for an intake, with its PDF.

    ``clinic`` is printed at the head of the PDF. The response's id
    becomes the intake's id. Queues the QuestionnaireResponse, its DocumentReference (the
    PDF), for the consent form a Consent, and for a form sent under a code its Task.
    """
    row = _waiting_row(conn, intake_id)
    blob_id = _file(conn, blobs, row, response, clinic)
    outbox.enqueue(conn, "QuestionnaireResponse", intake_id, "create")
    if row.code is not None:
        outbox.enqueue(conn, TASK, task_id(intake_id), "update")
    outbox.enqueue(conn, "DocumentReference", blob_id, "create")
    if row.questionnaire == "consent":
        outbox.enqueue(conn, "Consent", consent_id(intake_id), "create")
    audit.record(conn, actor, "intake.complete", RECORD, intake_id)
    if row.appointment_id:
        _set_appointment_status(conn, row.appointment_id)
    return get(conn, intake_id)


def file_response(conn: sa.Connection, blobs: BlobStore, intake_id: str,
                  response: Mapping[str, Any], actor: Actor, *, clinic: Clinic) -> Intake:
    """Keep a response completed elsewhere (a kiosk tablet) and already on the server, with
    its PDF made here, as :func:`complete` does; nothing is queued: the server has it."""
    row = _waiting_row(conn, intake_id)
    _file(conn, blobs, row, response, clinic)
    audit.record(conn, actor, "intake.file", RECORD, intake_id)
    if row.appointment_id:
        _set_appointment_status(conn, row.appointment_id)
    return get(conn, intake_id)


def _waiting_row(conn: sa.Connection, intake_id: str) -> sa.Row:
    row = conn.execute(sa.select(intake).where(intake.c.id == intake_id)).first()
    if row is None:
        raise DeskError(translate("DeskError", "Those forms are no longer waiting; ask at the "
                                               "front desk."),
                        kind="input", code=errors.FORM_NOT_WAITING)
    if row.status != "sent":
        raise DeskError(translate("DeskError", "This form was already completed or withdrawn; "
                                               "nothing was changed."),
                        kind="input", code=errors.FORM_NOT_WAITING)
    return row


def _file(conn: sa.Connection, blobs: BlobStore, row: sa.Row, response: Mapping[str, Any],
          clinic: Clinic) -> str:
    """Mark the intake completed with ``response`` and its PDF; returns the PDF's blob id."""
    from desk.forms import PatientHeader, render_response_pdf

    info = catalog.form_info(conn, row.questionnaire)
    answered = _checked_response(response, info, row.id)
    patient = patients.load(conn, [row.patient_id])[row.patient_id]
    header = PatientHeader(name=f"{patient.given} {patient.family}".strip(),
                           birth_date=patient.birth_date.isoformat() if patient.birth_date
                           else None, identifier=patient.mrn or None)
    try:
        pdf = render_response_pdf(info.source, answered, clinic=clinic, patient=header)
    except DeskError:
        message, code = _misfit(info, answered)
        raise DeskError(message, kind="input", code=code) from None
    completed_at = stamp()
    conn.execute(intake.update().where(intake.c.id == row.id).values(
        status="completed", response_json=json.dumps(answered, ensure_ascii=False),
        completed_at=completed_at, updated_at=completed_at))
    drafts.drop(conn, row.id)
    return blobs.put(conn, RECORD, row.id, pdf, "application/pdf")


def _checked_response(response: Mapping[str, Any], info: FormInfo,
                      intake_id: str) -> dict[str, Any]:
    if not isinstance(response, Mapping) or response.get(
            "resourceType") != "QuestionnaireResponse":
        raise DeskError(translate("DeskError", "These are not answers to a form; nothing was "
                                               "saved."), kind="input")
    if response.get("status") != "completed":
        raise DeskError(translate("DeskError", "The form is not finished yet; "
                                               "nothing was saved."), kind="input")
    cited = str(response.get("questionnaire") or "").split("|")[0]
    if cited != info.url:
        raise DeskError(translate("DeskError", "These answers belong to another form; nothing "
                                               "was saved."),
                        kind="input")
    answered = dict(response)
    answered["id"] = intake_id
    return answered


def _misfit(info: FormInfo, answered: Mapping[str, Any]) -> tuple[str, str]:
    """The message and its code for answers that could not be printed."""
    if info.from_clinic and answered.get("questionnaire") != info.canonical:
        return ("This form was changed on the clinic's server while it was being filled "
                "in; nothing was saved. Please ask at the front desk.", errors.FORM_CHANGED)
    return "The answers do not fit this form; nothing was saved.", errors.FORM_MISFIT


def _set_appointment_status(conn: sa.Connection, appointment_id: str) -> None:
    # a form started at the desk counts once filled in, not while it waits
    statuses = list(conn.execute(sa.select(intake.c.status).where(
        intake.c.appointment_id == appointment_id, intake.c.status != "cancelled",
        sa.or_(intake.c.status == "completed", intake.c.code.is_not(None)))).scalars())
    if not statuses:
        value = "none"
    elif all(s == "completed" for s in statuses):
        value = "done"
    elif "completed" in statuses:
        value = "partial"
    else:
        value = "sent"
    conn.execute(appointment.update().where(appointment.c.id == appointment_id)
                 .values(intake_status=value, updated_at=stamp()))


# -- reading ----------------------------------------------------------------------------


def get(conn: sa.Connection, intake_id: str) -> Intake:
    row = conn.execute(_with_pdf().where(intake.c.id == intake_id)).first()
    if row is None:
        raise DeskError(translate("DeskError", "Those forms are not in the "
                                               "workspace."), kind="input")
    return _read(conn, [row])[0]


def for_patient(conn: sa.Connection, patient_id: str, *,
                completed_only: bool = False) -> list[Intake]:
    """A patient's intakes, newest first (the chart's history shows the completed ones)."""
    query = _with_pdf().where(intake.c.patient_id == patient_id)
    if completed_only:
        query = query.where(intake.c.status == "completed")
    rows = conn.execute(query.order_by(sa.func.coalesce(intake.c.completed_at,
                                                        intake.c.sent_at).desc()))
    return _read(conn, rows)


def for_appointment(conn: sa.Connection, appointment_id: str) -> list[Intake]:
    rows = conn.execute(_with_pdf().where(intake.c.appointment_id == appointment_id)
                        .order_by(intake.c.sent_at, intake.c.id))
    return _read(conn, rows)


def load(conn: sa.Connection, ids: Iterable[str]) -> dict[str, Intake]:
    """Intakes by id (bulk work: sync)."""
    ids = list(ids)
    if not ids:
        return {}
    found = _read(conn, conn.execute(_with_pdf().where(among(intake.c.id, ids))))
    return {i.id: i for i in found}


def pdf(conn: sa.Connection, blobs: BlobStore, intake_id: str) -> bytes:
    """The PDF of a completed intake, from the encrypted blob store."""
    found = get(conn, intake_id)
    if found.pdf_blob is None:
        raise DeskError(translate("DeskError", "These forms have no printout yet."), kind="input")
    return blobs.get(conn, found.pdf_blob)


def _with_pdf() -> sa.Select:
    first_pdf = (sa.select(sa.func.min(blob.c.id))
                 .where(blob.c.record_type == RECORD, blob.c.record_id == intake.c.id)
                 .scalar_subquery())
    return sa.select(intake, first_pdf.label("pdf_blob"))


def _read(conn: sa.Connection, rows: Iterable[sa.Row]) -> list[Intake]:
    """Intakes from their rows, titled (one look-up for all their forms)."""
    rows = list(rows)
    forms = catalog.forms_named(conn, {r.questionnaire for r in rows})
    return [_from_row(r, catalog.title_of(r.questionnaire, forms, r.language)) for r in rows]


def _from_row(row: sa.Row, title: str) -> Intake:
    return Intake(id=row.id, patient_id=row.patient_id, appointment_id=row.appointment_id,
                  questionnaire=row.questionnaire, language=row.language, status=row.status,
                  code=row.code, sent_at=parse(row.sent_at), title=title,
                  completed_at=parse(row.completed_at) if row.completed_at else None,
                  response=json.loads(row.response_json) if row.response_json else None,
                  pdf_blob=getattr(row, "pdf_blob", None))

