"""Front-desk records to FHIR R4 resources and back: pure functions, no I/O.

Every record carries its client-generated UUID as an identifier
(``system: urn:ietf:rfc:3986``, ``value: urn:uuid:<id>``); that identifier is how a
resource is found again, whatever id the server gave it.

``*_to_fhir`` may start from the server's last copy (``onto=``) so that elements desk
does not manage (extensions, other identifiers, contacts added elsewhere) survive an
update. ``*_from_fhir`` never keeps anything desk does not show.

Local-only fields: ``Patient.last_visit`` (derived from the schedule) is not sent. A merge
travels as ``Patient.active`` and ``Patient.link``; a pull does not read them back.
Naive datetimes are taken as local time; what comes back from FHIR is timezone-aware.
Times travel to the millisecond.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desk.errors import DeskError
from desk.frontdesk.model import Appointment, Patient

URI_SYSTEM = "urn:ietf:rfc:3986"
# the same default as settings server.mrn_system
DEFAULT_MRN_SYSTEM = "urn:oid:2.16.840.1.113883.4.999"
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
V2_APPOINTMENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0276"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ARRIVED_AT_EXTENSION = "urn:desk:fhir:StructureDefinition:arrived-at"
# the namespace for local ids of resources created elsewhere (no urn:uuid identifier)
FOREIGN_ID_NAMESPACE = uuid.UUID("6f1d2a4e-3c8b-5b9e-9d57-1f0d6c2a8e41")
# a record id in the canonical form desk gives it (others are normalised through UUID)
_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

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

# the record fields each mapping carries; a field-by-field merge looks only at these
PATIENT_FIELDS = ("family", "given", "birth_date", "sex", "phone", "email", "address", "city",
                  "postal_code", "state", "language", "mrn")
APPOINTMENT_FIELDS = ("patient_id", "start", "minutes", "reason", "practitioner", "state",
                      "arrived_at", "walk_in")


class MappingError(DeskError):
    """A resource could not be turned into a record."""

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message, kind="server")
        self.details = details


@dataclass(frozen=True, slots=True)
class MappingOptions:
    """Site settings for the mapping: the system URI of the clinic's MRNs."""

    mrn_system: str = DEFAULT_MRN_SYSTEM


def uuid_identifier(record_id: str) -> dict[str, str]:
    return {"system": URI_SYSTEM, "value": f"urn:uuid:{record_id}"}


def identifier_search(record_id: str) -> str:
    """The ``If-None-Exist`` / search query that finds a record's resource."""
    return f"identifier={URI_SYSTEM}|urn:uuid:{record_id}"


def record_id_of(resource: Mapping[str, Any]) -> str:
    """The local record id of a resource: its ``urn:uuid`` identifier, else a stable UUID
    derived from its type and server id (a resource created elsewhere)."""
    identifiers = resource.get("identifier") or []
    if isinstance(identifiers, dict):  # 0..1 in some resources (QuestionnaireResponse)
        identifiers = [identifiers]
    for ident in identifiers:
        if isinstance(ident, dict) and ident.get("system") == URI_SYSTEM:
            value = str(ident.get("value", ""))
            if _URN_UUID.fullmatch(value):  # as desk writes it
                return value[9:]
            if value.startswith("urn:uuid:"):
                try:
                    return str(uuid.UUID(value[9:]))
                except ValueError:
                    continue
    rid = resource.get("id")
    rtype = resource.get("resourceType")
    if not isinstance(rid, str) or not rid:
        raise MappingError("A record from the server has no id.")
    return str(uuid.uuid5(FOREIGN_ID_NAMESPACE, f"{rtype}/{rid}"))


def _keep_other_identifiers(onto: Mapping[str, Any] | None, drop_systems: set[str]
                            ) -> list[dict[str, Any]]:
    if not onto:
        return []
    return [copy.deepcopy(i) for i in onto.get("identifier") or []
            if isinstance(i, dict) and i.get("system") not in drop_systems]


def _base(onto: Mapping[str, Any] | None, resource_type: str) -> dict[str, Any]:
    out = copy.deepcopy(dict(onto)) if onto else {}
    out["resourceType"] = resource_type
    out.pop("meta", None)  # versions come from If-Match, not the body
    out.pop("text", None)  # a narrative would go stale
    return out


