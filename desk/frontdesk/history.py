"""A patient's history as one timeline: visits, completed intakes, documents, imaging, findings.

Visits come from the local schedule, completed intakes from the local ``intake`` table and
studies whose images are on this computer (a patient's disc) from ``image_instance``; the
rest is what sync pulled from the clinic's server into ``history_resource`` (Encounter,
Condition, AllergyIntolerance, MedicationStatement, ImagingStudy, DocumentReference), kept
as the server sent it and summarised here for the screen. A pulled ImagingStudy naming a
study on this computer is listed once, as that study. Newest first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa

from desk.frontdesk import intake, schedule
from desk.storage.schema import history_resource, image_instance

HISTORY_TYPES = ("Encounter", "Condition", "AllergyIntolerance", "MedicationStatement",
                 "ImagingStudy", "DocumentReference")
"""The read-only resource types pulled for patients in view."""

KIND_OF_TYPE = {"Encounter": "visit", "Condition": "condition",
                "AllergyIntolerance": "allergy", "MedicationStatement": "medication",
                "ImagingStudy": "imaging", "DocumentReference": "document"}
KIND_LABELS = {"visit": "Visit", "intake": "Form", "document": "Document",
               "imaging": "Imaging", "condition": "Condition", "allergy": "Allergy",
               "medication": "Medication"}
_VISIT_WORDS = {"scheduled": "Booked", "arrived": "Arrived", "in-room": "In room",
                "done": "Seen", "no-show": "Did not attend", "cancelled": "Cancelled"}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One entry of the timeline. ``source`` is ``"appointment"``, ``"intake"``,
    ``"images"`` (a study on this computer, ``ref`` its Study Instance UID) or a FHIR
    resource type; ``ref`` the local record id or the server id."""

    kind: str
    when: datetime | None
    title: str
    detail: str
    source: str
    ref: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def timeline(conn: sa.Connection, patient_id: str) -> list[HistoryItem]:
    """Everything known about ``patient_id``, newest first (undated entries last)."""
    held = _held_studies(conn, patient_id)
    items = [*_visits(conn, patient_id), *_intakes(conn, patient_id), *held.values(),
             *_pulled(conn, patient_id, set(held))]
    items.sort(key=lambda i: (i.when is not None, i.when or datetime.min), reverse=True)
    return items


def resource(conn: sa.Connection, resource_type: str, server_id: str) -> dict[str, Any]:
    """One pulled resource as the server sent it."""
    text = conn.execute(sa.select(history_resource.c.resource_json).where(
        history_resource.c.resource_type == resource_type,
        history_resource.c.server_id == server_id)).scalar_one()
    return json.loads(text)


def _visits(conn: sa.Connection, patient_id: str) -> Iterable[HistoryItem]:
    for appt in schedule.for_patient(conn, patient_id):
        words = [w for w in (appt.practitioner, "walk-in" if appt.walk_in else "") if w]
        yield HistoryItem("visit", appt.start, appt.reason or "Appointment",
                          " · ".join([_VISIT_WORDS.get(appt.state, appt.state), *words]),
                          "appointment", appt.id)


def _intakes(conn: sa.Connection, patient_id: str) -> Iterable[HistoryItem]:
    for done in intake.for_patient(conn, patient_id, completed_only=True):
        yield HistoryItem("intake", _local(done.completed_at), done.title,
                          f"{'Completed at the kiosk' if done.code else 'Filled in at the desk'}"
                          f" · {done.language}", "intake", done.id)


def _held_studies(conn: sa.Connection, patient_id: str) -> dict[str, HistoryItem]:
    """Imaging studies whose images are on this computer, by Study Instance UID."""
    i = image_instance.c
    rows = conn.execute(sa.select(
        i.study_uid, sa.func.min(i.study_date), sa.func.max(i.study_description),
        sa.func.group_concat(i.modality.distinct()), sa.func.count(i.series_uid.distinct()),
        sa.func.count()).where(i.patient_id == patient_id).group_by(i.study_uid))
    found = {}
    for uid, when, title, modalities, series, images in rows:
        detail = f"{' '.join(sorted(set((modalities or '').split(','))))} · {series} series, " \
                 f"{images} image{'' if images == 1 else 's'} · on this computer"
        found[uid] = HistoryItem("imaging", _parse_when(when), title or "Imaging study",
                                 detail.strip(" ·"), "images", uid)
    return found


def study_uid(res: dict[str, Any]) -> str | None:
    """The DICOM Study Instance UID an ImagingStudy names, if any."""
    for ident in res.get("identifier") or ():
        value = ident.get("value", "") if isinstance(ident, dict) else ""
        if isinstance(value, str) and value.startswith("urn:oid:"):
            return value[len("urn:oid:"):]
    return None


def _pulled(conn: sa.Connection, patient_id: str, held: set[str]) -> Iterable[HistoryItem]:
    rows = conn.execute(sa.select(history_resource).where(
        history_resource.c.patient_id == patient_id,
        history_resource.c.removed_at.is_(None)))  # the server deleted it
    for row in rows:
        res = json.loads(row.resource_json)
        if row.resource_type == "ImagingStudy" and study_uid(res) in held:
            continue  # shown once, as the study on this computer
        title, detail = summarise(res)
        yield HistoryItem(KIND_OF_TYPE.get(row.resource_type, "document"),
                          _parse_when(row.occurred), title, detail, row.resource_type,
                          row.server_id)


