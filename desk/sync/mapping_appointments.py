"""Appointments to FHIR R4 ``Appointment`` resources and back: pure functions, no I/O
(what all mappings share is in :mod:`desk.sync.mapping`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from desk.frontdesk.model import Appointment
from desk.sync.mapping import (
    URI_SYSTEM,
    MappingError,
    aware,
    base_resource,
    expect_type,
    instant_text,
    keep_other_identifiers,
    parse_instant,
    record_id_of,
    set_element,
    uuid_identifier,
)
from desk.words import translate

V2_APPOINTMENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0276"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ARRIVED_AT_EXTENSION = "urn:desk:fhir:StructureDefinition:arrived-at"

STATUS_TO_FHIR = {
    "scheduled": "booked",
    "arrived": "arrived",
    "in-room": "checked-in",
    "done": "fulfilled",
    "no-show": "noshow",
    "cancelled": "cancelled",
}
STATUS_FROM_FHIR = {
    **{v: k for k, v in STATUS_TO_FHIR.items()},
    "proposed": "scheduled",
    "pending": "scheduled",
    "waitlist": "scheduled",
    "entered-in-error": "cancelled",
}

# the record fields the mapping carries; a field-by-field merge looks only at these
APPOINTMENT_FIELDS = ("patient_id", "start", "minutes", "reason", "practitioner", "state",
                      "arrived_at", "walk_in")


def appointment_to_fhir(appointment: Appointment, *, patient_reference: str,
                        server_id: str | None = None,
                        onto: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A FHIR Appointment; ``patient_reference`` is what the reference to the patient
    reads (``Patient/<server id>`` or a bundle ``urn:uuid:`` fullUrl)."""
    out = base_resource(onto, "Appointment")
    if server_id is not None:
        out["id"] = server_id
    out["identifier"] = [uuid_identifier(appointment.id)] + keep_other_identifiers(
        onto, {URI_SYSTEM})
    out["status"] = STATUS_TO_FHIR[appointment.state]
    start = aware(appointment.start)
    out["start"] = instant_text(start)
    out["end"] = instant_text(start + timedelta(minutes=appointment.minutes))
    out["minutesDuration"] = appointment.minutes
    set_element(out, "reasonCode", [{"text": appointment.reason}] if appointment.reason else None)
    types = [c for c in ((onto or {}).get("appointmentType") or {}).get("coding") or []
             if c.get("system") != V2_APPOINTMENT_TYPE]
    if appointment.walk_in:
        types.insert(0, {"system": V2_APPOINTMENT_TYPE, "code": "WALKIN"})
    set_element(out, "appointmentType", {"coding": types} if types else None)
    participants: list[dict[str, Any]] = [{
        "actor": {"reference": patient_reference},
        "required": "required",
        "status": "accepted",
    }]
    if appointment.practitioner:
        participants.append({
            "type": [{"coding": [{"system": PARTICIPATION_TYPE, "code": "PPRF"}]}],
            "actor": {"display": appointment.practitioner},
            "status": "accepted",
        })
    out["participant"] = participants
    extensions = [e for e in (onto or {}).get("extension") or []
                  if e.get("url") != ARRIVED_AT_EXTENSION]
    if appointment.arrived_at is not None:
        extensions.append({"url": ARRIVED_AT_EXTENSION,
                           "valueDateTime": instant_text(aware(appointment.arrived_at))})
    set_element(out, "extension", extensions)
    return out


def appointment_patient_reference(resource: Mapping[str, Any]) -> str | None:
    """The ``Patient/…`` reference among an Appointment's participants, if any."""
    participants = resource.get("participant")
    for p in participants if isinstance(participants, list) else []:
        actor = p.get("actor") if isinstance(p, dict) else None
        ref = actor.get("reference") if isinstance(actor, dict) else None
        if isinstance(ref, str) and (ref.startswith("Patient/") or "/Patient/" in ref):
            return ref
    return None


def appointment_from_fhir(resource: Mapping[str, Any], *,
                          patient_id_for: Callable[[str], str | None],
                          record_id: str | None = None) -> Appointment:
    """The front-desk view of a FHIR Appointment. ``patient_id_for`` turns the patient
    reference into a local patient id (None: unknown, a MappingError); ``record_id`` is
    its local id when the caller has it already."""
    expect_type(resource, "Appointment")
    ref = appointment_patient_reference(resource)
    if ref is None:
        raise MappingError(translate("DeskError", "An appointment from the server names no "
                                                  "patient."),
                           details=f"Appointment/{resource.get('id')}")
    patient_id = patient_id_for(ref)
    if patient_id is None:
        raise MappingError(translate("DeskError", "An appointment from the server is for a "
                                                  "patient desk does not know."),
                           details=f"Appointment/{resource.get('id')}")
    try:
        start = parse_instant(str(resource["start"]))
        if resource.get("minutesDuration") is not None:
            minutes = int(resource["minutesDuration"])
        elif resource.get("end"):
            minutes = int((parse_instant(str(resource["end"])) - start).total_seconds() // 60)
        else:
            minutes = 15
        practitioner = ""
        for p in resource.get("participant") or []:
            actor = p.get("actor") or {}
            if actor.get("reference") != ref and actor.get("display"):
                practitioner = str(actor["display"])
                break
        reasons = resource.get("reasonCode") or []
        reason = ""
        if reasons:
            first = reasons[0]
            reason = str(first.get("text") or ((first.get("coding") or [{}])[0]).get(
                "display", ""))
        arrived_at = None
        for ext in resource.get("extension") or []:
            if ext.get("url") == ARRIVED_AT_EXTENSION and ext.get("valueDateTime"):
                arrived_at = parse_instant(str(ext["valueDateTime"]))
        walk_in = any(c.get("system") == V2_APPOINTMENT_TYPE and c.get("code") == "WALKIN"
                      for c in (resource.get("appointmentType") or {}).get("coding") or [])
        status = STATUS_FROM_FHIR.get(str(resource.get("status")))
        if status is None:
            raise ValueError("unknown status")
        return Appointment(patient_id=patient_id, start=start, minutes=minutes, reason=reason,
                           practitioner=practitioner, state=status, arrived_at=arrived_at,
                           walk_in=walk_in,
                           id=record_id if record_id is not None else record_id_of(resource))
    except (AttributeError, TypeError, ValueError, KeyError, IndexError, OverflowError) as exc:
        raise MappingError(translate("DeskError", "An appointment from the server is malformed."),
                           details=f"Appointment/{resource.get('id')}: {type(exc).__name__}"
                           ) from exc