def _set(out: dict[str, Any], key: str, value: Any) -> None:
    if value in (None, "", [], {}):
        out.pop(key, None)
    else:
        out[key] = value


# -- Patient --------------------------------------------------------------------------


def patient_to_fhir(patient: Patient, *, options: MappingOptions = MappingOptions(),
                    server_id: str | None = None,
                    onto: Mapping[str, Any] | None = None, active: bool = True,
                    links: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """A FHIR Patient for ``patient``; ``server_id`` sets ``id`` (needed for PUT).

    A record merged into another is sent with ``active=False``; ``links`` are (reference,
    type) pairs of merges (``replaced-by``, ``replaces``) and take the place of those in
    ``onto``.
    """
    out = _base(onto, "Patient")
    if not active:
        out["active"] = False
    if links:
        others = [lk for lk in out.get("link") or []
                  if isinstance(lk, dict) and lk.get("type") not in ("replaced-by", "replaces")]
        out["link"] = [{"other": {"reference": ref}, "type": kind} for ref, kind in links
                       ] + others
    if server_id is not None:
        out["id"] = server_id
    identifiers: list[dict[str, Any]] = [uuid_identifier(patient.id)]
    if patient.mrn:
        identifiers.append({
            "use": "usual",
            "type": {"coding": [{"system": V2_IDENTIFIER_TYPE, "code": "MR"}]},
            "system": options.mrn_system,
            "value": patient.mrn,
        })
    identifiers += _keep_other_identifiers(onto, {URI_SYSTEM, options.mrn_system})
    out["identifier"] = identifiers
    name: dict[str, Any] = {"use": "official"}
    if patient.family:
        name["family"] = patient.family
    if patient.given.split():
        name["given"] = patient.given.split()
    others = [n for n in (onto or {}).get("name") or []
              if isinstance(n, dict) and n.get("use") not in (None, "official")]
    _set(out, "name", ([name] if len(name) > 1 else []) + others)
    telecom = [t for t in (onto or {}).get("telecom") or []
               if isinstance(t, dict) and t.get("system") not in ("phone", "email")]
    if patient.phone:
        telecom.insert(0, {"system": "phone", "value": patient.phone})
    if patient.email:
        telecom.insert(1 if patient.phone else 0, {"system": "email", "value": patient.email})
    _set(out, "telecom", telecom)
    _set(out, "gender", patient.sex if patient.sex in ("female", "male", "other", "unknown")
         else None)
    _set(out, "birthDate", patient.birth_date.isoformat() if patient.birth_date else None)
    addr: dict[str, Any] = {}
    if patient.address:
        addr["line"] = patient.address.split("\n")
    if patient.city:
        addr["city"] = patient.city
    if patient.state:
        addr["state"] = patient.state
    if patient.postal_code:
        addr["postalCode"] = patient.postal_code
    old_addr = [a for a in (onto or {}).get("address") or []][1:]
    _set(out, "address", ([addr] if addr else []) + old_addr)
    comms = [c for c in (onto or {}).get("communication") or [] if not
             (isinstance(c, dict) and c.get("preferred"))]
    if patient.language:
        comms.insert(0, {"language": {"coding": [{"system": LANGUAGE_SYSTEM,
                                                  "code": patient.language}]},
                         "preferred": True})
    _set(out, "communication", comms)
    return out


def replaced_by(resource: Mapping[str, Any]) -> str | None:
    """The server id of the Patient an inactive Patient was merged into, if it was."""
    if resource.get("active") is not False:
        return None
    for link in resource.get("link") or []:
        if isinstance(link, dict) and link.get("type") == "replaced-by":
            ref = (link.get("other") or {}).get("reference")
            if isinstance(ref, str) and ref.startswith("Patient/"):
                return ref.removeprefix("Patient/")
    return None


def patient_from_fhir(resource: Mapping[str, Any], *,
                      options: MappingOptions = MappingOptions(),
                      record_id: str | None = None) -> Patient:
    """The front-desk view of a FHIR Patient. Raises MappingError for a broken one.
    ``record_id`` is its local id when the caller has it already (else
    :func:`record_id_of` works it out)."""
    _expect(resource, "Patient")
    try:
        # plain loops: a pull maps every patient of a page, and generators cost more here
        name: Mapping[str, Any] | None = None  # the official name, else the first
        for n in resource.get("name") or ():
            if isinstance(n, dict):
                if n.get("use") == "official":
                    name = n
                    break
                if name is None:
                    name = n
        if name is None:
            name = {}
        mrn = ""
        for ident in resource.get("identifier") or ():
            if ident.get("system") == options.mrn_system:
                mrn = str(ident.get("value", ""))
                break
        phone = email = ""
        for t in resource.get("telecom") or ():
            kind = t.get("system")
            if kind == "phone":
                if not phone:
                    phone = str(t.get("value", ""))
            elif kind == "email" and not email:
                email = str(t.get("value", ""))
        addresses = resource.get("address")
        addr = addresses[0] if addresses else {}
        language = "en"
        comms = resource.get("communication")
        if comms:
            preferred = comms[0]
            for c in comms:
                if c.get("preferred"):
                    preferred = c
                    break
            codings = (preferred.get("language") or {}).get("coding")
            if codings and codings[0].get("code"):
                language = str(codings[0]["code"])
        birth = resource.get("birthDate")
        given = name.get("given")
        lines = addr.get("line")
        return Patient(
            family=str(name.get("family", "")),
            given=" ".join(map(str, given)) if given else "",
            birth_date=_parse_date(birth) if birth else None,
            sex=str(resource.get("gender") or "unknown"),
            phone=phone,
            email=email,
            address="\n".join(map(str, lines)) if lines else "",
            city=str(addr.get("city", "")),
            postal_code=str(addr.get("postalCode", "")),
            state=str(addr.get("state", "")),
            language=language,
            mrn=mrn,
            id=record_id if record_id is not None else record_id_of(resource),
        )
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise MappingError("A patient record from the server is malformed.",
                           details=f"Patient/{resource.get('id')}: {type(exc).__name__}"
                           ) from exc


# -- Appointment ----------------------------------------------------------------------


def appointment_to_fhir(appointment: Appointment, *, patient_reference: str,
                        server_id: str | None = None,
                        onto: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A FHIR Appointment; ``patient_reference`` is what the reference to the patient
    reads (``Patient/<server id>`` or a bundle ``urn:uuid:`` fullUrl)."""
    out = _base(onto, "Appointment")
    if server_id is not None:
        out["id"] = server_id
    out["identifier"] = [uuid_identifier(appointment.id)] + _keep_other_identifiers(
        onto, {URI_SYSTEM})
    out["status"] = STATUS_TO_FHIR[appointment.state]
    start = _aware(appointment.start)
    out["start"] = _instant(start)
    out["end"] = _instant(start + timedelta(minutes=appointment.minutes))
    out["minutesDuration"] = appointment.minutes
    _set(out, "reasonCode", [{"text": appointment.reason}] if appointment.reason else None)
    types = [c for c in ((onto or {}).get("appointmentType") or {}).get("coding") or []
             if c.get("system") != V2_APPOINTMENT_TYPE]
    if appointment.walk_in:
        types.insert(0, {"system": V2_APPOINTMENT_TYPE, "code": "WALKIN"})
    _set(out, "appointmentType", {"coding": types} if types else None)
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
                           "valueDateTime": _instant(_aware(appointment.arrived_at))})
    _set(out, "extension", extensions)
    return out


def appointment_patient_reference(resource: Mapping[str, Any]) -> str | None:
    """The ``Patient/…`` reference among an Appointment's participants, if any."""
    for p in resource.get("participant") or []:
        ref = ((p or {}).get("actor") or {}).get("reference")
        if isinstance(ref, str) and (ref.startswith("Patient/") or "/Patient/" in ref):
            return ref
    return None


def appointment_from_fhir(resource: Mapping[str, Any], *,
                          patient_id_for: Callable[[str], str | None],
                          record_id: str | None = None) -> Appointment:
    """The front-desk view of a FHIR Appointment. ``patient_id_for`` turns the patient
    reference into a local patient id (None: unknown, a MappingError); ``record_id`` is
    its local id when the caller has it already."""
    _expect(resource, "Appointment")
    ref = appointment_patient_reference(resource)
    if ref is None:
        raise MappingError("An appointment from the server names no patient.",
                           details=f"Appointment/{resource.get('id')}")
    patient_id = patient_id_for(ref)
    if patient_id is None:
        raise MappingError("An appointment from the server is for a patient desk does "
                           "not know.", details=f"Appointment/{resource.get('id')}")
    try:
        start = _parse_instant(str(resource["start"]))
        if resource.get("minutesDuration") is not None:
            minutes = int(resource["minutesDuration"])
        elif resource.get("end"):
            minutes = int((_parse_instant(str(resource["end"])) - start).total_seconds() // 60)
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
                arrived_at = _parse_instant(str(ext["valueDateTime"]))
        walk_in = any(c.get("system") == V2_APPOINTMENT_TYPE and c.get("code") == "WALKIN"
                      for c in (resource.get("appointmentType") or {}).get("coding") or [])
        status = STATUS_FROM_FHIR.get(str(resource.get("status")))
        if status is None:
            raise ValueError("unknown status")
        return Appointment(patient_id=patient_id, start=start, minutes=minutes, reason=reason,
                           practitioner=practitioner, state=status, arrived_at=arrived_at,
                           walk_in=walk_in,
                           id=record_id if record_id is not None else record_id_of(resource))
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise MappingError("An appointment from the server is malformed.",
                           details=f"Appointment/{resource.get('id')}: {type(exc).__name__}"
                           ) from exc


# -- helpers --------------------------------------------------------------------------


def _expect(resource: Mapping[str, Any], rtype: str) -> None:
    if not isinstance(resource, Mapping) or resource.get("resourceType") != rtype:
        raise MappingError(f"The server sent something other than a {rtype.lower()}.")


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.astimezone()


def _instant(value: datetime) -> str:
    text = value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    return text.replace("+00:00", "Z")


def _parse_instant(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("FHIR instant without a time zone")
    return value


def _parse_date(text: str) -> date:
    # FHIR dates may be partial (YYYY or YYYY-MM): the first day stands in
    parts = str(text).split("-")
    if len(parts) == 1:
        return date(int(parts[0]), 1, 1)
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 1)
    return date.fromisoformat(str(text)[:10])


# -- intake and visit records (push only) ---------------------------------------------

CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
CONSENT_POLICY = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
LOINC = "http://loinc.org"
ENCOUNTER_CLASS = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
AUDIT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type"
AUDIT_CHAIN = "urn:desk:audit-chain"  # the entry's number and hash in the local chain
ENCOUNTER_STATUS = {"arrived": "arrived", "in-room": "in-progress", "done": "finished"}
# the CRUDE letter of an audit action by its last word (patient.view -> R)
AUDIT_ACTIONS = {"create": "C", "view": "R", "update": "U", "delete": "D", "send": "C",
                 "complete": "C", "pull": "U", "merge": "U"}


def questionnaire_response_to_fhir(response: Mapping[str, Any], *, record_id: str,
                                   patient_reference: str) -> dict[str, Any]:
    """A completed intake's QuestionnaireResponse as sent: its ``urn:uuid`` identifier and
    the patient as subject (the response from the forms engine is otherwise kept)."""
    out = _base(response, "QuestionnaireResponse")
    out.pop("id", None)
    out["identifier"] = uuid_identifier(record_id)  # 0..1 in R4
    out["subject"] = {"reference": patient_reference}
    return out


def consent_to_fhir(*, record_id: str, patient_reference: str, response_reference: str,
                    agreed: bool, signed: str | None) -> dict[str, Any]:
    """A signed consent to treatment, pointing at the form it was given on."""
    out: dict[str, Any] = {
        "resourceType": "Consent",
        "identifier": [uuid_identifier(record_id)],
        "status": "active" if agreed else "rejected",
        "scope": {"coding": [{"system": CONSENT_SCOPE, "code": "treatment"}]},
        "category": [{"coding": [{"system": LOINC, "code": "59284-0",
                                  "display": "Patient Consent"}]}],
        "patient": {"reference": patient_reference},
        "policyRule": {"coding": [{"system": CONSENT_POLICY,
                                   "code": "OPTIN" if agreed else "OPTOUT"}]},
        "sourceReference": {"reference": response_reference},
        "provision": {"type": "permit" if agreed else "deny"},
    }
    _set(out, "dateTime", signed)
    return out


def document_reference_to_fhir(pdf: bytes, *, record_id: str, patient_reference: str,
                               response_reference: str, title: str,
                               created: str) -> dict[str, Any]:
    """The PDF of a completed form, carried inline (base64)."""
    import base64

    return {
        "resourceType": "DocumentReference",
        "identifier": [uuid_identifier(record_id)],
        "status": "current",
        "type": {"text": title},
        "subject": {"reference": patient_reference},
        "date": created,
        "description": title,
        "content": [{"attachment": {"contentType": "application/pdf", "title": title,
                                    "creation": created,
                                    "data": base64.b64encode(pdf).decode("ascii")}}],
        "context": {"related": [{"reference": response_reference}]},
    }


def encounter_to_fhir(appointment: Appointment, *, record_id: str, patient_reference: str,
                      appointment_reference: str,
                      onto: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The visit an arrival opens: its status follows the appointment (arrived, in room,
    done; any other state after arrival cancels it)."""
    out = _base(onto, "Encounter")
    out.pop("id", None)
    out["identifier"] = [uuid_identifier(record_id)] + _keep_other_identifiers(
        onto, {URI_SYSTEM})
    out["status"] = ENCOUNTER_STATUS.get(appointment.state, "cancelled")
    out["class"] = {"system": ENCOUNTER_CLASS, "code": "AMB", "display": "ambulatory"}
    out["subject"] = {"reference": patient_reference}
    out["appointment"] = [{"reference": appointment_reference}]
    _set(out, "reasonCode", [{"text": appointment.reason}] if appointment.reason else None)
    start = (onto or {}).get("period", {}).get("start")
    if appointment.arrived_at is not None:
        start = _instant(_aware(appointment.arrived_at))
    _set(out, "period", {"start": start} if start else None)
    return out


def audit_event_to_fhir(*, record_id: str, at: str, username: str, action: str,
                        record_type: str, subject_id: str, outcome: str,
                        chain: tuple[int, str] | None = None) -> dict[str, Any]:
    """A local audit entry: who did what to which record, when; never the data. AuditEvent
    has no identifier, so the record's ``urn:uuid`` travels as a tag (found by ``_tag``).
    ``chain``, the entry's number and hash in the local chain: the server then holds the
    chain's end as well, beyond the reach of anyone who can change the workstation."""
    out: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "meta": {"tag": [{"system": URI_SYSTEM, "code": f"urn:uuid:{record_id}"}]},
        "type": {"system": AUDIT_TYPE, "code": "rest"},
        "subtype": [{"system": "urn:desk:audit-action", "code": action}],
        "action": AUDIT_ACTIONS.get(action.rsplit(".", 1)[-1], "E"),
        "recorded": _instant(datetime.fromisoformat(at)),
        "outcome": "0" if outcome == "ok" else "4",
        "agent": [{"who": {"display": username}, "requestor": True}],
        "source": {"observer": {"display": "desk"}},
    }
    if chain is not None:
        out["extension"] = [{"url": AUDIT_CHAIN, "extension": [
            {"url": "seq", "valueInteger": chain[0]}, {"url": "hash", "valueString": chain[1]}]}]
    if subject_id and record_type:
        try:
            uuid.UUID(subject_id)
        except ValueError:
            pass
        else:
            out["entity"] = [{"what": {"identifier": uuid_identifier(subject_id)},
                              "type": {"code": record_type}}]
    return out


def audit_event_search(record_id: str) -> str:
    """The ``If-None-Exist`` query that finds an AuditEvent (by its tag)."""
    return f"_tag={URI_SYSTEM}|urn:uuid:{record_id}"


def last_updated(resource: Mapping[str, Any]) -> datetime | None:
    """``meta.lastUpdated`` as an aware datetime, or None if missing or unreadable."""
    meta = resource.get("meta")
    text = meta.get("lastUpdated") if isinstance(meta, dict) else None
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def instant(when: datetime) -> str:
    """A FHIR instant in UTC (``2026-11-23T08:00:00Z``), as search parameters take it."""
    return _instant(when.astimezone(UTC))
