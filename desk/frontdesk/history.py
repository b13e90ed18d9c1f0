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
from desk.words import QT_TRANSLATE_NOOP, label, translate

Value = str | date | datetime | time
"""A detail's value: words, or a day, moment or time the screen writes in its locale."""

HISTORY_TYPES = ("Encounter", "Condition", "AllergyIntolerance", "MedicationStatement",
                 "ImagingStudy", "DocumentReference")
"""The read-only resource types pulled for patients in view."""

KIND_OF_TYPE = {"Encounter": "visit", "Condition": "condition",
                "AllergyIntolerance": "allergy", "MedicationStatement": "medication",
                "ImagingStudy": "imaging", "DocumentReference": "document"}
# shown translated, context "History"
KIND_LABELS = {"visit": QT_TRANSLATE_NOOP("History", "Visit"),
               "intake": QT_TRANSLATE_NOOP("History", "Form"),
               "document": QT_TRANSLATE_NOOP("History", "Document"),
               "imaging": QT_TRANSLATE_NOOP("History", "Imaging"),
               "condition": QT_TRANSLATE_NOOP("History", "Condition"),
               "allergy": QT_TRANSLATE_NOOP("History", "Allergy"),
               "medication": QT_TRANSLATE_NOOP("History", "Medication")}
_VISIT_WORDS = {"scheduled": QT_TRANSLATE_NOOP("History", "Booked"),
                "arrived": QT_TRANSLATE_NOOP("History", "Arrived"),
                "in-room": QT_TRANSLATE_NOOP("History", "In room"),
                "done": QT_TRANSLATE_NOOP("History", "Seen"),
                "no-show": QT_TRANSLATE_NOOP("History", "Did not attend"),
                "cancelled": QT_TRANSLATE_NOOP("History", "Cancelled")}


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
        return translate("History", KIND_LABELS[self.kind])


def _visit_word(state: str) -> str:
    return label("History", _VISIT_WORDS, state)


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
        yield HistoryItem("visit", appt.start, appt.reason or translate("History", "Appointment"),
                          " · ".join([_visit_word(appt.state), *words]),
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
        detail = translate("History", "{modalities} · {series}, {images} · on this computer"
                           ).format(modalities=" ".join(sorted(set((modalities or "").split(",")))),
                                    series=translate("History", "%n series", "", series),
                                    images=translate("History", "%n image(s)", "", images))
        found[uid] = HistoryItem("imaging", _parse_when(when),
                                 title or translate("History", "Imaging study"),
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
        return (next((t for t in types if t), translate("History", "Visit")),
                " · ".join(w for w in (res.get("status", ""), *reasons) if w))
    if kind == "ImagingStudy":
        modalities = [m.get("code", "") for m in res.get("modality") or () if isinstance(m, dict)]
        title = res.get("description") or translate("History", "Imaging study")
        counts = translate("History", "{series} series, {images} images").format(
            series=res.get("numberOfSeries", "?"), images=res.get("numberOfInstances", "?"))
        return title, " · ".join(w for w in (" ".join(modalities), counts) if w)
    if kind == "DocumentReference":
        first: dict[str, Any] = next((c.get("attachment", {}) for c in res.get("content") or ()
                                      if isinstance(c, dict)), {})
        title = (res.get("description") or first.get("title")
                 or concept_text(res.get("type")) or translate("History", "Document"))
        return title, " · ".join(w for w in (concept_text(res.get("type")),
                                             first.get("contentType", "")) if w)
    if kind == "MedicationStatement":
        title = concept_text(res.get("medicationCodeableConcept")) or \
            translate("History", "Medication")
        dosage = next((d.get("text", "") for d in res.get("dosage") or ()
                       if isinstance(d, dict)), "")
        return title, " · ".join(w for w in (res.get("status", ""), dosage) if w)
    if kind == "AllergyIntolerance":
        status = concept_text(res.get("clinicalStatus"))
        return (concept_text(res.get("code")) or translate("History", "Allergy"),
                " · ".join(w for w in (res.get("criticality", ""), status) if w))
    if kind == "Condition":
        return (concept_text(res.get("code")) or translate("History", "Condition"),
                concept_text(res.get("clinicalStatus")))
    return kind or translate("History", "Record"), ""


def details(conn: sa.Connection, item: HistoryItem, *, pacs: bool = False
            ) -> list[tuple[str, Value]]:
    """What the detail view of ``item`` shows, as label/value pairs (dates and times as
    such, for the screen to write in its locale); ``pacs``: this workstation has an image
    archive set up (and it does not list the study)."""
    if item.source == "appointment":
        appt = schedule.get(conn, item.ref)
        visit = _visit_word(appt.state)
        rows: list[tuple[str, Value]] = [
            (translate("History", "Date"), appt.start),
            (translate("History", "Reason"), appt.reason),
            (translate("History", "With"), appt.practitioner),
            (translate("History", "Status"), visit),
            (translate("History", "Arrived"), appt.arrived_at.time() if appt.arrived_at else ""),
            (translate("History", "Booking"), translate("History", "Walk-in") if appt.walk_in
             else translate("History", "%n minute(s)", "", appt.minutes))]
        return [(k, v) for k, v in rows if v]
    if item.source == "intake":
        return [(translate("History", "Form"), item.title),
                (translate("History", "Completed"), _when_value(item.when)),
                ("", item.detail)]
    res = resource(conn, item.source, item.ref)
    notes = " ".join(n.get("text", "") for n in res.get("note") or () if isinstance(n, dict))
    who = next((v.get("display", "") for k in ("recorder", "asserter", "informationSource",
                                               "author", "participant")
                for v in _as_list(res.get(k)) if isinstance(v, dict)), "")
    images = ("" if item.source != "ImagingStudy" else
              translate("History", "Not on this computer, and the image archive (PACS) does "
                        "not list them for this patient: import the patient's disc from the "
                        "chart to view them.") if pacs else
              translate("History", "Not on this computer: import the patient's disc from the "
                        "chart to view them."))
    rows = [
        (translate("History", "Kind"), item.label), (translate("History", "What"), item.title),
        (translate("History", "Details"), item.detail),
        (translate("History", "Date"), _when_value(item.when)),
        (translate("History", "Recorded by"), who),
        (translate("History", "Notes"), notes),
        (translate("History", "Images"), images),
        (translate("History", "Server record"), f"{item.source}/{item.ref}")]
    return [(k, v) for k, v in rows if v]



def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _when_value(when: datetime | None) -> date | datetime | str:
    """A day when the time is not known (midnight), the moment else; "" for none."""
    if when is None:
        return ""
    return when.date() if when.time() == time() else when


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