def occurred(res: dict[str, Any]) -> str | None:
    """When the event a history resource records happened (ISO text), if it says."""
    for path in (("period", "start"), ("onsetDateTime",), ("recordedDate",),
                 ("effectiveDateTime",), ("effectivePeriod", "start"), ("dateAsserted",),
                 ("started",), ("date",), ("meta", "lastUpdated")):
        value: Any = res
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value:
            return value
    return None


def _parse_when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        if len(text) <= 10:
            parts = [int(p) for p in text.split("-")] + [1, 1]
            return datetime.combine(date(parts[0], parts[1], parts[2]), time())
        return _local(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def _local(when: datetime | None) -> datetime | None:
    """Local wall-clock time without a zone (how the schedule stores times)."""
    return when.astimezone().replace(tzinfo=None) if when and when.tzinfo else when


def concept_text(concept: Any) -> str:
    """The words of a CodeableConcept: its text, else its first coding's display or code."""
    if not isinstance(concept, dict):
        return ""
    if concept.get("text"):
        return str(concept["text"])
    for coding in concept.get("coding") or ():
        if isinstance(coding, dict) and (coding.get("display") or coding.get("code")):
            return str(coding.get("display") or coding.get("code"))
    return ""


def summarise(res: dict[str, Any]) -> tuple[str, str]:
    """A title and a one-line detail for a pulled history resource."""
    kind = res.get("resourceType", "")
    if kind == "Encounter":
        types = [concept_text(t) for t in res.get("type") or ()]
        reasons = [concept_text(r) for r in res.get("reasonCode") or ()]
        return (next((t for t in types if t), "Visit"),
                " · ".join(w for w in (res.get("status", ""), *reasons) if w))
    if kind == "ImagingStudy":
        modalities = [m.get("code", "") for m in res.get("modality") or () if isinstance(m, dict)]
        title = res.get("description") or "Imaging study"
        counts = f"{res.get('numberOfSeries', '?')} series, {res.get('numberOfInstances', '?')}" \
                 " images"
        return title, " · ".join(w for w in (" ".join(modalities), counts) if w)
    if kind == "DocumentReference":
        first: dict[str, Any] = next((c.get("attachment", {}) for c in res.get("content") or ()
                                      if isinstance(c, dict)), {})
        title = (res.get("description") or first.get("title")
                 or concept_text(res.get("type")) or "Document")
        return title, " · ".join(w for w in (concept_text(res.get("type")),
                                             first.get("contentType", "")) if w)
    if kind == "MedicationStatement":
        title = concept_text(res.get("medicationCodeableConcept")) or "Medication"
        dosage = next((d.get("text", "") for d in res.get("dosage") or ()
                       if isinstance(d, dict)), "")
        return title, " · ".join(w for w in (res.get("status", ""), dosage) if w)
    if kind == "AllergyIntolerance":
        status = concept_text(res.get("clinicalStatus"))
        return (concept_text(res.get("code")) or "Allergy",
                " · ".join(w for w in (res.get("criticality", ""), status) if w))
    if kind == "Condition":
        return (concept_text(res.get("code")) or "Condition",
                concept_text(res.get("clinicalStatus")))
    return kind or "Record", ""


def details(conn: sa.Connection, item: HistoryItem, *, pacs: bool = False
            ) -> list[tuple[str, str]]:
    """What the detail view of ``item`` shows, as label/value pairs; ``pacs``: this
    workstation has an image archive set up (and it does not list the study)."""
    if item.source == "appointment":
        appt = schedule.get(conn, item.ref)
        rows = [("Date", f"{appt.start:%A %d %B %Y, %H:%M}"), ("Reason", appt.reason),
                ("With", appt.practitioner), ("Status", _VISIT_WORDS.get(appt.state, appt.state)),
                ("Arrived", f"{appt.arrived_at:%H:%M}" if appt.arrived_at else ""),
                ("Booking", "Walk-in" if appt.walk_in else f"{appt.minutes} minutes")]
        return [(k, v) for k, v in rows if v]
    if item.source == "intake":
        return [("Form", item.title), ("Completed", _when_text(item.when)), ("", item.detail)]
    res = resource(conn, item.source, item.ref)
    notes = " ".join(n.get("text", "") for n in res.get("note") or () if isinstance(n, dict))
    who = next((v.get("display", "") for k in ("recorder", "asserter", "informationSource",
                                               "author", "participant")
                for v in _as_list(res.get(k)) if isinstance(v, dict)), "")
    images = ("" if item.source != "ImagingStudy" else
              "Not on this computer, and the image archive (PACS) does not list them for this "
              "patient: import the patient's disc from the chart to view them." if pacs else
              "Not on this computer: import the patient's disc from the chart to view them.")
    rows = [("Kind", KIND_LABELS[item.kind]), ("What", item.title), ("Details", item.detail),
            ("Date", _when_text(item.when)), ("Recorded by", who), ("Notes", notes),
            ("Images", images), ("Server record", f"{item.source}/{item.ref}")]
    return [(k, v) for k, v in rows if v]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _when_text(when: datetime | None) -> str:
    if when is None:
        return ""
    return f"{when:%d %B %Y}" if when.time() == time() else f"{when:%d %B %Y, %H:%M}"


def attachment(res: dict[str, Any]) -> tuple[str, bytes] | None:
    """The content type and bytes of a DocumentReference's inline attachment, if it has one."""
    import base64
    import binascii

    for content in res.get("content") or ():
        data = (content.get("attachment") or {}).get("data") if isinstance(content, dict) \
            else None
        if data:
            try:
                return (content["attachment"].get("contentType", ""),
                        base64.b64decode(data, validate=True))
            except (binascii.Error, ValueError):
                return None
    return None
